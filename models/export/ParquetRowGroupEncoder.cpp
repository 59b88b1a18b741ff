#include "export/ParquetRowGroupEncoder.h"

#include "core/DomainError.h"
#include "export/ExportText.h"
#include "export/ParquetThriftEncoder.h"

#include <QCoreApplication>

namespace gc {

ParquetRowGroupEncoder::ParquetRowGroupEncoder(
    const ExportColumns& columns, const ParquetOptions& options, Tuning tuning)
    : m_columns(columns)
    , m_tuning(tuning)
    , m_rowGroupRows(options.rowGroupRows)
    , m_compressor(options.compression, options.zstdLevel)
{
    for (const ExportColumn& column : columns)
        m_chunks.push_back(std::make_unique<ParquetColumnChunk>(column, options.dictionary,
            ParquetColumnChunk::Limits { m_tuning.pageBytes, m_tuning.dictionaryBytes }, m_scratch));
}

ParquetRowGroupEncoder::~ParquetRowGroupEncoder() = default;

void ParquetRowGroupEncoder::encode(Encoded& out)
{
    out.chunks.resize(m_chunks.size());
    for (std::size_t i = 0; i < m_chunks.size(); ++i)
        m_chunks[i]->encode(m_compressor, out.chunks[i]);
    out.rows = m_rows;
    m_rows = 0;
    m_bytes = 0;
}

void ParquetRowGroupEncoder::writeMetadata(const Encoded& group, qint64 offset, ParquetThriftEncoder& footer) const
{
    footer.beginStruct(); // RowGroup
    footer.fieldList(1, parquet::ThriftType::Struct, m_chunks.size());
    ParquetColumnChunk::Sizes total;
    qint64 at = offset;
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
        const ParquetColumnChunk::Encoded& chunk = group.chunks[i];
        m_chunks[i]->writeMetadata(chunk, at, m_compressor.codec(), footer);
        at += qint64(chunk.bytes.size());
        total.uncompressed += chunk.sizes.uncompressed;
        total.compressed += chunk.sizes.compressed;
    }
    footer.fieldI64(2, total.uncompressed);
    footer.fieldI64(3, group.rows);
    footer.fieldI64(5, offset);
    footer.fieldI64(6, total.compressed);
    footer.endStruct();
}

void ParquetRowGroupEncoder::writeSchema(ParquetThriftEncoder& footer) const
{
    for (const auto& chunk : m_chunks)
        chunk->writeSchemaElement(footer);
}

void ParquetRowGroupEncoder::reject(std::span<const ExportCell> row, qint64 rowNumber) const
{
    ExportText::checkRow(m_columns, row, rowNumber);
    // checkRow accepted the kinds: a text value is what the chunk refused.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ExportCell& cell = row[std::size_t(i)];
        if (cell.kind == ExportCell::Kind::Text && !ParquetColumnChunk::acceptableText(cell.text))
            ExportText::throwCellError(rowNumber, m_columns.at(i).name, ParquetColumnChunk::textRejection(cell.text));
    }
    // Not reached: every refusal of append() is one of the cases above.
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ParquetWriter", "Row %1 cannot be written to Parquet.").arg(rowNumber));
}

} // namespace gc
