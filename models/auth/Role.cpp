#include "Role.h"

#include "core/EnumIds.h"

#include <QCoreApplication>

namespace gc {

const QList<Role>& allRoles()
{
    static const QList<Role> roles { Role::Administrator, Role::ComplianceOfficer, Role::Analyst,
        Role::Auditor };
    return roles;
}

QString roleId(Role role)
{
    // These strings are stored in the operators table (its CHECK constraint
    // lists them) and typed on the command line: never rename one.
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::ComplianceOfficer:
        return QStringLiteral("compliance_officer");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    return enumFromId(id, allRoles(), &roleId);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::ComplianceOfficer:
        return QCoreApplication::translate("Role", "Compliance Officer");
    case Role::Analyst:
        return QCoreApplication::translate("Role", "Analyst");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "Auditor");
    }
    return {};
}

} // namespace gc
