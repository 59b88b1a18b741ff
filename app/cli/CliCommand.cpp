#include "CliCommand.h"

#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gc::cli {

namespace {

const QString kHelp = QStringLiteral("help");

} // namespace

QString exitCodesHelp()
{
    return QCoreApplication::translate("Cli",
        "Exit codes:\n"
        "  0    success\n"
        "  1    refused by a rule of the console, or bad input\n"
        "  2    usage error: unknown command or option, missing argument\n"
        "  3    the store cannot be used: not a store, newer version, damaged, locked, read-only\n"
        "  4    authentication failed or permission denied\n"
        "  130  cancelled with Ctrl+C; nothing was changed\n");
}

CliCommand::CliCommand(CliContext& context, QString words, QString description, bool withStore)
    : m_context(context)
    , m_words(std::move(words))
    , m_withStore(withStore)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        { { QStringLiteral("h"), kHelp }, QCoreApplication::translate("Cli", "Show this help.") });
}

void CliCommand::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description, name);
    ++m_required;
}

void CliCommand::addOptionalPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    ++m_optional;
}

QString CliCommand::helpText() const
{
    QString text = m_parser.helpText();
    // The parser names the executable by its full path; show the command as typed.
    const QString argv0 = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.lastIndexOf(argv0, lineEnd);
    if (!argv0.isEmpty() && at >= 0)
        text.replace(at, argv0.size(), QStringLiteral("geoconsole ") + m_words);
    if (!m_epilog.isEmpty())
        text += QLatin1Char('\n') + m_epilog + QLatin1Char('\n');
    return text + QLatin1Char('\n') + exitCodesHelp();
}

bool CliCommand::parse(const QStringList& args)
{
    // Added last so --help lists the command's own options first.
    CliContext::addGlobalOptions(m_parser, m_withStore);
    const QString argv0 = QCoreApplication::arguments().value(0, QStringLiteral("geoconsole"));
    if (!m_parser.parse(QStringList { argv0 } + args))
        throw UsageError(m_parser.errorText() + QLatin1Char(' ')
            + QCoreApplication::translate("Cli", "(see 'geoconsole %1 --help')").arg(m_words));
    if (m_parser.isSet(kHelp)) {
        out() << helpText();
        out().flush();
        return false;
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.size() < m_required)
        throw UsageError(
            QCoreApplication::translate("Cli", "'%1' needs more arguments (see 'geoconsole %1 --help')")
                .arg(m_words));
    if (m_positional.size() > m_required + m_optional)
        throw UsageError(QCoreApplication::translate("Cli", "unexpected argument '%1' for '%2'")
                             .arg(m_positional.at(m_required + m_optional), m_words));
    m_context.readGlobalOptions(m_parser, m_withStore);
    return true;
}

std::optional<qint64> CliCommand::integer(const QString& option, qint64 min, qint64 max) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 v = m_parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(
            QCoreApplication::translate("Cli", "--%1 needs a whole number from %2 to %3, not '%4'")
                .arg(option)
                .arg(min)
                .arg(max)
                .arg(m_parser.value(option)));
    return v;
}

qint64 CliCommand::instant(const QString& option) const
{
    const QString text = m_parser.value(option).trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            t = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        throw UsageError(QCoreApplication::translate("CliAudit",
            "--%1 needs an ISO 8601 date or time in UTC, e.g. 2026-11-27 or "
            "2026-11-27T08:15:00Z, not '%2'")
                             .arg(option, text));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

QString CliCommand::required(const QString& option) const
{
    const QString v = m_parser.value(option);
    if (!m_parser.isSet(option) || v.trimmed().isEmpty())
        throw UsageError(QCoreApplication::translate("Cli", "'%1' needs --%2 (see 'geoconsole %1 --help')")
                             .arg(m_words, option));
    return v;
}

qint64 CliCommand::positionalId(int index) const
{
    bool ok = false;
    const qint64 id = positional(index).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(
            QCoreApplication::translate("Cli", "'%1' is not a record id (a positive whole number)")
                .arg(positional(index)));
    return id;
}

int runArea(CliContext& context, const QString& area, const QString& description,
    const QList<CliAction>& actions, const QStringList& args)
{
    const auto areaHelp = [&] {
        int width = 0;
        for (const CliAction& a : actions)
            width = std::max(width, int(a.name.size()));
        QString text = QCoreApplication::translate("Cli", "Usage: geoconsole %1 <action> [options]").arg(area)
            + QStringLiteral("\n\n") + description + QStringLiteral("\n\n")
            + QCoreApplication::translate("Cli", "Actions:") + QLatin1Char('\n');
        for (const CliAction& a : actions)
            text += QStringLiteral("  ") + padded(a.name, width) + QStringLiteral("  ") + a.summary
                + QLatin1Char('\n');
        text += QLatin1Char('\n')
            + QCoreApplication::translate(
                "Cli", "Run 'geoconsole %1 <action> --help' for the options of one action.")
                  .arg(area)
            + QStringLiteral("\n\n") + exitCodesHelp();
        return text;
    };
    const QString first = args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out() << areaHelp();
        out().flush();
        return ExitOk;
    }
    if (first.isEmpty())
        throw UsageError(
            QCoreApplication::translate("Cli", "'%1' needs an action (see 'geoconsole %1 --help')")
                .arg(area));
    for (const CliAction& a : actions) {
        if (a.name == first) {
            CliCommand command(context, area + QLatin1Char(' ') + a.name, a.summary);
            return a.run(context, command, args.mid(1));
        }
    }
    throw UsageError(
        QCoreApplication::translate("Cli", "'%1' is not an action of '%2' (see 'geoconsole %2 --help')")
            .arg(first, area));
}

} // namespace gc::cli
