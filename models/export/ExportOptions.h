#pragma once

#include <QString>
#include <QtGlobal>

namespace gc {

/// The file formats an export can write.
enum class ExportFormat : quint8 { Csv, Json, Xlsx, Parquet, Xml, Yaml };

/// RFC 4180 CSV. Defaults are what spreadsheets and DuckDB read without
/// being told anything.
struct CsvOptions
{
    enum class LineEnding : quint8 { CrLf, Lf };

    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"');
    bool header = true;
    QString nullText; ///< written for NULL (unquoted); empty by default
    LineEnding lineEnding = LineEnding::CrLf;
    bool byteOrderMark = false; ///< UTF-8 BOM first (for old Excel versions)
    /// Text cells starting with = + - @ TAB or CR get a leading apostrophe, so
    /// a spreadsheet shows them instead of evaluating them (OWASP "CSV
    /// injection"). Numbers are never altered.
    bool formulaProtection = true;
};

/// JSON: one array of objects, or NDJSON (one object per line, "\n").
struct JsonOptions
{
    bool ndjson = false;
    bool pretty = false; ///< array form only: two-space indentation
};

/// XLSX through libxlsxwriter in constant-memory mode.
struct XlsxOptions
{
    QString sheetName; ///< first sheet's name; empty = the source's name. Later sheets get " (2)", " (3)"...
};

/// Apache Parquet (our own writer: Debian has no Parquet library for C++).
struct ParquetOptions
{
    enum class Compression : quint8 { None, Snappy, Zstd };

    Compression compression = Compression::Snappy;
    qint64 rowGroupRows = 128 * 1024; ///< rows per row group (>= 1)
    int zstdLevel = 3;                ///< 1..22, Zstd only
    bool dictionary = true;           ///< dictionary-encode low-cardinality text columns
};

/// XML: resources/export/geoconsole-export.xsd describes the document.
struct XmlOptions
{
    bool pretty = true; ///< indent elements
};

/// YAML: a sequence of mappings, one per row.
struct YamlOptions
{
};

/// Everything an export writer can be told; only the member matching the
/// chosen format is read.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    CsvOptions csv;
    JsonOptions json;
    XlsxOptions xlsx;
    ParquetOptions parquet;
    XmlOptions xml;
    YamlOptions yaml;
};

} // namespace gc
