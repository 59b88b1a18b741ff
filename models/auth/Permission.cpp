#include "Permission.h"

#include <QCoreApplication>

#include <array>

namespace gc {

// The permission matrix of the console. Y = allowed, - = refused.
//
//   Action             | Administrator | Compliance Officer | Analyst | Auditor
//   -------------------+---------------+--------------------+---------+--------
//   ViewTenants        |       Y       |         Y          |    Y    |    Y
//   ProvisionTenant    |       Y       |         -          |    -    |    -
//   EditTenant         |       Y       |         -          |    -    |    -
//   ChangeTier         |       Y       |         -          |    -    |    -
//   SuspendTenant      |       Y       |         Y          |    -    |    -
//   OffboardTenant     |       Y       |         -          |    -    |    -
//   PurgeTenant        |       Y       |         -          |    -    |    -
//   ViewTenantUsers    |       Y       |         Y          |    Y    |    Y
//   ViewPersonalData   |       Y       |         Y          |    -    |    -
//   ManageTenantUsers  |       Y       |         -          |    -    |    -
//   ViewApiKeys        |       Y       |         Y          |    -    |    Y
//   ManageApiKeys      |       Y       |         -          |    -    |    -
//   ViewUsage          |       Y       |         Y          |    Y    |    Y
//   ManageOperators    |       Y       |         -          |    -    |    -
//   GenerateDemoData   |       Y       |         -          |    -    |    -
//   ExportData         |       Y       |         Y          |    Y    |    Y
//   ManageExportSchedules |    Y       |         Y          |    Y    |    -
//
// Why these cells:
// - The Compliance Officer sees everything, personal data included, because
//   answering a data-subject request or investigating a breach needs it; the
//   one thing they may change is a tenant's suspension, to stop a breach at once.
//   Everything else that changes a tenant stays with administrators.
// - The Analyst works with usage and sees tenant users only under pseudonyms;
//   API key metadata is none of their business.
// - The Auditor checks that the console is run correctly: read-only, keys'
//   metadata included, but never personal data.
// - Only administrators manage operators, so no role can raise its own rights.
// - Exporting is reading in bulk: every role may export, and an export also
//   needs the right to view its source (and ViewPersonalData for clear data).
// - A scheduled export is a standing change to what the console does, so the
//   read-only Auditor may not define one; each run is still checked against
//   its owner's role at the time it runs.
//
// Deny by default: the switch below has no default, so -Wswitch flags an Action
// that was added without a row, and a missing row refuses.

namespace {

constexpr bool Y = true;
constexpr bool N = false;

/// Cells in allRoles() order: Administrator, Compliance Officer, Analyst, Auditor.
using Row = std::array<bool, 4>;

Row rowFor(Action action)
{
    // clang-format off
    switch (action) {
    case Action::ViewTenants:       return {Y, Y, Y, Y};
    case Action::ProvisionTenant:   return {Y, N, N, N};
    case Action::EditTenant:        return {Y, N, N, N};
    case Action::ChangeTier:        return {Y, N, N, N};
    case Action::SuspendTenant:     return {Y, Y, N, N};
    case Action::OffboardTenant:    return {Y, N, N, N};
    case Action::PurgeTenant:       return {Y, N, N, N};
    case Action::ViewTenantUsers:   return {Y, Y, Y, Y};
    case Action::ViewPersonalData:  return {Y, Y, N, N};
    case Action::ManageTenantUsers: return {Y, N, N, N};
    case Action::ViewApiKeys:       return {Y, Y, N, Y};
    case Action::ManageApiKeys:     return {Y, N, N, N};
    case Action::ViewUsage:         return {Y, Y, Y, Y};
    case Action::ManageOperators:   return {Y, N, N, N};
    case Action::GenerateDemoData:  return {Y, N, N, N};
    case Action::ViewAuditLog:      return {Y, Y, N, Y};
    case Action::ManageAuditLog:    return {Y, Y, N, N};
    case Action::ExportAuditEvidence: return {Y, Y, N, Y};
    case Action::ExportData:        return {Y, Y, Y, Y};
    case Action::ManageExportSchedules: return {Y, Y, Y, N};
    }
    return {N, N, N, N};
    // clang-format on
}

std::size_t column(Role role)
{
    switch (role) {
    case Role::Administrator:
        return 0;
    case Role::ComplianceOfficer:
        return 1;
    case Role::Analyst:
        return 2;
    case Role::Auditor:
        return 3;
    }
    return 4;
}

} // namespace

const QList<Action>& allActions()
{
    static const QList<Action> actions {
        Action::ViewTenants,
        Action::ProvisionTenant,
        Action::EditTenant,
        Action::ChangeTier,
        Action::SuspendTenant,
        Action::OffboardTenant,
        Action::PurgeTenant,
        Action::ViewTenantUsers,
        Action::ViewPersonalData,
        Action::ManageTenantUsers,
        Action::ViewApiKeys,
        Action::ManageApiKeys,
        Action::ViewUsage,
        Action::ManageOperators,
        Action::GenerateDemoData,
        Action::ViewAuditLog,
        Action::ManageAuditLog,
        Action::ExportAuditEvidence,
        Action::ExportData,
        Action::ManageExportSchedules,
    };
    return actions;
}

QString actionId(Action action)
{
    switch (action) {
    case Action::ViewTenants:
        return QStringLiteral("view_tenants");
    case Action::ProvisionTenant:
        return QStringLiteral("provision_tenant");
    case Action::EditTenant:
        return QStringLiteral("edit_tenant");
    case Action::ChangeTier:
        return QStringLiteral("change_tier");
    case Action::SuspendTenant:
        return QStringLiteral("suspend_tenant");
    case Action::OffboardTenant:
        return QStringLiteral("offboard_tenant");
    case Action::PurgeTenant:
        return QStringLiteral("purge_tenant");
    case Action::ViewTenantUsers:
        return QStringLiteral("view_tenant_users");
    case Action::ViewPersonalData:
        return QStringLiteral("view_personal_data");
    case Action::ManageTenantUsers:
        return QStringLiteral("manage_tenant_users");
    case Action::ViewApiKeys:
        return QStringLiteral("view_api_keys");
    case Action::ManageApiKeys:
        return QStringLiteral("manage_api_keys");
    case Action::ViewUsage:
        return QStringLiteral("view_usage");
    case Action::ManageOperators:
        return QStringLiteral("manage_operators");
    case Action::GenerateDemoData:
        return QStringLiteral("generate_demo_data");
    case Action::ViewAuditLog:
        return QStringLiteral("view_audit_log");
    case Action::ManageAuditLog:
        return QStringLiteral("manage_audit_log");
    case Action::ExportAuditEvidence:
        return QStringLiteral("export_audit_evidence");
    case Action::ExportData:
        return QStringLiteral("export_data");
    case Action::ManageExportSchedules:
        return QStringLiteral("manage_export_schedules");
    }
    return {};
}

// Each name completes "Your role (%1) does not allow you to %2." (Session::require),
// so it is a verb phrase in the infinitive.
QString actionDisplayName(Action action)
{
    switch (action) {
    case Action::ViewTenants:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "view tenants");
    case Action::ProvisionTenant:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "provision tenants");
    case Action::EditTenant:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "edit tenants");
    case Action::ChangeTier:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "change a tenant's tier");
    case Action::SuspendTenant:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "suspend or reactivate tenants");
    case Action::OffboardTenant:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "offboard tenants");
    case Action::PurgeTenant:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "purge tenants");
    case Action::ViewTenantUsers:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "view tenant users");
    case Action::ViewPersonalData:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "see tenant users' names and e-mail addresses");
    case Action::ManageTenantUsers:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "manage tenant users");
    case Action::ViewApiKeys:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "view API keys");
    case Action::ManageApiKeys:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "create or revoke API keys");
    case Action::ViewUsage:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "view usage");
    case Action::ManageOperators:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "manage console operators");
    case Action::GenerateDemoData:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "generate demo data");
    case Action::ViewAuditLog:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "view the audit trail");
    case Action::ManageAuditLog:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "sign audit checkpoints, rotate the signing key or handle alerts");
    case Action::ExportAuditEvidence:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "produce compliance reports and evidence bundles");
    case Action::ExportData:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "export data to files");
    case Action::ManageExportSchedules:
        //: Completes "Your role (…) does not allow you to …".
        return QCoreApplication::translate("Permission", "define or change scheduled exports");
    }
    return {};
}

bool roleAllows(Role role, Action action)
{
    const std::size_t col = column(role);
    const Row row = rowFor(action);
    return col < row.size() && row[col];
}

} // namespace gc
