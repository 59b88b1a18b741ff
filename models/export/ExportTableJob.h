#pragma once

#include "auth/Session.h"
#include "export/ExportJob.h"
#include "export/ExportOptions.h"
#include "tenancy/TenantTypes.h"

#include <QString>

#include <optional>

namespace gc {

class AuditLog;
class ExportTableSnapshot;
class Store;

/// Exports the rows a pane shows (docs/export.md, "Exporting what a pane
/// shows") through the same writers as every export: the file is written
/// under a temporary name in the destination's folder and renamed into place
/// only when complete (ExportJob::writeSingleFile), then a DataExported audit
/// event records the table, the format, the row count and the file's SHA-256.
///
/// `table` names what is exported, as an identifier ("tenants", "api_keys"):
/// the XML wrapper element and the XLSX sheet are named after it, and the
/// audit event's resource is "export/table/<table>". `tenant`, when the table
/// belongs to one tenant, becomes the event's tenant.
///
/// Failures: DomainError(PermissionDenied) without Action::ExportData (recorded
/// as a denied DataExported event first), DomainError(Invalid) for the options,
/// the destination or a value a format cannot hold, StoreError for the file
/// (ReadOnly for a folder that cannot be written, CannotOpen for one that does
/// not exist, DiskFull) and the store. Nothing is left under the destination's
/// name after a failure, and an existing file there is untouched.
class ExportTableJob final
{
public:
    ExportTableJob(Store& store, AuditLog& log, Session session, QString table, ExportOptions options,
        QString destination, std::optional<TenantId> tenant = std::nullopt,
        ExportJob::WriterFactory writerFactory = makeExportWriter);
    Q_DISABLE_COPY_MOVE(ExportTableJob)

    /// Writes `rows` and records the event, on the store's thread.
    ExportResult run(const ExportTableSnapshot& rows);

private:
    void recordDenied();

    Store& m_store;
    AuditLog& m_log;
    Session m_session;
    QString m_table;
    ExportOptions m_options;
    QString m_destination;
    std::optional<TenantId> m_tenant;
    ExportJob::WriterFactory m_writerFactory;
};

} // namespace gc
