#include "ExportScheduleRunner.h"

#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/StoreError.h"

namespace gc {

ExportScheduleRunner::ExportScheduleRunner(
    Store& store, const Clock& clock, const Session& session, AuditLog& log, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_service(store, clock, session, log)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { runNow(); });
}

ExportScheduleRunner::~ExportScheduleRunner() = default;

void ExportScheduleRunner::start(int intervalMs)
{
    m_timer.start(intervalMs);
    // What came due while the console was closed runs once the window is up.
    QTimer::singleShot(0, this, [this] {
        if (m_timer.isActive())
            runNow();
    });
}

void ExportScheduleRunner::stop()
{
    m_timer.stop();
    m_service.cancel();
}

QList<ExportRun> ExportScheduleRunner::runNow()
{
    if (m_running)
        return {};
    m_running = true;
    QList<ExportRun> runs;
    try {
        runs = m_service.runDue(m_clock.nowUtc());
    } catch (const StoreError& e) {
        emit failed(e.message());
    } catch (const DomainError& e) {
        emit failed(e.message());
    }
    m_running = false;
    if (!runs.isEmpty())
        emit ran(runs);
    return runs;
}

} // namespace gc
