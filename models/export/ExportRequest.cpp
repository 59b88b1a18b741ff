#include "export/ExportRequest.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gc {

namespace {

const QString kSource = QStringLiteral("source");
const QString kColumns = QStringLiteral("columns");
const QString kFilters = QStringLiteral("filters");
const QString kSort = QStringLiteral("sort");
const QString kDescending = QStringLiteral("descending");
const QString kFormat = QStringLiteral("format");
const QString kDestination = QStringLiteral("destination");
const QString kClear = QStringLiteral("clear_personal_data");
const QString kSplitRows = QStringLiteral("split_rows");
const QString kSplitBytes = QStringLiteral("split_bytes");
const QString kPackaging = QStringLiteral("packaging");
const QString kCsv = QStringLiteral("csv");
const QString kJson = QStringLiteral("json");
const QString kXlsx = QStringLiteral("xlsx");
const QString kParquet = QStringLiteral("parquet");
const QString kXml = QStringLiteral("xml");

[[noreturn]] void badKey(const QString& key)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ExportRequest", "The saved export definition has no valid “%1”.")
            .arg(key),
        key);
}

QString compressionId(ParquetOptions::Compression c)
{
    switch (c) {
    case ParquetOptions::Compression::None:
        return QStringLiteral("none");
    case ParquetOptions::Compression::Snappy:
        return QStringLiteral("snappy");
    case ParquetOptions::Compression::Zstd:
        return QStringLiteral("zstd");
    }
    return {};
}

QJsonObject optionsJson(const ExportOptions& o)
{
    const CsvOptions& c = o.csv;
    return QJsonObject {
        { kCsv,
            QJsonObject { { QStringLiteral("delimiter"), QString(c.delimiter) },
                { QStringLiteral("quote"), QString(c.quote) }, { QStringLiteral("header"), c.header },
                { QStringLiteral("null_text"), c.nullText },
                { QStringLiteral("line_ending"),
                    c.lineEnding == CsvOptions::LineEnding::CrLf ? QStringLiteral("crlf")
                                                                 : QStringLiteral("lf") },
                { QStringLiteral("bom"), c.byteOrderMark },
                { QStringLiteral("formula_protection"), c.formulaProtection } } },
        { kJson, QJsonObject { { QStringLiteral("pretty"), o.json.pretty } } },
        { kXlsx, QJsonObject { { QStringLiteral("sheet_name"), o.xlsx.sheetName } } },
        { kParquet,
            QJsonObject { { QStringLiteral("compression"), compressionId(o.parquet.compression) },
                { QStringLiteral("row_group_rows"), o.parquet.rowGroupRows },
                { QStringLiteral("zstd_level"), o.parquet.zstdLevel },
                { QStringLiteral("dictionary"), o.parquet.dictionary } } },
        { kXml, QJsonObject { { QStringLiteral("pretty"), o.xml.pretty } } },
    };
}

QChar oneChar(const QJsonObject& o, const QString& key, QChar fallback)
{
    if (!o.contains(key))
        return fallback;
    const QString s = o.value(key).toString();
    if (s.size() != 1)
        badKey(key);
    return s.at(0);
}

bool flag(const QJsonObject& o, const QString& key, bool fallback)
{
    if (!o.contains(key))
        return fallback;
    if (!o.value(key).isBool())
        badKey(key);
    return o.value(key).toBool();
}

void readOptions(const QJsonObject& json, ExportOptions& o)
{
    const QJsonObject csv = json.value(kCsv).toObject();
    o.csv.delimiter = oneChar(csv, QStringLiteral("delimiter"), o.csv.delimiter);
    o.csv.quote = oneChar(csv, QStringLiteral("quote"), o.csv.quote);
    o.csv.header = flag(csv, QStringLiteral("header"), o.csv.header);
    o.csv.nullText = csv.value(QStringLiteral("null_text")).toString(o.csv.nullText);
    const QString ending = csv.value(QStringLiteral("line_ending")).toString(QStringLiteral("crlf"));
    if (ending != QLatin1String("crlf") && ending != QLatin1String("lf"))
        badKey(QStringLiteral("line_ending"));
    o.csv.lineEnding
        = ending == QLatin1String("lf") ? CsvOptions::LineEnding::Lf : CsvOptions::LineEnding::CrLf;
    o.csv.byteOrderMark = flag(csv, QStringLiteral("bom"), o.csv.byteOrderMark);
    o.csv.formulaProtection = flag(csv, QStringLiteral("formula_protection"), o.csv.formulaProtection);
    o.json.pretty = flag(json.value(kJson).toObject(), QStringLiteral("pretty"), o.json.pretty);
    o.xlsx.sheetName = json.value(kXlsx).toObject().value(QStringLiteral("sheet_name")).toString();
    const QJsonObject pq = json.value(kParquet).toObject();
    const QString compression
        = pq.value(QStringLiteral("compression")).toString(compressionId(o.parquet.compression));
    bool known = false;
    for (auto c : { ParquetOptions::Compression::None, ParquetOptions::Compression::Snappy,
             ParquetOptions::Compression::Zstd }) {
        if (compressionId(c) == compression) {
            o.parquet.compression = c;
            known = true;
        }
    }
    if (!known)
        badKey(QStringLiteral("compression"));
    o.parquet.rowGroupRows = pq.value(QStringLiteral("row_group_rows")).toInteger(o.parquet.rowGroupRows);
    o.parquet.zstdLevel = int(pq.value(QStringLiteral("zstd_level")).toInteger(o.parquet.zstdLevel));
    o.parquet.dictionary = flag(pq, QStringLiteral("dictionary"), o.parquet.dictionary);
    o.xml.pretty = flag(json.value(kXml).toObject(), QStringLiteral("pretty"), o.xml.pretty);
}

} // namespace

