#pragma once

#include "auth/Session.h"

#include <QString>

#include <functional>
#include <memory>
#include <mutex>

class QObject;
class QThread;

namespace gc {

class AuditReader;
class Store;

/// A background thread with an AuditReader (and so an SQLite connection) of
/// its own. Jobs run one after another on that thread; the reader is opened
/// lazily by the first job, so constructing this costs nothing on the caller's
/// thread. Item models and panes post their reads here and never block the
/// GUI on the audit table.
class AuditQueryThread final
{
public:
    /// Called on the worker thread with the thread's reader.
    using Job = std::function<void(AuditReader&)>;
    /// Called on the worker thread when a job (or opening the reader) threw:
    /// the translated message and whether the job was interrupted.
    using Failure = std::function<void(const QString& message, bool interrupted)>;

    /// `store` must outlive this object.
    AuditQueryThread(const Store& store, Session session);
    /// Interrupts the running job, drops queued ones and joins the thread.
    ~AuditQueryThread();
    Q_DISABLE_COPY_MOVE(AuditQueryThread)

    /// Queues `job`. StoreError and DomainError it throws go to `failed`.
    void post(Job job, Failure failed);
    /// Cancels the statement running now (its job fails as interrupted);
    /// queued jobs still run. Safe from any thread.
    void interrupt();

private:
    void runJob(const Job& job, const Failure& failed);

    const Store& m_store;
    Session m_session;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context; ///< lives in m_thread; queued jobs are posted to it
    std::mutex m_readerMutex; ///< guards m_reader against interrupt() during open/close
    std::unique_ptr<AuditReader> m_reader;
};

} // namespace gc
