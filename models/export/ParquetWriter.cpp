#include "export/ParquetWriter.h"

#include "core/DomainError.h"
#include "export/ExportText.h"
#include "export/ParquetThriftEncoder.h"

#include <QCoreApplication>

namespace gc {

using parquet::ThriftType;

namespace {

constexpr std::string_view kMagic = "PAR1";

const ParquetOptions& validated(const ParquetOptions& options)
{
    if (options.rowGroupRows < 1)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::ParquetWriter", "A row group must hold at least one row."),
            QStringLiteral("rowGroupRows"));
    if (options.zstdLevel < 1 || options.zstdLevel > 22)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::ParquetWriter", "The zstd level must be between 1 and 22."),
            QStringLiteral("zstdLevel"));
    return options;
}

} // namespace

ParquetWriter::ParquetWriter(const ParquetOptions& options) : ParquetWriter(options, Tuning{}) { }

ParquetWriter::ParquetWriter(const ParquetOptions& options, Tuning tuning)
    : m_options(validated(options)), m_tuning(tuning), m_compressor(options.compression, options.zstdLevel)
{
}

ParquetWriter::~ParquetWriter() = default;

QString ParquetWriter::extension() const
{
    return QStringLiteral("parquet");
}

void ParquetWriter::begin(const QString& path, const ExportColumns& columns, const QString& sourceName)
{
    Q_UNUSED(sourceName) // a Parquet file has no title; the file name says what it holds
    ExportText::checkColumns(columns);
    m_columns = columns;
    m_chunks.clear();
    for (const ExportColumn& column : columns)
        m_chunks.push_back(std::make_unique<ParquetColumnChunk>(column, m_options.dictionary,
            ParquetColumnChunk::Limits{m_tuning.pageBytes, m_tuning.dictionaryBytes}, m_scratch));
    m_file.open(path);
    m_file.write(kMagic);
}

void ParquetWriter::reject(std::span<const ExportCell> row) const
{
    const qint64 rowNumber = m_rows + m_groupRows + 1;
    ExportText::checkRow(m_columns, row, rowNumber);
    // checkRow accepted the kinds: a text value is what the chunk refused.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ExportCell& cell = row[std::size_t(i)];
        if (cell.kind == ExportCell::Kind::Text
            && !ParquetColumnChunk::acceptableText(cell.text))
            ExportText::throwCellError(rowNumber, m_columns.at(i).name, ParquetColumnChunk::textRejection(cell.text));
    }
    // Not reached: every refusal of append() is one of the cases above.
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ParquetWriter", "Row %1 cannot be written to Parquet.").arg(rowNumber));
}

void ParquetWriter::writeRowGroup()
{
    const qint64 start = m_file.size();
    ParquetThriftEncoder group(m_rowGroups);
    group.beginStruct(); // RowGroup
    group.fieldList(1, ThriftType::Struct, m_chunks.size());
    ParquetColumnChunk::Sizes total;
    for (const auto& chunk : m_chunks) {
        const ParquetColumnChunk::Sizes sizes = chunk->write(m_file, m_compressor, group);
        total.uncompressed += sizes.uncompressed;
        total.compressed += sizes.compressed;
    }
    group.fieldI64(2, total.uncompressed);
    group.fieldI64(3, m_groupRows);
    group.fieldI64(5, start);
    group.fieldI64(6, total.compressed);
    group.endStruct();
    ++m_rowGroupCount;
    m_rows += m_groupRows;
    m_groupRows = 0;
    m_groupBytes = 0;
}

void ParquetWriter::finish()
{
    if (m_groupRows > 0)
        writeRowGroup();

    std::string footer;
    ParquetThriftEncoder meta(footer);
    meta.beginStruct(); // FileMetaData
    meta.fieldI32(1, 1);
    meta.fieldList(2, ThriftType::Struct, m_chunks.size() + 1);
    meta.beginStruct(); // the schema's root
    meta.fieldBinary(4, "schema");
    meta.fieldI32(5, std::int32_t(m_chunks.size()));
    meta.endStruct();
    for (const auto& chunk : m_chunks)
        chunk->writeSchemaElement(meta);
    meta.fieldI64(3, m_rows);
    meta.fieldList(4, ThriftType::Struct, std::size_t(m_rowGroupCount));
    footer += m_rowGroups;
    // The format's suggested form "<application> version <version>", which
    // parquet-mr and Arrow parse to decide whether to trust statistics.
    meta.fieldBinary(6, "geoconsole version " GEOCONSOLE_VERSION);
    // TYPE_ORDER for every column: readers may then use min_value/max_value.
    meta.fieldList(7, ThriftType::Struct, m_chunks.size());
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
        meta.beginStruct(); // ColumnOrder
        meta.fieldStruct(1); // TYPE_ORDER
        meta.endStruct();
        meta.endStruct();
    }
    meta.endStruct();

    m_file.write(footer);
    char length[4];
    const auto size = std::uint32_t(footer.size());
    for (int i = 0; i < 4; ++i)
        length[i] = char((size >> (8 * i)) & 0xFF);
    m_file.write(std::string_view(length, 4));
    m_file.write(kMagic);
    m_file.close();
}

} // namespace gc
