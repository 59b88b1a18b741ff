// geoconsole export define|definitions|history|run-due|undefine|enable|disable:
// scheduled exports through ExportScheduleService (docs/export-schedules.md).
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliTable.h"

#include "export/ExportRequest.h"
#include "export/ExportScheduleService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace gc::cli {

namespace {

const QString kSchedule = QStringLiteral("schedule");
const QString kReplace = QStringLiteral("replace");
const QString kLimit = QStringLiteral("limit");

std::unique_ptr<ExportScheduleService> serviceFor(CliContext& context)
{
    const Session& session = context.signIn();
    Store& store = context.openStore(false);
    return std::make_unique<ExportScheduleService>(store, context.clock(), session, context.auditLog());
}

void addName(CliCommand& cmd)
{
    cmd.addPositional(QStringLiteral("NAME"),
        QCoreApplication::translate("CliExportSchedule", "The scheduled export's name."));
}

QJsonObject definitionJson(const ExportDefinition& d)
{
    return QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("name"), d.name },
        { QStringLiteral("schedule"), d.schedule }, { QStringLiteral("enabled"), d.enabled },
        { QStringLiteral("owner"), d.ownerName }, { QStringLiteral("createdAt"), isoUtc(d.createdAt) },
        { QStringLiteral("nextRunAt"), d.enabled ? QJsonValue(isoUtc(d.nextRunAt)) : QJsonValue() },
        { QStringLiteral("lastRunAt"), jsonTime(d.lastRunAt) }, { QStringLiteral("request"), d.request } };
}

QJsonObject runJson(const ExportRun& r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("definition"), r.definitionName },
        { QStringLiteral("startedAt"), isoUtc(r.startedAt) },
        { QStringLiteral("finishedAt"), isoUtc(r.finishedAt) },
        { QStringLiteral("outcome"), exportRunOutcomeId(r.outcome) }, { QStringLiteral("rows"), r.rows },
        { QStringLiteral("bytes"), r.bytes }, { QStringLiteral("durationMs"), r.durationMs },
        { QStringLiteral("sha256"),
            r.sha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(r.sha256.toHex())) },
        { QStringLiteral("path"), r.path }, { QStringLiteral("message"), r.message } };
}

/// One line per run: outcome, name, then the figures or the reason.
QString runLine(const ExportRun& r)
{
    const QLocale locale;
    QString line = padded(exportRunOutcomeDisplayName(r.outcome), 10) + QLatin1Char(' ') + r.definitionName
        + QStringLiteral(": ");
    if (r.outcome == ExportRunOutcome::Succeeded)
        return line
            + QCoreApplication::translate("CliExportSchedule", "%1 rows, %2, %3 s, SHA-256 %4, %5")
                  .arg(locale.toString(r.rows), locale.formattedDataSize(r.bytes),
                      locale.toString(double(r.durationMs) / 1000.0, 'f', 2),
                      QString::fromLatin1(r.sha256.toHex()), r.path);
    return line + r.message;
}

int define(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addName(cmd);
    cmd.addOption({ kSchedule,
        QCoreApplication::translate("CliExportSchedule",
            "When it runs, in UTC: hourly, hourly :MM, daily HH:MM, weekly DAY HH:MM, every N "
            "minutes|hours."),
        QCoreApplication::translate("CliExportSchedule", "WHEN") });
    cmd.addOption({ kReplace,
        QCoreApplication::translate(
            "CliExportSchedule", "Replace the request and schedule of an existing definition.") });
    addExportRequestOptions(cmd);
    cmd.setEpilog(QCoreApplication::translate("CliExportSchedule",
        "Saves the export described by the options of 'geoconsole export' under NAME; it runs at every\n"
        "slot of --schedule, while the console is open or through 'geoconsole export run-due'.\n"
        "--out may contain {date} (yyyy-MM-dd), {time} (HHmmss) and {name}, filled in per run (UTC);\n"
        "a relative --out is made absolute now.\n"
        "\n"
        "Examples:\n"
        "  geoconsole export define nightly --schedule \"daily 02:00\" --source predictions \\\n"
        "      --format parquet --out /srv/exports/predictions-{date}.parquet\n"
        "  geoconsole export define failed-logins --schedule \"every 15 minutes\" --source audit_events \\\n"
        "      --format ndjson --where type=login_failed --out /srv/exports/failed.ndjson"));
    if (!cmd.parse(args))
        return ExitOk;
    const QString schedule = cmd.required(kSchedule);
    ExportRequest request = exportRequestFrom(cmd);
    request.destination = QFileInfo(request.destination).absoluteFilePath();
    auto service = serviceFor(context);
    const ExportDefinition d = cmd.isSet(kReplace) ? service->redefine(cmd.positional(0), request, schedule)
                                                   : service->define(cmd.positional(0), request, schedule);
    if (context.json()) {
        printJson(definitionJson(d));
        return ExitOk;
    }
    printLine(QCoreApplication::translate(
        "CliExportSchedule", "Scheduled export “%1” saved: %2 (UTC), next run %3.")
                  .arg(d.name, d.schedule, humanTime(d.nextRunAt)));
    return ExitOk;
}

