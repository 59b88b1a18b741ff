#pragma once

#include "auth/Session.h"
#include "export/ExportManifest.h"
#include "export/ExportRequest.h"
#include "export/ExportSourcePlan.h"
#include "export/ExportWriter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace gc {

class AuditLog;
class Clock;
class ExportSourceReader;
class Store;

/// Where a running export is.
struct ExportProgress
{
    qint64 rows = 0; ///< rows written so far
    qint64 totalRows = 0; ///< rows counted before writing (the ETA's base)
    double rowsPerSecond = 0;
    std::optional<qint64> etaMs; ///< nullopt until the rate is known
    qint64 bytes = 0; ///< bytes the writers handed to their files so far
    int part = 1; ///< the part being written (1 without splitting)
};

/// What a finished export wrote.
struct ExportResult
{
    /// The file that stands for the export: the file itself, the ZIP, or (split
    /// without ZIP) the manifest.
    QString path;
    QByteArray sha256; ///< of `path`'s bytes
    qint64 bytes = 0; ///< of `path`
    qint64 rows = 0;
    QStringList files; ///< every file written, absolute paths, parts first
    ExportManifest manifest; ///< parts (one without splitting); written only when split or zipped
    bool manifestWritten = false;
    qint64 durationMs = 0;
    qint64 auditSeq = 0; ///< the DataExported event (0 until recorded)
};

/// Runs one export (docs/export.md): checks the request against the catalog
/// and the session, reads the source on connections of its own, streams the
/// rows to writers made by `writerFactory`, writes every file under a
/// temporary name (".<name>.partial-XXXXXX" in the destination folder) and
/// renames them into place only when all are complete, the manifest last;
/// then records a DataExported audit event with the row count and SHA-256.
///
/// A cancelled, failed or killed export leaves no file under a requested name
/// and never touches a file that was already there (a killed one may leave a
/// hidden ".partial-" file behind, never a final name). Failures: DomainError
/// for the request, StoreError for the store and the files (DiskFull for a
/// full disk, ReadOnly for a folder that cannot be written, Interrupted for a
/// cancel).
///
/// Memory stays flat: rows are streamed one at a time from SQLite to the writer.
///
/// Threads: prepare() and record() use the store's writer connection (the
/// thread that owns the Store); write() may run on any one thread; cancel()
/// from any thread.
class ExportJob final
{
public:
    using WriterFactory = std::function<std::unique_ptr<ExportWriter>(const ExportOptions&)>;
    /// Called about ten times a second while rows are written, and once at the end.
    using Progress = std::function<void(const ExportProgress&)>;

    ExportJob(Store& store, AuditLog& log, const Clock& clock, Session session, ExportRequest request,
        WriterFactory writerFactory);
    ~ExportJob();
    Q_DISABLE_COPY_MOVE(ExportJob)

    /// Checks the request (ExportSourcePlan::from, the destination, the split
    /// and packaging) and reads the pseudonym secret. A permission refusal is
    /// recorded as a denied DataExported event before it is thrown.
    const ExportSourcePlan& prepare();
    /// The part of prepare()'s checks that needs no store: splitting and
    /// packaging against the format (the wizard asks it on its format page).
    /// Throws DomainError (Invalid, field "split").
    static void checkSplit(const ExportRequest& request);
    /// Writes the export (prepare() first if it was not called).
    ExportResult write(const Progress& progress = {});
    /// Appends the DataExported event of a written export (own transaction).
    void record(ExportResult& result);
    /// prepare(), write() and record() on the calling thread.
    ExportResult run(const Progress& progress = {});

    /// One file written the way write() writes each of its files, for an
    /// export that is not of a catalog source (a pane's table, ExportTableJob):
    /// `writeTo` writes the temporary file it is given (".<name>.partial-XXXXXX"
    /// in `destination`'s folder), which is renamed to `destination` once it
    /// returned. Fills path, files, sha256, bytes and durationMs. Throws
    /// DomainError(Invalid, field "destination") for an empty name or a folder
    /// and StoreError as write() does, naming `destination`, never the
    /// temporary file; on any exception nothing is left under either name.
    static ExportResult writeSingleFile(
        const QString& destination, const std::function<void(const QString& temporary)>& writeTo);

    /// Asks a running write() to stop: it throws StoreError(Interrupted) after
    /// deleting what it wrote. Thread-safe.
    void cancel();

    [[nodiscard]] const ExportRequest& request() const { return m_request; }

    /// 1: read and write on the calling thread. 2 (the default on a machine
    /// with two or more cores): read on a thread of its own
    /// (ExportSourcePrefetcher) while the calling thread writes; Parquet
    /// exports of a source in key order, unsplit, read and encode on two
    /// threads instead (ExportParquetPipeline).
    void setThreads(int threads) { m_threads = std::clamp(threads, 1, 2); }
    [[nodiscard]] int threads() const { return m_threads; }

    /// Rows between two checks of the cancel flag and the progress clock.
    static constexpr qint64 kBatchRows = 1024;

private:
    class Files;
    ExportResult writeFiles(const Progress& progress);
    void checkCancelled() const;
    /// What cancel() calls to stop the running queries (empty: none run).
    void setInterrupt(std::function<void()> interrupt);

    Store& m_store;
    AuditLog& m_log;
    const Clock& m_clock;
    Session m_session;
    ExportRequest m_request;
    WriterFactory m_writerFactory;
    std::optional<ExportSourcePlan> m_plan;
    QByteArray m_pseudonymKey;
    int m_threads = 1;
    std::atomic<bool> m_cancel { false };
    std::mutex m_interruptMutex;
    std::function<void()> m_interrupt;
};

} // namespace gc
