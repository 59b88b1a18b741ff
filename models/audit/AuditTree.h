#pragma once

#include "MerkleProof.h"

#include <QByteArray>

namespace gc {

class SqliteAuditRepository;

/// Merkle hashes and proofs over a stored audit log: leaf index = seq - 1,
/// subtrees of level >= AuditLog::kStoredSubtreeLevel read from the store and
/// the rest folded from records, so a root or proof at any size reads
/// O(log n) subtree hashes and at most 2^8 records per level. Shared by the
/// writer (AuditLog) and the readers (AuditReader). Arguments out of range are
/// DomainError (Invalid).
class AuditTree final
{
public:
    explicit AuditTree(const SqliteAuditRepository& repo)
        : m_repo(repo)
    { }

    /// Leaf hash of event `seq` (1 <= seq <= size).
    [[nodiscard]] QByteArray leafHash(qint64 seq) const;
    /// MTH of the first `treeSize` events (0 <= treeSize <= size).
    [[nodiscard]] QByteArray rootHash(qint64 treeSize) const;
    [[nodiscard]] MerkleProof inclusionProof(qint64 seq, qint64 treeSize) const;
    [[nodiscard]] MerkleProof consistencyProof(qint64 firstSize, qint64 secondSize) const;

private:
    void requireSize(qint64 treeSize) const;

    const SqliteAuditRepository& m_repo;
};

} // namespace gc
