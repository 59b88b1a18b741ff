#pragma once

#include "Tier.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gc {

/// Strong type for a tenant's id: every call that reaches tenant-owned rows
/// takes one, so no query path can leave the tenant out.
struct TenantId
{
    qint64 value = 0;
    explicit constexpr TenantId(qint64 v = 0) : value(v) {}
    friend constexpr bool operator==(TenantId, TenantId) = default;
};

enum class TenantStatus { Active, Suspended, Offboarding };
QString tenantStatusId(TenantStatus s);            ///< "active", "suspended", "offboarding"
std::optional<TenantStatus> tenantStatusFromId(const QString& id);
QString tenantStatusDisplayName(TenantStatus s);   ///< translated

struct Tenant
{
    TenantId id;
    QString slug;          ///< ^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$, unique
    QString name;
    Tier tier = Tier::Free;
    TenantStatus status = TenantStatus::Active;
    QString contactName;
    QString contactEmail;
    QString region;        ///< one of knownRegions()
    std::optional<qint64> customPriceCents; ///< Enterprise only
    QDateTime createdAt;
    std::optional<QDateTime> statusChangedAt;
    QString statusReason;
    std::optional<QDateTime> purgeAfter;    ///< set while offboarding
};

/// A row of the tenant list: the tenant plus figures the table shows.
struct TenantSummary
{
    Tenant tenant;
    int activeUsers = 0;
    qint64 requestsToday = 0;
    int activeApiKeys = 0;
};

/// What provisioning needs; validated by TenantService.
struct TenantDraft
{
    QString slug;
    QString name;
    Tier tier = Tier::Free;
    QString contactName;
    QString contactEmail;
    QString region;
    std::optional<qint64> customPriceCents;
    QList<struct ConfigEntry> config;
};

/// Types of custom configuration values. Values are stored as canonical text.
enum class ConfigType { String, Integer, Decimal, Boolean, Url, Email, Duration };
QString configTypeId(ConfigType t);                ///< "string", "integer", ...
std::optional<ConfigType> configTypeFromId(const QString& id);
QString configTypeDisplayName(ConfigType t);

struct ConfigEntry
{
    QString key;   ///< ^[a-z][a-z0-9_.]{0,63}$
    ConfigType type = ConfigType::String;
    QString value; ///< canonical form after validation
};

enum class TenantUserRole { Viewer, Analyst, Admin };
QString tenantUserRoleId(TenantUserRole r);        ///< "viewer", "analyst", "admin"
std::optional<TenantUserRole> tenantUserRoleFromId(const QString& id);
QString tenantUserRoleDisplayName(TenantUserRole r);

/// One of a tenant's end users (counted against the tier's user quota while active).
struct TenantUser
{
    qint64 id = 0;
    TenantId tenantId;
    QString email;
    QString displayName;
    TenantUserRole role = TenantUserRole::Viewer;
    bool active = true;
    QDateTime createdAt;
    std::optional<QDateTime> deactivatedAt;
};

/// Metadata of a tenant API key. The secret itself is never stored.
struct ApiKey
{
    qint64 id = 0;
    TenantId tenantId;
    QString name;
    QString prefix;        ///< visible part, e.g. "gck_3f9a1c2e"
    QDateTime createdAt;
    QString createdBy;     ///< operator username
    std::optional<QDateTime> lastUsedAt;
    std::optional<QDateTime> revokedAt;
    [[nodiscard]] bool revoked() const { return revokedAt.has_value(); }
};

/// Returned once on creation: the full key is shown to the operator and then forgotten.
struct NewApiKey
{
    ApiKey key;
    QString secret;        ///< "<prefix>_<43 chars base64url of 32 random bytes>"
};

struct UsageDay
{
    QDate day;             ///< UTC day
    qint64 requests = 0;
    qint64 errors = 0;
};

/// Usage against one limit. level: Ok below 80 %, Warning from 80 %, Exceeded from 100 %.
struct QuotaStatus
{
    enum class Level { Ok, Warning, Exceeded };
    qint64 used = 0;
    std::optional<qint64> limit;  ///< nullopt: unlimited
    [[nodiscard]] double fraction() const { return limit && *limit > 0 ? double(used) / double(*limit) : 0.0; }
    [[nodiscard]] Level level() const
    {
        const double f = fraction();
        return f >= 1.0 ? Level::Exceeded : f >= 0.8 ? Level::Warning : Level::Ok;
    }
};

/// Regions a tenant's data can live in.
const QStringList& knownRegions();

} // namespace gc
