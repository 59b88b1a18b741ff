#include "export/ExportTableJob.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "export/ExportRequest.h"
#include "export/ExportTableSnapshot.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace gc {

ExportTableJob::ExportTableJob(Store& store, AuditLog& log, Session session, QString table, ExportOptions options,
    QString destination, std::optional<TenantId> tenant, ExportJob::WriterFactory writerFactory)
    : m_store(store)
    , m_log(log)
    , m_session(std::move(session))
    , m_table(std::move(table))
    , m_options(std::move(options))
    , m_destination(std::move(destination))
    , m_tenant(tenant)
    , m_writerFactory(std::move(writerFactory))
{ }

void ExportTableJob::recordDenied()
{
    AuditEventDraft d;
    d.tenant = m_tenant;
    m_log.attributeTo(d, m_session.op());
    d.type = AuditEventType::DataExported;
    d.outcome = AuditOutcome::Denied;
    d.resource = QStringLiteral("export/table/") + m_table;
    d.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("permission") },
        { QStringLiteral("table"), m_table } };
    m_store.transact([&] { m_log.append(d); });
}

ExportResult ExportTableJob::run(const ExportTableSnapshot& rows)
{
    if (!m_session.can(Action::ExportData)) {
        recordDenied();
        throw DomainError(DomainError::Kind::PermissionDenied,
            QCoreApplication::translate("gc::ExportTableJob", "Your role may not export data."));
    }
    // Made first: unusable options fail before any file exists.
    std::unique_ptr<ExportWriter> writer = m_writerFactory(m_options);
    ExportResult result = ExportJob::writeSingleFile(m_destination, [&](const QString& temporary) {
        writer->begin(temporary, rows.columns(), m_table);
        for (qsizetype r = 0; r < rows.rowCount(); ++r)
            writer->writeRow(rows.row(r));
        writer->finish();
    });
    result.rows = rows.rowCount();

    ExportRequest format;
    format.options = m_options;
    QJsonArray columns;
    for (const ExportColumn& c : rows.columns())
        columns.append(c.name);
    AuditEventDraft d;
    d.tenant = m_tenant;
    m_log.attributeTo(d, m_session.op());
    d.type = AuditEventType::DataExported;
    d.resource = QStringLiteral("export/table/") + m_table;
    // The file's name without its folder: a folder can name a person, and the
    // hashed record can never be erased.
    d.details = QJsonObject { { QStringLiteral("table"), m_table }, { QStringLiteral("format"), format.formatId() },
        { QStringLiteral("rows"), result.rows }, { QStringLiteral("sha256"), QString::fromLatin1(result.sha256.toHex()) },
        { QStringLiteral("bytes"), result.bytes }, { QStringLiteral("file"), QFileInfo(result.path).fileName() },
        { QStringLiteral("columns"), columns } };
    result.auditSeq = m_store.transact([&] { return m_log.append(d); });
    return result;
}

} // namespace gc
