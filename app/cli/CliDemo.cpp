// geoconsole demo: a new store filled by DemoGenerator, with a progress line.
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliProgress.h"
#include "CliTable.h"

#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gc::cli {

int runDemo(CliContext& context, const QStringList& args)
{
    CliCommand cmd(context, QStringLiteral("demo"),
        QCoreApplication::translate("CliDemo",
            "Writes a new store filled with believable demo data: tenants, users, API keys, request "
            "logs, models and predictions, plus demo operator accounts. The same options always give "
            "the same data."),
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

    context.setStorePath(out);
    Store& store = context.openStoreToFill();
    try {
        CliProgress progress;
        DemoGenerator::generate(store, options,
            [&](int percent, const QString& stage) { return progress.update(percent, stage); });
        if (CliProgress::interrupted())
            throw CliExit(ExitCancelled,
                QCoreApplication::translate("CliDemo", "demo data cancelled; nothing was written"));
    } catch (...) {
        // The generator rolled its transaction back; a store this command
        // created is removed as well, so no half-made file is left.
        context.discardCreatedStore();
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
            { QStringLiteral("predictions"), options.predictions }, { QStringLiteral("accounts"), list } });
        return ExitOk;
    }
    cli::out() << QCoreApplication::translate("CliDemo", "Demo store written to %1.").arg(store.path())
               << "\n\n"
               << QCoreApplication::translate("CliDemo", "Demo operator accounts:") << '\n';
    CliTable table({ QCoreApplication::translate("CliDemo", "USER NAME"),
        QCoreApplication::translate("CliDemo", "PASSWORD"), QCoreApplication::translate("CliDemo", "ROLE") });
    for (const DemoAccount& a : accounts)
        table.addRow(
            { QString::fromUtf8(a.username), QString::fromUtf8(a.password), QString::fromUtf8(a.role) });
    table.print(QString());
    return ExitOk;
}

} // namespace gc::cli
