// geoconsole operators ...: console operators through AuthService.
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
    return QCoreApplication::translate("CliOperators", text);
}

QString roleIds()
{
    QStringList ids;
    for (Role r : allRoles())
        ids << roleId(r);
    return ids.join(QStringLiteral(", "));
}

Role parseRole(const QString& text)
{
    QString id = text.trimmed().toLower();
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (auto role = roleFromId(id))
        return *role;
    throw DomainError(DomainError::Kind::Invalid, tr("'%1' is not an operator role; use one of: %2").arg(text, roleIds()),
                      QStringLiteral("role"));
}

QJsonObject operatorJson(const Operator& op)
{
    return QJsonObject{{QStringLiteral("id"), op.id},
                       {QStringLiteral("username"), op.username},
                       {QStringLiteral("displayName"), op.displayName},
                       {QStringLiteral("role"), roleId(op.role)},
                       {QStringLiteral("active"), op.active},
                       {QStringLiteral("createdAt"), jsonTime(op.createdAt)},
                       {QStringLiteral("lastLoginAt"), jsonTime(op.lastLoginAt)}};
}

Operator findOperator(CliContext& context, const QString& username)
{
    for (const Operator& op : context.auth().operators(context.session())) {
        if (op.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return op;
    }
    throw DomainError(DomainError::Kind::NotFound, tr("there is no operator named “%1”").arg(username),
                      QStringLiteral("username"));
}

/// Signs in and finds the operator named by the command's first argument.
Operator signedInOperator(CliContext& context, const CliCommand& cmd)
{
    context.signIn();
    return findOperator(context, cmd.positional(0));
}

/// The operator as stored after a change: JSON, or one confirmation line.
void printChanged(CliContext& context, const QString& username, const QString& confirmation)
{
    if (context.json()) {
        printJson(operatorJson(findOperator(context, username)));
        return;
    }
    out() << confirmation << '\n';
    out().flush();
}

int list(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    if (!cmd.parse(args))
        return ExitOk;
    context.signIn();
    const auto operators = context.auth().operators(context.session());
    if (context.json()) {
        printJson(jsonArray(operators, operatorJson));
        return ExitOk;
    }
    CliTable table({tr("ID"), tr("USER NAME"), tr("NAME"), tr("ROLE"), tr("ACTIVE"), tr("LAST SIGN-IN")});
    table.alignRight(0);
    for (const Operator& op : operators)
        table.addRow({QString::number(op.id), op.username, op.displayName, roleDisplayName(op.role),
                      op.active ? tr("yes") : tr("no"), humanTime(op.lastLoginAt)});
    table.print(tr("No operators."));
    return ExitOk;
}

int add(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("NAME"), tr("The new operator's user name."));
    cmd.addOption({QStringLiteral("role"), tr("One of: %1.").arg(roleIds()), tr("ROLE")});
    cmd.addOption({QStringLiteral("display-name"), tr("Full name (default: the user name)."), tr("TEXT")});
    cmd.setEpilog(tr("The new operator's password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the "
                     "terminal."));
    if (!cmd.parse(args))
        return ExitOk;
    const Role role = parseRole(cmd.required(QStringLiteral("role")));
    const QString username = cmd.positional(0);
    const QString displayName =
        cmd.isSet(QStringLiteral("display-name")) ? cmd.value(QStringLiteral("display-name")) : username;
    const QString password = CliContext::newPassword();
    context.signIn();
    const Operator op = context.auth().addOperator(context.session(), username, displayName, role, password);
    if (context.json())
        printJson(operatorJson(op));
    else
        out() << tr("Operator “%1” added as %2.").arg(op.username, roleDisplayName(op.role)) << '\n';
    out().flush();
    return ExitOk;
}

int setRole(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("NAME"), tr("The operator's user name."));
    cmd.addPositional(QStringLiteral("ROLE"), tr("One of: %1.").arg(roleIds()));
    if (!cmd.parse(args))
        return ExitOk;
    const Role role = parseRole(cmd.positional(1));
    const Operator op = signedInOperator(context, cmd);
    context.auth().setRole(context.session(), op.id, role);
    printChanged(context, op.username, tr("Operator “%1” is now %2.").arg(op.username, roleDisplayName(role)));
    return ExitOk;
}

int setActive(CliContext& context, CliCommand& cmd, const QStringList& args, bool active)
{
    cmd.addPositional(QStringLiteral("NAME"), tr("The operator's user name."));
    if (!cmd.parse(args))
        return ExitOk;
    const Operator op = signedInOperator(context, cmd);
    context.auth().setActive(context.session(), op.id, active);
    printChanged(context, op.username,
                 active ? tr("Operator “%1” can sign in again.").arg(op.username)
                        : tr("Operator “%1” deactivated; they can no longer sign in.").arg(op.username));
    return ExitOk;
}

int resetPassword(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("NAME"), tr("The operator's user name."));
    cmd.setEpilog(tr("The new password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal."));
    if (!cmd.parse(args))
        return ExitOk;
    const QString password = CliContext::newPassword();
    const Operator op = signedInOperator(context, cmd);
    context.auth().resetPassword(context.session(), op.id, password);
    printChanged(context, op.username, tr("Password of operator “%1” reset.").arg(op.username));
    return ExitOk;
}

} // namespace

int runOperators(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions{
        {QStringLiteral("list"), tr("List the console's operators."), list},
        {QStringLiteral("add"), tr("Add an operator."), add},
        {QStringLiteral("set-role"), tr("Change an operator's role."), setRole},
        {QStringLiteral("deactivate"), tr("Stop an operator from signing in."),
         [](CliContext& c, CliCommand& cmd, const QStringList& a) { return setActive(c, cmd, a, false); }},
        {QStringLiteral("activate"), tr("Let a deactivated operator sign in again."),
         [](CliContext& c, CliCommand& cmd, const QStringList& a) { return setActive(c, cmd, a, true); }},
        {QStringLiteral("reset-password"), tr("Give an operator a new password."), resetPassword},
    };
    return runArea(context, QStringLiteral("operators"), tr("Manage the console's operators."), actions, args);
}

} // namespace gc::cli
