#include "WalCheckpointer.h"

#include "Database.h"

#include <sqlite3.h>

#include <chrono>
#include <string>

namespace gc {

namespace {
// Often enough that the log stays a few batches long, seldom enough that the
// checkpointer's own fsyncs do not compete with the writer all the time.
constexpr auto kInterval = std::chrono::milliseconds(250);
}

WalCheckpointer::WalCheckpointer(Database& writer, const QString& storePath)
    : m_writer(writer)
{
    try {
        m_savedAutoCheckpoint = writer.scalarInt("PRAGMA wal_autocheckpoint");
        writer.exec("PRAGMA wal_autocheckpoint = 0");
    } catch (const StoreError&) {
        m_savedAutoCheckpoint = -1;
        return;
    }
    m_thread = std::thread([this, storePath] { run(storePath); });
}

void WalCheckpointer::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

bool WalCheckpointer::finished() const
{
    std::lock_guard lock(m_mutex);
    return m_done || !m_thread.joinable();
}

WalCheckpointer::~WalCheckpointer()
{
    if (m_thread.joinable()) {
        finish();
        m_thread.join();
    }
    if (m_savedAutoCheckpoint >= 0) {
        try {
            m_writer.exec("PRAGMA wal_autocheckpoint = " + std::to_string(m_savedAutoCheckpoint));
        } catch (const StoreError&) {
        }
    }
}

void WalCheckpointer::run(QString path)
{
    try {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA wal_autocheckpoint = 0");
        // A connection finds the log only once it has read the store; until
        // then a checkpoint call does nothing.
        const bool wal = db.scalarText("PRAGMA journal_mode") == QLatin1String("wal");
        std::unique_lock lock(m_mutex);
        while (wal) {
            const bool last = m_wake.wait_for(lock, kInterval, [this] { return m_stop; });
            lock.unlock();
            // PASSIVE: copies what no reader still needs, never blocks the
            // writer and never waits for it; SQLITE_BUSY just means "later".
            // The last one, after the writer's work, leaves no debt to the
            // next small commit (which would otherwise copy it all).
            (void)sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
            if (last)
                break;
        }
    } catch (const StoreError&) {
        // No second connection: the writer's checkpoints resume afterwards.
    }
    std::lock_guard lock(m_mutex);
    m_done = true;
}

} // namespace gc
