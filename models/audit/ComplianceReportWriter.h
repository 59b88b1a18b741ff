#pragma once

#include "ComplianceReport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace gc {

class AuditLog;
class AuditReader;
class Clock;
class Session;

/// One written report file.
struct ComplianceReportFile
{
    ComplianceReportFormat format = ComplianceReportFormat::Html;
    QString path; ///< absolute path of the final file
    QByteArray sha256; ///< of the file's bytes as they are on disk (32 bytes)
    qint64 bytes = 0;
    qint64 rows = 0; ///< CSV: events written; other formats: the report's event count
    qint64 recordedSeq = 0; ///< the DataExported event that records it (0 until record())
};

/// Writes a ComplianceReport's files and records each one in the audit trail.
///
/// The work is split by thread: writeFiles() only reads (it can run on a
/// worker thread with that thread's AuditReader), record() appends to the log
/// on the store's writer connection. Each file is written to a temporary
/// file beside its target and renamed over it only when complete, so a
/// failed or cancelled export never leaves a half-written report.
class ComplianceReportWriter final
{
public:
    /// progress(percent 0..100, translated stage); false cancels (StoreError Interrupted).
    using Progress = std::function<bool(int, const QString&)>;

    /// Refuses a session without ExportAuditEvidence: records a Denied
    /// DataExported event (own transaction), then throws DomainError PermissionDenied.
    static void requireExport(AuditLog& log, const Session& session, ComplianceFramework framework);

    /// When no signed checkpoint includes the end of `request`'s period, signs
    /// one now (AuditLog::checkpoint; requires ManageAuditLog, else nothing
    /// is signed and false is returned). A period ending in the future is cut
    /// at the current time first (so the checkpoint covers it all; see
    /// ComplianceReportRequest::endClampedToNow). Returns true when it signed.
    static bool ensureCheckpoint(AuditLog& log, const AuditReader& reader, const Session& session,
        const Clock& clock, ComplianceReportRequest& request);

    /// "<framework>-<from>-<to>.<format>", e.g. "soc2-2026-08-01-2026-11-01.pdf".
    [[nodiscard]] static QString defaultFileName(const ComplianceReport& report, ComplianceReportFormat format);

    /// Writes `format` of `report` to `path` (temp file + rename) and hashes
    /// the result. StoreError (Io) when the file cannot be written.
    static ComplianceReportFile writeFile(const AuditReader& reader, const ComplianceReport& report,
        ComplianceReportFormat format, const QString& path, const Progress& progress = {});

    /// Appends one DataExported event per file (framework, period, format,
    /// file name without directory, SHA-256, event count), each in its own
    /// transaction, and fills in recordedSeq.
    static void record(AuditLog& log, const Session& session, const ComplianceReport& report,
        QList<ComplianceReportFile>& files);

    /// SHA-256 of a file's contents; empty when it cannot be read.
    [[nodiscard]] static QByteArray sha256OfFile(const QString& path);
};

} // namespace gc
