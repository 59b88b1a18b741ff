// geoconsole audit report: SOC 2 / GDPR / ISO 27001 compliance reports for a
// period, as HTML, PDF and CSV, each file recorded in the audit trail with its SHA-256.
#include "CliAudit.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliProgress.h"

#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/ComplianceReportBuilder.h"
#include "audit/ComplianceReportWriter.h"
#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace gc::cli {

namespace {

const QString kFramework = QStringLiteral("framework");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kPeriod = QStringLiteral("period");
const QString kFormat = QStringLiteral("format");
const QString kOut = QStringLiteral("out");
const QString kOutDir = QStringLiteral("out-dir");
const QString kCheckpoint = QStringLiteral("checkpoint");
const QString kSamples = QStringLiteral("samples");

QList<ComplianceReportFormat> parseFormats(const CliCommand& cmd)
{
    QList<ComplianceReportFormat> formats;
    QStringList given;
    for (const QString& value : cmd.values(kFormat))
        given << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (given.isEmpty() && cmd.isSet(kOut))
        given << QFileInfo(cmd.value(kOut)).suffix();
    if (given.isEmpty())
        given << QStringLiteral("html");
    for (const QString& id : given) {
        const auto format = complianceReportFormatFromId(id.trimmed());
        if (!format)
            throw UsageError(QCoreApplication::translate("CliAuditReport", "'%1' is not a report format; use html, pdf or csv").arg(id));
        if (!formats.contains(*format))
            formats << *format;
    }
    return formats;
}

QJsonObject fileJson(const ComplianceReportFile& f)
{
    return QJsonObject { { QStringLiteral("format"), complianceReportFormatId(f.format) },
        { QStringLiteral("path"), f.path }, { QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex()) },
        { QStringLiteral("bytes"), f.bytes }, { QStringLiteral("rows"), f.rows },
        { QStringLiteral("recordedSeq"), f.recordedSeq } };
}

