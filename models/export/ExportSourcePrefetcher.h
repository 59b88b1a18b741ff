#pragma once

#include "export/ExportSourceReader.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace gc {

/// An ExportSourceReader that reads another one on a thread of its own, so
/// that reading (SQLite, on one core) and writing (formatting and the write
/// system calls, on the caller's core) overlap. The reading thread copies rows
/// into batches of up to kBatchRows rows; a batch's text lives in the batch's
/// own arena, because the source's text views end with its next row. At most
/// kBatches batches exist, so memory stays bounded (about 2 MB per batch for
/// predictions) whatever the row count.
///
/// Why one reading thread and not two connections over key ranges: on two
/// cores the writer needs one of them, and a second reader would compete with
/// it. Parquet is the exception (ExportParquetPipeline): its row groups can be
/// encoded apart, so each thread reads and encodes its own.
class ExportSourcePrefetcher final : public ExportSourceReader
{
public:
    static constexpr std::size_t kBatchRows = 4096;
    static constexpr std::size_t kBatches = 4;

    /// Takes `source` over; count() is asked before the thread starts.
    explicit ExportSourcePrefetcher(std::unique_ptr<ExportSourceReader> source);
    ~ExportSourcePrefetcher() override;
    Q_DISABLE_COPY_MOVE(ExportSourcePrefetcher)

    [[nodiscard]] qint64 count() override;
    /// Rethrows, after the rows read before it, what the source threw.
    bool next() override;
    [[nodiscard]] std::span<const ExportCell> row() const override;
    void interrupt() override;

private:
    struct Batch
    {
        std::vector<ExportCell> cells;
        std::vector<char> arena;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> texts; ///< (cell index, arena offset)
        std::size_t rows = 0;
    };

    void start();
    void produce();
    bool fill(Batch& batch);

    std::unique_ptr<ExportSourceReader> m_source;
    std::size_t m_width = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_ended = false; ///< the producer has pushed its last batch
    bool m_stop = false;
    std::exception_ptr m_error;
    bool m_started = false;
    std::unique_ptr<Batch> m_current;
    std::size_t m_at = 0;
};

} // namespace gc
