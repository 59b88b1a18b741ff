#pragma once

#include "export/ExportCell.h"
#include "export/ExportOptions.h"
#include "export/ParquetColumnChunk.h"
#include "export/ParquetCompressor.h"

#include <memory>
#include <span>
#include <vector>

namespace gc {

class ParquetThriftEncoder;

/// Builds the row groups of one Parquet file: buffers rows per column and
/// encodes and compresses them into pages, without writing anything. A
/// ParquetWriter owns one; an export that encodes on several threads gives
/// each thread one of its own (ParquetWriter::newRowGroupEncoder()) and hands
/// the encoded groups to the writer in file order.
///
/// A row group ends after ParquetOptions::rowGroupRows rows or once its
/// buffered values reach Tuning::rowGroupBytes, whichever comes first, so a
/// few very long strings cannot make a row group of 128 Ki rows take
/// gigabytes.
class ParquetRowGroupEncoder final
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

    /// One row group as encoded: a chunk per column, in column order.
    struct Encoded
    {
        std::vector<ParquetColumnChunk::Encoded> chunks;
        qint64 rows = 0;
    };

    /// `columns` were checked (ExportText::checkColumns), `options` validated.
    ParquetRowGroupEncoder(const ExportColumns& columns, const ParquetOptions& options, Tuning tuning);
    ~ParquetRowGroupEncoder();
    Q_DISABLE_COPY_MOVE(ParquetRowGroupEncoder)

    /// Buffers one row. False if a cell cannot be written (reject() says
    /// why); the encoder is then unusable.
    [[nodiscard]] bool append(std::span<const ExportCell> row)
    {
        if (row.size() != m_chunks.size()) [[unlikely]]
            return false;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (!m_chunks[i]->append(row[i], m_bytes)) [[unlikely]]
                return false;
        }
        ++m_rows;
        return true;
    }
    /// The row group has reached its size: encode() it.
    [[nodiscard]] bool full() const { return m_rows == m_rowGroupRows || m_bytes >= m_tuning.rowGroupBytes; }
    /// Rows buffered since the last encode().
    [[nodiscard]] qint64 rows() const { return m_rows; }

    /// Encodes and compresses the buffered rows into `out` (its buffers are
    /// reused) and starts the next row group.
    void encode(Encoded& out);
    /// Appends the RowGroup structure of `group`, written at file offset
    /// `offset`, to the footer's row group list. Any encoder of the file can
    /// describe any of its groups.
    void writeMetadata(const Encoded& group, qint64 offset, ParquetThriftEncoder& footer) const;
    /// Appends the SchemaElement of every column to the footer's schema list.
    void writeSchema(ParquetThriftEncoder& footer) const;
    [[nodiscard]] std::size_t columnCount() const { return m_chunks.size(); }

    /// Throws the DomainError for a row append() refused, naming `rowNumber`
    /// (1-based, in the file) and the column.
    [[noreturn]] void reject(std::span<const ExportCell> row, qint64 rowNumber) const;

private:
    ExportColumns m_columns;
    Tuning m_tuning;
    qint64 m_rowGroupRows;
    ParquetCompressor m_compressor;
    ParquetColumnChunk::Scratch m_scratch;
    std::vector<std::unique_ptr<ParquetColumnChunk>> m_chunks;
    qint64 m_rows = 0;
    std::size_t m_bytes = 0;
};

} // namespace gc
