#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace gc {

/// What happened. The numeric value of each enumerator is its stable code in
/// the canonical record encoding (AuditEventCodec) and must never change or be
/// reused: a renumbered type would change the bytes, and so the hashes, of
/// every event already logged. New types take the next free code.
enum class AuditEventType : std::uint16_t
{
    // Operator & user actions
    Login = 1,
    Logout = 2,
    LoginFailed = 3,
    PasswordChanged = 4,
    RoleChanged = 5,
    // Data access
    DataRead = 20,
    DataExported = 21,
    DataUpdated = 22,
    DataDeleted = 23,
    // API
    PredictionRequested = 40,
    ApiKeyCreated = 41,
    ApiKeyRevoked = 42,
    // Tenant lifecycle & quota
    TenantProvisioned = 60,
    TenantTierChanged = 61,
    TenantSuspended = 62,
    TenantReactivated = 63,
    TenantOffboarded = 64,
    TenantPurged = 65,
    TenantUserAdded = 66,
    TenantUserChanged = 67,
    QuotaWarning = 68,
    QuotaExceeded = 69,
    // Security
    AuthenticationFailure = 80,
    SuspectedBreach = 81,
    AlertRaised = 82,
    AlertResolved = 83,
    // GDPR
    GdprRequestReceived = 100,
    GdprErasureCompleted = 101,
    GdprExportCompleted = 102,
    // System
    BackupCompleted = 120,
    ConfigurationChanged = 121,
    KeyRotated = 122,
    CheckpointSigned = 123,
};

/// The group a type belongs to (filters and compliance reports count by it).
enum class AuditCategory
{
    Operator,
    DataAccess,
    Api,
    Tenant,
    Security,
    Gdpr,
    System
};

/// How much attention an event deserves. The value is its byte in the
/// canonical encoding; never renumber.
enum class AuditSeverity : std::uint8_t
{
    Info = 0,
    Notice = 1,
    Warning = 2,
    Critical = 3
};

/// How the action ended. The value is its byte in the canonical encoding;
/// never renumber. Denied: refused by a permission or policy check, as opposed
/// to Failure (attempted and went wrong).
enum class AuditOutcome : std::uint8_t
{
    Success = 0,
    Failure = 1,
    Denied = 2
};

/// Every type, in code order.
const QList<AuditEventType>& allAuditEventTypes();
/// Stable lower-case id ("login", "tenant_purged"); empty for a value outside the enum.
QString auditEventTypeId(AuditEventType type);
/// Exact (case-sensitive) match of auditEventTypeId; nullopt when unknown.
std::optional<AuditEventType> auditEventTypeFromId(const QString& id);
/// The enumerator whose code is `code`; nullopt for a code no type has.
std::optional<AuditEventType> auditEventTypeFromCode(std::uint16_t code);
AuditCategory auditEventCategory(AuditEventType type);
AuditSeverity auditEventDefaultSeverity(AuditEventType type);
QString auditEventTypeDisplayName(AuditEventType type); ///< translated

const QList<AuditCategory>& allAuditCategories();
QString auditCategoryId(
    AuditCategory category); ///< "operator", "data_access", "api", "tenant", "security", "gdpr", "system"
std::optional<AuditCategory> auditCategoryFromId(const QString& id);
QString auditCategoryDisplayName(AuditCategory category); ///< translated

QString auditSeverityId(AuditSeverity severity); ///< "info", "notice", "warning", "critical"
std::optional<AuditSeverity> auditSeverityFromId(const QString& id);
/// nullopt for a byte no severity has (the codec rejects such records).
std::optional<AuditSeverity> auditSeverityFromCode(std::uint8_t code);
QString auditSeverityDisplayName(AuditSeverity severity); ///< translated

QString auditOutcomeId(AuditOutcome outcome); ///< "success", "failure", "denied"
std::optional<AuditOutcome> auditOutcomeFromId(const QString& id);
/// nullopt for a byte no outcome has (the codec rejects such records).
std::optional<AuditOutcome> auditOutcomeFromCode(std::uint8_t code);
QString auditOutcomeDisplayName(AuditOutcome outcome); ///< translated

} // namespace gc