int listDefinitions(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    if (!cmd.parse(args))
        return ExitOk;
    auto service = serviceFor(context);
    const QList<ExportDefinition> definitions = service->definitions();
    if (context.json()) {
        printJson(jsonArray(definitions, definitionJson));
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliExportSchedule", "Name"),
        QCoreApplication::translate("CliExportSchedule", "Schedule (UTC)"),
        QCoreApplication::translate("CliExportSchedule", "Source"),
        QCoreApplication::translate("CliExportSchedule", "Format"),
        QCoreApplication::translate("CliExportSchedule", "Next run"),
        QCoreApplication::translate("CliExportSchedule", "Last run"),
        QCoreApplication::translate("CliExportSchedule", "Owner"),
        QCoreApplication::translate("CliExportSchedule", "File") });
    for (const ExportDefinition& d : definitions)
        table.addRow({ d.name, d.schedule, d.request.value(QStringLiteral("source")).toString(),
            d.request.value(QStringLiteral("format")).toString(),
            d.enabled ? humanTime(d.nextRunAt) : QCoreApplication::translate("CliExportSchedule", "disabled"),
            humanTime(d.lastRunAt), d.ownerName, d.request.value(QStringLiteral("destination")).toString() });
    table.print(QCoreApplication::translate("CliExportSchedule",
        "No scheduled exports. Save one with 'geoconsole export define NAME --schedule ...'."));
    return ExitOk;
}

