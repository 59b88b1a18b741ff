#include "ComplianceReportWriter.h"

#include "AuditLog.h"
#include "AuditReader.h"
#include "ComplianceReportCsv.h"
#include "ComplianceReportHtml.h"
#include "ComplianceReportPdf.h"

#include "auth/Session.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace gc {

namespace {

[[noreturn]] void cannotWrite(const QString& path, const QString& reason)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ComplianceReportWriter", "The report file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason),
        QStringLiteral("path"));
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString resourceOf(ComplianceFramework framework)
{
    return QStringLiteral("compliance_report/") + complianceFrameworkId(framework);
}

} // namespace

void ComplianceReportWriter::requireExport(AuditLog& log, const Session& session, ComplianceFramework framework)
{
    if (session.can(Action::ExportAuditEvidence))
        return;
    AuditEventDraft d;
    log.attributeTo(d, session.op());
    d.type = AuditEventType::DataExported;
    d.outcome = AuditOutcome::Denied;
    d.resource = resourceOf(framework);
    d.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("permission") },
        { QStringLiteral("action"), actionId(Action::ExportAuditEvidence) } };
    log.store().transact([&] { log.append(d); });
    session.require(Action::ExportAuditEvidence);
}

bool ComplianceReportWriter::ensureCheckpoint(AuditLog& log, const AuditReader& reader, const Session& session,
    const Clock& clock, ComplianceReportRequest& request)
{
    const qint64 nowMs = clock.nowUtc().toMSecsSinceEpoch();
    if (request.toMs > nowMs && request.fromMs < nowMs) {
        // Cut first: the CheckpointSigned event that signing appends is then
        // after the period, so the new checkpoint covers every event in it.
        request.toMs = nowMs;
        request.endClampedToNow = true;
    }
    const qint64 logSize = reader.lastSeq();
    const qint64 through
        = std::min(logSize, reader.repository().firstSeqAtOrAfter(request.toMs).value_or(logSize + 1) - 1);
    const std::optional<Checkpoint> latest = reader.latestCheckpoint();
    if ((latest && latest->treeSize >= through) || !session.can(Action::ManageAuditLog))
        return false;
    log.checkpoint(log.operatorActor(session.op()));
    return true;
}

QString ComplianceReportWriter::defaultFileName(const ComplianceReport& report, ComplianceReportFormat format)
{
    return report.fileStem() + QLatin1Char('.') + complianceReportFormatId(format);
}

ComplianceReportFile ComplianceReportWriter::writeFile(const AuditReader& reader, const ComplianceReport& report,
    ComplianceReportFormat format, const QString& path, const Progress& progress)
{
    ComplianceReportFile file;
    file.format = format;
    file.path = QFileInfo(path).absoluteFilePath();
    file.rows = report.totalEvents;
    QSaveFile out(file.path);
    if (!out.open(QIODevice::WriteOnly))
        cannotWrite(file.path, out.errorString());
    switch (format) {
    case ComplianceReportFormat::Html: {
        const QByteArray bytes = ComplianceReportHtml::render(report).toUtf8();
        if (out.write(bytes) != bytes.size())
            cannotWrite(file.path, out.errorString());
        break;
    }
    case ComplianceReportFormat::Pdf:
        ComplianceReportPdf::write(ComplianceReportHtml::render(report), ComplianceReportHtml::title(report), out);
        break;
    case ComplianceReportFormat::Csv: {
        const QString stage = QCoreApplication::translate("gc::ComplianceReportWriter", "Writing the CSV of the period's events");
        file.rows = ComplianceReportCsv::write(reader, report, out, [&](qint64 done, qint64 total) {
            return !progress || progress(total > 0 ? int(done * 100 / total) : 100, stage);
        });
        break;
    }
    }
    if (!out.commit())
        cannotWrite(file.path, out.errorString());
    file.sha256 = sha256OfFile(file.path);
    file.bytes = QFileInfo(file.path).size();
    if (file.sha256.isEmpty())
        cannotWrite(file.path, QCoreApplication::translate("gc::ComplianceReportWriter", "it cannot be read back"));
    return file;
}

void ComplianceReportWriter::record(
    AuditLog& log, const Session& session, const ComplianceReport& report, QList<ComplianceReportFile>& files)
{
    session.require(Action::ExportAuditEvidence);
    const ComplianceCompleteness& c = report.completeness;
    for (ComplianceReportFile& file : files) {
        AuditEventDraft d;
        log.attributeTo(d, session.op());
        d.type = AuditEventType::DataExported;
        d.resource = resourceOf(report.request.framework);
        // The file's name without its folder: a folder can name a person.
        d.details = QJsonObject { { QStringLiteral("report"), complianceFrameworkId(report.request.framework) },
            { QStringLiteral("from"), isoMs(report.request.fromMs) },
            { QStringLiteral("to"), isoMs(report.request.toMs) },
            { QStringLiteral("format"), complianceReportFormatId(file.format) },
            { QStringLiteral("file"), QFileInfo(file.path).fileName() },
            { QStringLiteral("sha256"), QString::fromLatin1(file.sha256.toHex()) },
            { QStringLiteral("bytes"), file.bytes }, { QStringLiteral("events"), report.totalEvents },
            { QStringLiteral("first_seq"), c.firstSeq ? QJsonValue(*c.firstSeq) : QJsonValue() },
            { QStringLiteral("last_seq"), c.lastSeq ? QJsonValue(*c.lastSeq) : QJsonValue() },
            { QStringLiteral("complete"), c.ok() } };
        file.recordedSeq = log.store().transact([&] { return log.append(d); });
    }
}

QByteArray ComplianceReportWriter::sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return hash.result();
}

} // namespace gc
