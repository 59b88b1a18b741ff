// geoconsole users ...: a tenant's end users through TenantService.
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliTable.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gc::cli {

namespace {

TenantUserRole parseRole(const QString& text)
{
    if (auto role = tenantUserRoleFromId(text.trimmed().toLower()))
        return *role;
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate(
            "CliUsers", "'%1' is not a tenant user role; use viewer, analyst or admin")
            .arg(text),
        QStringLiteral("role"));
}

QJsonObject userJson(const TenantUser& u)
{
    return QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("tenantId"), u.tenantId.value },
        { QStringLiteral("email"), u.email }, { QStringLiteral("displayName"), u.displayName },
        { QStringLiteral("role"), tenantUserRoleId(u.role) }, { QStringLiteral("active"), u.active },
        { QStringLiteral("createdAt"), jsonTime(u.createdAt) },
        { QStringLiteral("deactivatedAt"), jsonTime(u.deactivatedAt) } };
}

void printUser(CliContext& context, const TenantUser& u, const QString& confirmation)
{
    if (context.json()) {
        printJson(userJson(u));
        return;
    }
    out() << confirmation << "\n\n";
    printFields({ { QCoreApplication::translate("CliUsers", "Id"), QString::number(u.id) },
        { QCoreApplication::translate("CliUsers", "E-mail"), u.email },
        { QCoreApplication::translate("CliUsers", "Name"), u.displayName },
        { QCoreApplication::translate("CliUsers", "Role"), tenantUserRoleDisplayName(u.role) },
        { QCoreApplication::translate("CliUsers", "Active"),
            u.active ? QCoreApplication::translate("CliUsers", "yes")
                     : QCoreApplication::translate("CliUsers", "no") },
        { QCoreApplication::translate("CliUsers", "Created"), humanTime(u.createdAt) },
        { QCoreApplication::translate("CliUsers", "Deactivated"), humanTime(u.deactivatedAt) } });
}

TenantUser findUser(CliContext& context, TenantId tenant, qint64 id)
{
    for (const TenantUser& u : context.tenants().users(tenant)) {
        if (u.id == id)
            return u;
    }
    throw DomainError(DomainError::Kind::NotFound,
        QCoreApplication::translate("CliUsers", "this tenant has no user with id %1").arg(id),
        QStringLiteral("id"));
}

void addSlugAndId(CliCommand& cmd)
{
    cmd.addPositional(QStringLiteral("SLUG"), QCoreApplication::translate("CliUsers", "The tenant's slug."));
    cmd.addPositional(
        QStringLiteral("ID"), QCoreApplication::translate("CliUsers", "The user's id (see 'users list')."));
}

int list(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), QCoreApplication::translate("CliUsers", "The tenant's slug."));
    if (!cmd.parse(args))
        return ExitOk;
    const Tenant t = signedInTenant(context, cmd);
    const auto users = context.tenants().users(t.id);
    if (context.json()) {
        printJson(jsonArray(users, userJson));
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliUsers", "ID"),
        QCoreApplication::translate("CliUsers", "E-MAIL"), QCoreApplication::translate("CliUsers", "NAME"),
        QCoreApplication::translate("CliUsers", "ROLE"), QCoreApplication::translate("CliUsers", "ACTIVE"),
        QCoreApplication::translate("CliUsers", "CREATED") });
    table.alignRight(0);
    for (const TenantUser& u : users)
        table.addRow({ QString::number(u.id), u.email, u.displayName, tenantUserRoleDisplayName(u.role),
            u.active ? QCoreApplication::translate("CliUsers", "yes")
                     : QCoreApplication::translate("CliUsers", "no"),
            u.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")) });
    table.print(QCoreApplication::translate("CliUsers", "“%1” has no users.").arg(t.slug));
    return ExitOk;
}

int add(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), QCoreApplication::translate("CliUsers", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("email"),
        QCoreApplication::translate("CliUsers", "The user's e-mail address (unique within the tenant)."),
        QCoreApplication::translate("CliUsers", "EMAIL") });
    cmd.addOption({ QStringLiteral("name"), QCoreApplication::translate("CliUsers", "The user's name."),
        QCoreApplication::translate("CliUsers", "NAME") });
    cmd.addOption({ QStringLiteral("role"),
        QCoreApplication::translate("CliUsers", "viewer, analyst or admin (default viewer)."),
        QCoreApplication::translate("CliUsers", "ROLE"), QStringLiteral("viewer") });
    if (!cmd.parse(args))
        return ExitOk;
    const QString email = cmd.required(QStringLiteral("email"));
    const QString name = cmd.required(QStringLiteral("name"));
    const TenantUserRole role = parseRole(cmd.value(QStringLiteral("role")));
    const Tenant t = signedInTenant(context, cmd);
    const TenantUser u = context.tenants().addUser(t.id, email, name, role);
    printUser(context, u,
        QCoreApplication::translate("CliUsers", "User %1 added to “%2”.").arg(QString::number(u.id), t.slug));
    return ExitOk;
}