int report(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOption({ kFramework, QCoreApplication::translate("CliAuditReport", "Framework: soc2, gdpr or iso27001."), QCoreApplication::translate("CliAuditReport", "NAME") });
    cmd.addOption({ kFrom, QCoreApplication::translate("CliAuditReport", "Start of the period: a date (00:00 UTC) or an ISO 8601 time."), QCoreApplication::translate("CliAuditReport", "DATE") });
    cmd.addOption({ kTo, QCoreApplication::translate("CliAuditReport", "End of the period, excluded: a date (00:00 UTC) or an ISO 8601 time."), QCoreApplication::translate("CliAuditReport", "DATE") });
    cmd.addOption({ kPeriod,
        QCoreApplication::translate("CliAuditReport", "Instead of --from/--to: last-month, last-quarter, last-year, month-to-date, quarter-to-date, "
           "last-30-days or last-90-days (UTC)."),
        QCoreApplication::translate("CliAuditReport", "PRESET") });
    cmd.addOption({ kFormat, QCoreApplication::translate("CliAuditReport", "html, pdf or csv; repeat or separate with commas for several (default: from "
                                "--out's suffix, else html)."),
        QCoreApplication::translate("CliAuditReport", "FORMAT") });
    cmd.addOption({ kOut, QCoreApplication::translate("CliAuditReport", "The file to write (one format)."), QCoreApplication::translate("CliAuditReport", "FILE") });
    cmd.addOption({ kOutDir,
        QCoreApplication::translate("CliAuditReport", "The folder to write each format to, as <framework>-<from>-<to>.<format> (default: the current "
           "folder)."),
        QCoreApplication::translate("CliAuditReport", "DIR") });
    cmd.addOption({ kCheckpoint,
        QCoreApplication::translate("CliAuditReport", "Sign a checkpoint first when none covers the end of the period (needs the right to manage the "
           "audit log).") });
    cmd.addOption({ kSamples, QCoreApplication::translate("CliAuditReport", "Number of sample events (0..1000, default 25)."), QCoreApplication::translate("CliAuditReport", "N") });
    cmd.setEpilog(QCoreApplication::translate("CliAuditReport", "Examples:\n"
                     "  geoconsole audit report --framework soc2 --period last-quarter --format pdf --out soc2.pdf\n"
                     "  geoconsole audit report --framework gdpr --from 2026-08-01 --to 2026-11-01 \\\n"
                     "      --format html,pdf,csv --out-dir reports/\n"
                     "\n"
                     "Each file is written to a temporary file and renamed when complete. Writing it appends a\n"
                     "'data exported' event with the file's name, SHA-256 and the period to the audit trail.\n"
                     "The report's last section proves its completeness: the query, first and last sequence\n"
                     "numbers with a gap check, the signed checkpoints around the period with the consistency\n"
                     "proof between them, and a full re-hash of the log."));
    if (!cmd.parse(args))
        return ExitOk;

    const auto framework = complianceFrameworkFromId(cmd.required(kFramework).trimmed());
    if (!framework)
        throw UsageError(
            QCoreApplication::translate("CliAuditReport", "'%1' is not a framework; use soc2, gdpr or iso27001").arg(cmd.value(kFramework)));
    const bool hasRange = cmd.isSet(kFrom) || cmd.isSet(kTo);
    if (hasRange == cmd.isSet(kPeriod))
        throw UsageError(QCoreApplication::translate("CliAuditReport", "name the period with --from and --to, or with --period"));
    std::optional<CompliancePeriodPreset> preset;
    if (cmd.isSet(kPeriod)) {
        preset = compliancePeriodPresetFromId(cmd.value(kPeriod).trimmed());
        if (!preset)
            throw UsageError(QCoreApplication::translate("CliAuditReport", "'%1' is not a period; use last-month, last-quarter, last-year, month-to-date, "
                                "quarter-to-date, last-30-days or last-90-days")
                                 .arg(cmd.value(kPeriod)));
    }
    const QList<ComplianceReportFormat> formats = parseFormats(cmd);
    if (cmd.isSet(kOut) && cmd.isSet(kOutDir))
        throw UsageError(QCoreApplication::translate("CliAuditReport", "use --out or --out-dir, not both"));
    if (cmd.isSet(kOut) && formats.size() > 1)
        throw UsageError(QCoreApplication::translate("CliAuditReport", "--out names one file; use --out-dir for several formats"));

    ComplianceReportRequest request;
    request.framework = *framework;
    if (preset) {
        const auto period = compliancePeriod(*preset, context.clock().nowUtc());
        request.fromMs = period.first;
        request.toMs = period.second;
    } else {
        if (!cmd.isSet(kFrom) || !cmd.isSet(kTo))
            throw UsageError(QCoreApplication::translate("CliAuditReport", "give both --from and --to"));
        request.fromMs = cmd.instant(kFrom);
        request.toMs = cmd.instant(kTo);
    }
    request.sampleSize = int(cmd.integer(kSamples, 0, 1000).value_or(request.sampleSize));

    const Session& session = context.signIn();
    AuditLog& log = context.auditLog();
    ComplianceReportWriter::requireExport(log, session, request.framework);
    request.generatedBy = log.operatorActor(session.op());
    AuditReader reader(context.openStore(false), session);
    if (cmd.isSet(kCheckpoint)) {
        if (ComplianceReportWriter::ensureCheckpoint(log, reader, session, context.clock(), request))
            printError(QCoreApplication::translate("CliAuditReport", "signed a checkpoint so that the report's period is covered"));
        else if (!session.can(Action::ManageAuditLog))
            printError(QCoreApplication::translate("CliAuditReport", "--checkpoint: your role may not sign checkpoints; the report uses the existing ones"));
    }

    QList<ComplianceReportFile> files;
    try {
        CliProgress progress;
        const auto update = [&](int percent, const QString& stage) { return progress.update(percent, stage); };
        Store& store = context.openStore(false);
        const ComplianceReport built = ComplianceReportBuilder::build(reader, context.clock(), request, update,
            [&store, &session] { return std::make_unique<AuditReader>(store, session); });
        const QDir dir(cmd.isSet(kOutDir) ? cmd.value(kOutDir) : QDir::currentPath());
        if (cmd.isSet(kOutDir) && !dir.exists())
            throw DomainError(DomainError::Kind::Invalid,
                QCoreApplication::translate("CliAuditReport", "the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path())),
                QStringLiteral("out-dir"));
        for (ComplianceReportFormat format : formats) {
            const QString path = cmd.isSet(kOut)
                ? cmd.value(kOut)
                : dir.filePath(ComplianceReportWriter::defaultFileName(built, format));
            QList<ComplianceReportFile> one {
                ComplianceReportWriter::writeFile(reader, built, format, path, update)
            };
            // Recorded at once, so a later cancelled format leaves no unrecorded
            // file; a file whose event cannot be appended is removed again.
            try {
                ComplianceReportWriter::record(log, session, built, one);
            } catch (...) {
                QFile::remove(one.first().path);
                throw;
            }
            files << one;
        }
        progress.finish();

        const ComplianceCompleteness& c = built.completeness;
        if (context.json()) {
            printJson(QJsonObject { { QStringLiteral("framework"), complianceFrameworkId(request.framework) },
                { QStringLiteral("from"), isoUtc(QDateTime::fromMSecsSinceEpoch(built.request.fromMs, Qt::UTC)) },
                { QStringLiteral("to"), isoUtc(QDateTime::fromMSecsSinceEpoch(built.request.toMs, Qt::UTC)) },
                { QStringLiteral("events"), built.totalEvents }, { QStringLiteral("firstSeq"), jsonNumber(c.firstSeq) },
                { QStringLiteral("lastSeq"), jsonNumber(c.lastSeq) }, { QStringLiteral("gapFree"), c.gapFree },
                { QStringLiteral("endCheckpoint"),
                    c.endCheckpoint ? QJsonValue(c.endCheckpoint->treeSize) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("consistencyVerified"), c.consistencyResult == ProofFailure::None },
                { QStringLiteral("verified"), c.verification.ok() }, { QStringLiteral("complete"), c.ok() },
                { QStringLiteral("files"), jsonArray(files, fileJson) } });
        } else {
            for (const ComplianceReportFile& f : files)
                printLine(QCoreApplication::translate("CliAuditReport", "Wrote %1 (%2 bytes), SHA-256 %3; recorded as event %4")
                              .arg(QDir::toNativeSeparators(f.path), QLocale().toString(f.bytes),
                                  QString::fromLatin1(f.sha256.toHex()))
                              .arg(f.recordedSeq));
            printLine(QCoreApplication::translate("CliAuditReport", "%1 events, sequence numbers %2 to %3.")
                          .arg(QLocale().toString(built.totalEvents),
                              c.firstSeq ? QString::number(*c.firstSeq) : QStringLiteral("–"),
                              c.lastSeq ? QString::number(*c.lastSeq) : QStringLiteral("–")));
            printLine(c.ok() ? QCoreApplication::translate("CliAuditReport", "Completeness proven: no gaps, signed checkpoints consistent, full re-hash intact.")
                             : QCoreApplication::translate("CliAuditReport", "Completeness NOT proven; see the report's last section."));
        }
        if (!c.endCheckpoint)
            printError(QCoreApplication::translate("CliAuditReport", "no signed checkpoint covers the end of the period yet; run 'geoconsole audit "
                          "checkpoint' or add --checkpoint, then generate the report again"));
        if (!c.verification.ok())
            printError(QCoreApplication::translate("CliAuditReport", "the audit log failed verification: %1").arg(c.verification.message));
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Interrupted || CliProgress::interrupted()) {
            QStringList written;
            for (const ComplianceReportFile& f : files)
                written << QDir::toNativeSeparators(f.path);
            throw CliExit(ExitCancelled,
                written.isEmpty() ? QCoreApplication::translate("CliAuditReport", "report cancelled; no file was written")
                                  : QCoreApplication::translate("CliAuditReport", "report cancelled; these files were already written and recorded: %1")
                                        .arg(written.join(QStringLiteral(", "))));
        }
        throw;
    }
    return ExitOk;
}

} // namespace

QList<CliAction> auditReportActions()
{
    return {
        { QStringLiteral("report"),
            QCoreApplication::translate("CliAudit",
                "Write a SOC 2, GDPR or ISO 27001 compliance report (HTML, PDF, CSV) that proves its completeness."),
            report },
    };
}

} // namespace gc::cli
