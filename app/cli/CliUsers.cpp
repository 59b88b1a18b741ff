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

QString tr(const char* text)
{
    return QCoreApplication::translate("CliUsers", text);
}

TenantUserRole parseRole(const QString& text)
{
    if (auto role = tenantUserRoleFromId(text.trimmed().toLower()))
        return *role;
    throw DomainError(DomainError::Kind::Invalid,
                      tr("'%1' is not a tenant user role; use viewer, analyst or admin").arg(text),
                      QStringLiteral("role"));
}

QJsonObject userJson(const TenantUser& u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("tenantId"), u.tenantId.value},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("displayName"), u.displayName},
                       {QStringLiteral("role"), tenantUserRoleId(u.role)},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("createdAt"), jsonTime(u.createdAt)},
                       {QStringLiteral("deactivatedAt"), jsonTime(u.deactivatedAt)}};
}

void printUser(CliContext& context, const TenantUser& u, const QString& confirmation)
{
    if (context.json()) {
        printJson(userJson(u));
        return;
    }
    out() << confirmation << "\n\n";
    printFields({{tr("Id"), QString::number(u.id)},
                 {tr("E-mail"), u.email},
                 {tr("Name"), u.displayName},
                 {tr("Role"), tenantUserRoleDisplayName(u.role)},
                 {tr("Active"), u.active ? tr("yes") : tr("no")},
                 {tr("Created"), humanTime(u.createdAt)},
                 {tr("Deactivated"), humanTime(u.deactivatedAt)}});
}

TenantUser findUser(CliContext& context, TenantId tenant, qint64 id)
{
    for (const TenantUser& u : context.tenants().users(tenant)) {
        if (u.id == id)
            return u;
    }
    throw DomainError(DomainError::Kind::NotFound, tr("this tenant has no user with id %1").arg(id),
                      QStringLiteral("id"));
}

void addSlugAndId(CliCommand& cmd)
{
    cmd.addPositional(QStringLiteral("SLUG"), tr("The tenant's slug."));
    cmd.addPositional(QStringLiteral("ID"), tr("The user's id (see 'users list')."));
}

int list(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), tr("The tenant's slug."));
    if (!cmd.parse(args))
        return ExitOk;
    const Tenant t = signedInTenant(context, cmd);
    const auto users = context.tenants().users(t.id);
    if (context.json()) {
        printJson(jsonArray(users, userJson));
        return ExitOk;
    }
    CliTable table({tr("ID"), tr("E-MAIL"), tr("NAME"), tr("ROLE"), tr("ACTIVE"), tr("CREATED")});
    table.alignRight(0);
    for (const TenantUser& u : users)
        table.addRow({QString::number(u.id), u.email, u.displayName, tenantUserRoleDisplayName(u.role),
                      u.active ? tr("yes") : tr("no"), u.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))});
    table.print(tr("“%1” has no users.").arg(t.slug));
    return ExitOk;
}

int add(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), tr("The tenant's slug."));
    cmd.addOption({QStringLiteral("email"), tr("The user's e-mail address (unique within the tenant)."),
                   tr("EMAIL")});
    cmd.addOption({QStringLiteral("name"), tr("The user's name."), tr("NAME")});
    cmd.addOption({QStringLiteral("role"), tr("viewer, analyst or admin (default viewer)."), tr("ROLE"),
                   QStringLiteral("viewer")});
    if (!cmd.parse(args))
        return ExitOk;
    const QString email = cmd.required(QStringLiteral("email"));
    const QString name = cmd.required(QStringLiteral("name"));
    const TenantUserRole role = parseRole(cmd.value(QStringLiteral("role")));
    const Tenant t = signedInTenant(context, cmd);
    const TenantUser u = context.tenants().addUser(t.id, email, name, role);
    printUser(context, u, tr("User %1 added to “%2”.").arg(QString::number(u.id), t.slug));
    return ExitOk;
}

int edit(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addSlugAndId(cmd);
    cmd.addOption({QStringLiteral("email"), tr("New e-mail address."), tr("EMAIL")});
    cmd.addOption({QStringLiteral("name"), tr("New name."), tr("NAME")});
    cmd.addOption({QStringLiteral("role"), tr("New role: viewer, analyst or admin."), tr("ROLE")});
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 id = cmd.positionalId(1);
    if (!cmd.isSet(QStringLiteral("email")) && !cmd.isSet(QStringLiteral("name")) && !cmd.isSet(QStringLiteral("role")))
        throw UsageError(tr("nothing to change: give --email, --name or --role"));
    std::optional<TenantUserRole> role;
    if (cmd.isSet(QStringLiteral("role")))
        role = parseRole(cmd.value(QStringLiteral("role")));
    const Tenant t = signedInTenant(context, cmd);
    const TenantUser before = findUser(context, t.id, id);
    const TenantUser u = context.tenants().editUser(
        t.id, id, cmd.isSet(QStringLiteral("email")) ? cmd.value(QStringLiteral("email")) : before.email,
        cmd.isSet(QStringLiteral("name")) ? cmd.value(QStringLiteral("name")) : before.displayName,
        role.value_or(before.role));
    printUser(context, u, tr("User %1 of “%2” updated.").arg(QString::number(u.id), t.slug));
    return ExitOk;
}

int setActive(CliContext& context, CliCommand& cmd, const QStringList& args, bool active)
{
    addSlugAndId(cmd);
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 id = cmd.positionalId(1);
    const Tenant t = signedInTenant(context, cmd);
    const TenantUser u =
        active ? context.tenants().reactivateUser(t.id, id) : context.tenants().deactivateUser(t.id, id);
    printUser(context, u,
              (active ? tr("User %1 of “%2” reactivated.") : tr("User %1 of “%2” deactivated."))
                  .arg(QString::number(u.id), t.slug));
    return ExitOk;
}

} // namespace

int runUsers(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions{
        {QStringLiteral("list"), tr("List a tenant's users."), list},
        {QStringLiteral("add"), tr("Add a user to a tenant (counts against the tier's user limit)."), add},
        {QStringLiteral("edit"), tr("Change a user's e-mail address, name or role."), edit},
        {QStringLiteral("deactivate"), tr("Deactivate a user."),
         [](CliContext& c, CliCommand& cmd, const QStringList& a) { return setActive(c, cmd, a, false); }},
        {QStringLiteral("reactivate"), tr("Reactivate a user (counts against the user limit)."),
         [](CliContext& c, CliCommand& cmd, const QStringList& a) { return setActive(c, cmd, a, true); }},
    };
    return runArea(context, QStringLiteral("users"), tr("Manage a tenant's end users."), actions, args);
}

} // namespace gc::cli
