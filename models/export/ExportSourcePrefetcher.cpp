#include "export/ExportSourcePrefetcher.h"

namespace gc {

namespace {

/// A batch ends early once its text passes this size, so rows with long text
/// do not make batches large.
constexpr std::size_t kArenaBytes = 4 << 20;

} // namespace

ExportSourcePrefetcher::ExportSourcePrefetcher(std::unique_ptr<ExportSourceReader> source)
    : m_source(std::move(source))
{
    for (std::size_t i = 0; i < kBatches; ++i) {
        m_free.push_back(std::make_unique<Batch>());
        m_free.back()->arena.reserve(kArenaBytes + (64 << 10));
    }
}

ExportSourcePrefetcher::~ExportSourcePrefetcher()
{
    if (!m_started)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    // A producer inside a long SQLite step (a narrow filter over many rows)
    // stops at once instead of finishing the step.
    m_source->interrupt();
    m_thread.join();
}

qint64 ExportSourcePrefetcher::count()
{
    // Only before the thread starts: the source is not shared.
    return m_started ? 0 : m_source->count();
}

void ExportSourcePrefetcher::interrupt()
{
    m_source->interrupt();
}

void ExportSourcePrefetcher::start()
{
    m_started = true;
    m_thread = std::thread([this] { produce(); });
}

void ExportSourcePrefetcher::produce()
{
    try {
        for (;;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_free.empty() || m_stop; });
                if (m_stop)
                    break;
                batch = std::move(m_free.back());
                m_free.pop_back();
            }
            const bool more = fill(*batch);
            {
                std::lock_guard lock(m_mutex);
                if (batch->rows > 0)
                    m_full.push_back(std::move(batch));
                else
                    m_free.push_back(std::move(batch));
                m_ended = !more;
            }
            m_changed.notify_all();
            if (!more)
                return;
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard lock(m_mutex);
        m_ended = true;
    }
    m_changed.notify_all();
}

bool ExportSourcePrefetcher::fill(Batch& b)
{
    b.rows = 0;
    b.arena.clear();
    b.texts.clear();
    std::size_t used = 0; // cells filled; the vector keeps its size between batches
    // The arena may move while it grows: views are set once the batch is full.
    const auto pointTexts = [&b] {
        for (const auto& [cell, offset] : b.texts)
            b.cells[cell].text = std::string_view(b.arena.data() + offset, b.cells[cell].text.size());
    };
    bool more = true;
    while (b.rows < kBatchRows && b.arena.size() < kArenaBytes) {
        if (!m_source->next()) {
            more = false;
            break;
        }
        const std::span<const ExportCell> row = m_source->row();
        m_width = row.size();
        if (b.cells.size() < used + row.size())
            b.cells.resize(std::max(used + row.size(), kBatchRows * row.size()));
        ExportCell* out = b.cells.data() + used;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const ExportCell& c = row[i];
            out[i] = c;
            if (c.kind == ExportCell::Kind::Text && !c.text.empty()) {
                b.texts.emplace_back(std::uint32_t(used + i), std::uint32_t(b.arena.size()));
                b.arena.insert(b.arena.end(), c.text.begin(), c.text.end());
            }
        }
        used += row.size();
        ++b.rows;
    }
    pointTexts();
    return more;
}

bool ExportSourcePrefetcher::next()
{
    if (!m_started)
        start();
    if (m_current && m_at < m_current->rows) {
        ++m_at;
        return true;
    }
    std::unique_lock lock(m_mutex);
    if (m_current) {
        m_free.push_back(std::move(m_current));
        m_changed.notify_all();
    }
    m_changed.wait(lock, [this] { return !m_full.empty() || m_ended; });
    if (m_full.empty()) {
        if (m_error)
            std::rethrow_exception(m_error);
        return false;
    }
    m_current = std::move(m_full.front());
    m_full.pop_front();
    m_changed.notify_all();
    m_at = 1;
    return true;
}

std::span<const ExportCell> ExportSourcePrefetcher::row() const
{
    return { m_current->cells.data() + (m_at - 1) * m_width, m_width };
}

} // namespace gc
