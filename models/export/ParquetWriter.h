#pragma once

#include "export/ExportFile.h"
#include "export/ExportWriter.h"
#include "export/ParquetColumnChunk.h"
#include "export/ParquetCompressor.h"

#include <memory>
#include <string>
#include <vector>

namespace gc {

/// Writes an Apache Parquet file (docs/export-parquet.md): one flat schema
/// (INT64, DOUBLE, BOOLEAN, STRING, TIMESTAMP(MILLIS, UTC)), v1 data pages in
/// PLAIN encoding or RLE_DICTIONARY for low-cardinality text, definition
/// levels for nullable columns, column statistics, and NONE / SNAPPY / ZSTD
/// compression.
///
/// Memory: the rows of one row group, buffered per column. A row group ends
/// after ParquetOptions::rowGroupRows rows or once its buffered values reach
/// Tuning::rowGroupBytes, whichever comes first, so a few very long strings
/// cannot make a row group of 128 Ki rows take gigabytes.
class ParquetWriter final : public ExportWriter
{
public:
    /// Sizes that trade memory and file layout against each other. The
    /// defaults are what exports use; tests shrink them to reach page,
    /// dictionary and row-group boundaries with few rows.
    struct Tuning
    {
        std::size_t pageBytes = std::size_t(1) << 20;       ///< data page target (uncompressed values)
        std::size_t dictionaryBytes = std::size_t(1) << 20; ///< largest dictionary page
        std::size_t rowGroupBytes = std::size_t(32) << 20;  ///< buffered values that close a row group early
    };

    /// Throws DomainError (Invalid) naming "rowGroupRows" (< 1) or
    /// "zstdLevel" (outside 1..22).
    explicit ParquetWriter(const ParquetOptions& options);
    ParquetWriter(const ParquetOptions& options, Tuning tuning);
    ~ParquetWriter() override;
    Q_DISABLE_COPY_MOVE(ParquetWriter)

    /// Throws DomainError (Invalid, field "columns") for an empty column list.
    void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) override;
    void writeRow(std::span<const ExportCell> row) override
    {
        if (row.size() != m_chunks.size()) [[unlikely]]
            reject(row);
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (!m_chunks[i]->append(row[i], m_groupBytes)) [[unlikely]]
                reject(row);
        }
        if (++m_groupRows == m_options.rowGroupRows || m_groupBytes >= m_tuning.rowGroupBytes)
            writeRowGroup();
    }
    void finish() override;
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QString extension() const override;

private:
    void writeRowGroup();
    [[noreturn]] void reject(std::span<const ExportCell> row) const;

    ParquetOptions m_options;
    Tuning m_tuning;
    ExportFile m_file;
    ParquetCompressor m_compressor;
    ExportColumns m_columns;
    ParquetColumnChunk::Scratch m_scratch;
    std::vector<std::unique_ptr<ParquetColumnChunk>> m_chunks;
    qint64 m_groupRows = 0;
    std::size_t m_groupBytes = 0;
    qint64 m_rows = 0;          ///< rows in finished row groups
    qint64 m_rowGroupCount = 0;
    std::string m_rowGroups;    ///< the footer's RowGroup structures, encoded as each group is written
};

} // namespace gc
