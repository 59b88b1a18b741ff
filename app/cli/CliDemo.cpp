// geoconsole demo: a new store filled by DemoGenerator, with a progress line.
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliProgress.h"
#include "CliTable.h"

#include "audit/AuditLog.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace gc::cli {

int runDemo(CliContext& context, const QStringList& args)
{
    CliCommand cmd(context, QStringLiteral("demo"),
        QCoreApplication::translate("CliDemo",
            "Writes a new store filled with believable demo data: tenants, users, API keys, request "
            "logs, models and predictions, an audit trail of what happened over those days, plus demo "
            "operator accounts. The same options always give the same data, except the audit trail's "
            "salts, keys and pseudonyms, which are random by design. The audit signing key is written "
            "to $GEOCONSOLE_AUDIT_KEY, else beside the store (<store>.audit-key.pem)."),
        false);
    const DemoOptions defaults;
    cmd.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("CliDemo", "Store file to write; must not exist or be empty."),
        QCoreApplication::translate("CliDemo", "PATH") });
    cmd.addOption({ QStringLiteral("tenants"),
        QCoreApplication::translate("CliDemo", "Number of tenants (default %1).").arg(defaults.tenants),
        QCoreApplication::translate("CliDemo", "N") });
    cmd.addOption({ QStringLiteral("days"),
        QCoreApplication::translate("CliDemo", "Days of request log and predictions (default %1).")
            .arg(defaults.days),
        QCoreApplication::translate("CliDemo", "N") });
    cmd.addOption({ QStringLiteral("seed"),
        QCoreApplication::translate("CliDemo", "Random seed (default %1).").arg(defaults.seed),
        QCoreApplication::translate("CliDemo", "N") });
    cmd.addOption({ QStringLiteral("predictions"),
        QCoreApplication::translate("CliDemo", "Number of predictions (default %1).")
            .arg(defaults.predictions),
        QCoreApplication::translate("CliDemo", "N") });
    cmd.addOption({ QStringLiteral("audit-events"),
        QCoreApplication::translate("CliDemo", "Number of audit events (default %1; 0 = no audit trail).")
            .arg(defaults.auditEvents),
        QCoreApplication::translate("CliDemo", "N") });
    if (!cmd.parse(args))
        return ExitOk;
    DemoOptions options;
    const QString out = cmd.required(QStringLiteral("out"));
    options.tenants = int(cmd.integer(QStringLiteral("tenants"), 1, 10'000).value_or(defaults.tenants));
    options.days = int(cmd.integer(QStringLiteral("days"), 1, 3'650).value_or(defaults.days));
    options.seed = quint64(cmd.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max())
                               .value_or(qint64(defaults.seed)));
    options.predictions
        = cmd.integer(QStringLiteral("predictions"), 0, 1'000'000'000).value_or(defaults.predictions);
    options.auditEvents
        = cmd.integer(QStringLiteral("audit-events"), 0, 1'000'000'000).value_or(defaults.auditEvents);
    options.auditKeyPath = qEnvironmentVariable("GEOCONSOLE_AUDIT_KEY");

    context.setStorePath(out);
    Store& store = context.openStoreToFill();
    const QString keyPath
        = options.auditKeyPath.isEmpty() ? AuditLog::defaultKeyPath(store.path()) : options.auditKeyPath;
    const bool keyExisted = QFile::exists(keyPath);
    try {
        CliProgress progress;
        DemoGenerator::generate(store, options,
            [&](int percent, const QString& stage) { return progress.update(percent, stage); });
        if (CliProgress::interrupted())
            throw CliExit(ExitCancelled,
                QCoreApplication::translate("CliDemo", "demo data cancelled; nothing was written"));
    } catch (...) {
        // The generator rolled its transaction back; a store this command
        // created is removed as well, so no half-made file is left (nor a
        // signing key made for it).
        const bool created = store.created();
        context.discardCreatedStore();
        if (created && !keyExisted)
            QFile::remove(keyPath);
        if (CliProgress::interrupted())
            throw CliExit(ExitCancelled,
                QCoreApplication::translate("CliDemo", "demo data cancelled; nothing was written"));
        throw;
    }

    const auto& accounts = demoAccounts();
    if (context.json()) {
        QJsonArray list;
        for (const DemoAccount& a : accounts)
            list.append(QJsonObject { { QStringLiteral("username"), QString::fromUtf8(a.username) },
                { QStringLiteral("password"), QString::fromUtf8(a.password) },
                { QStringLiteral("role"), QString::fromUtf8(a.role) } });
        printJson(QJsonObject { { QStringLiteral("path"), store.path() },
            { QStringLiteral("tenants"), options.tenants }, { QStringLiteral("days"), options.days },
            { QStringLiteral("seed"), qint64(options.seed) },
            { QStringLiteral("predictions"), options.predictions },
            { QStringLiteral("auditEvents"), options.auditEvents }, { QStringLiteral("auditKey"), keyPath },
            { QStringLiteral("accounts"), list } });
        return ExitOk;
    }
    cli::out() << QCoreApplication::translate("CliDemo", "Demo store written to %1.").arg(store.path())
               << '\n';
    if (options.auditEvents > 0)
        cli::out() << QCoreApplication::translate("CliDemo", "Audit trail: %1 events; its signing key is %2.")
                          .arg(options.auditEvents)
                          .arg(keyPath)
                   << '\n';
    cli::out() << '\n' << QCoreApplication::translate("CliDemo", "Demo operator accounts:") << '\n';
    CliTable table({ QCoreApplication::translate("CliDemo", "USER NAME"),
        QCoreApplication::translate("CliDemo", "PASSWORD"), QCoreApplication::translate("CliDemo", "ROLE") });
    for (const DemoAccount& a : accounts)
        table.addRow(
            { QString::fromUtf8(a.username), QString::fromUtf8(a.password), QString::fromUtf8(a.role) });
    table.print(QString());
    return ExitOk;
}

} // namespace gc::cli
