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

// MTH of leaves [begin, end): the root of a tree built from those leaves alone.
QByteArray rangeHash(qint64 begin, qint64 end, const MerkleTree::LeafHashSource& source)
{
    MerkleTreeBuilder builder;
    for (qint64 i = begin; i < end; ++i)
        builder.appendLeafHash(source(i));
    return builder.root();
}

void path(
    qint64 index, qint64 begin, qint64 end, const MerkleTree::LeafHashSource& source, QList<QByteArray>& out)
{
    const qint64 n = end - begin;
    if (n <= 1)
        return;
    const qint64 k = MerkleTree::splitPoint(n);
    if (index < k) {
        path(index, begin, begin + k, source, out);
        out.append(rangeHash(begin + k, end, source));
    } else {
        path(index - k, begin + k, end, source, out);
        out.append(rangeHash(begin, begin + k, source));
    }
}

void subproof(qint64 m, qint64 begin, qint64 end, bool complete, const MerkleTree::LeafHashSource& source,
    QList<QByteArray>& out)
{
    const qint64 n = end - begin;
    if (m == n) {
        if (!complete)
            out.append(rangeHash(begin, end, source));
        return;
    }
    const qint64 k = MerkleTree::splitPoint(n);
    if (m <= k) {
        subproof(m, begin, begin + k, complete, source, out);
        out.append(rangeHash(begin + k, end, source));
    } else {
        subproof(m - k, begin + k, end, false, source, out);
        out.append(rangeHash(begin, begin + k, source));
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

QByteArray MerkleTree::rootHash(qint64 size, const LeafHashSource& source)
{
    if (size < 0)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::MerkleTree", "A tree size cannot be negative."));
    return rangeHash(0, size, source);
}

QByteArray MerkleTree::rootHash(std::span<const QByteArray> leafHashes)
{
    return rootHash(qint64(leafHashes.size()), spanSource(leafHashes));
}

QList<QByteArray> MerkleTree::inclusionProof(qint64 index, qint64 size, const LeafHashSource& source)
{
    if (index < 0 || index >= size)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::MerkleTree", "Leaf %1 is not in a tree of %2 leaves.")
                .arg(index)
                .arg(size));
    QList<QByteArray> out;
    path(index, 0, size, source, out);
    return out;
}

QList<QByteArray> MerkleTree::inclusionProof(qint64 index, std::span<const QByteArray> leafHashes)
{
    return inclusionProof(index, qint64(leafHashes.size()), spanSource(leafHashes));
}

QList<QByteArray> MerkleTree::consistencyProof(qint64 first, qint64 second, const LeafHashSource& source)
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
    subproof(first, 0, second, true, source, out);
    return out;
}

QList<QByteArray> MerkleTree::consistencyProof(qint64 first, std::span<const QByteArray> leafHashes)
{
    return consistencyProof(first, qint64(leafHashes.size()), spanSource(leafHashes));
}

} // namespace gc