int edit(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addSlugAndId(cmd);
    cmd.addOption({ QStringLiteral("email"), QCoreApplication::translate("CliUsers", "New e-mail address."),
        QCoreApplication::translate("CliUsers", "EMAIL") });
    cmd.addOption({ QStringLiteral("name"), QCoreApplication::translate("CliUsers", "New name."),
        QCoreApplication::translate("CliUsers", "NAME") });
    cmd.addOption({ QStringLiteral("role"),
        QCoreApplication::translate("CliUsers", "New role: viewer, analyst or admin."),
        QCoreApplication::translate("CliUsers", "ROLE") });
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 id = cmd.positionalId(1);
    if (!cmd.isSet(QStringLiteral("email")) && !cmd.isSet(QStringLiteral("name"))
        && !cmd.isSet(QStringLiteral("role")))
        throw UsageError(
            QCoreApplication::translate("CliUsers", "nothing to change: give --email, --name or --role"));
    std::optional<TenantUserRole> role;
    if (cmd.isSet(QStringLiteral("role")))
        role = parseRole(cmd.value(QStringLiteral("role")));
    const Tenant t = signedInTenant(context, cmd);
    const TenantUser before = findUser(context, t.id, id);
    const TenantUser u = context.tenants().editUser(t.id, id,
        cmd.isSet(QStringLiteral("email")) ? cmd.value(QStringLiteral("email")) : before.email,
        cmd.isSet(QStringLiteral("name")) ? cmd.value(QStringLiteral("name")) : before.displayName,
        role.value_or(before.role));
    printUser(context, u,
        QCoreApplication::translate("CliUsers", "User %1 of “%2” updated.")
            .arg(QString::number(u.id), t.slug));
    return ExitOk;
}

int setActive(CliContext& context, CliCommand& cmd, const QStringList& args, bool active)
{
    addSlugAndId(cmd);
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 id = cmd.positionalId(1);
    const Tenant t = signedInTenant(context, cmd);
    const TenantUser u
        = active ? context.tenants().reactivateUser(t.id, id) : context.tenants().deactivateUser(t.id, id);
    printUser(context, u,
        (active ? QCoreApplication::translate("CliUsers", "User %1 of “%2” reactivated.")
                : QCoreApplication::translate("CliUsers", "User %1 of “%2” deactivated."))
            .arg(QString::number(u.id), t.slug));
    return ExitOk;
}

} // namespace

int runUsers(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions {
        { QStringLiteral("list"), QCoreApplication::translate("CliUsers", "List a tenant's users."), list },
        { QStringLiteral("add"),
            QCoreApplication::translate(
                "CliUsers", "Add a user to a tenant (counts against the tier's user limit)."),
            add },
        { QStringLiteral("edit"),
            QCoreApplication::translate("CliUsers", "Change a user's e-mail address, name or role."), edit },
        { QStringLiteral("deactivate"), QCoreApplication::translate("CliUsers", "Deactivate a user."),
            [](CliContext& c, CliCommand& cmd, const QStringList& a) {
                return setActive(c, cmd, a, false);
            } },
        { QStringLiteral("reactivate"),
            QCoreApplication::translate("CliUsers", "Reactivate a user (counts against the user limit)."),
            [](CliContext& c, CliCommand& cmd, const QStringList& a) { return setActive(c, cmd, a, true); } },
    };
    return runArea(context, QStringLiteral("users"),
        QCoreApplication::translate("CliUsers", "Manage a tenant's end users."), actions, args);
}

} // namespace gc::cli
