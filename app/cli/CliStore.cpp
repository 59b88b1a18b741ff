// geoconsole store info|check and geoconsole init: the store itself; no sign-in.
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace gc::cli {

namespace {

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

int info(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    if (!cmd.parse(args))
        return ExitOk;
    Store& store = context.openStore(false);
    const QString path = QFileInfo(store.path()).absoluteFilePath();
    const qint64 size = fileSize(store.path());
    const qint64 wal = fileSize(store.path() + QStringLiteral("-wal"));
    const auto counts = store.rowCounts();
    if (context.json()) {
        QJsonObject rows;
        for (const auto& c : counts)
            rows[c.first] = c.second;
        printJson(QJsonObject { { QStringLiteral("path"), path },
            { QStringLiteral("schemaVersion"), store.schemaVersion() },
            { QStringLiteral("latestSchemaVersion"), Store::latestSchemaVersion() },
            { QStringLiteral("fileBytes"), size }, { QStringLiteral("walBytes"), wal },
            { QStringLiteral("rows"), rows } });
        return ExitOk;
    }
    const QLocale locale;
    QList<QPair<QString, QString>> fields {
        { QCoreApplication::translate("CliStore", "Path"), path },
        { QCoreApplication::translate("CliStore", "Schema version"),
            QCoreApplication::translate("CliStore", "%1 (this version writes %2)")
                .arg(store.schemaVersion())
                .arg(Store::latestSchemaVersion()) },
        { QCoreApplication::translate("CliStore", "File size"), locale.formattedDataSize(size) },
        { QCoreApplication::translate("CliStore", "Write-ahead log"), locale.formattedDataSize(wal) },
    };
    for (const auto& c : counts)
        fields << qMakePair(
            QCoreApplication::translate("CliStore", "Rows in %1").arg(c.first), locale.toString(c.second));
    printFields(fields);
    return ExitOk;
}

int check(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    if (!cmd.parse(args))
        return ExitOk;
    Store& store = context.openStore(false);
    const QStringList problems = store.integrityCheck();
    if (context.json())
        printJson(QJsonObject { { QStringLiteral("path"), store.path() },
            { QStringLiteral("ok"), problems.isEmpty() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } });
    if (!problems.isEmpty()) {
        if (!context.json()) {
            for (const QString& p : problems)
                printLine(p);
        }
        throw CliExit(ExitStore,
            QCoreApplication::translate(
                "CliStore", "the store is damaged: %n problem(s) found", nullptr, int(problems.size())));
    }
    if (!context.json()) {
        out()
            << QCoreApplication::translate("CliStore", "ok: %1 passed the integrity check.").arg(store.path())
            << '\n';
        out().flush();
    }
    return ExitOk;
}

} // namespace

int runStore(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions {
        { QStringLiteral("info"),
            QCoreApplication::translate(
                "CliStore", "Show the store's path, schema version, sizes and row counts."),
            info },
        { QStringLiteral("check"),
            QCoreApplication::translate(
                "CliStore", "Run SQLite's integrity check; exit 3 when problems are found."),
            check },
    };
    return runArea(context, QStringLiteral("store"),
        QCoreApplication::translate("CliStore", "Inspect the store file; needs no sign-in."), actions, args);
}

int runInit(CliContext& context, const QStringList& args)
{
    CliCommand cmd(context, QStringLiteral("init"),
        QCoreApplication::translate("CliStore",
            "Creates the first administrator of a new or empty store (the store is created if it "
            "does not exist)."));
    cmd.addOption(
        { QStringLiteral("admin"), QCoreApplication::translate("CliStore", "The administrator's user name."),
            QCoreApplication::translate("CliStore", "NAME") });
    cmd.addOption({ QStringLiteral("display-name"),
        QCoreApplication::translate("CliStore", "Full name (default: the user name)."),
        QCoreApplication::translate("CliStore", "TEXT") });
    cmd.setEpilog(QCoreApplication::translate(
        "CliStore", "The password is read from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal."));
    if (!cmd.parse(args))
        return ExitOk;
    const QString username = cmd.required(QStringLiteral("admin"));
    const QString displayName
        = cmd.isSet(QStringLiteral("display-name")) ? cmd.value(QStringLiteral("display-name")) : username;
    const QString password = CliContext::newPassword();

    context.openStoreToFill();
    Operator op;
    try {
        op = context.auth().createFirstAdministrator(username, displayName, password);
    } catch (...) {
        context.discardCreatedStore();
        throw;
    }
    if (context.json()) {
        printJson(QJsonObject { { QStringLiteral("path"), context.storePath() },
            { QStringLiteral("id"), op.id }, { QStringLiteral("username"), op.username },
            { QStringLiteral("displayName"), op.displayName }, { QStringLiteral("role"), roleId(op.role) } });
    } else {
        printLine(QCoreApplication::translate("CliStore", "Administrator “%1” created in %2.")
                      .arg(op.username, context.storePath()));
    }
    return ExitOk;
}

} // namespace gc::cli
