#include "MerkleProofVerifier.h"

#include "audit/MerkleTree.h"
#include "audit/Sha256.h"

#include <QCoreApplication>

#include <bit>

namespace gc {
namespace {

constexpr int kHash = MerkleTree::kHashSize;

bool allHashesValid(const QList<QByteArray>& proof)
{
    for (const QByteArray& h : proof) {
        if (h.size() != kHash)
            return false;
    }
    return true;
}

const std::uint8_t* bytes(QByteArrayView v)
{
    return reinterpret_cast<const std::uint8_t*>(v.data());
}

Sha256::Digest digestOf(QByteArrayView v)
{
    Sha256::Digest d;
    std::copy(bytes(v), bytes(v) + kHash, d.begin());
    return d;
}

bool equals(const Sha256::Digest& d, QByteArrayView v)
{
    return std::equal(d.begin(), d.end(), bytes(v));
}

// Inner part: the levels where the paths to index and to the last leaf differ;
// border part: the right-hand subtree roots above that, one per set bit.
int pathLength(quint64 index, quint64 last)
{
    const int inner = std::bit_width(index ^ last);
    return inner + std::popcount(index >> inner);
}

} // namespace

int MerkleProofVerifier::inclusionProofLength(qint64 index, qint64 size)
{
    if (index < 0 || index >= size)
        return 0;
    return pathLength(quint64(index), quint64(size - 1));
}

int MerkleProofVerifier::consistencyProofLength(qint64 size1, qint64 size2)
{
    if (size1 <= 0 || size1 >= size2)
        return 0;
    // The proof is the inclusion path of the last perfect subtree of the old
    // tree (at its level), plus the old root itself unless the old tree is one
    // perfect subtree.
    const int level = std::countr_zero(quint64(size1));
    const quint64 index = quint64(size1 - 1) >> level;
    const quint64 last = quint64(size2 - 1) >> level;
    return pathLength(index, last) + (index == 0 ? 0 : 1);
}

ProofFailure MerkleProofVerifier::verifyInclusion(
    qint64 index, qint64 size, QByteArrayView leafHash, const QList<QByteArray>& proof, QByteArrayView root)
{
    if (leafHash.size() != kHash || root.size() != kHash || !allHashesValid(proof))
        return ProofFailure::WrongHashLength;
    if (index < 0 || size < 0)
        return ProofFailure::InvalidSize;
    if (index >= size)
        return ProofFailure::IndexOutOfRange;
    const int expected = inclusionProofLength(index, size);
    if (proof.size() < expected)
        return ProofFailure::ProofTooShort;
    if (proof.size() > expected)
        return ProofFailure::ProofTooLong;

    Sha256& sha = Sha256::local();
    quint64 fn = quint64(index);
    quint64 sn = quint64(size - 1);
    Sha256::Digest r = digestOf(leafHash);
    for (const QByteArray& p : proof) {
        if (sn == 0)
            return ProofFailure::ProofTooLong;
        if ((fn & 1) != 0 || fn == sn) {
            r = sha.node(bytes(p), r.data());
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = sha.node(r.data(), bytes(p));
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return ProofFailure::ProofTooShort;
    return equals(r, root) ? ProofFailure::None : ProofFailure::Mismatch;
}

ProofFailure MerkleProofVerifier::verifyConsistency(
    qint64 size1, qint64 size2, QByteArrayView root1, QByteArrayView root2, const QList<QByteArray>& proof)
{
    if (root1.size() != kHash || root2.size() != kHash || !allHashesValid(proof))
        return ProofFailure::WrongHashLength;
    if (size1 < 0 || size2 < 0)
        return ProofFailure::InvalidSize;
    if (size1 > size2)
        return ProofFailure::FirstSizeLarger;
    if (size1 == size2 || size1 == 0) {
        if (!proof.isEmpty())
            return ProofFailure::ProofTooLong;
        const bool same = size1 == 0 ? root1 == QByteArrayView(MerkleTree::emptyRoot()) : root1 == root2;
        return same ? ProofFailure::None : ProofFailure::Mismatch;
    }
    const int expected = consistencyProofLength(size1, size2);
    if (proof.size() < expected)
        return ProofFailure::ProofTooShort;
    if (proof.size() > expected)
        return ProofFailure::ProofTooLong;

    Sha256& sha = Sha256::local();
    quint64 fn = quint64(size1 - 1);
    quint64 sn = quint64(size2 - 1);
    // A power-of-two old tree is itself a node of the new tree, so the proof
    // leaves out its hash and the walk starts from root1.
    qsizetype next = 0;
    Sha256::Digest fr;
    if (std::has_single_bit(quint64(size1))) {
        fr = digestOf(root1);
    } else {
        fr = digestOf(proof.at(0));
        next = 1;
    }
    Sha256::Digest sr = fr;
    while ((fn & 1) != 0) {
        fn >>= 1;
        sn >>= 1;
    }
    for (; next < proof.size(); ++next) {
        const std::uint8_t* c = bytes(proof.at(next));
        if (sn == 0)
            return ProofFailure::ProofTooLong;
        if ((fn & 1) != 0 || fn == sn) {
            fr = sha.node(c, fr.data());
            sr = sha.node(c, sr.data());
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = sha.node(sr.data(), c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return ProofFailure::ProofTooShort;
    return equals(fr, root1) && equals(sr, root2) ? ProofFailure::None : ProofFailure::Mismatch;
}

QString MerkleProofVerifier::message(ProofFailure failure)
{
    switch (failure) {
    case ProofFailure::None:
        return QCoreApplication::translate("gc::MerkleProofVerifier", "The proof is valid.");
    case ProofFailure::WrongHashLength:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "A hash in the proof, or a leaf or root hash, is not 32 bytes long.");
    case ProofFailure::InvalidSize:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "A tree size or leaf index is negative or too large.");
    case ProofFailure::IndexOutOfRange:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "The leaf index is not smaller than the tree size.");
    case ProofFailure::FirstSizeLarger:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "The first tree size is larger than the second: a log never shrinks.");
    case ProofFailure::ProofTooShort:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "The proof has fewer hashes than the tree sizes require.");
    case ProofFailure::ProofTooLong:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "The proof has more hashes than the tree sizes require.");
    case ProofFailure::Mismatch:
        return QCoreApplication::translate("gc::MerkleProofVerifier",
            "The proof does not lead to the expected root hash: the log or the "
            "proof has been altered.");
    case ProofFailure::Truncated:
        return QCoreApplication::translate("gc::MerkleProofVerifier", "The serialized proof ends too early.");
    case ProofFailure::TrailingBytes:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "The serialized proof has extra bytes after its last hash.");
    case ProofFailure::UnsupportedVersion:
        return QCoreApplication::translate(
            "gc::MerkleProofVerifier", "The serialized proof has an unsupported format version.");
    case ProofFailure::UnknownKind:
        return QCoreApplication::translate("gc::MerkleProofVerifier",
            "The serialized proof is neither an inclusion nor a consistency proof.");
    case ProofFailure::BadEncoding:
        return QCoreApplication::translate("gc::MerkleProofVerifier", "The proof text is not valid base64.");
    }
    return {};
}

} // namespace gc
