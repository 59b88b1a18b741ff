#pragma once

#include <QString>
#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace gc {

class Database;

/// While it lives, copies the store's write-ahead log into the store file from
/// a thread and connection of its own, and turns the writer connection's
/// automatic checkpoints off (restored on destruction).
///
/// Why: in WAL mode the commit that crosses the checkpoint threshold copies
/// every page written since the last checkpoint into the file and waits for
/// the disk twice (fsync of the log, then of the file). For a bulk append that
/// wait, on the writing thread, stalled the whole pipeline for about as long as
/// the writing itself. A passive checkpoint on another connection does the
/// same work while the writer goes on; SQLite lets the two run at once.
///
/// The destructor waits for one last checkpoint of what the writer wrote, so
/// the next small commit does not inherit it. Failures of the background
/// connection are not errors: the writer's own checkpoints take over again
/// when this object is destroyed.
class WalCheckpointer final
{
public:
    WalCheckpointer(Database& writer, const QString& storePath);
    ~WalCheckpointer();
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    /// Asks for the last checkpoint without waiting for it: the thread makes
    /// it and ends. The writer's automatic checkpoints stay off until this
    /// object is destroyed (which waits for the thread).
    void finish();
    /// Whether the last checkpoint has been made (after finish()).
    [[nodiscard]] bool finished() const;

private:
    void run(QString path);

    Database& m_writer;
    qint64 m_savedAutoCheckpoint = -1;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace gc
