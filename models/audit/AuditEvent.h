#pragma once

#include "AuditEventType.h"
#include "tenancy/TenantTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gc {

/// Personal data of one event: who the actor is and what in the event names a
/// person. It is never part of the hashed record (see AuditEvent).
struct AuditPersonalData
{
    QString actorName;
    QString actorEmail;
    QString sourceAddress; ///< IP address (and port) the action came from
    QJsonObject details; ///< the personal fields of the event's details, e.g. {"user_email": ...}

    [[nodiscard]] bool isEmpty() const
    {
        return actorName.isEmpty() && actorEmail.isEmpty() && sourceAddress.isEmpty() && details.isEmpty();
    }
    friend bool operator==(const AuditPersonalData&, const AuditPersonalData&) = default;
};

/// The personal part as stored beside a record: the data and the per-event
/// salt of its commitment. Erasure deletes both.
struct AuditPersonalPart
{
    AuditPersonalData data;
    QByteArray salt; ///< PersonalCommitment::kSaltSize random bytes

    friend bool operator==(const AuditPersonalPart&, const AuditPersonalPart&) = default;
};

/// The hashed record of an audit event: exactly what AuditEventCodec encodes
/// and what the leaf hash, chain hash, Merkle tree, proofs and checkpoints
/// cover. It holds no personal data.
///
/// Erasure design (GDPR art. 17 without breaking the log):
/// - Personal data (actor name and e-mail, source address, personal fields of
///   the details) lives in an AuditPersonalPart stored outside the record.
/// - The record carries `personalCommitment` =
///   HMAC-SHA256(subjectKey, PersonalCommitment::canonicalBytes(data) || salt),
///   salt = 32 random bytes per event, subjectKey = 32 random bytes per data
///   subject (the person `actorId` stands for), kept in a key store apart from
///   the log. An event without personal data has 32 zero bytes instead.
/// - The HMAC key makes the commitment hiding even for guessable data (an
///   e-mail address could otherwise be confirmed by hashing candidates); the
///   salt makes equal personal data commit to different values per event.
/// - Erasing a person deletes the personal parts of their events, those salts
///   and their subject key. The record bytes are untouched, so every leaf hash,
///   chain hash, inclusion and consistency proof and signed checkpoint stays
///   valid. Before erasure, whoever holds data + salt + key can prove with
///   PersonalCommitment::verify that it is exactly what was committed; after
///   it, nothing links the pseudonymous `actorId` to the person any more.
/// - Producers must therefore put nothing personal in `actorId`, `resource` or
///   `details`: `actorId` is a pseudonym (e.g. "user-3f9a02c1"), never a name
///   or e-mail address.
struct AuditRecord
{
    qint64 sequence = 0; ///< 1-based position in the log, >= 0
    qint64 timeUtcMs = 0; ///< milliseconds since 1970-01-01T00:00:00Z
    std::optional<TenantId> tenant; ///< nullopt: a platform event
    QString actorId; ///< pseudonymous actor; empty for the system itself
    AuditEventType type = AuditEventType::Login;
    AuditSeverity severity = AuditSeverity::Info;
    AuditOutcome outcome = AuditOutcome::Success;
    QString resource; ///< what was acted on, e.g. "tenant/42" or "api_key/17"
    QJsonObject details; ///< non-personal details
    QByteArray personalCommitment
        = QByteArray(32, '\0'); ///< 32 bytes; all zero when there is no personal part

    [[nodiscard]] QDateTime time() const { return QDateTime::fromMSecsSinceEpoch(timeUtcMs, Qt::UTC); }
    void setTime(const QDateTime& t) { timeUtcMs = t.toMSecsSinceEpoch(); }
    [[nodiscard]] AuditCategory category() const { return auditEventCategory(type); }

    friend bool operator==(const AuditRecord& a, const AuditRecord& b)
    {
        return a.sequence == b.sequence && a.timeUtcMs == b.timeUtcMs && a.tenant == b.tenant
            && a.actorId == b.actorId && a.type == b.type && a.severity == b.severity
            && a.outcome == b.outcome && a.resource == b.resource && a.details == b.details
            && a.personalCommitment == b.personalCommitment;
    }
};

/// An event as its producer sees it: the hashed record plus, until erasure,
/// its personal part.
struct AuditEvent
{
    AuditRecord record;
    std::optional<AuditPersonalPart> personal; ///< nullopt: none, or erased

    friend bool operator==(const AuditEvent& a, const AuditEvent& b)
    {
        return a.record == b.record && a.personal == b.personal;
    }
};

} // namespace gc
