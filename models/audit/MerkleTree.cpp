#include "MerkleTree.h"

#include "audit/MerkleTreeBuilder.h"
#include "audit/Sha256.h"
#include "core/DomainError.h"

#include <QCoreApplication>

#include <bit>
#include <stdexcept>

namespace gc {
namespace {

MerkleTree::LeafHashSource spanSource(std::span<const QByteArray> leafHashes)
{
    return [leafHashes](qint64 index) { return leafHashes[std::size_t(index)]; };
}

struct Sources
{
    const MerkleTree::LeafHashSource& leaves;
    const MerkleTree::SubtreeHashSource& subtrees;
};

QByteArray checked(QByteArray hash)
{
    if (hash.size() != MerkleTree::kHashSize)
        throw std::invalid_argument("a leaf or subtree hash source returned a hash that is not 32 bytes");
    return hash;
}

QByteArray streamedHash(qint64 begin, qint64 end, const MerkleTree::LeafHashSource& leaves)
{
    MerkleTreeBuilder builder;
    for (qint64 i = begin; i < end; ++i)
        builder.appendLeafHash(leaves(i));
    return builder.root();
}

// Hash of the perfect subtree of 2^level leaves starting at leaf index << level.
// A store keeps every subtree from some level up, so a miss means nothing
// inside is stored either: stream its leaves rather than ask for each half.
QByteArray perfectHash(int level, qint64 index, const Sources& src)
{
    if (level == 0)
        return checked(src.leaves(index));
    QByteArray stored = src.subtrees(level, index);
    if (!stored.isEmpty())
        return checked(std::move(stored));
    return streamedHash(index << level, (index + 1) << level, src.leaves);
}

// MTH of leaves [begin, end). The proof recursion only asks for ranges whose
// start is a multiple of a power of two >= their length, so the range splits
// into aligned perfect subtrees, largest first, exactly as MTH splits it.
QByteArray rangeHash(qint64 begin, qint64 end, const Sources& src)
{
    if (!src.subtrees)
        return streamedHash(begin, end, src.leaves); // O(log n) memory
    if (begin == end)
        return MerkleTree::emptyRoot();
    QList<QByteArray> parts;
    for (qint64 pos = begin; pos < end;) {
        int level = 0;
        while (level < 62 && (pos & ((qint64(1) << (level + 1)) - 1)) == 0
            && pos + (qint64(1) << (level + 1)) <= end)
            ++level;
        parts.append(perfectHash(level, pos >> level, src));
        pos += qint64(1) << level;
    }
    QByteArray acc = parts.takeLast();
    while (!parts.isEmpty())
        acc = MerkleTree::nodeHash(parts.takeLast(), acc);
    return acc;
}

void path(qint64 index, qint64 begin, qint64 end, const Sources& src, QList<QByteArray>& out)
{
    const qint64 n = end - begin;
    if (n <= 1)
        return;
    const qint64 k = MerkleTree::splitPoint(n);
    if (index < k) {
        path(index, begin, begin + k, src, out);
        out.append(rangeHash(begin + k, end, src));
    } else {
        path(index - k, begin + k, end, src, out);
        out.append(rangeHash(begin, begin + k, src));
    }
}

void subproof(qint64 m, qint64 begin, qint64 end, bool complete, const Sources& src, QList<QByteArray>& out)
{
    const qint64 n = end - begin;
    if (m == n) {
        if (!complete)
            out.append(rangeHash(begin, end, src));
        return;
    }
    const qint64 k = MerkleTree::splitPoint(n);
    if (m <= k) {
        subproof(m, begin, begin + k, complete, src, out);
        out.append(rangeHash(begin + k, end, src));
    } else {
        subproof(m - k, begin + k, end, false, src, out);
        out.append(rangeHash(begin, begin + k, src));
    }
}

} // namespace

QByteArray MerkleTree::leafHash(QByteArrayView leaf)
{
    return Sha256::toBytes(Sha256::local().leaf(leaf));
}

QByteArray MerkleTree::nodeHash(QByteArrayView left, QByteArrayView right)
{
    if (left.size() != kHashSize || right.size() != kHashSize)
        throw std::invalid_argument("node hash inputs are 32 bytes");
    return Sha256::toBytes(Sha256::local().node(reinterpret_cast<const std::uint8_t*>(left.data()),
        reinterpret_cast<const std::uint8_t*>(right.data())));
}

QByteArray MerkleTree::emptyRoot()
{
    return Sha256::toBytes(Sha256::local().hash({}));
}

qint64 MerkleTree::splitPoint(qint64 n)
{
    if (n < 2)
        throw std::invalid_argument("splitPoint needs n >= 2");
    return qint64(std::bit_floor(quint64(n - 1)));
}

QByteArray MerkleTree::rootHash(qint64 size, const LeafHashSource& source, const SubtreeHashSource& subtrees)
{
    if (size < 0)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::MerkleTree", "A tree size cannot be negative."));
    return rangeHash(0, size, Sources { source, subtrees });
}

QByteArray MerkleTree::rootHash(std::span<const QByteArray> leafHashes)
{
    return rootHash(qint64(leafHashes.size()), spanSource(leafHashes));
}

QList<QByteArray> MerkleTree::inclusionProof(
    qint64 index, qint64 size, const LeafHashSource& source, const SubtreeHashSource& subtrees)
{
    if (index < 0 || index >= size)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::MerkleTree", "Leaf %1 is not in a tree of %2 leaves.")
                .arg(index)
                .arg(size));
    QList<QByteArray> out;
    path(index, 0, size, Sources { source, subtrees }, out);
    return out;
}

QList<QByteArray> MerkleTree::inclusionProof(qint64 index, std::span<const QByteArray> leafHashes)
{
    return inclusionProof(index, qint64(leafHashes.size()), spanSource(leafHashes));
}

QList<QByteArray> MerkleTree::consistencyProof(
    qint64 first, qint64 second, const LeafHashSource& source, const SubtreeHashSource& subtrees)
{
    if (first < 0 || first > second)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::MerkleTree",
                "No consistency proof from size %1 to size %2: the "
                "first size must be between 0 and the second.")
                .arg(first)
                .arg(second));
    QList<QByteArray> out;
    if (first == 0 || first == second)
        return out;
    subproof(first, 0, second, true, Sources { source, subtrees }, out);
    return out;
}

QList<QByteArray> MerkleTree::consistencyProof(qint64 first, std::span<const QByteArray> leafHashes)
{
    return consistencyProof(first, qint64(leafHashes.size()), spanSource(leafHashes));
}

} // namespace gc
