#include "AuditTree.h"

#include "AuditLog.h"
#include "MerkleTree.h"
#include "Sha256.h"
#include "SqliteAuditRepository.h"
#include "core/DomainError.h"

#include <QCoreApplication>

#include <vector>

namespace gc {

namespace {

/// Leaf hashes read a block of records at a time: MerkleTree asks for the
/// leaves of a subtree in order, so one range query serves many requests.
class LeafReader
{
public:
    explicit LeafReader(const SqliteAuditRepository& repo)
        : m_repo(repo)
    { }

    QByteArray operator()(qint64 index)
    {
        if (index < m_first || index >= m_first + qint64(m_hashes.size()))
            load(index);
        return Sha256::toBytes(m_hashes[std::size_t(index - m_first)]);
    }

private:
    static constexpr qint64 kBlock = qint64(1) << AuditLog::kStoredSubtreeLevel;

    void load(qint64 index)
    {
        m_hashes.clear();
        m_first = index;
        Sha256& sha = Sha256::local();
        qint64 expected = index + 1;
        m_repo.forEachRecord(index + 1, index + kBlock, [&](qint64 seq, QByteArrayView record) {
            if (seq != expected)
                return false;
            m_hashes.push_back(sha.leaf(record));
            ++expected;
            return true;
        });
        if (m_hashes.empty())
            throw DomainError(DomainError::Kind::Invalid,
                QCoreApplication::translate("gc::AuditTree", "Audit event %1 is missing from the store.")
                    .arg(index + 1));
    }

    const SqliteAuditRepository& m_repo;
    qint64 m_first = 0;
    std::vector<Sha256::Digest> m_hashes;
};

MerkleTree::SubtreeHashSource subtreeSource(const SqliteAuditRepository& repo)
{
    return [&repo](int level, qint64 index) {
        return level >= AuditLog::kStoredSubtreeLevel ? repo.subtree(level, index) : QByteArray();
    };
}

MerkleTree::LeafHashSource leafSource(const SqliteAuditRepository& repo)
{
    auto reader = std::make_shared<LeafReader>(repo);
    return [reader](qint64 index) { return (*reader)(index); };
}

} // namespace

void AuditTree::requireSize(qint64 treeSize) const
{
    const qint64 size = m_repo.lastSeq();
    if (treeSize < 0 || treeSize > size)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::AuditTree", "The audit log has %1 events, not %2.")
                .arg(size)
                .arg(treeSize));
}

QByteArray AuditTree::leafHash(qint64 seq) const
{
    const auto row = m_repo.row(seq);
    if (!row)
        throw DomainError(DomainError::Kind::NotFound,
            QCoreApplication::translate("gc::AuditTree", "There is no audit event %1.").arg(seq));
    return MerkleTree::leafHash(row->record);
}

QByteArray AuditTree::rootHash(qint64 treeSize) const
{
    requireSize(treeSize);
    return MerkleTree::rootHash(treeSize, leafSource(m_repo), subtreeSource(m_repo));
}

MerkleProof AuditTree::inclusionProof(qint64 seq, qint64 treeSize) const
{
    requireSize(treeSize);
    MerkleProof p;
    p.kind = MerkleProof::Kind::Inclusion;
    p.first = seq - 1;
    p.second = treeSize;
    p.hashes = MerkleTree::inclusionProof(seq - 1, treeSize, leafSource(m_repo), subtreeSource(m_repo));
    return p;
}

MerkleProof AuditTree::consistencyProof(qint64 firstSize, qint64 secondSize) const
{
    requireSize(secondSize);
    MerkleProof p;
    p.kind = MerkleProof::Kind::Consistency;
    p.first = firstSize;
    p.second = secondSize;
    p.hashes = MerkleTree::consistencyProof(firstSize, secondSize, leafSource(m_repo), subtreeSource(m_repo));
    return p;
}

} // namespace gc
