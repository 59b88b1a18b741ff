#pragma once

#include "Role.h"

#include <QList>
#include <QString>

namespace gc {

/// Every action the domain layer guards. Adding an action means adding its
/// row to the matrix in Permission.cpp; the matrix test walks all of them.
enum class Action {
    ViewTenants,          ///< list and open tenants, their configuration and quotas
    ProvisionTenant,
    EditTenant,           ///< name, contact, region, custom configuration
    ChangeTier,
    SuspendTenant,        ///< suspend and reactivate
    OffboardTenant,
    PurgeTenant,
    ViewTenantUsers,      ///< pseudonymous view of tenant users
    ViewPersonalData,     ///< tenant users' e-mail addresses and names in clear
    ManageTenantUsers,    ///< add, edit, deactivate, reactivate
    ViewApiKeys,          ///< prefixes and metadata only; secrets are never stored
    ManageApiKeys,        ///< create and revoke
    ViewUsage,
    ManageOperators,      ///< add operators, change roles, deactivate, reset passwords
    GenerateDemoData,
    ViewAuditLog,         ///< browse, search and verify the audit trail; proofs
    ManageAuditLog,       ///< sign checkpoints on demand, rotate the signing key, alert rules, resolve alerts
    ExportAuditEvidence,  ///< compliance reports and evidence bundles
    ExportData,           ///< export what the role may view to files (docs/export.md)
    ManageExportSchedules, ///< save, change, enable and delete scheduled exports (docs/export-schedules.md)
};

const QList<Action>& allActions();
/// Stable identifier ("provision_tenant", ...).
QString actionId(Action action);
/// Translated description for messages ("provision tenants").
QString actionDisplayName(Action action);

/// The one permission matrix of the console.
bool roleAllows(Role role, Action action);

} // namespace gc
