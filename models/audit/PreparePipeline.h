#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace gc {

/// Prepares the chunks of a batch in order on a thread of its own, up to
/// `depth` chunks ahead of the thread that writes them (AuditLog::appendBatch).
///
/// Each chunk is prepared from the state the previous one ends in (next
/// sequence number, last time, chain hash), assuming nothing comes between.
/// When the writer finds that something did (an append observer added an
/// event), it restarts the pipeline from its real state; chunks prepared on
/// the old assumption are dropped. Running ahead lets the preparing thread
/// keep working while the writer spends a while in SQLite (writing the index).
///
/// `T` is the prepared chunk; the preparing thread also destroys the chunks the
/// writer hands back, since freeing them is work the writer need not do.
template <typename T> class PreparePipeline final
{
public:
    struct Start
    {
        qint64 from = 0;     ///< index of the first item to prepare
        qint64 firstSeq = 0; ///< its sequence number
        qint64 lastTime = 0; ///< time of the event before it
        QByteArray chain;    ///< chain hash of the event before it
    };
    /// Prepares items [from, to) from `start`; returns the chunk and fills
    /// `next` with the state after it.
    using Prepare = std::function<T(qint64 from, qint64 to, const Start& start, Start& next)>;

    PreparePipeline(qint64 total, qint64 chunk, int depth, bool threaded, Prepare prepare)
        : m_total(total)
        , m_chunk(chunk)
        , m_depth(std::max(1, depth))
        , m_threaded(threaded)
        , m_prepare(std::move(prepare))
    { }

    ~PreparePipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(PreparePipeline)

    /// (Re)starts preparing at `start`, dropping whatever was prepared before.
    void restart(Start start)
    {
        if (!m_threaded) {
            m_next = std::move(start);
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            ++m_generation;
            m_ready.clear();
            m_error = nullptr;
            m_next = std::move(start);
        }
        m_changed.notify_all();
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }

    /// The next chunk in order (waits for it). Rethrows what preparing threw.
    T take()
    {
        if (!m_threaded) {
            Start after;
            const qint64 to = std::min(m_total, m_next.from + m_chunk);
            T chunk = m_prepare(m_next.from, to, m_next, after);
            after.from = to;
            m_next = std::move(after);
            return chunk;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_error; });
        if (m_ready.empty())
            std::rethrow_exception(m_error);
        T chunk = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

    /// Hands a written chunk back, to be destroyed on the preparing thread.
    void recycle(T done)
    {
        if (!m_threaded)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_done.push_back(std::move(done));
        }
        m_changed.notify_all();
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] {
                return m_stop || !m_done.empty()
                    || (!m_error && m_next.from < m_total && qint64(m_ready.size()) < m_depth);
            });
            if (m_stop)
                return;
            if (!m_done.empty()) {
                std::vector<T> done;
                done.swap(m_done);
                lock.unlock();
                done.clear();
                lock.lock();
                continue;
            }
            const Start start = m_next;
            const quint64 generation = m_generation;
            const qint64 to = std::min(m_total, start.from + m_chunk);
            lock.unlock();
            Start after;
            std::exception_ptr error;
            T chunk;
            try {
                chunk = m_prepare(start.from, to, start, after);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            if (generation != m_generation)
                continue; // restarted meanwhile: prepared on a stale assumption
            if (error) {
                m_error = error;
            } else {
                after.from = to;
                m_next = std::move(after);
                m_ready.push_back(std::move(chunk));
            }
            m_changed.notify_all();
        }
    }

    const qint64 m_total;
    const qint64 m_chunk;
    const int m_depth;
    const bool m_threaded;
    const Prepare m_prepare;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_ready;
    std::vector<T> m_done;
    Start m_next;
    quint64 m_generation = 0;
    std::exception_ptr m_error;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace gc
