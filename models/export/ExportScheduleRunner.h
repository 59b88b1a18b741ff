#pragma once

#include "ExportScheduleService.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <exception>
#include <memory>
#include <optional>

namespace gc {

/// Runs the due scheduled exports while the console is open: every
/// `intervalMs` (and once shortly after start()) a pass runs every export
/// that is due, one after the other. Each is claimed, prepared, recorded and
/// put in the history on the thread that owns the Store (the GUI thread);
/// its rows are read and written on a worker thread (ExportJob's threading
/// rules), so the window stays responsive. A tick that comes while a pass is
/// running is skipped. Nothing escapes the event loop: a store failure is
/// reported through failed(). stop() (and the destructor) cancel a running
/// export and wait for its thread.
class ExportScheduleRunner final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60'000;

    /// `writerFactory` as for ExportScheduleService (default: makeExportWriter).
    ExportScheduleRunner(Store& store, const Clock& clock, const Session& session, AuditLog& log,
        QObject* parent = nullptr, ExportJob::WriterFactory writerFactory = {});
    ~ExportScheduleRunner() override;
    Q_DISABLE_COPY_MOVE(ExportScheduleRunner)

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    /// True while a pass started by the timer is running.
    [[nodiscard]] bool isRunning() const { return m_passActive; }

    /// One whole pass now, on the calling thread (no worker); the runs it
    /// made (none while a timer pass is running).
    QList<ExportRun> runNow();

    [[nodiscard]] ExportScheduleService& service() { return m_service; }

signals:
    /// After a pass that ran at least one export.
    void ran(const QList<gc::ExportRun>& runs);
    /// A pass could not read or write the store (translated message).
    void failed(const QString& message);

private:
    /// What the worker's write() gave.
    struct Written
    {
        std::optional<ExportResult> result;
        std::exception_ptr error;
    };

    void beginPass();
    void runNext();
    void completeCurrent(const Written& written);
    void endPass();

    const Clock& m_clock;
    ExportScheduleService m_service;
    QTimer m_timer;
    QFutureWatcher<Written> m_watcher;
    std::unique_ptr<ScheduledExport> m_current;
    QList<ExportRun> m_runs; ///< of the running pass
    QDateTime m_passTime;
    bool m_passActive = false;
    bool m_stopping = false;
};

} // namespace gc
