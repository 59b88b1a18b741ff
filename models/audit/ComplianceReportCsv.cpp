#include "ComplianceReportCsv.h"

#include "AuditReader.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace gc {

namespace {

constexpr int kPageSize = 5000;

void writeAll(QIODevice& device, const QByteArray& bytes)
{
    if (device.write(bytes) != bytes.size())
        throw StoreError(StoreError::Kind::Io,
            QCoreApplication::translate("gc::ComplianceReportCsv", "The CSV file could not be written: %1")
                .arg(device.errorString()));
}

void appendLine(QByteArray& out, const QStringList& values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += ComplianceReportCsv::cell(values.at(i));
    }
    out += line.toUtf8();
    out += "\r\n";
}

} // namespace

QStringList ComplianceReportCsv::header()
{
    return { QStringLiteral("seq"), QStringLiteral("time_utc"), QStringLiteral("tenant"), QStringLiteral("actor"),
        QStringLiteral("type"), QStringLiteral("category"), QStringLiteral("severity"), QStringLiteral("outcome"),
        QStringLiteral("resource"), QStringLiteral("details") };
}

QString ComplianceReportCsv::cell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QStringList ComplianceReportCsv::fields(const AuditRecord& r)
{
    const QString details = r.details.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact));
    return { QString::number(r.sequence), r.time().toString(Qt::ISODateWithMs),
        r.tenant ? QString::number(r.tenant->value) : QString(), r.actorId, auditEventTypeId(r.type),
        auditCategoryId(r.category()), auditSeverityId(r.severity), auditOutcomeId(r.outcome), r.resource, details };
}

qint64 ComplianceReportCsv::write(
    const AuditReader& reader, const ComplianceReport& report, QIODevice& device, const Progress& progress)
{
    const ComplianceCompleteness& c = report.completeness;
    const qint64 expected = std::max<qint64>(0, c.eventsThrough - c.eventsBefore);
    QByteArray buffer;
    appendLine(buffer, header());
    writeAll(device, buffer);

    AuditPageRequest page;
    page.filter = c.filter;
    page.order = AuditPageRequest::Order::OldestFirst;
    page.afterSeq = c.eventsBefore;
    page.limit = kPageSize;
    qint64 rows = 0;
    bool done = expected == 0;
    while (!done) {
        const QList<AuditEvent> events = reader.page(page);
        buffer.clear();
        for (const AuditEvent& e : events) {
            if (e.record.sequence > c.eventsThrough) {
                done = true;
                break;
            }
            appendLine(buffer, fields(e.record));
            ++rows;
        }
        writeAll(device, buffer);
        if (events.size() < page.limit || events.isEmpty() || events.last().record.sequence >= c.eventsThrough)
            break;
        page.afterSeq = events.last().record.sequence;
        if (progress && !progress(rows, expected))
            throw StoreError(StoreError::Kind::Interrupted,
                QCoreApplication::translate("gc::ComplianceReportCsv", "The CSV export was cancelled."));
    }
    return rows;
}

} // namespace gc
