#pragma once

#include "ExportScheduleService.h"

#include <QObject>
#include <QTimer>

namespace gc {

/// Runs the due scheduled exports while the console is open: every
/// `intervalMs` (and once shortly after start()) it calls
/// ExportScheduleService::runDue with the clock's time. The runs happen on
/// the thread that owns the Store (the GUI thread), one pass at a time; a
/// pass that comes while one is running is skipped. Nothing escapes the
/// event loop: a store failure is reported through failed().
class ExportScheduleRunner final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60'000;

    ExportScheduleRunner(Store& store, const Clock& clock, const Session& session, AuditLog& log,
        QObject* parent = nullptr);
    ~ExportScheduleRunner() override;
    Q_DISABLE_COPY_MOVE(ExportScheduleRunner)

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

    /// One pass now; the runs it made (none while a pass is running).
    QList<ExportRun> runNow();

    [[nodiscard]] ExportScheduleService& service() { return m_service; }

signals:
    /// After a pass that ran at least one export.
    void ran(const QList<gc::ExportRun>& runs);
    /// A pass could not read or write the store (translated message).
    void failed(const QString& message);

private:
    const Clock& m_clock;
    ExportScheduleService m_service;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace gc
