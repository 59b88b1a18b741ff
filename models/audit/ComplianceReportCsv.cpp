#include "ComplianceReportCsv.h"

#include "AuditEventCodec.h"
#include "AuditReader.h"
#include "ComplianceReportBuilder.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>

namespace gc {

namespace {

// Written in pieces of about this size: few write calls, bounded memory.
constexpr qsizetype kFlushBytes = 1 << 20;

void writeAll(QIODevice& device, const QByteArray& bytes)
{
    if (device.write(bytes) != bytes.size())
        throw StoreError(StoreError::Kind::Io,
            QCoreApplication::translate("gc::ComplianceReportCsv", "The CSV file could not be written: %1")
                .arg(device.errorString()));
}

void appendLine(QByteArray& out, const QStringList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += ComplianceReportCsv::cell(values.at(i)).toUtf8();
    }
    out += "\r\n";
}

/// Qt::ISODateWithMs of a UTC time ("2026-11-27T08:15:00.000Z") without a
/// QDateTime per row: times never decrease, so the date part is cached.
class IsoTime
{
public:
    QString operator()(qint64 ms)
    {
        const qint64 day = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
        if (day != m_day || m_date.isEmpty()) {
            m_day = day;
            m_date = QDateTime::fromMSecsSinceEpoch(day * kDayMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))
                + QLatin1Char('T');
        }
        const qint64 inDay = ms - day * kDayMs;
        char tail[32];
        std::snprintf(tail, sizeof tail, "%02d:%02d:%02d.%03dZ", int(inDay / 3'600'000), int(inDay / 60'000 % 60),
            int(inDay / 1000 % 60), int(inDay % 1000));
        return m_date + QLatin1String(tail);
    }

private:
    static constexpr qint64 kDayMs = 86'400'000;
    qint64 m_day = 0;
    QString m_date;
};

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
    thread_local IsoTime isoTime;
    // The canonical form the record hashes (sorted keys, no spaces): stable
    // across runs and quicker to write than QJsonDocument's.
    const QString details
        = r.details.isEmpty() ? QString() : QString::fromUtf8(AuditEventCodec::canonicalJson(r.details));
    return { QString::number(r.sequence), isoTime(r.timeUtcMs),
        r.tenant ? QString::number(r.tenant->value) : QString(), r.actorId, auditEventTypeId(r.type),
        auditCategoryId(r.category()), auditSeverityId(r.severity), auditOutcomeId(r.outcome), r.resource, details };
}

qint64 ComplianceReportCsv::write(
    const AuditReader& reader, const ComplianceReport& report, QIODevice& device, const Progress& progress)
{
    const ComplianceCompleteness& c = report.completeness;
    const qint64 expected = std::max<qint64>(0, c.eventsThrough - c.eventsBefore);
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    appendLine(buffer, header());

    qint64 rows = 0;
    bool stopped = false;
    reader.repository().forEachRow(c.eventsBefore + 1, c.eventsThrough, [&](const StoredAuditRow& row) {
        if (row.timeMs < c.filter.fromMs.value_or(row.timeMs) || row.timeMs >= c.filter.toMs.value_or(row.timeMs + 1))
            return true;
        appendLine(buffer, fields(ComplianceReportBuilder::recordOf(row)));
        ++rows;
        if (buffer.size() >= kFlushBytes) {
            writeAll(device, buffer);
            buffer.clear();
            if (progress && !progress(rows, expected)) {
                stopped = true;
                return false;
            }
        }
        return true;
    });
    if (stopped)
        throw StoreError(StoreError::Kind::Interrupted,
            QCoreApplication::translate("gc::ComplianceReportCsv", "The CSV export was cancelled."));
    writeAll(device, buffer);
    return rows;
}

} // namespace gc