QString exportPackagingId(ExportPackaging packaging)
{
    switch (packaging) {
    case ExportPackaging::None:
        return QStringLiteral("none");
    case ExportPackaging::Gzip:
        return QStringLiteral("gzip");
    case ExportPackaging::Zip:
        return QStringLiteral("zip");
    }
    return {};
}

std::optional<ExportPackaging> exportPackagingFromId(const QString& id)
{
    for (auto p : { ExportPackaging::None, ExportPackaging::Gzip, ExportPackaging::Zip })
        if (exportPackagingId(p) == id)
            return p;
    return std::nullopt;
}

QString ExportRequest::formatId() const
{
    switch (options.format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return options.json.ndjson ? QStringLiteral("ndjson") : QStringLiteral("json");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Parquet:
        return QStringLiteral("parquet");
    case ExportFormat::Xml:
        return QStringLiteral("xml");
    case ExportFormat::Yaml:
        return QStringLiteral("yaml");
    }
    return {};
}

QStringList ExportRequest::formatIds()
{
    return { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("xlsx"),
        QStringLiteral("parquet"), QStringLiteral("xml"), QStringLiteral("yaml") };
}

bool ExportRequest::applyFormatId(const QString& id, ExportOptions& options)
{
    static const std::pair<const char*, ExportFormat> kFormats[] = {
        { "csv", ExportFormat::Csv },
        { "json", ExportFormat::Json },
        { "ndjson", ExportFormat::Json },
        { "xlsx", ExportFormat::Xlsx },
        { "parquet", ExportFormat::Parquet },
        { "xml", ExportFormat::Xml },
        { "yaml", ExportFormat::Yaml },
    };
    for (const auto& [name, format] : kFormats) {
        if (id == QLatin1String(name)) {
            options.format = format;
            if (format == ExportFormat::Json)
                options.json.ndjson = id == QLatin1String("ndjson");
            return true;
        }
    }
    return false;
}

QJsonObject ExportRequest::toJson() const
{
    QJsonArray filterArray;
    for (const ExportCondition& c : filters)
        filterArray.append(c.toString());
    QJsonObject o {
        { kSource, exportSource(source).name },
        { kColumns, QJsonArray::fromStringList(columns) },
        { kFilters, filterArray },
        { kFormat, formatId() },
        { QStringLiteral("options"), optionsJson(options) },
        { kDestination, destination },
        { kClear, clearPersonalData },
        { kSplitRows, split.maxRows },
        { kSplitBytes, split.maxBytes },
        { kPackaging, exportPackagingId(packaging) },
    };
    o.insert(kSort,
        sort ? QJsonValue(
            QJsonObject { { QStringLiteral("column"), sort->column }, { kDescending, sort->descending } })
             : QJsonValue());
    return o;
}

ExportRequest ExportRequest::fromJson(const QJsonObject& json)
{
    ExportRequest r;
    const auto source = exportSourceByName(json.value(kSource).toString());
    if (!source)
        badKey(kSource);
    r.source = *source;
    if (!json.value(kColumns).isUndefined() && !json.value(kColumns).isArray())
        badKey(kColumns);
    for (const QJsonValue& v : json.value(kColumns).toArray()) {
        if (!v.isString())
            badKey(kColumns);
        r.columns << v.toString();
    }
    for (const QJsonValue& v : json.value(kFilters).toArray()) {
        if (!v.isString())
            badKey(kFilters);
        r.filters << ExportCondition::parse(v.toString());
    }
    const QJsonValue sort = json.value(kSort);
    if (sort.isObject()) {
        ExportSort s;
        s.column = sort.toObject().value(QStringLiteral("column")).toString();
        s.descending = sort.toObject().value(kDescending).toBool();
        if (s.column.isEmpty())
            badKey(kSort);
        r.sort = s;
    } else if (!sort.isNull() && !sort.isUndefined()) {
        badKey(kSort);
    }
    if (!applyFormatId(json.value(kFormat).toString(), r.options))
        badKey(kFormat);
    readOptions(json.value(QStringLiteral("options")).toObject(), r.options);
    r.destination = json.value(kDestination).toString();
    r.clearPersonalData = flag(json, kClear, false);
    r.split.maxRows = json.value(kSplitRows).toInteger(0);
    r.split.maxBytes = json.value(kSplitBytes).toInteger(0);
    if (r.split.maxRows < 0)
        badKey(kSplitRows);
    if (r.split.maxBytes < 0)
        badKey(kSplitBytes);
    const auto packaging = exportPackagingFromId(json.value(kPackaging).toString(QStringLiteral("none")));
    if (!packaging)
        badKey(kPackaging);
    r.packaging = *packaging;
    return r;
}

} // namespace gc
