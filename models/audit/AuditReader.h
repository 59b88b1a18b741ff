#pragma once

#include "AuditFilter.h"
#include "AuditRepository.h"
#include "MerkleProof.h"
#include "auth/Session.h"

#include <memory>
#include <optional>

namespace gc {

class Database;
class Store;

/// Session-checked, read-only access to the audit trail on a connection of
/// its own, so it can live on a background thread (one reader per thread).
/// Every call requires Action::ViewAuditLog. Personal parts are returned only
/// when the session may ViewPersonalData; otherwise `personal` is nullopt and
/// the pseudonymous actor id is all that shows.
class AuditReader final
{
public:
    /// Opens its own read-only connection (Store::openReader()).
    AuditReader(const Store& store, Session session);
    /// Uses `db` (a connection this reader owns from now on).
    AuditReader(std::unique_ptr<Database> db, Session session);
    ~AuditReader();
    Q_DISABLE_COPY_MOVE(AuditReader)

    [[nodiscard]] const Session& session() const { return m_session; }

    [[nodiscard]] qint64 lastSeq() const;
    [[nodiscard]] QList<AuditEvent> page(const AuditPageRequest& request) const;
    [[nodiscard]] qint64 count(const AuditFilter& filter) const;
    [[nodiscard]] std::optional<AuditEvent> event(qint64 seq) const;
    [[nodiscard]] QList<Checkpoint> checkpoints() const;
    [[nodiscard]] std::optional<Checkpoint> latestCheckpoint() const;
    [[nodiscard]] QList<PublicKey> publicKeys() const;
    /// Leaf hash and chain hash of `seq`, for the detail panel.
    [[nodiscard]] QByteArray leafHash(qint64 seq) const;
    [[nodiscard]] QByteArray chainHash(qint64 seq) const;
    /// Inclusion proof of `seq` in the tree of `treeSize` (a checkpoint's size).
    [[nodiscard]] MerkleProof inclusionProof(qint64 seq, qint64 treeSize) const;
    [[nodiscard]] MerkleProof consistencyProof(qint64 firstSize, qint64 secondSize) const;
    [[nodiscard]] QByteArray rootHash(qint64 treeSize) const;
    [[nodiscard]] QList<AuditAlert> alerts(bool openOnly, int limit = 500) const;

    /// Cancels a running query from another thread; it then throws StoreError (Interrupted).
    void interrupt();

    /// The raw repository (verification reads stored rows through it).
    [[nodiscard]] const AuditRepository& repository() const { return *m_repo; }

private:
    [[nodiscard]] AuditEvent visible(AuditEvent e) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditRepository> m_repo;
    Session m_session;
};

} // namespace gc
