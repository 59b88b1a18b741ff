#pragma once

#include "AuditEvent.h"
#include "Checkpoint.h"
#include "MerkleProof.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace gc {

class AuditRepository;
class Clock;
class SigningKey;
class Store;
class WalCheckpointer;
struct Operator;

/// What a producer hands to AuditLog::append. The log assigns sequence
/// number, time (unless given), commitment, hashes.
struct AuditEventDraft
{
    std::optional<TenantId> tenant; ///< nullopt: platform event
    QString actorId; ///< pseudonym (AuditLog::operatorActor / pseudonym); empty = the system
    AuditEventType type = AuditEventType::DataRead;
    std::optional<AuditSeverity> severity; ///< default: auditEventDefaultSeverity(type)
    AuditOutcome outcome = AuditOutcome::Success;
    QString resource; ///< "tenant/42", "api_key/17", "operator/3", "store", ...
    QJsonObject details; ///< non-personal details (ids, old/new values, counts)
    /// Personal data about `subject` (defaults to actorId): kept outside the
    /// hashed record, committed to by it, erasable.
    AuditPersonalData personal;
    QString subject;
    /// Only for generators and imports: the event's time. Appends keep time
    /// non-decreasing in sequence order (an earlier time is raised to the last one).
    std::optional<qint64> timeUtcMs;
};

/// Where the checkpoint signing key lives and how often checkpoints are made.
struct AuditSigningConfig
{
    /// The PEM key file (SigningKey::load/save), outside the store. Empty:
    /// defaultKeyPath(store path). Created with a fresh key on first use.
    QString keyPath;
    qint64 everyEvents = 10000; ///< sign when this many events follow the last checkpoint
    qint64 everySeconds = 300; ///< ... or when the last checkpoint is this old and events followed it
};

/// The writer of the audit trail, on the store's writer connection.
///
/// append() joins the caller's open transaction: the change and its event are
/// committed (or rolled back) together. It keeps the Merkle compact range and
/// the last chain hash cached, and re-reads them whenever the stored log no
/// longer matches the cache (e.g. after a rolled-back transaction), so several
/// AuditLog objects on one store stay correct.
///
/// Signed checkpoints are made automatically inside append/appendBatch when
/// the policy says so and a key is available, and on demand by checkpoint().
/// They are not themselves events (a checkpoint event would need the next
/// checkpoint); checkpoint() on demand records CheckpointSigned.
class AuditLog final
{
public:
    /// Subtrees of 2^kStoredSubtreeLevel leaves and larger are stored, so a
    /// proof reads at most 2^8 leaves per level.
    static constexpr int kStoredSubtreeLevel = 8;

    AuditLog(Store& store, const Clock& clock, AuditSigningConfig signing = {});
    ~AuditLog();
    Q_DISABLE_COPY_MOVE(AuditLog)

    /// "<store path>.audit-key.pem".
    [[nodiscard]] static QString defaultKeyPath(const QString& storePath);
    [[nodiscard]] const AuditSigningConfig& signingConfig() const { return m_signing; }

    /// Appends one event inside the open transaction of the store's writer
    /// (throws std::logic_error when none is open). Returns its sequence number.
    /// DomainError (Invalid) for a draft the codec refuses.
    qint64 append(const AuditEventDraft& draft);
    /// Appends many events in one transaction of its own (bulk loading,
    /// generators, imports); `progress(done, total)` may return false to cancel
    /// (nothing is kept then, StoreError Interrupted). Returns the last sequence number.
    qint64 appendBatch(std::span<const AuditEventDraft> drafts,
        const std::function<bool(qint64, qint64)>& progress = {});

    /// Number of events (= last sequence number).
    [[nodiscard]] qint64 size() const;
    /// MTH of the first `treeSize` events (0 <= treeSize <= size()).
    [[nodiscard]] QByteArray rootHash(qint64 treeSize) const;
    /// Leaf hash of the event with sequence `seq`.
    [[nodiscard]] QByteArray leafHash(qint64 seq) const;
    /// Inclusion proof of event `seq` (leaf index seq - 1) in the tree of `treeSize`.
    [[nodiscard]] MerkleProof inclusionProof(qint64 seq, qint64 treeSize) const;
    [[nodiscard]] MerkleProof consistencyProof(qint64 firstSize, qint64 secondSize) const;

    /// Signs a checkpoint over the current size now (if events followed the
    /// last one, else returns the last one) and records CheckpointSigned by
    /// `actorId`. Own transaction. DomainError when the key cannot be loaded.
    Checkpoint checkpoint(const QString& actorId = {});
    /// Signs a checkpoint when the policy's time limit is due (for a timer).
    /// Returns whether it signed one.
    bool checkpointIfDue();
    /// Generates a new key, keeps the old key file as "<keyPath>.<old key id>.retired",
    /// marks the old public key retired, signs a checkpoint with the new key and
    /// records KeyRotated. Old checkpoints keep verifying with the old public key.
    Checkpoint rotateKey(const QString& actorId = {});
    /// The public key of the current signing key (loaded or created on demand).
    [[nodiscard]] PublicKey publicKey();

    /// Deletes the personal parts and key of `subject` (GDPR erasure); hashes,
    /// proofs and checkpoints are untouched. Joins the open transaction.
    /// Returns the number of parts deleted.
    qint64 eraseSubject(const QString& subject);

    /// Stable pseudonym "<kind>-<16 hex>" of an identity, keyed with the
    /// store's pseudonym secret: e.g. pseudonym("op", username).
    [[nodiscard]] QString pseudonym(const QString& kind, const QString& identity) const;
    /// Actor id and personal data (display name, user name) of an operator.
    [[nodiscard]] QString operatorActor(const Operator& op) const;
    [[nodiscard]] AuditPersonalData operatorPersonal(const Operator& op) const;
    /// Makes `op` the draft's actor: its pseudonym, and its name in the personal part.
    void attributeTo(AuditEventDraft& draft, const Operator& op) const;

    /// Called after each appended event, inside the same transaction
    /// (alert rules hook in here; it may append further events).
    using AppendObserver = std::function<void(const AuditRecord&)>;
    void setAppendObserver(AppendObserver observer);

    [[nodiscard]] AuditRepository& repository();
    /// The store the log writes to (for callers that open the transaction an append joins).
    [[nodiscard]] Store& store() { return m_store; }

    /// An event encoded and hashed, not yet stored (implementation detail).
    struct Prepared;

private:
    struct State;
    void syncState();
    qint64 appendOne(const AuditEventDraft& draft);
    qint64 write(Prepared& prepared);
    void flushIndex();
    QByteArray subjectKey(const QString& subject);
    void maybeAutoCheckpoint();
    Checkpoint signNow();
    SigningKey& signingKey();

    Store& m_store;
    const Clock& m_clock;
    AuditSigningConfig m_signing;
    std::unique_ptr<AuditRepository> m_repo;
    std::unique_ptr<State> m_state;
    std::unique_ptr<SigningKey> m_key;
    std::unique_ptr<WalCheckpointer> m_walCheckpointer; ///< of the last batch, until its last copy is done
    AppendObserver m_observer;
    bool m_inObserver = false;
};

} // namespace gc
