#pragma once

#include "AuditEvent.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace gc {

/// The filter fields the audit index keeps, as stored in audit_postings.field.
/// The codes are stored: never renumber them.
enum class AuditIndexField : int {
    Tenant = 1,       ///< tenant id; 0 = the platform
    Actor = 2,        ///< actor id (text)
    Type = 3,         ///< type code
    Status = 4,       ///< severity * 4 + outcome
    Resource = 5,     ///< resource (text)
    ResourceKind = 6, ///< resource up to and including its first '/' ("" when it has none)
    Subject = 7,      ///< pseudonym of the person an event's personal part is about (erasure finds them)
};

/// A posting list run: ascending sequence numbers of one (field, value),
/// stored as first, last, count and the deltas between neighbours as LEB128
/// varints (docs/audit.md, "Index"). A run of one element has no deltas.
namespace auditPostings {
QByteArray encodeDeltas(std::span<const qint64> seqs);
/// Appends the run's elements to `out`; false when the bytes do not describe
/// `count` ascending elements from `first` to `last`.
bool decode(qint64 first, qint64 last, qint64 count, QByteArrayView deltas, std::vector<qint64>& out);
/// "tenant/" of "tenant/42"; "" for a resource without '/'.
QByteArrayView resourceKind(QByteArrayView resourceUtf8);
} // namespace auditPostings

/// The full-text body of an event: its resource and the string and number
/// values of its (non-personal) details. Keys are left out: they name fields,
/// and searching for "reason" should not match every event that has one.
QString auditFtsBody(const AuditRecord& record);

/// Events appended but not yet in the index (audit_postings and the full-text
/// index): their posting entries grouped by (field, value) and their
/// full-text bodies. AuditLog writes it out in one go every few hundred
/// events and at the end of a batch, so the index costs a handful of B-tree
/// writes per flush instead of seven per event; queries read the few events
/// after the index's end straight from audit_events.
class AuditIndexBuffer final
{
public:
    struct Key
    {
        AuditIndexField field;
        qint64 number = 0;
        QByteArray text; ///< for Actor, Resource, ResourceKind
        bool isText = false;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const noexcept;
    };

    /// Adds event `seq`, which must follow the last one added. `subjectUtf8`
    /// is empty for an event without a personal part.
    void add(qint64 seq, std::optional<qint64> tenant, QByteArrayView actorUtf8, int type, int severity,
        int outcome, QByteArrayView resourceUtf8, QByteArrayView ftsBodyUtf8, QByteArrayView subjectUtf8 = {});
    void clear();

    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    [[nodiscard]] qint64 size() const { return m_count; }
    [[nodiscard]] qint64 firstSeq() const { return m_first; }
    [[nodiscard]] qint64 lastSeq() const { return m_first + m_count - 1; }

    [[nodiscard]] const std::unordered_map<Key, std::vector<qint64>, KeyHash>& postings() const { return m_postings; }
    /// Body of the i-th buffered event (seq = firstSeq() + i).
    [[nodiscard]] QByteArrayView body(qint64 i) const
    {
        const auto b = m_bodyEnds[std::size_t(i)];
        const auto a = i == 0 ? 0 : m_bodyEnds[std::size_t(i - 1)];
        return QByteArrayView(m_bodies.constData() + a, qsizetype(b - a));
    }

private:
    void post(AuditIndexField field, qint64 number, qint64 seq);
    void post(AuditIndexField field, QByteArrayView text, qint64 seq);

    std::unordered_map<Key, std::vector<qint64>, KeyHash> m_postings;
    QByteArray m_bodies;
    std::vector<qint64> m_bodyEnds;
    qint64 m_first = 0;
    qint64 m_count = 0;
    Key m_probe; ///< reused for lookups, so a known text value costs no allocation
};

} // namespace gc
