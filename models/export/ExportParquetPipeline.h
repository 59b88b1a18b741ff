#pragma once

#include "export/ExportSourcePlan.h"
#include "export/ParquetRowGroupEncoder.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace gc {

class ExportSourceSqlReader;
class ParquetWriter;
class Store;

/// Reads a store source on two connections and encodes Parquet row groups on
/// two threads, for the one format whose encoding costs as much as reading:
/// on two cores a single reader feeding a single encoder leaves half of each
/// core idle. The source's key range is cut into chunks of about one row
/// group each; thread k reads and encodes chunks k, k + 2, k + 4, … (a fixed
/// assignment, so a file comes out the same every time), and the calling
/// thread writes the encoded groups in key order, the order a one-thread
/// export has.
///
/// Both connections read one snapshot: they start their read transactions
/// while a third connection holds the store's write lock for that instant,
/// so no commit can fall between them. Memory stays bounded: a thread starts
/// a chunk only while fewer than four chunks wait to be written.
class ExportParquetPipeline final
{
public:
    /// Whether `plan` can be read in key ranges: a store source with an
    /// integer key, in key order (no sort, or ascending on "id").
    [[nodiscard]] static bool applies(const ExportSourcePlan& plan);
    /// Opens the readers on one snapshot; nullptr when the store cannot
    /// lend its write lock for that (read-only file, a writer holding it
    /// longer than the busy timeout): the caller reads on one connection.
    /// Also nullptr for fewer rows than two row groups of `rowGroupRows`.
    [[nodiscard]] static std::unique_ptr<ExportParquetPipeline> open(
        const Store& store, const ExportSourcePlan& plan, const QByteArray& pseudonymKey, qint64 rowGroupRows);
    ~ExportParquetPipeline();
    Q_DISABLE_COPY_MOVE(ExportParquetPipeline)

    /// Rows the export will give, counted on the snapshot.
    [[nodiscard]] qint64 count();
    /// Reads and encodes every row into `writer` (begun, no rows written).
    /// `written` is called on the calling thread after each row group with
    /// the rows written so far; it may throw to stop (a cancel). Rethrows
    /// what a reading thread threw; a row the writer refuses is reported
    /// with its row number, as a one-thread export does.
    void run(ParquetWriter& writer, const std::function<void(qint64 rows)>& written);
    /// Stops running queries (from any thread); run() then throws.
    void interrupt();

private:
    struct Chunk;
    struct Worker;

    explicit ExportParquetPipeline(std::vector<std::unique_ptr<ExportSourceSqlReader>> readers);
    void work(std::size_t worker, ParquetWriter& writer);
    /// A written group's buffers, or new ones.
    [[nodiscard]] std::unique_ptr<ParquetRowGroupEncoder::Encoded> reuse();
    /// Ends the threads; `interruptReaders` when they may be inside a query.
    void stop(bool interruptReaders);

    std::vector<std::unique_ptr<ExportSourceSqlReader>> m_readers;
    std::vector<std::unique_ptr<Chunk>> m_chunks;
    std::vector<std::unique_ptr<ParquetRowGroupEncoder::Encoded>> m_spare;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_rows = 0;
    std::size_t m_consumed = 0; ///< chunks written to the file
    bool m_stop = false;
    std::atomic<bool> m_interrupted { false };
    std::exception_ptr m_error;
};

} // namespace gc
