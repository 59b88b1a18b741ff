#pragma once

#include "audit/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <vector>

namespace gc {

/// Streaming RFC 6962 tree hasher: append leaves one by one and ask for the
/// Merkle Tree Hash of everything appended so far at any time.
///
/// It keeps only the roots of the perfect subtrees that make up the current
/// size (the "compact range": one per set bit of the size), so memory is
/// O(log n) — 24 hashes for ten million leaves. An append costs one leaf hash
/// plus on average one node hash (amortised); root() costs popcount(size) - 1
/// node hashes and does not change the state.
class MerkleTreeBuilder final
{
    Q_DISABLE_COPY_MOVE(MerkleTreeBuilder)

public:
    MerkleTreeBuilder() = default;

    /// Hashes `leaf` as SHA-256(0x00 || leaf) and appends it.
    void appendLeaf(QByteArrayView leaf);
    /// Appends an already computed leaf hash. Throws std::invalid_argument
    /// unless it is 32 bytes long.
    void appendLeafHash(QByteArrayView leafHash);
    /// Number of leaves appended.
    [[nodiscard]] qint64 size() const { return m_size; }
    /// MTH of the leaves appended so far; SHA-256("") when there are none.
    [[nodiscard]] QByteArray root();
    /// Forgets every leaf.
    void clear();

    /// The roots of the perfect subtrees that make up the current size, largest
    /// (leftmost) first: one per set bit of size(), from the highest bit down.
    [[nodiscard]] QList<QByteArray> compactRange() const;
    /// Continues a tree of `size` leaves from its compact range (as
    /// compactRange() returns it), e.g. one rebuilt from stored subtree hashes.
    /// Throws std::invalid_argument unless there is one 32-byte hash per set
    /// bit of `size` (size >= 0).
    void restore(qint64 size, const QList<QByteArray>& compactRange);

    /// Called with each perfect subtree of 2^level leaves (level >= 1) the
    /// moment it is complete; it covers leaves [index << level, (index + 1) << level).
    /// A store can keep these (e.g. every level >= 10) and hand them to
    /// MerkleTree's proof functions as a SubtreeHashSource, which turns an
    /// O(n) proof into O(2^minLevel * log n) reads.
    using SubtreeCallback = std::function<void(int level, qint64 index, const QByteArray& hash)>;
    /// Only subtrees of level >= `minLevel` are reported (fewer calls when a
    /// store keeps only the large ones).
    void setSubtreeCallback(SubtreeCallback callback, int minLevel = 1)
    {
        m_onSubtree = std::move(callback);
        m_minLevel = minLevel;
    }

private:
    void push(const Sha256::Digest& leafHash);

    Sha256 m_sha;
    // Roots of perfect subtrees, largest (leftmost) first.
    std::vector<Sha256::Digest> m_stack;
    qint64 m_size = 0;
    SubtreeCallback m_onSubtree;
    int m_minLevel = 1;
};

} // namespace gc
