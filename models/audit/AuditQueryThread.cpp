#include "AuditQueryThread.h"

#include "AuditReader.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QObject>
#include <QThread>

namespace gc {

AuditQueryThread::AuditQueryThread(const Store& store, Session session)
    : m_store(store)
    , m_session(std::move(session))
    , m_thread(std::make_unique<QThread>())
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("AuditQueryThread"));
    m_context->moveToThread(m_thread.get());
    // The context is deleted on its own thread once the loop ends, which also
    // discards jobs still queued for it.
    QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

AuditQueryThread::~AuditQueryThread()
{
    interrupt();
    m_thread->quit();
    // QThread still runs deferred deletions after `finished`, so m_context is gone now.
    m_thread->wait();
    std::lock_guard lock(m_readerMutex);
    m_reader.reset();
}

void AuditQueryThread::post(Job job, Failure failed)
{
    QMetaObject::invokeMethod(
        m_context, [this, job = std::move(job), failed = std::move(failed)] { runJob(job, failed); },
        Qt::QueuedConnection);
}

void AuditQueryThread::interrupt()
{
    std::lock_guard lock(m_readerMutex);
    if (m_reader)
        m_reader->interrupt();
}

void AuditQueryThread::runJob(const Job& job, const Failure& failed)
{
    try {
        if (!m_reader) {
            auto reader = std::make_unique<AuditReader>(m_store, m_session);
            std::lock_guard lock(m_readerMutex);
            m_reader = std::move(reader);
        }
        job(*m_reader);
    } catch (const StoreError& e) {
        if (failed)
            failed(e.message(), e.kind() == StoreError::Kind::Interrupted);
    } catch (const DomainError& e) {
        if (failed)
            failed(e.message(), false);
    } catch (const std::exception& e) {
        // Nothing may escape a thread's event loop; report it like a store failure.
        if (failed)
            failed(QString::fromLocal8Bit(e.what()), false);
    }
}

} // namespace gc
