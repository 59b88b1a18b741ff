#include "export/ExportParquetPipeline.h"

#include "export/ExportSourceSqlReader.h"
#include "export/ParquetWriter.h"
#include "export/SqliteExportRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace gc {

namespace {

constexpr std::size_t kReaders = 2;
constexpr std::size_t kWindow = 4; ///< chunks read or waiting ahead of the one being written
constexpr qint64 kCheckEvery = 1024;

} // namespace

struct ExportParquetPipeline::Chunk
{
    qint64 from = 0;
    qint64 to = 0;
    bool done = false;
    std::vector<std::unique_ptr<ParquetRowGroupEncoder::Encoded>> groups;
    /// A row the encoder refused (then `groups` holds what came before it).
    bool refused = false;
    qint64 rowsBefore = 0; ///< rows of this chunk accepted before the refused one
    std::vector<ExportCell> row;
    std::vector<std::string> texts; ///< the refused row's text, which `row` views
};

bool ExportParquetPipeline::applies(const ExportSourcePlan& plan)
{
    if (!SqliteExportRepository::hasIntegerKey(plan.source))
        return false;
    return !plan.sort || (plan.sort->column == QLatin1String("id") && !plan.sort->descending);
}

std::unique_ptr<ExportParquetPipeline> ExportParquetPipeline::open(
    const Store& store, const ExportSourcePlan& plan, const QByteArray& pseudonymKey, qint64 rowGroupRows)
{
    // Database opens read-write files with SQLITE_OPEN_CREATE: never make an
    // empty store where the real one went missing.
    if (!applies(plan) || rowGroupRows < 1 || !QFileInfo::exists(store.path()))
        return nullptr;
    std::vector<std::unique_ptr<ExportSourceSqlReader>> readers;
    try {
        // While this connection holds the write lock nothing can commit, so
        // the readers' snapshots, each taken as its reader is made, are one.
        Database lock(store.path(), Database::Mode::ReadWrite);
        lock.exec("BEGIN IMMEDIATE");
        for (std::size_t i = 0; i < kReaders; ++i)
            readers.push_back(std::make_unique<ExportSourceSqlReader>(store, plan, pseudonymKey));
        lock.exec("ROLLBACK");
    } catch (const StoreError&) {
        return nullptr;
    }
    const qint64 rows = readers.front()->count();
    // Fewer rows than two row groups: one thread would do all the work.
    if (rows < 2 * rowGroupRows)
        return nullptr;
    const auto range = readers.front()->keyRange();
    if (!range)
        return nullptr;
    std::unique_ptr<ExportParquetPipeline> pipeline(new ExportParquetPipeline(std::move(readers)));
    pipeline->m_rows = rows;
    // Chunks of about one row group: the key span times the share of it a
    // row group is (keys are ids, dense unless rows were deleted or filtered).
    const auto [low, high] = *range;
    const double span = double(high) - double(low) + 1;
    const auto width = qint64(std::max(1.0, std::floor(span * double(rowGroupRows) / double(rows))));
    for (qint64 from = low;;) {
        auto chunk = std::make_unique<Chunk>();
        chunk->from = from;
        chunk->to = high - from < width ? high : from + width - 1;
        const bool last = chunk->to == high;
        from = chunk->to + 1;
        pipeline->m_chunks.push_back(std::move(chunk));
        if (last)
            break;
    }
    return pipeline;
}

ExportParquetPipeline::ExportParquetPipeline(std::vector<std::unique_ptr<ExportSourceSqlReader>> readers)
    : m_readers(std::move(readers))
{ }

ExportParquetPipeline::~ExportParquetPipeline()
{
    stop(true);
}

qint64 ExportParquetPipeline::count()
{
    return m_rows;
}

void ExportParquetPipeline::interrupt()
{
    m_interrupted.store(true);
    for (const auto& reader : m_readers)
        reader->interrupt();
}

