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
    : m_options(validated(options)), m_tuning(tuning)
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
    m_group = newRowGroupEncoder();
    m_file.open(path);
    m_file.write(kMagic);
}

std::unique_ptr<ParquetRowGroupEncoder> ParquetWriter::newRowGroupEncoder() const
{
    return std::make_unique<ParquetRowGroupEncoder>(m_columns, m_options, m_tuning);
}

void ParquetWriter::writeRowGroup()
{
    m_group->encode(m_encoded);
    appendRowGroup(m_encoded);
}

void ParquetWriter::appendRowGroup(const ParquetRowGroupEncoder::Encoded& group)
{
    const qint64 start = m_file.size();
    for (const ParquetColumnChunk::Encoded& chunk : group.chunks)
        m_file.write(chunk.bytes);
    ParquetThriftEncoder footer(m_rowGroups);
    m_group->writeMetadata(group, start, footer);
    ++m_rowGroupCount;
    m_rows += group.rows;
}

void ParquetWriter::finish()
{
    if (m_group->rows() > 0)
        writeRowGroup();

    std::string footer;
    ParquetThriftEncoder meta(footer);
    meta.beginStruct(); // FileMetaData
    meta.fieldI32(1, 1);
    meta.fieldList(2, ThriftType::Struct, m_group->columnCount() + 1);
    meta.beginStruct(); // the schema's root
    meta.fieldBinary(4, "schema");
    meta.fieldI32(5, std::int32_t(m_group->columnCount()));
    meta.endStruct();
    m_group->writeSchema(meta);
    meta.fieldI64(3, m_rows);
    meta.fieldList(4, ThriftType::Struct, std::size_t(m_rowGroupCount));
    footer += m_rowGroups;
    // The format's suggested form "<application> version <version>", which
    // parquet-mr and Arrow parse to decide whether to trust statistics.
    meta.fieldBinary(6, "geoconsole version " GEOCONSOLE_VERSION);
    // TYPE_ORDER for every column: readers may then use min_value/max_value.
    meta.fieldList(7, ThriftType::Struct, m_group->columnCount());
    for (std::size_t i = 0; i < m_group->columnCount(); ++i) {
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
