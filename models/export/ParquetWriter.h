#pragma once

#include "export/ExportFile.h"
#include "export/ExportWriter.h"
#include "export/ParquetRowGroupEncoder.h"

#include <memory>
#include <string>

namespace gc {

/// Writes an Apache Parquet file (docs/export-parquet.md): one flat schema
/// (INT64, DOUBLE, BOOLEAN, STRING, TIMESTAMP(MILLIS, UTC)), v1 data pages in
/// PLAIN encoding or RLE_DICTIONARY for low-cardinality text, definition
/// levels for nullable columns, column statistics, and NONE / SNAPPY / ZSTD
/// compression.
///
/// Rows reach the file one row group at a time: either through writeRow(),
/// which fills the writer's own ParquetRowGroupEncoder, or already encoded by
/// encoders on other threads (newRowGroupEncoder(), appendRowGroup()).
/// Memory: the rows of one row group per encoder, buffered per column.
class ParquetWriter final : public ExportWriter
{
public:
    using Tuning = ParquetRowGroupEncoder::Tuning;

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
        if (!m_group->append(row)) [[unlikely]]
            m_group->reject(row, m_rows + m_group->rows() + 1);
        if (m_group->full())
            writeRowGroup();
    }
    void finish() override;
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QByteArray sha256() const override { return m_file.sha256(); }
    [[nodiscard]] QString extension() const override;

    /// An encoder for this file's row groups (after begin()), for another
    /// thread; its groups go into the file through appendRowGroup().
    [[nodiscard]] std::unique_ptr<ParquetRowGroupEncoder> newRowGroupEncoder() const;
    /// Writes a row group encoded by an encoder of this file, after the rows
    /// written so far. Do not mix with rows buffered by writeRow().
    void appendRowGroup(const ParquetRowGroupEncoder::Encoded& group);
    /// Rows in the row groups written so far.
    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }
    /// Throws the DomainError for a row an encoder refused, as writeRow() would.
    [[noreturn]] void reject(std::span<const ExportCell> row, qint64 rowNumber) const
    {
        m_group->reject(row, rowNumber);
    }

private:
    void writeRowGroup();

    ParquetOptions m_options;
    Tuning m_tuning;
    ExportFile m_file;
    ExportColumns m_columns;
    std::unique_ptr<ParquetRowGroupEncoder> m_group;
    ParquetRowGroupEncoder::Encoded m_encoded;
    qint64 m_rows = 0; ///< rows in finished row groups
    qint64 m_rowGroupCount = 0;
    std::string m_rowGroups; ///< the footer's RowGroup structures, encoded as each group is written
};

} // namespace gc
