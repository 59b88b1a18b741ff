// geoconsole keys ...: tenant API keys through TenantService.
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliTable.h"
#include "CliTerminal.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace gc::cli {

namespace {

QJsonObject keyJson(const ApiKey& k)
{
    return QJsonObject { { QStringLiteral("id"), k.id }, { QStringLiteral("tenantId"), k.tenantId.value },
        { QStringLiteral("name"), k.name }, { QStringLiteral("prefix"), k.prefix },
        { QStringLiteral("createdAt"), jsonTime(k.createdAt) }, { QStringLiteral("createdBy"), k.createdBy },
        { QStringLiteral("lastUsedAt"), jsonTime(k.lastUsedAt) },
        { QStringLiteral("revokedAt"), jsonTime(k.revokedAt) }, { QStringLiteral("revoked"), k.revoked() } };
}

int list(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), QCoreApplication::translate("CliKeys", "The tenant's slug."));
    if (!cmd.parse(args))
        return ExitOk;
    const Tenant t = signedInTenant(context, cmd);
    const auto keys = context.tenants().apiKeys(t.id);
    if (context.json()) {
        printJson(jsonArray(keys, keyJson));
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliKeys", "ID"),
        QCoreApplication::translate("CliKeys", "NAME"), QCoreApplication::translate("CliKeys", "PREFIX"),
        QCoreApplication::translate("CliKeys", "CREATED"), QCoreApplication::translate("CliKeys", "BY"),
        QCoreApplication::translate("CliKeys", "LAST USED"),
        QCoreApplication::translate("CliKeys", "STATUS") });
    table.alignRight(0);
    for (const ApiKey& k : keys)
        table.addRow({ QString::number(k.id), k.name, k.prefix, humanTime(k.createdAt), k.createdBy,
            humanTime(k.lastUsedAt),
            k.revoked() ? QCoreApplication::translate("CliKeys", "revoked %1").arg(humanTime(k.revokedAt))
                        : QCoreApplication::translate("CliKeys", "active") });
    table.print(QCoreApplication::translate("CliKeys", "“%1” has no API keys.").arg(t.slug));
    return ExitOk;
}

int create(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), QCoreApplication::translate("CliKeys", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("name"),
        QCoreApplication::translate("CliKeys", "What the key is for, e.g. \"production ingest\"."),
        QCoreApplication::translate("CliKeys", "NAME") });
    if (!cmd.parse(args))
        return ExitOk;
    const QString name = cmd.required(QStringLiteral("name"));
    const Tenant t = signedInTenant(context, cmd);
    const NewApiKey created = context.tenants().createApiKey(t.id, name);
    if (context.json()) {
        QJsonObject o = keyJson(created.key);
        o[QStringLiteral("secret")] = created.secret;
        printJson(o);
    } else {
        // The secret alone on stdout, so `geoconsole keys create … > file` keeps just the key.
        printLine(created.secret);
        err() << QCoreApplication::translate("CliKeys",
            "API key %1 (“%2”) created for “%3”. The key above is shown only now; it cannot be "
            "recovered later.")
                     .arg(created.key.prefix, created.key.name, t.slug)
              << '\n';
        err().flush();
    }
    return ExitOk;
}

int revoke(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("SLUG"), QCoreApplication::translate("CliKeys", "The tenant's slug."));
    cmd.addPositional(
        QStringLiteral("ID"), QCoreApplication::translate("CliKeys", "The key's id (see 'keys list')."));
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 id = cmd.positionalId(1);
    const Tenant t = signedInTenant(context, cmd);
    const ApiKey k = context.tenants().revokeApiKey(t.id, id);
    if (context.json()) {
        printJson(keyJson(k));
    } else {
        printLine(QCoreApplication::translate("CliKeys", "API key %1 (“%2”) of “%3” revoked.")
                      .arg(k.prefix, k.name, t.slug));
    }
    return ExitOk;
}

int check(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.setEpilog(QCoreApplication::translate("CliKeys",
        "Reads the key from standard input, e.g.  geoconsole keys check < key.txt\n"
        "Exits with 0 when the key is valid, 1 when it is not."));
    if (!cmd.parse(args))
        return ExitOk;
    // Read before signing in: a key typed on a terminal should not wait behind a password prompt.
    QString presented;
    if (stdinIsTerminal()) {
        // Typed or pasted by a person: one line, not echoed (it is a secret).
        presented
            = promptHidden(QCoreApplication::translate("CliKeys", "API key: ")).value_or(QString()).trimmed();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw UsageError(
                QCoreApplication::translate("CliKeys", "cannot read the key from standard input"));
        presented = QString::fromUtf8(in.readAll()).trimmed();
    }
    if (presented.isEmpty())
        throw UsageError(QCoreApplication::translate("CliKeys", "no key on standard input"));
    context.signIn();
    const auto key = context.tenants().authenticateApiKey(presented);
    if (!key) {
        if (context.json())
            printJson(QJsonObject { { QStringLiteral("valid"), false } });
        throw CliExit(ExitRefused,
            QCoreApplication::translate(
                "CliKeys", "the API key is not valid (unknown, revoked, or its tenant is not active)"));
    }
    QString slug;
    try {
        slug = context.tenants().tenant(key->tenantId).slug;
    } catch (const DomainError&) {
        // The key's validity does not depend on the operator seeing its tenant.
    }
    if (context.json()) {
        QJsonObject o = keyJson(*key);
        o[QStringLiteral("valid")] = true;
        o[QStringLiteral("tenantSlug")] = slug.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(slug);
        printJson(o);
    } else {
        printLine((slug.isEmpty()
                ? QCoreApplication::translate("CliKeys", "valid: %1 (“%2”)").arg(key->prefix, key->name)
                : QCoreApplication::translate("CliKeys", "valid: %1 (“%2”) of “%3”")
                      .arg(key->prefix, key->name, slug)));
    }
    return ExitOk;
}

} // namespace

int runKeys(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions {
        { QStringLiteral("list"),
            QCoreApplication::translate("CliKeys", "List a tenant's API keys (prefixes and metadata only)."),
            list },
        { QStringLiteral("create"),
            QCoreApplication::translate("CliKeys", "Create an API key and print its secret once."), create },
        { QStringLiteral("revoke"), QCoreApplication::translate("CliKeys", "Revoke an API key."), revoke },
        { QStringLiteral("check"),
            QCoreApplication::translate(
                "CliKeys", "Check a key read from standard input; exit 0 if it is valid."),
            check },
    };
    return runArea(context, QStringLiteral("keys"),
        QCoreApplication::translate("CliKeys", "Manage tenants' API keys."), actions, args);
}

} // namespace gc::cli