void ExportParquetPipeline::stop(bool interruptReaders)
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (interruptReaders)
        for (const auto& reader : m_readers)
            reader->interrupt();
    for (std::thread& t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

std::unique_ptr<ParquetRowGroupEncoder::Encoded> ExportParquetPipeline::reuse()
{
    std::lock_guard lock(m_mutex);
    if (m_spare.empty())
        return std::make_unique<ParquetRowGroupEncoder::Encoded>();
    auto group = std::move(m_spare.back());
    m_spare.pop_back();
    return group;
}

void ExportParquetPipeline::work(std::size_t worker, ParquetWriter& writer)
{
    try {
        const std::unique_ptr<ParquetRowGroupEncoder> encoder = writer.newRowGroupEncoder();
        ExportSourceSqlReader& reader = *m_readers[worker];
        for (std::size_t c = worker; c < m_chunks.size(); c += m_readers.size()) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || c < m_consumed + kWindow; });
                if (m_stop)
                    return;
            }
            Chunk& chunk = *m_chunks[c];
            reader.setKeyRange(chunk.from, chunk.to);
            std::vector<std::unique_ptr<ParquetRowGroupEncoder::Encoded>> groups;
            const auto encode = [&] {
                groups.push_back(reuse());
                encoder->encode(*groups.back());
            };
            qint64 accepted = 0;
            bool refused = false;
            while (reader.next()) {
                const std::span<const ExportCell> row = reader.row();
                if (!encoder->append(row)) [[unlikely]] {
                    // Kept for the writing thread, which knows the row's number.
                    chunk.texts.reserve(row.size());
                    for (const ExportCell& cell : row) {
                        chunk.row.push_back(cell);
                        if (cell.kind == ExportCell::Kind::Text) {
                            chunk.texts.emplace_back(cell.text);
                            chunk.row.back().text = chunk.texts.back();
                        }
                    }
                    refused = true;
                    break;
                }
                if (encoder->full())
                    encode();
                if (++accepted % kCheckEvery == 0 && m_interrupted.load())
                    throw StoreError(StoreError::Kind::Interrupted,
                        QCoreApplication::translate("gc::ExportJob", "The export was cancelled; no file was written."));
            }
            if (!refused && encoder->rows() > 0)
                encode();
            {
                std::lock_guard lock(m_mutex);
                chunk.groups = std::move(groups);
                chunk.refused = refused;
                chunk.rowsBefore = accepted;
                chunk.done = true;
            }
            m_changed.notify_all();
            if (refused)
                return; // the encoder holds part of the refused row
        }
    } catch (...) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
        }
        m_changed.notify_all();
    }
}

void ExportParquetPipeline::run(ParquetWriter& writer, const std::function<void(qint64 rows)>& written)
{
    struct Stop
    {
        ExportParquetPipeline* pipeline;
        bool finished = false;
        ~Stop() { pipeline->stop(!finished); }
    } stopper { this };
    for (std::size_t w = 0; w < m_readers.size(); ++w)
        m_threads.emplace_back([this, w, &writer] { work(w, writer); });

    for (std::size_t c = 0; c < m_chunks.size(); ++c) {
        Chunk& chunk = *m_chunks[c];
        std::vector<std::unique_ptr<ParquetRowGroupEncoder::Encoded>> groups;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_error || chunk.done; });
            if (m_error)
                std::rethrow_exception(m_error);
            groups = std::move(chunk.groups);
        }
        if (chunk.refused)
            writer.reject(chunk.row, writer.rowsWritten() + chunk.rowsBefore + 1);
        for (const auto& group : groups) {
            writer.appendRowGroup(*group);
            written(writer.rowsWritten());
        }
        {
            std::lock_guard lock(m_mutex);
            ++m_consumed;
            // Written groups go back to the threads with their buffers'
            // capacity: fresh ones cost page faults on every group.
            for (auto& group : groups)
                m_spare.push_back(std::move(group));
        }
        m_changed.notify_all();
    }
    stopper.finished = true;
}

} // namespace gc
