#pragma once

#include "AuditRepository.h"

#include <memory>
#include <vector>

namespace gc {

class Database;
class AuditIndexBuffer;

/// The audit trail's tables on one SQLite connection (schema 3). The only
/// place that holds audit SQL. Statements are prepared once per repository and
/// reused, so keep one repository per connection for as long as the connection.
///
/// page() never sorts and never uses OFFSET: each filter field is a sorted
/// stream of sequence numbers (posting list runs in audit_postings, or the
/// full-text index by rowid), and the streams are intersected by leapfrogging —
/// each seeks to the next sequence number the others allow — so a page costs a
/// few seeks per event returned, however rare or common each field is. Events
/// after indexedUpto() are read and matched directly (docs/audit.md, "Finding
/// events: the index").
class SqliteAuditRepository final : public AuditRepository
{
public:
    explicit SqliteAuditRepository(Database& db);
    ~SqliteAuditRepository() override;
    Q_DISABLE_COPY_MOVE(SqliteAuditRepository)

    [[nodiscard]] Database& database() const { return m_db; }

    /// The terms a prefix stands for, when it is worth spelling them out.
    using PrefixExpander = std::function<QStringList(const QString& prefix)>;
    /// The FTS5 query for the user's search text (see AuditFilter::text):
    /// every word and "phrase" quoted, a trailing * kept as a prefix search
    /// (or replaced by the OR of the terms `expand` returns for it, when it
    /// returns any), words without any letter or digit dropped. Empty when
    /// nothing is left; "" (matches nothing) when only punctuation was given.
    [[nodiscard]] static QString ftsQuery(const QString& text, const PrefixExpander& expand = {});

    /// Sequence number, chain hash and time of the last row (seq 0, empty hash when empty).
    struct Head
    {
        qint64 seq = 0;
        qint64 timeMs = 0;
        QByteArray chainHash;
    };
    [[nodiscard]] Head head() const;
    /// The stored record bytes of seq from..to (ascending, gaps skipped).
    void forEachRecord(
        qint64 fromSeq, qint64 toSeq, const std::function<bool(qint64 seq, QByteArrayView record)>& visit) const;

    // AuditRepository
    [[nodiscard]] qint64 lastSeq() const override;
    [[nodiscard]] std::optional<StoredAuditRow> row(qint64 seq) const override;
    void forEachRow(
        qint64 fromSeq, qint64 toSeq, const std::function<bool(const StoredAuditRow&)>& visit) const override;
    void insertRow(const StoredAuditRow& row) override;
    [[nodiscard]] QList<AuditEvent> page(const AuditPageRequest& request) const override;
    [[nodiscard]] qint64 count(const AuditFilter& filter) const override;
    [[nodiscard]] std::optional<qint64> firstSeqAtOrAfter(qint64 timeMs) const override;

    [[nodiscard]] QByteArray subtree(int level, qint64 index) const override;
    void putSubtree(int level, qint64 index, const QByteArray& hash) override;
    void forEachSubtree(
        const std::function<bool(int level, qint64 index, const QByteArray& hash)>& visit) const override;

    void insertCheckpoint(const Checkpoint& checkpoint) override;
    [[nodiscard]] QList<Checkpoint> checkpoints() const override;
    [[nodiscard]] std::optional<Checkpoint> latestCheckpoint() const override;
    void putPublicKey(const PublicKey& key, qint64 addedAt) override;
    void retirePublicKey(const QString& keyId, qint64 retiredAt) override;
    [[nodiscard]] QList<PublicKey> publicKeys() const override;

    void insertPersonal(const StoredPersonalPart& part) override;
    [[nodiscard]] std::optional<StoredPersonalPart> personal(qint64 seq) const override;
    void forEachPersonal(qint64 fromSeq, qint64 toSeq,
        const std::function<bool(const StoredPersonalPart&)>& visit) const override;
    [[nodiscard]] QByteArray subjectKey(const QString& subject) const override;
    void putSubjectKey(const QString& subject, const QByteArray& key, qint64 createdAt) override;
    qint64 eraseSubject(const QString& subject) override;

    [[nodiscard]] QList<AuditAlertRuleConfig> alertRules() const override;
    void putAlertRule(const AuditAlertRuleConfig& rule) override;
    qint64 insertAlert(const AuditAlert& alert) override;
    void updateAlert(const AuditAlert& alert) override;
    [[nodiscard]] QList<AuditAlert> alerts(bool openOnly, int limit) const override;
    [[nodiscard]] std::optional<AuditAlert> alert(qint64 id) const override;

    /// insertRow with the text columns already in UTF-8 (a batch converts them
    /// on its preparing thread).
    void insertRowEncoded(const StoredAuditRow& row, QByteArrayView actorUtf8, QByteArrayView resourceUtf8);

    /// Events with seq <= indexedUpto() are in the index (audit_postings and
    /// the full-text index); later ones are found by reading them directly.
    [[nodiscard]] qint64 indexedUpto() const;
    /// Writes the buffered events' posting runs and full-text bodies and
    /// moves indexedUpto() to the buffer's last event. The buffer must start
    /// right after indexedUpto(). Joins the open transaction.
    void writeIndex(const AuditIndexBuffer& buffer);
    /// insertPersonal with the data already encoded by encodePersonal().
    void insertPersonalEncoded(qint64 seq, const QString& subject, const QByteArray& salt, const QByteArray& json);

    /// The personal part's JSON as stored in audit_personal.data, and back
    /// (nullopt for bytes that are not such an object).
    [[nodiscard]] static QByteArray encodePersonal(const AuditPersonalData& data);
    [[nodiscard]] static std::optional<AuditPersonalData> decodePersonal(QByteArrayView json);

private:
    class Statements;
    struct Plan;
    class Query;
    [[nodiscard]] Plan plan(const AuditFilter& filter) const;
    /// Events from..to (all after indexedUpto()) that match `plan`, ascending.
    [[nodiscard]] std::vector<qint64> matchTail(const Plan& plan, qint64 from, qint64 to) const;
    /// Up to kMaxPrefixTerms indexed terms starting with `prefix`; empty when
    /// there are more (or it is not a plain ASCII word).
    [[nodiscard]] QStringList prefixTerms(const QString& prefix) const;
    static constexpr int kMaxPrefixTerms = 16;

    Database& m_db;
    std::unique_ptr<Statements> m_st;
    mutable bool m_noVocab = false;
    mutable std::unique_ptr<Database> m_tailFts; ///< in-memory FTS5 for matchTail
};

} // namespace gc
