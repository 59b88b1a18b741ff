#include "ExportScheduleRunner.h"

#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace gc {

ExportScheduleRunner::ExportScheduleRunner(Store& store, const Clock& clock, const Session& session,
    AuditLog& log, QObject* parent, ExportJob::WriterFactory writerFactory)
    : QObject(parent)
    , m_clock(clock)
    , m_service(store, clock, session, log, std::move(writerFactory))
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExportScheduleRunner::beginPass);
    connect(&m_watcher, &QFutureWatcher<Written>::finished, this,
        [this] { completeCurrent(m_watcher.future().result()); });
}

ExportScheduleRunner::~ExportScheduleRunner()
{
    stop();
}

void ExportScheduleRunner::start(int intervalMs)
{
    m_stopping = false;
    m_timer.start(intervalMs);
    // What came due while the console was closed runs once the window is up.
    QTimer::singleShot(0, this, [this] {
        if (m_timer.isActive())
            beginPass();
    });
}

void ExportScheduleRunner::stop()
{
    m_timer.stop();
    m_stopping = true;
    if (m_current && m_current->job && m_watcher.isRunning()) {
        m_current->job->cancel();
        m_watcher.waitForFinished();
        // The finished signal may come after this object is gone: end here
        // (completeCurrent ignores the late signal).
        completeCurrent(m_watcher.future().result());
    }
}

QList<ExportRun> ExportScheduleRunner::runNow()
{
    if (m_passActive)
        return {};
    m_passActive = true;
    QList<ExportRun> runs;
    try {
        runs = m_service.runDue(m_clock.nowUtc());
    } catch (const StoreError& e) {
        emit failed(e.message());
    } catch (const DomainError& e) {
        emit failed(e.message());
    }
    m_passActive = false;
    if (!runs.isEmpty())
        emit ran(runs);
    return runs;
}

void ExportScheduleRunner::beginPass()
{
    if (m_passActive || m_stopping)
        return;
    m_passActive = true;
    m_runs.clear();
    m_passTime = m_clock.nowUtc();
    runNext();
}

void ExportScheduleRunner::runNext()
{
    if (m_stopping) {
        endPass();
        return;
    }
    try {
        m_current = m_service.claimNext(m_passTime);
    } catch (const StoreError& e) {
        emit failed(e.message());
    } catch (const DomainError& e) {
        emit failed(e.message());
    }
    if (!m_current) {
        endPass();
        return;
    }
    if (!m_current->job) {
        completeCurrent({});
        return;
    }
    ExportJob* job = m_current->job.get();
    m_watcher.setFuture(QtConcurrent::run([job] {
        Written w;
        try {
            w.result = job->write();
        } catch (...) {
            w.error = std::current_exception();
        }
        return w;
    }));
}

void ExportScheduleRunner::completeCurrent(const Written& written)
{
    if (!m_current)
        return;
    try {
        m_runs << m_service.complete(*m_current, written.result, written.error);
    } catch (const StoreError& e) {
        emit failed(e.message());
    }
    m_current.reset();
    if (m_stopping)
        endPass();
    else
        // Back to the event loop between two exports.
        QTimer::singleShot(0, this, &ExportScheduleRunner::runNext);
}

void ExportScheduleRunner::endPass()
{
    m_passActive = false;
    if (!m_runs.isEmpty()) {
        const QList<ExportRun> runs = std::exchange(m_runs, {});
        emit ran(runs);
    }
}

} // namespace gc
