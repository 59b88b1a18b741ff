#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <span>

namespace gc {

/// RFC 6962 / RFC 9162 Merkle tree hashing (SHA-256):
///   leaf hash  = SHA-256(0x00 || leaf)
///   node hash  = SHA-256(0x01 || left || right)
///   MTH({})    = SHA-256("")
///   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two < n.
/// Proofs are lists of 32-byte hashes, ordered from the leaf towards the root
/// as RFC 6962 §2.1.1 / §2.1.2 produce them.
///
/// Cost of the proof functions: they recompute the hashes of the sibling
/// subtrees from leaf hashes, so an inclusion proof or a consistency proof in
/// a tree of n leaves reads up to n leaf hashes through the source and does
/// about n node hashes, with O(log n) memory (each subtree is folded by a
/// MerkleTreeBuilder). For n = 10^7 that is ~10^7 callbacks and hashes, a few
/// seconds. With a SubtreeHashSource that knows every perfect subtree of
/// level >= L, a proof reads O(2^L * log n) leaf hashes and O(log n) subtree
/// hashes instead.
/// Invalid arguments throw gc::DomainError (Kind::Invalid); a source that
/// returns a hash of the wrong length throws std::invalid_argument.
class MerkleTree final
{
public:
    /// Returns the leaf hash at `index` (0-based, always < the size asked for).
    using LeafHashSource = std::function<QByteArray(qint64 index)>;
    /// Returns the stored hash of the perfect subtree of 2^level leaves
    /// [index << level, (index + 1) << level), or an empty array when it is not
    /// stored. An empty answer is taken to mean that no smaller subtree inside
    /// it is stored either (a store keeps every level from some minimum up),
    /// so its leaves are then read. See MerkleTreeBuilder::setSubtreeCallback.
    using SubtreeHashSource = std::function<QByteArray(int level, qint64 index)>;

    static constexpr int kHashSize = 32;

    [[nodiscard]] static QByteArray leafHash(QByteArrayView leaf);
    /// Both arguments must be 32 bytes (throws std::invalid_argument otherwise).
    [[nodiscard]] static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    /// MTH of the empty tree: SHA-256 of the empty string.
    [[nodiscard]] static QByteArray emptyRoot();
    /// Largest power of two strictly smaller than n (n >= 2).
    [[nodiscard]] static qint64 splitPoint(qint64 n);

    /// MTH of the first `size` leaves of `source`.
    [[nodiscard]] static QByteArray rootHash(
        qint64 size, const LeafHashSource& source, const SubtreeHashSource& subtrees = {});
    [[nodiscard]] static QByteArray rootHash(std::span<const QByteArray> leafHashes);

    /// Audit path for leaf `index` in the tree of the first `size` leaves
    /// (RFC 6962 §2.1.1 PATH). Empty for a one-leaf tree. Requires 0 <= index < size.
    [[nodiscard]] static QList<QByteArray> inclusionProof(
        qint64 index, qint64 size, const LeafHashSource& source, const SubtreeHashSource& subtrees = {});
    [[nodiscard]] static QList<QByteArray> inclusionProof(
        qint64 index, std::span<const QByteArray> leafHashes);

    /// Consistency proof from the tree of the first `first` leaves to the tree
    /// of the first `second` leaves (RFC 6962 §2.1.2 PROOF/SUBPROOF). Empty when
    /// first == 0 or first == second. Requires 0 <= first <= second.
    [[nodiscard]] static QList<QByteArray> consistencyProof(
        qint64 first, qint64 second, const LeafHashSource& source, const SubtreeHashSource& subtrees = {});
    [[nodiscard]] static QList<QByteArray> consistencyProof(
        qint64 first, std::span<const QByteArray> leafHashes);
};

} // namespace gc
