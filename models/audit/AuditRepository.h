#pragma once

#include "AuditEvent.h"
#include "AuditFilter.h"
#include "Checkpoint.h"
#include "PublicKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gc {

/// One row of audit_events exactly as stored, columns not yet trusted.
/// Verification decodes `record` and checks every column against it.
struct StoredAuditRow
{
    qint64 seq = 0;
    qint64 timeMs = 0;
    std::optional<qint64> tenantId;
    QString actor;
    int type = 0;
    int category = 0;
    int severity = 0;
    int outcome = 0;
    QString resource;
    QByteArray record; ///< AuditEventCodec::encode output
    QByteArray chainHash; ///< 32 bytes

    friend bool operator==(const StoredAuditRow&, const StoredAuditRow&) = default;
};

/// One stored personal part (AuditPersonalPart plus whose it is).
struct StoredPersonalPart
{
    qint64 seq = 0;
    QString subject; ///< pseudonym of the person the data is about
    AuditPersonalPart part;
};

/// A raised alert (audit_alerts).
struct AuditAlert
{
    qint64 id = 0;
    QString rule; ///< AlertRuleKind id
    qint64 raisedSeq = 0; ///< the AlertRaised event
    qint64 raisedAt = 0; ///< unix seconds
    QString subject; ///< actor / account / tenant the alert is about (pseudonymous)
    QString summary; ///< non-personal one-line description
    bool resolved = false;
    std::optional<qint64> resolvedSeq; ///< the AlertResolved event
    std::optional<qint64> resolvedAt;
    QString resolvedBy;
    QString resolution;
};

/// A configurable alert rule (audit_alert_rules).
struct AuditAlertRuleConfig
{
    QString rule;
    bool enabled = true;
    int threshold = 1; ///< events within the window that raise the alert
    int windowSeconds = 60;
    friend bool operator==(const AuditAlertRuleConfig&, const AuditAlertRuleConfig&) = default;
};

/// Storage of the audit trail. All SQL of the audit trail lives in its one
/// implementation, SqliteAuditRepository, which works on whichever connection
/// it is given (the store's writer, or a reader of a background thread).
/// Writes must run inside the caller's transaction. StoreError on failure.
class AuditRepository
{
public:
    virtual ~AuditRepository() = default;

    // --- events ---
    /// Highest stored sequence number (0 for an empty log).
    [[nodiscard]] virtual qint64 lastSeq() const = 0;
    [[nodiscard]] virtual std::optional<StoredAuditRow> row(qint64 seq) const = 0;
    /// Calls `visit` for each stored row with fromSeq <= seq <= toSeq in
    /// ascending seq order (gaps are simply absent); stops when it returns false.
    virtual void forEachRow(
        qint64 fromSeq, qint64 toSeq, const std::function<bool(const StoredAuditRow&)>& visit) const
        = 0;
    /// Inserts a row. It becomes findable by page() and count() at once;
    /// the index catches up in batches (SqliteAuditRepository::writeIndex).
    virtual void insertRow(const StoredAuditRow& row) = 0;

    /// The events matching `request.filter`, in the requested order, at most
    /// request.limit, with their personal parts (nullopt when none/erased).
    [[nodiscard]] virtual QList<AuditEvent> page(const AuditPageRequest& request) const = 0;
    /// Number of events matching `filter` (may be slow: call from a reader thread).
    [[nodiscard]] virtual qint64 count(const AuditFilter& filter) const = 0;
    /// First sequence number with time >= timeMs, or nullopt.
    [[nodiscard]] virtual std::optional<qint64> firstSeqAtOrAfter(qint64 timeMs) const = 0;

    // --- Merkle subtrees (see MerkleTree::SubtreeHashSource) ---
    /// Empty when not stored.
    [[nodiscard]] virtual QByteArray subtree(int level, qint64 index) const = 0;
    virtual void putSubtree(int level, qint64 index, const QByteArray& hash) = 0;
    /// Calls `visit` for every stored subtree (for verification).
    virtual void forEachSubtree(const std::function<bool(int level, qint64 index, const QByteArray& hash)>& visit) const
        = 0;

    // --- checkpoints and keys ---
    virtual void insertCheckpoint(const Checkpoint& checkpoint) = 0;
    /// All checkpoints by tree size, ascending.
    [[nodiscard]] virtual QList<Checkpoint> checkpoints() const = 0;
    [[nodiscard]] virtual std::optional<Checkpoint> latestCheckpoint() const = 0;
    /// Adds (or keeps) a public key; `retiredAt` set when rotated away.
    virtual void putPublicKey(const PublicKey& key, qint64 addedAt) = 0;
    virtual void retirePublicKey(const QString& keyId, qint64 retiredAt) = 0;
    [[nodiscard]] virtual QList<PublicKey> publicKeys() const = 0;

    // --- personal parts and subject keys ---
    virtual void insertPersonal(const StoredPersonalPart& part) = 0;
    [[nodiscard]] virtual std::optional<StoredPersonalPart> personal(qint64 seq) const = 0;
    /// Calls `visit` for each stored personal part with fromSeq <= seq <= toSeq
    /// in ascending seq order; stops when it returns false. Verification reads
    /// them this way in one pass; the default asks personal() seq by seq.
    virtual void forEachPersonal(
        qint64 fromSeq, qint64 toSeq, const std::function<bool(const StoredPersonalPart&)>& visit) const
    {
        for (qint64 seq = fromSeq; seq <= toSeq; ++seq)
            if (const auto part = personal(seq); part && !visit(*part))
                return;
    }
    /// Empty when the subject has no key (never had one, or erased).
    [[nodiscard]] virtual QByteArray subjectKey(const QString& subject) const = 0;
    virtual void putSubjectKey(const QString& subject, const QByteArray& key, qint64 createdAt) = 0;
    /// Deletes the subject's key and every personal part about it; returns the
    /// number of parts deleted.
    virtual qint64 eraseSubject(const QString& subject) = 0;

    // --- alerts ---
    [[nodiscard]] virtual QList<AuditAlertRuleConfig> alertRules() const = 0;
    virtual void putAlertRule(const AuditAlertRuleConfig& rule) = 0;
    virtual qint64 insertAlert(const AuditAlert& alert) = 0;
    virtual void updateAlert(const AuditAlert& alert) = 0;
    /// Newest first; openOnly = only unresolved ones.
    [[nodiscard]] virtual QList<AuditAlert> alerts(bool openOnly, int limit) const = 0;
    [[nodiscard]] virtual std::optional<AuditAlert> alert(qint64 id) const = 0;
};

} // namespace gc
