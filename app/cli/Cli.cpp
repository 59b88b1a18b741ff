#include "Cli.h"

#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"

#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace gc::cli {

namespace {

struct Command
{
    const char* name;
    int (*run)(CliContext&, const QStringList&);
};

constexpr Command kCommands[] = {
    { "demo", runDemo },
    { "init", runInit },
    { "tenants", runTenants },
    { "users", runUsers },
    { "keys", runKeys },
    { "operators", runOperators },
    { "store", runStore },
    { "audit", runAudit },
    { "export", runExport },
};

QString commandSummary(const QString& name)
{
    if (name == QLatin1String("demo"))
        return QCoreApplication::translate("Cli", "Write a new store filled with demo data.");
    if (name == QLatin1String("init"))
        return QCoreApplication::translate("Cli", "Create the first administrator of a new store.");
    if (name == QLatin1String("tenants"))
        return QCoreApplication::translate("Cli", "List, show, provision and change tenants.");
    if (name == QLatin1String("users"))
        return QCoreApplication::translate("Cli", "Manage a tenant's end users.");
    if (name == QLatin1String("keys"))
        return QCoreApplication::translate("Cli", "Manage tenants' API keys; check a key.");
    if (name == QLatin1String("operators"))
        return QCoreApplication::translate("Cli", "Manage the console's operators.");
    if (name == QLatin1String("store"))
        return QCoreApplication::translate("Cli", "Show facts about the store file; check its integrity.");
    if (name == QLatin1String("audit"))
        return QCoreApplication::translate("Cli", "Search, prove and verify the audit trail; alerts and reports.");
    if (name == QLatin1String("export"))
        return QCoreApplication::translate("Cli", "Export data to CSV, JSON, XLSX, Parquet, XML or YAML.");
    return {};
}

QString programHelp()
{
    QString text = QCoreApplication::translate("Cli",
        "Usage: geoconsole [--store PATH] [--user NAME] [--lang CODE]\n"
        "       geoconsole <command> [<action>] [options]\n"
        "\n"
        "GeoClimate Console: administration of the tenants of the air-quality prediction platform.\n"
        "Without a command it opens the console window; with one it works in the terminal.\n"
        "\n"
        "Commands:\n");
    for (const Command& c : kCommands) {
        const QString name = QString::fromLatin1(c.name);
        text += QStringLiteral("  ") + padded(name, 11) + commandSummary(name) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate("Cli",
            "Options (accepted by every command):\n"
            "  --store PATH   the store file (default: %1)\n"
            "  --json         print machine-readable JSON on stdout (times in ISO 8601, UTC)\n"
            "  --user NAME    operator to sign in as\n"
            "  --lang CODE    language of messages, e.g. de\n"
            "  -h, --help     show help (also after a command)\n"
            "  --version      show the version\n"
            "\n"
            "Environment:\n"
            "  GEOCONSOLE_USER          operator to sign in as when --user is not given\n"
            "  GEOCONSOLE_PASSWORD      password for signing in; otherwise it is asked for on the\n"
            "                           terminal. It is never accepted as an argument.\n"
            "  GEOCONSOLE_NEW_PASSWORD  password for init, operators add and operators reset-password\n"
            "\n"
            "demo, init and store need no sign-in; every other command signs in first.\n"
            "Run 'geoconsole <command> --help' for a command's actions and options.\n")
              .arg(Store::defaultPath())
        + QLatin1Char('\n') + exitCodesHelp();
    return text;
}

const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

int dispatch(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::setupTopLevel(parser);
    if (!parser.parse(args))
        throw UsageError(parser.errorText() + QLatin1Char(' ')
            + QCoreApplication::translate("Cli", "(see 'geoconsole --help')"));
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(kVersion)) {
        printLine(QStringLiteral("geoconsole ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    // "geoconsole help tenants" = "geoconsole tenants --help".
    if (rest.value(0) == kHelp) {
        rest.removeFirst();
        if (!rest.isEmpty())
            rest = QStringList { rest.first(), QStringLiteral("--help") };
    }
    if (parser.isSet(kHelp) || rest.isEmpty()) {
        out() << programHelp();
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("bench-startup")))
        throw UsageError(QCoreApplication::translate("Cli", "--bench-startup takes no command"));

    GlobalOptions globals;
    if (parser.isSet(QStringLiteral("store")))
        globals.storePath = parser.value(QStringLiteral("store"));
    globals.json = parser.isSet(QStringLiteral("json"));
    globals.user = parser.value(QStringLiteral("user"));
    globals.lang = parser.value(QStringLiteral("lang"));

    const QString name = rest.takeFirst();
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name)) {
            if (name == QLatin1String("demo") && globals.storePath)
                throw UsageError(
                    QCoreApplication::translate("Cli", "demo writes the store named by --out, not --store"));
            CliContext context(globals);
            return c.run(context, rest);
        }
    }
    throw UsageError(
        QCoreApplication::translate("Cli", "'%1' is not a command (see 'geoconsole --help')").arg(name));
}

} // namespace

Cli::Plan Cli::plan(const QStringList& args)
{
    Plan plan;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            plan.lang = args.at(i + 1);
        else if (a.startsWith(QLatin1String("--lang=")))
            plan.lang = a.mid(7);
    }
    QCommandLineParser parser;
    setupTopLevel(parser);
    // A line that does not parse is reported by the command-line path, which needs no display.
    const bool parsed = parser.parse(args);
    const QStringList words = parser.positionalArguments();
    plan.gui = parsed && words.isEmpty() && !parser.isSet(kHelp) && !parser.isSet(kVersion);
    plan.fonts = words.size() >= 2 && words.at(0) == QLatin1String("audit") && words.at(1) == QLatin1String("report");
    return plan;
}

void Cli::setupTopLevel(QCommandLineParser& parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        { { QStringLiteral("h"), kHelp }, QCoreApplication::translate("Cli", "Show this help.") });
    parser.addOption({ kVersion, QCoreApplication::translate("Cli", "Show the version.") });
    CliContext::addGlobalOptions(parser);
    QCommandLineOption bench(QStringLiteral("bench-startup"),
        QCoreApplication::translate("Cli", "Open the window, print startup_ms=<milliseconds> and quit."));
    bench.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(bench);
}

int Cli::run(const QStringList& args)
{
    try {
        return dispatch(args);
    } catch (const UsageError& e) {
        printError(e.message());
        return ExitUsage;
    } catch (const CliExit& e) {
        if (!e.message().isEmpty())
            printError(e.message());
        return e.code();
    } catch (const DomainError& e) {
        printError(e.message());
        const bool auth = e.kind() == DomainError::Kind::Authentication
            || e.kind() == DomainError::Kind::PermissionDenied;
        return auth ? ExitAuth : ExitRefused;
    } catch (const StoreError& e) {
        printError(e.message());
        return ExitStore;
    } catch (const std::exception& e) {
        printError(QString::fromLocal8Bit(e.what()));
        return ExitRefused;
    }
}

} // namespace gc::cli
