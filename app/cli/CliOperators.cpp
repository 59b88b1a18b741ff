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
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("CliOperators", "'%1' is not an operator role; use one of: %2")
            .arg(text, roleIds()),
        QStringLiteral("role"));
}

QJsonObject operatorJson(const Operator& op)
{
    return QJsonObject { { QStringLiteral("id"), op.id }, { QStringLiteral("username"), op.username },
        { QStringLiteral("displayName"), op.displayName }, { QStringLiteral("role"), roleId(op.role) },
        { QStringLiteral("active"), op.active }, { QStringLiteral("createdAt"), jsonTime(op.createdAt) },
        { QStringLiteral("lastLoginAt"), jsonTime(op.lastLoginAt) } };
}

Operator findOperator(CliContext& context, const QString& username)
{
    for (const Operator& op : context.auth().operators(context.session())) {
        if (op.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return op;
    }
    throw DomainError(DomainError::Kind::NotFound,
        QCoreApplication::translate("CliOperators", "there is no operator named “%1”").arg(username),
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
    printLine(confirmation);
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
    CliTable table({ QCoreApplication::translate("CliOperators", "ID"),
        QCoreApplication::translate("CliOperators", "USER NAME"),
        QCoreApplication::translate("CliOperators", "NAME"),
        QCoreApplication::translate("CliOperators", "ROLE"),
        QCoreApplication::translate("CliOperators", "ACTIVE"),
        QCoreApplication::translate("CliOperators", "LAST SIGN-IN") });
    table.alignRight(0);
    for (const Operator& op : operators)
        table.addRow({ QString::number(op.id), op.username, op.displayName, roleDisplayName(op.role),
            op.active ? QCoreApplication::translate("CliOperators", "yes")
                      : QCoreApplication::translate("CliOperators", "no"),
            humanTime(op.lastLoginAt) });
    table.print(QCoreApplication::translate("CliOperators", "No operators."));
    return ExitOk;
}

int add(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("NAME"), QCoreApplication::translate("CliOperators", "The new operator's user name."));
    cmd.addOption(
        { QStringLiteral("role"), QCoreApplication::translate("CliOperators", "One of: %1.").arg(roleIds()),
            QCoreApplication::translate("CliOperators", "ROLE") });
    cmd.addOption({ QStringLiteral("display-name"),
        QCoreApplication::translate("CliOperators", "Full name (default: the user name)."),
        QCoreApplication::translate("CliOperators", "TEXT") });
    cmd.setEpilog(QCoreApplication::translate("CliOperators",
        "The new operator's password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the "
        "terminal."));
    if (!cmd.parse(args))
        return ExitOk;
    const Role role = parseRole(cmd.required(QStringLiteral("role")));
    const QString username = cmd.positional(0);
    const QString displayName
        = cmd.isSet(QStringLiteral("display-name")) ? cmd.value(QStringLiteral("display-name")) : username;
    const QString password = CliContext::newPassword();
    context.signIn();
    const Operator op = context.auth().addOperator(context.session(), username, displayName, role, password);
    if (context.json())
        printJson(operatorJson(op));
    else
        printLine(QCoreApplication::translate("CliOperators", "Operator “%1” added as %2.")
                      .arg(op.username, roleDisplayName(op.role)));
    return ExitOk;
}

int setRole(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("NAME"), QCoreApplication::translate("CliOperators", "The operator's user name."));
    cmd.addPositional(
        QStringLiteral("ROLE"), QCoreApplication::translate("CliOperators", "One of: %1.").arg(roleIds()));
    if (!cmd.parse(args))
        return ExitOk;
    const Role role = parseRole(cmd.positional(1));
    const Operator op = signedInOperator(context, cmd);
    context.auth().setRole(context.session(), op.id, role);
    printChanged(context, op.username,
        QCoreApplication::translate("CliOperators", "Operator “%1” is now %2.")
            .arg(op.username, roleDisplayName(role)));
    return ExitOk;
}

int setActive(CliContext& context, CliCommand& cmd, const QStringList& args, bool active)
{
    cmd.addPositional(
        QStringLiteral("NAME"), QCoreApplication::translate("CliOperators", "The operator's user name."));
    if (!cmd.parse(args))
        return ExitOk;
    const Operator op = signedInOperator(context, cmd);
    context.auth().setActive(context.session(), op.id, active);
    printChanged(context, op.username,
        active
            ? QCoreApplication::translate("CliOperators", "Operator “%1” can sign in again.").arg(op.username)
            : QCoreApplication::translate(
                "CliOperators", "Operator “%1” deactivated; they can no longer sign in.")
                  .arg(op.username));
    return ExitOk;
}

int resetPassword(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("NAME"), QCoreApplication::translate("CliOperators", "The operator's user name."));
    cmd.setEpilog(QCoreApplication::translate("CliOperators",
        "The new password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal."));
    if (!cmd.parse(args))
        return ExitOk;
    const QString password = CliContext::newPassword();
    const Operator op = signedInOperator(context, cmd);
    context.auth().resetPassword(context.session(), op.id, password);
    printChanged(context, op.username,
        QCoreApplication::translate("CliOperators", "Password of operator “%1” reset.").arg(op.username));
    return ExitOk;
}

} // namespace

int runOperators(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions {
        { QStringLiteral("list"),
            QCoreApplication::translate("CliOperators", "List the console's operators."), list },
        { QStringLiteral("add"), QCoreApplication::translate("CliOperators", "Add an operator."), add },
        { QStringLiteral("set-role"),
            QCoreApplication::translate("CliOperators", "Change an operator's role."), setRole },
        { QStringLiteral("deactivate"),
            QCoreApplication::translate("CliOperators", "Stop an operator from signing in."),
            [](CliContext& c, CliCommand& cmd, const QStringList& a) {
                return setActive(c, cmd, a, false);
            } },
        { QStringLiteral("activate"),
            QCoreApplication::translate("CliOperators", "Let a deactivated operator sign in again."),
            [](CliContext& c, CliCommand& cmd, const QStringList& a) { return setActive(c, cmd, a, true); } },
        { QStringLiteral("reset-password"),
            QCoreApplication::translate("CliOperators", "Give an operator a new password."), resetPassword },
    };
    return runArea(context, QStringLiteral("operators"),
        QCoreApplication::translate("CliOperators", "Manage the console's operators."), actions, args);
}

} // namespace gc::cli