int history(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOptionalPositional(QStringLiteral("NAME"),
        QCoreApplication::translate("CliExportSchedule", "Only this scheduled export's runs."),
        QStringLiteral("[NAME]"));
    cmd.addOption({ kLimit,
        QCoreApplication::translate("CliExportSchedule", "At most N runs, newest first (default 50)."),
        QCoreApplication::translate("CliExportSchedule", "N") });
    if (!cmd.parse(args))
        return ExitOk;
    const int limit = int(cmd.integer(kLimit, 1, 100'000).value_or(50));
    auto service = serviceFor(context);
    const QList<ExportRun> runs = service->history(cmd.positional(0), limit);
    if (context.json()) {
        printJson(jsonArray(runs, runJson));
        return ExitOk;
    }
    const QLocale locale;
    CliTable table({ QCoreApplication::translate("CliExportSchedule", "Started"),
        QCoreApplication::translate("CliExportSchedule", "Name"),
        QCoreApplication::translate("CliExportSchedule", "Outcome"),
        QCoreApplication::translate("CliExportSchedule", "Rows"),
        QCoreApplication::translate("CliExportSchedule", "Size"),
        QCoreApplication::translate("CliExportSchedule", "Duration"),
        QCoreApplication::translate("CliExportSchedule", "SHA-256"),
        QCoreApplication::translate("CliExportSchedule", "File or message") });
    table.alignRight(3);
    table.alignRight(4);
    table.alignRight(5);
    for (const ExportRun& r : runs) {
        const bool ok = r.outcome == ExportRunOutcome::Succeeded;
        table.addRow({ humanTime(r.startedAt), r.definitionName, exportRunOutcomeDisplayName(r.outcome),
            ok ? locale.toString(r.rows) : QString(), ok ? locale.formattedDataSize(r.bytes) : QString(),
            QCoreApplication::translate("CliExportSchedule", "%1 s")
                .arg(locale.toString(double(r.durationMs) / 1000.0, 'f', 2)),
            QString::fromLatin1(r.sha256.toHex()), ok ? r.path : r.message });
    }
    table.print(QCoreApplication::translate("CliExportSchedule", "No runs yet."));
    return ExitOk;
}

int runDue(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.setEpilog(QCoreApplication::translate("CliExportSchedule",
        "Runs every enabled scheduled export whose next run has come, each as the operator who\n"
        "defined it, prints one line per run and records it in the history. Exit code 1 when a run\n"
        "failed (the others still ran; a failed export is tried again at its next slot).\n"
        "Meant for a system timer: see docs/export-schedules.md for a systemd user timer."));
    if (!cmd.parse(args))
        return ExitOk;
    auto service = serviceFor(context);
    const QList<ExportRun> runs = service->runDue(context.clock().nowUtc());
    bool allSucceeded = true;
    for (const ExportRun& r : runs)
        allSucceeded = allSucceeded && r.outcome == ExportRunOutcome::Succeeded;
    if (context.json()) {
        printJson(jsonArray(runs, runJson));
    } else {
        for (const ExportRun& r : runs)
            printLine(runLine(r));
        if (runs.isEmpty())
            printLine(QCoreApplication::translate("CliExportSchedule", "No scheduled export is due."));
    }
    return allSucceeded ? ExitOk : ExitRefused;
}

int undefine(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addName(cmd);
    if (!cmd.parse(args))
        return ExitOk;
    auto service = serviceFor(context);
    service->undefine(cmd.positional(0));
    if (!context.json())
        printLine(
            QCoreApplication::translate("CliExportSchedule", "Scheduled export “%1” and its history deleted.")
                .arg(cmd.positional(0).trimmed()));
    else
        printJson(QJsonObject { { QStringLiteral("deleted"), cmd.positional(0).trimmed() } });
    return ExitOk;
}

int setEnabled(CliContext& context, CliCommand& cmd, const QStringList& args, bool enabled)
{
    addName(cmd);
    if (!cmd.parse(args))
        return ExitOk;
    auto service = serviceFor(context);
    const ExportDefinition d = service->setEnabled(cmd.positional(0), enabled);
    if (context.json())
        printJson(definitionJson(d));
    else if (enabled)
        printLine(
            QCoreApplication::translate("CliExportSchedule", "Scheduled export “%1” enabled; next run %2.")
                .arg(d.name, humanTime(d.nextRunAt)));
    else
        printLine(
            QCoreApplication::translate("CliExportSchedule", "Scheduled export “%1” disabled.").arg(d.name));
    return ExitOk;
}

QList<CliAction> actions()
{
    return {
        { QStringLiteral("define"),
            QCoreApplication::translate("CliExportSchedule", "Save an export with a schedule."), define },
        { QStringLiteral("definitions"),
            QCoreApplication::translate(
                "CliExportSchedule", "List the scheduled exports and their next runs."),
            listDefinitions },
        { QStringLiteral("history"),
            QCoreApplication::translate("CliExportSchedule", "Show the runs of the scheduled exports."),
            history },
        { QStringLiteral("run-due"),
            QCoreApplication::translate("CliExportSchedule", "Run the scheduled exports that are due now."),
            runDue },
        { QStringLiteral("undefine"),
            QCoreApplication::translate("CliExportSchedule", "Delete a scheduled export and its history."),
            undefine },
        { QStringLiteral("enable"),
            QCoreApplication::translate("CliExportSchedule", "Let a scheduled export run again."),
            [](CliContext& c, CliCommand& cmd, const QStringList& a) {
                return setEnabled(c, cmd, a, true);
            } },
        { QStringLiteral("disable"),
            QCoreApplication::translate("CliExportSchedule", "Stop a scheduled export from running."),
            [](CliContext& c, CliCommand& cmd, const QStringList& a) {
                return setEnabled(c, cmd, a, false);
            } },
    };
}

} // namespace

bool isExportScheduleAction(const QString& word)
{
    for (const CliAction& a : actions()) {
        if (a.name == word)
            return true;
    }
    return false;
}

int runExportSchedule(CliContext& context, const QStringList& args)
{
    return runArea(context, QStringLiteral("export"),
        QCoreApplication::translate("CliExportSchedule", "Scheduled exports."), actions(), args);
}

} // namespace gc::cli
