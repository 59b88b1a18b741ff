#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gc {

/// Console operator roles. Auditor is read-only.
enum class Role { Administrator, ComplianceOfficer, Analyst, Auditor };

/// All roles, in display order.
const QList<Role>& allRoles();
/// Stable identifier stored in the database and used on the command line
/// ("administrator", "compliance_officer", "analyst", "auditor").
QString roleId(Role role);
/// Parses roleId(); nullopt for anything else.
std::optional<Role> roleFromId(const QString& id);
/// Translated name for display.
QString roleDisplayName(Role role);

} // namespace gc
