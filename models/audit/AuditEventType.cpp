#include "AuditEventType.h"

#include "core/EnumIds.h"

#include <QCoreApplication>

#include <array>

namespace gc {

namespace {

struct TypeInfo
{
    AuditEventType type;
    const char* id;
    AuditCategory category;
    AuditSeverity severity;
    const char* name; // source text for the "gc::AuditEventType" context
};

// One table so that id, category, severity and name cannot drift apart.
constexpr std::array kTypes {
    TypeInfo { AuditEventType::Login, "login", AuditCategory::Operator, AuditSeverity::Info,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Sign-in") },
    TypeInfo { AuditEventType::Logout, "logout", AuditCategory::Operator, AuditSeverity::Info,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Sign-out") },
    TypeInfo { AuditEventType::LoginFailed, "login_failed", AuditCategory::Operator, AuditSeverity::Warning,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Failed sign-in") },
    TypeInfo { AuditEventType::PasswordChanged, "password_changed", AuditCategory::Operator,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Password changed") },
    TypeInfo { AuditEventType::RoleChanged, "role_changed", AuditCategory::Operator, AuditSeverity::Warning,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Role changed") },
    TypeInfo { AuditEventType::DataRead, "data_read", AuditCategory::DataAccess, AuditSeverity::Info,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Data read") },
    TypeInfo { AuditEventType::DataExported, "data_exported", AuditCategory::DataAccess,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Data exported") },
    TypeInfo { AuditEventType::DataUpdated, "data_updated", AuditCategory::DataAccess, AuditSeverity::Notice,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Data updated") },
    TypeInfo { AuditEventType::DataDeleted, "data_deleted", AuditCategory::DataAccess, AuditSeverity::Warning,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Data deleted") },
    TypeInfo { AuditEventType::PredictionRequested, "prediction_requested", AuditCategory::Api,
        AuditSeverity::Info, QT_TRANSLATE_NOOP("gc::AuditEventType", "Prediction requested") },
    TypeInfo { AuditEventType::ApiKeyCreated, "api_key_created", AuditCategory::Api, AuditSeverity::Notice,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "API key created") },
    TypeInfo { AuditEventType::ApiKeyRevoked, "api_key_revoked", AuditCategory::Api, AuditSeverity::Notice,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "API key revoked") },
    TypeInfo { AuditEventType::TenantProvisioned, "tenant_provisioned", AuditCategory::Tenant,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant provisioned") },
    TypeInfo { AuditEventType::TenantTierChanged, "tenant_tier_changed", AuditCategory::Tenant,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant tier changed") },
    TypeInfo { AuditEventType::TenantSuspended, "tenant_suspended", AuditCategory::Tenant,
        AuditSeverity::Warning, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant suspended") },
    TypeInfo { AuditEventType::TenantReactivated, "tenant_reactivated", AuditCategory::Tenant,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant reactivated") },
    TypeInfo { AuditEventType::TenantOffboarded, "tenant_offboarded", AuditCategory::Tenant,
        AuditSeverity::Warning, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant offboarded") },
    TypeInfo { AuditEventType::TenantPurged, "tenant_purged", AuditCategory::Tenant, AuditSeverity::Critical,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant purged") },
    TypeInfo { AuditEventType::TenantUserAdded, "tenant_user_added", AuditCategory::Tenant,
        AuditSeverity::Info, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant user added") },
    TypeInfo { AuditEventType::TenantUserChanged, "tenant_user_changed", AuditCategory::Tenant,
        AuditSeverity::Info, QT_TRANSLATE_NOOP("gc::AuditEventType", "Tenant user changed") },
    TypeInfo { AuditEventType::QuotaWarning, "quota_warning", AuditCategory::Tenant, AuditSeverity::Warning,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Quota warning") },
    TypeInfo { AuditEventType::QuotaExceeded, "quota_exceeded", AuditCategory::Tenant,
        AuditSeverity::Critical, QT_TRANSLATE_NOOP("gc::AuditEventType", "Quota exceeded") },
    TypeInfo { AuditEventType::AuthenticationFailure, "authentication_failure", AuditCategory::Security,
        AuditSeverity::Warning, QT_TRANSLATE_NOOP("gc::AuditEventType", "Authentication failure") },
    TypeInfo { AuditEventType::SuspectedBreach, "suspected_breach", AuditCategory::Security,
        AuditSeverity::Critical, QT_TRANSLATE_NOOP("gc::AuditEventType", "Suspected breach") },
    TypeInfo { AuditEventType::AlertRaised, "alert_raised", AuditCategory::Security, AuditSeverity::Warning,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Alert raised") },
    TypeInfo { AuditEventType::AlertResolved, "alert_resolved", AuditCategory::Security,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Alert resolved") },
    TypeInfo { AuditEventType::GdprRequestReceived, "gdpr_request_received", AuditCategory::Gdpr,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "GDPR request received") },
    TypeInfo { AuditEventType::GdprErasureCompleted, "gdpr_erasure_completed", AuditCategory::Gdpr,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "GDPR erasure completed") },
    TypeInfo { AuditEventType::GdprExportCompleted, "gdpr_export_completed", AuditCategory::Gdpr,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "GDPR export completed") },
    TypeInfo { AuditEventType::BackupCompleted, "backup_completed", AuditCategory::System,
        AuditSeverity::Info, QT_TRANSLATE_NOOP("gc::AuditEventType", "Backup completed") },
    TypeInfo { AuditEventType::ConfigurationChanged, "configuration_changed", AuditCategory::System,
        AuditSeverity::Notice, QT_TRANSLATE_NOOP("gc::AuditEventType", "Configuration changed") },
    TypeInfo { AuditEventType::KeyRotated, "key_rotated", AuditCategory::System, AuditSeverity::Notice,
        QT_TRANSLATE_NOOP("gc::AuditEventType", "Key rotated") },
    TypeInfo { AuditEventType::CheckpointSigned, "checkpoint_signed", AuditCategory::System,
        AuditSeverity::Info, QT_TRANSLATE_NOOP("gc::AuditEventType", "Checkpoint signed") },
};

const TypeInfo* info(AuditEventType type)
{
    for (const TypeInfo& t : kTypes) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

} // namespace

const QList<AuditEventType>& allAuditEventTypes()
{
    static const QList<AuditEventType> types = [] {
        QList<AuditEventType> out;
        for (const TypeInfo& t : kTypes)
            out << t.type;
        return out;
    }();
    return types;
}

QString auditEventTypeId(AuditEventType type)
{
    const TypeInfo* t = info(type);
    return t ? QLatin1String(t->id) : QString();
}

std::optional<AuditEventType> auditEventTypeFromId(const QString& id)
{
    for (const TypeInfo& t : kTypes) {
        if (id == QLatin1String(t.id))
            return t.type;
    }
    return std::nullopt;
}

std::optional<AuditEventType> auditEventTypeFromCode(std::uint16_t code)
{
    for (const TypeInfo& t : kTypes) {
        if (static_cast<std::uint16_t>(t.type) == code)
            return t.type;
    }
    return std::nullopt;
}

AuditCategory auditEventCategory(AuditEventType type)
{
    const TypeInfo* t = info(type);
    return t ? t->category : AuditCategory::System;
}

AuditSeverity auditEventDefaultSeverity(AuditEventType type)
{
    const TypeInfo* t = info(type);
    return t ? t->severity : AuditSeverity::Info;
}

QString auditEventTypeDisplayName(AuditEventType type)
{
    const TypeInfo* t = info(type);
    return t ? QCoreApplication::translate("gc::AuditEventType", t->name) : QString();
}

const QList<AuditCategory>& allAuditCategories()
{
    static const QList<AuditCategory> categories { AuditCategory::Operator, AuditCategory::DataAccess,
        AuditCategory::Api, AuditCategory::Tenant, AuditCategory::Security, AuditCategory::Gdpr,
        AuditCategory::System };
    return categories;
}

QString auditCategoryId(AuditCategory category)
{
    switch (category) {
    case AuditCategory::Operator:
        return QStringLiteral("operator");
    case AuditCategory::DataAccess:
        return QStringLiteral("data_access");
    case AuditCategory::Api:
        return QStringLiteral("api");
    case AuditCategory::Tenant:
        return QStringLiteral("tenant");
    case AuditCategory::Security:
        return QStringLiteral("security");
    case AuditCategory::Gdpr:
        return QStringLiteral("gdpr");
    case AuditCategory::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<AuditCategory> auditCategoryFromId(const QString& id)
{
    return enumFromId(id, allAuditCategories(), &auditCategoryId);
}

QString auditCategoryDisplayName(AuditCategory category)
{
    switch (category) {
    case AuditCategory::Operator:
        return QCoreApplication::translate("gc::AuditCategory", "Operator and user actions");
    case AuditCategory::DataAccess:
        return QCoreApplication::translate("gc::AuditCategory", "Data access");
    case AuditCategory::Api:
        return QCoreApplication::translate("gc::AuditCategory", "API operations");
    case AuditCategory::Tenant:
        return QCoreApplication::translate("gc::AuditCategory", "Tenant lifecycle and quota");
    case AuditCategory::Security:
        return QCoreApplication::translate("gc::AuditCategory", "Security");
    case AuditCategory::Gdpr:
        return QCoreApplication::translate("gc::AuditCategory", "GDPR");
    case AuditCategory::System:
        return QCoreApplication::translate("gc::AuditCategory", "System");
    }
    return {};
}

QString auditSeverityId(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Info:
        return QStringLiteral("info");
    case AuditSeverity::Notice:
        return QStringLiteral("notice");
    case AuditSeverity::Warning:
        return QStringLiteral("warning");
    case AuditSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<AuditSeverity> auditSeverityFromId(const QString& id)
{
    static constexpr AuditSeverity kAll[] = {AuditSeverity::Info, AuditSeverity::Notice, AuditSeverity::Warning,
                                             AuditSeverity::Critical};
    return enumFromId(id, kAll, &auditSeverityId);
}

std::optional<AuditSeverity> auditSeverityFromCode(std::uint8_t code)
{
    if (code > static_cast<std::uint8_t>(AuditSeverity::Critical))
        return std::nullopt;
    return static_cast<AuditSeverity>(code);
}

QString auditSeverityDisplayName(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Info:
        return QCoreApplication::translate("gc::AuditSeverity", "Info");
    case AuditSeverity::Notice:
        return QCoreApplication::translate("gc::AuditSeverity", "Notice");
    case AuditSeverity::Warning:
        return QCoreApplication::translate("gc::AuditSeverity", "Warning");
    case AuditSeverity::Critical:
        return QCoreApplication::translate("gc::AuditSeverity", "Critical");
    }
    return {};
}

QString auditOutcomeId(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Success:
        return QStringLiteral("success");
    case AuditOutcome::Failure:
        return QStringLiteral("failure");
    case AuditOutcome::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

std::optional<AuditOutcome> auditOutcomeFromId(const QString& id)
{
    static constexpr AuditOutcome kAll[] = {AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied};
    return enumFromId(id, kAll, &auditOutcomeId);
}

std::optional<AuditOutcome> auditOutcomeFromCode(std::uint8_t code)
{
    if (code > static_cast<std::uint8_t>(AuditOutcome::Denied))
        return std::nullopt;
    return static_cast<AuditOutcome>(code);
}

QString auditOutcomeDisplayName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Success:
        return QCoreApplication::translate("gc::AuditOutcome", "Success");
    case AuditOutcome::Failure:
        return QCoreApplication::translate("gc::AuditOutcome", "Failure");
    case AuditOutcome::Denied:
        return QCoreApplication::translate("gc::AuditOutcome", "Denied");
    }
    return {};
}

} // namespace gc
