#include "MerkleProof.h"

#include "audit/MerkleTree.h"

#include <QtEndian>

#include <limits>
#include <stdexcept>

namespace gc {

QByteArray MerkleProof::toBinary() const
{
    if (first < 0 || second < 0)
        throw std::invalid_argument("proof sizes cannot be negative");
    if (hashes.size() > kMaxHashes)
        throw std::invalid_argument("too many proof hashes");
    QByteArray out(kHeaderSize, Qt::Uninitialized);
    auto* p = reinterpret_cast<uchar*>(out.data());
    p[0] = kVersion;
    p[1] = quint8(kind);
    qToBigEndian(quint64(first), p + 2);
    qToBigEndian(quint64(second), p + 10);
    p[18] = quint8(hashes.size());
    out.reserve(kHeaderSize + hashes.size() * MerkleTree::kHashSize);
    for (const QByteArray& h : hashes) {
        if (h.size() != MerkleTree::kHashSize)
            throw std::invalid_argument("a proof hash is 32 bytes");
        out.append(h);
    }
    return out;
}

QByteArray MerkleProof::toBase64() const
{
    return toBinary().toBase64();
}

ProofFailure MerkleProof::fromBinary(QByteArrayView data, MerkleProof& out)
{
    if (data.size() < kHeaderSize)
        return ProofFailure::Truncated;
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    if (p[0] != kVersion)
        return ProofFailure::UnsupportedVersion;
    if (p[1] != quint8(Kind::Inclusion) && p[1] != quint8(Kind::Consistency))
        return ProofFailure::UnknownKind;
    const quint64 first = qFromBigEndian<quint64>(p + 2);
    const quint64 second = qFromBigEndian<quint64>(p + 10);
    constexpr auto max = quint64(std::numeric_limits<qint64>::max());
    if (first > max || second > max)
        return ProofFailure::InvalidSize;
    const int count = p[18];
    if (count > kMaxHashes)
        return ProofFailure::ProofTooLong;
    const qsizetype expected = kHeaderSize + qsizetype(count) * MerkleTree::kHashSize;
    if (data.size() < expected)
        return ProofFailure::Truncated;
    if (data.size() > expected)
        return ProofFailure::TrailingBytes;

    MerkleProof proof;
    proof.kind = Kind(p[1]);
    proof.first = qint64(first);
    proof.second = qint64(second);
    proof.hashes.reserve(count);
    for (int i = 0; i < count; ++i)
        proof.hashes.append(
            data.sliced(kHeaderSize + i * MerkleTree::kHashSize, MerkleTree::kHashSize).toByteArray());
    out = std::move(proof);
    return ProofFailure::None;
}

ProofFailure MerkleProof::fromBase64(QByteArrayView text, MerkleProof& out)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return ProofFailure::BadEncoding;
    return fromBinary(*decoded, out);
}

ProofFailure MerkleProof::verify(QByteArrayView leafHash, QByteArrayView root1, QByteArrayView root2) const
{
    if (kind == Kind::Inclusion)
        return MerkleProofVerifier::verifyInclusion(first, second, leafHash, hashes, root2);
    return MerkleProofVerifier::verifyConsistency(first, second, root1, root2, hashes);
}

} // namespace gc
