#include "TenantTypes.h"

#include "core/EnumIds.h"

#include <QCoreApplication>

namespace gc {

namespace {

constexpr TenantStatus kStatuses[] = {TenantStatus::Active, TenantStatus::Suspended, TenantStatus::Offboarding};
constexpr ConfigType kConfigTypes[] = {ConfigType::String, ConfigType::Integer, ConfigType::Decimal,
                                       ConfigType::Boolean, ConfigType::Url, ConfigType::Email,
                                       ConfigType::Duration};
constexpr TenantUserRole kUserRoles[] = {TenantUserRole::Viewer, TenantUserRole::Analyst, TenantUserRole::Admin};

} // namespace

QString tenantStatusId(TenantStatus s)
{
    switch (s) {
    case TenantStatus::Active:
        return QStringLiteral("active");
    case TenantStatus::Suspended:
        return QStringLiteral("suspended");
    case TenantStatus::Offboarding:
        return QStringLiteral("offboarding");
    }
    return {};
}

std::optional<TenantStatus> tenantStatusFromId(const QString& id)
{
    return enumFromId(id, kStatuses, &tenantStatusId);
}

QString tenantStatusDisplayName(TenantStatus s)
{
    switch (s) {
    case TenantStatus::Active:
        return QCoreApplication::translate("TenantStatus", "Active");
    case TenantStatus::Suspended:
        return QCoreApplication::translate("TenantStatus", "Suspended");
    case TenantStatus::Offboarding:
        return QCoreApplication::translate("TenantStatus", "Offboarding");
    }
    return {};
}

QString configTypeId(ConfigType t)
{
    switch (t) {
    case ConfigType::String:
        return QStringLiteral("string");
    case ConfigType::Integer:
        return QStringLiteral("integer");
    case ConfigType::Decimal:
        return QStringLiteral("decimal");
    case ConfigType::Boolean:
        return QStringLiteral("boolean");
    case ConfigType::Url:
        return QStringLiteral("url");
    case ConfigType::Email:
        return QStringLiteral("email");
    case ConfigType::Duration:
        return QStringLiteral("duration");
    }
    return {};
}

std::optional<ConfigType> configTypeFromId(const QString& id)
{
    return enumFromId(id, kConfigTypes, &configTypeId);
}

QString configTypeDisplayName(ConfigType t)
{
    switch (t) {
    case ConfigType::String:
        return QCoreApplication::translate("ConfigType", "Text");
    case ConfigType::Integer:
        return QCoreApplication::translate("ConfigType", "Integer");
    case ConfigType::Decimal:
        return QCoreApplication::translate("ConfigType", "Decimal");
    case ConfigType::Boolean:
        return QCoreApplication::translate("ConfigType", "Yes/No");
    case ConfigType::Url:
        return QCoreApplication::translate("ConfigType", "URL");
    case ConfigType::Email:
        return QCoreApplication::translate("ConfigType", "E-mail address");
    case ConfigType::Duration:
        return QCoreApplication::translate("ConfigType", "Duration");
    }
    return {};
}

QString tenantUserRoleId(TenantUserRole r)
{
    switch (r) {
    case TenantUserRole::Viewer:
        return QStringLiteral("viewer");
    case TenantUserRole::Analyst:
        return QStringLiteral("analyst");
    case TenantUserRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<TenantUserRole> tenantUserRoleFromId(const QString& id)
{
    return enumFromId(id, kUserRoles, &tenantUserRoleId);
}

QString tenantUserRoleDisplayName(TenantUserRole r)
{
    switch (r) {
    case TenantUserRole::Viewer:
        return QCoreApplication::translate("TenantUserRole", "Viewer");
    case TenantUserRole::Analyst:
        return QCoreApplication::translate("TenantUserRole", "Analyst");
    case TenantUserRole::Admin:
        return QCoreApplication::translate("TenantUserRole", "Admin");
    }
    return {};
}

const QStringList& knownRegions()
{
    static const QStringList regions{
        QStringLiteral("eu-west"),      QStringLiteral("eu-central"),   QStringLiteral("eu-north"),
        QStringLiteral("us-east"),      QStringLiteral("us-west"),      QStringLiteral("ap-southeast"),
        QStringLiteral("ap-northeast"), QStringLiteral("sa-east"),      QStringLiteral("af-south")};
    return regions;
}

} // namespace gc
