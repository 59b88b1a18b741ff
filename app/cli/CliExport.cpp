// geoconsole export [sources]: data export through ExportJob (docs/export.md).
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliProgress.h"
#include "CliTable.h"

#include "export/ExportJob.h"
#include "export/ExportManifest.h"
#include "export/ExportRequest.h"
#include "export/ExportSourceCatalog.h"
#include "export/ExportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace gc::cli {

namespace {

const QString kSource = QStringLiteral("source");
const QString kFormat = QStringLiteral("format");
const QString kColumns = QStringLiteral("columns");
const QString kWhere = QStringLiteral("where");
const QString kSort = QStringLiteral("sort");
const QString kOut = QStringLiteral("out");
const QString kClear = QStringLiteral("clear-personal");
const QString kSplitRows = QStringLiteral("split-rows");
const QString kSplitBytes = QStringLiteral("split-bytes");
const QString kGzip = QStringLiteral("gzip");
const QString kZip = QStringLiteral("zip");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kQuote = QStringLiteral("quote");
const QString kNoHeader = QStringLiteral("no-header");
const QString kNullText = QStringLiteral("null-text");
const QString kLineEnding = QStringLiteral("line-ending");
const QString kBom = QStringLiteral("bom");
const QString kNoFormula = QStringLiteral("no-formula-protection");
const QString kPretty = QStringLiteral("pretty");
const QString kCompression = QStringLiteral("compression");
const QString kRowGroupRows = QStringLiteral("row-group-rows");
const QString kSheetName = QStringLiteral("sheet-name");
const QString kProgress = QStringLiteral("progress");

QStringList sourceNames()
{
    QStringList names;
    for (const ExportSourceInfo& s : exportSources())
        names << s.name;
    return names;
}

int listSources(CliContext& context, const QStringList& args)
{
    CliCommand cmd(context, QStringLiteral("export sources"),
        QCoreApplication::translate(
            "CliExport", "List what can be exported: each source and its columns with their types."));
    if (!cmd.parse(args))
        return ExitOk;
    if (context.json()) {
        QJsonArray sources;
        for (const ExportSourceInfo& s : exportSources()) {
            QJsonArray columns;
            for (const ExportColumn& c : s.columns)
                columns.append(QJsonObject { { QStringLiteral("name"), c.name },
                    { QStringLiteral("type"), exportTypeId(c.type) },
                    { QStringLiteral("nullable"), c.nullable },
                    { QStringLiteral("personal"), s.personalColumns.contains(c.name) },
                    { QStringLiteral("label"), c.label } });
            sources.append(QJsonObject { { QStringLiteral("name"), s.name },
                { QStringLiteral("label"), s.label }, { QStringLiteral("columns"), columns } });
        }
        printJson(sources);
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliExport", "Source"),
        QCoreApplication::translate("CliExport", "Column"), QCoreApplication::translate("CliExport", "Type"),
        QCoreApplication::translate("CliExport", "Null"),
        QCoreApplication::translate("CliExport", "Description") });
    for (const ExportSourceInfo& s : exportSources()) {
        for (const ExportColumn& c : s.columns) {
            QString description = c.label;
            if (s.personalColumns.contains(c.name))
                description += QLatin1Char(' ')
                    + QCoreApplication::translate("CliExport", "(personal: only with --clear-personal)");
            table.addRow({ s.name, c.name, exportTypeId(c.type),
                c.nullable ? QCoreApplication::translate("CliExport", "yes")
                           : QCoreApplication::translate("CliExport", "no"),
                description });
        }
    }
    table.print({});
    return ExitOk;
}

/// "500M", "2G", "64k", "1000000": bytes (k, M, G are powers of 1024).
qint64 parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,15})\\s*([kKmMgG]i?[bB]?)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        throw UsageError(QCoreApplication::translate(
            "CliExport", "--split-bytes needs a size such as 500M, 2G or 65536, not '%1'")
                             .arg(text));
    qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).isEmpty() ? QChar() : match.captured(2).at(0).toLower();
    if (unit == QLatin1Char('k'))
        n *= 1024;
    else if (unit == QLatin1Char('m'))
        n *= 1024 * 1024;
    else if (unit == QLatin1Char('g'))
        n *= 1024LL * 1024 * 1024;
    return n;
}

QChar oneCharacter(const CliCommand& cmd, const QString& option, QChar fallback)
{
    if (!cmd.isSet(option))
        return fallback;
    QString v = cmd.value(option);
    if (v == QLatin1String("\\t") || v == QLatin1String("tab"))
        v = QStringLiteral("\t");
    if (v.size() != 1)
        throw UsageError(
            QCoreApplication::translate("CliExport", "--%1 needs exactly one character, not '%2'")
                .arg(option, cmd.value(option)));
    return v.at(0);
}

ExportRequest readRequest(const CliCommand& cmd)
{
    ExportRequest r;
    const QString source = cmd.required(kSource);
    const auto id = exportSourceByName(source);
    if (!id)
        throw UsageError(QCoreApplication::translate(
            "CliExport", "--source: '%1' is not a source; sources: %2 (see 'geoconsole export sources')")
                             .arg(source, sourceNames().join(QStringLiteral(", "))));
    r.source = *id;
    const QString format = cmd.required(kFormat);
    if (!ExportRequest::applyFormatId(format, r.options))
        throw UsageError(
            QCoreApplication::translate("CliExport", "--format: '%1' is not a format; formats: %2")
                .arg(format, ExportRequest::formatIds().join(QStringLiteral(", "))));
    r.destination = cmd.required(kOut);
    for (const QString& value : cmd.values(kColumns))
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.columns << name.trimmed();
    for (const QString& where : cmd.values(kWhere))
        r.filters << ExportCondition::parse(where);
    if (cmd.isSet(kSort)) {
        QString column = cmd.value(kSort).trimmed();
        ExportSort sort;
        if (column.endsWith(QLatin1String(":desc"))) {
            sort.descending = true;
            column.chop(5);
        } else if (column.endsWith(QLatin1String(":asc"))) {
            column.chop(4);
        }
        sort.column = column;
        r.sort = sort;
    }
    r.clearPersonalData = cmd.isSet(kClear);
    r.split.maxRows = cmd.integer(kSplitRows, 1, std::numeric_limits<qint64>::max()).value_or(0);
    if (cmd.isSet(kSplitBytes))
        r.split.maxBytes = parseSize(cmd.value(kSplitBytes));
    if (cmd.isSet(kGzip) && cmd.isSet(kZip))
        throw UsageError(QCoreApplication::translate("CliExport", "--gzip and --zip exclude each other"));
    r.packaging = cmd.isSet(kGzip) ? ExportPackaging::Gzip
        : cmd.isSet(kZip)          ? ExportPackaging::Zip
                                   : ExportPackaging::None;

    CsvOptions& csv = r.options.csv;
    csv.delimiter = oneCharacter(cmd, kDelimiter, csv.delimiter);
    csv.quote = oneCharacter(cmd, kQuote, csv.quote);
    csv.header = !cmd.isSet(kNoHeader);
    if (cmd.isSet(kNullText))
        csv.nullText = cmd.value(kNullText);
    if (cmd.isSet(kLineEnding)) {
        const QString ending = cmd.value(kLineEnding).toLower();
        if (ending != QLatin1String("crlf") && ending != QLatin1String("lf"))
            throw UsageError(
                QCoreApplication::translate("CliExport", "--line-ending needs crlf or lf, not '%1'")
                    .arg(cmd.value(kLineEnding)));
        csv.lineEnding
            = ending == QLatin1String("lf") ? CsvOptions::LineEnding::Lf : CsvOptions::LineEnding::CrLf;
    }
    csv.byteOrderMark = cmd.isSet(kBom);
    csv.formulaProtection = !cmd.isSet(kNoFormula);
    r.options.json.pretty = cmd.isSet(kPretty);
    r.options.xml.pretty = cmd.isSet(kPretty) || r.options.xml.pretty;
    if (cmd.isSet(kCompression)) {
        const QString c = cmd.value(kCompression).toLower();
        if (c == QLatin1String("none"))
            r.options.parquet.compression = ParquetOptions::Compression::None;
        else if (c == QLatin1String("snappy"))
            r.options.parquet.compression = ParquetOptions::Compression::Snappy;
        else if (c == QLatin1String("zstd"))
            r.options.parquet.compression = ParquetOptions::Compression::Zstd;
        else
            throw UsageError(
                QCoreApplication::translate("CliExport", "--compression needs none, snappy or zstd, not '%1'")
                    .arg(cmd.value(kCompression)));
    }
    r.options.parquet.rowGroupRows
        = cmd.integer(kRowGroupRows, 1, 100'000'000).value_or(r.options.parquet.rowGroupRows);
    if (cmd.isSet(kSheetName))
        r.options.xlsx.sheetName = cmd.value(kSheetName);
    return r;
}

QString progressStage(const ExportProgress& p)
{
    const QLocale locale;
    QString text = QCoreApplication::translate("CliExport", "%1 of %2 rows")
                       .arg(locale.toString(p.rows), locale.toString(p.totalRows));
    if (p.rowsPerSecond > 0)
        text += QStringLiteral(", ")
            + QCoreApplication::translate("CliExport", "%1 rows/s")
                  .arg(locale.toString(qint64(p.rowsPerSecond)));
    if (p.etaMs && p.rows < p.totalRows)
        text += QStringLiteral(", ")
            + QCoreApplication::translate("CliExport", "%1 s left")
                  .arg(locale.toString(double(*p.etaMs) / 1000.0, 'f', 0));
    return text;
}

void addOptions(CliCommand& cmd)
{
    struct Spec
    {
        const QString& name;
        const char* help;
        const char* value; ///< nullptr for a switch
    };
    static const Spec specs[] = {
        { kSource, QT_TRANSLATE_NOOP("CliExport", "What to export (see 'geoconsole export sources')."),
            QT_TRANSLATE_NOOP("CliExport", "NAME") },
        { kFormat, QT_TRANSLATE_NOOP("CliExport", "csv, json, ndjson, xlsx, parquet, xml or yaml."),
            QT_TRANSLATE_NOOP("CliExport", "FORMAT") },
        { kOut,
            QT_TRANSLATE_NOOP("CliExport",
                "The file to write (the ZIP with --zip; with splitting, the name the parts and the manifest "
                "are named after)."),
            QT_TRANSLATE_NOOP("CliExport", "FILE") },
        { kColumns,
            QT_TRANSLATE_NOOP("CliExport",
                "Columns in output order, comma-separated (default: all "
                "that are not personal)."),
            QT_TRANSLATE_NOOP("CliExport", "A,B,C") },
        { kWhere,
            QT_TRANSLATE_NOOP("CliExport",
                "A condition \"column OP value\", OP one of = != < <= > >= ~ (contains); repeat for AND."),
            QT_TRANSLATE_NOOP("CliExport", "COND") },
        { kSort, QT_TRANSLATE_NOOP("CliExport", "Sort by a column, ascending or with :desc."),
            QT_TRANSLATE_NOOP("CliExport", "COL[:desc]") },
        { kClear,
            QT_TRANSLATE_NOOP("CliExport",
                "Export personal data in clear: tenant users' e-mail and name, audit events' actor name, "
                "e-mail, source address and personal details (roles that may see personal data only)."),
            nullptr },
        { kSplitRows, QT_TRANSLATE_NOOP("CliExport", "Start a new part after N rows."),
            QT_TRANSLATE_NOOP("CliExport", "N") },
        { kSplitBytes,
            QT_TRANSLATE_NOOP("CliExport", "Start a new part once a part reaches SIZE (e.g. 500M, 2G)."),
            QT_TRANSLATE_NOOP("CliExport", "SIZE") },
        { kGzip, QT_TRANSLATE_NOOP("CliExport", "Compress each part (or the one file) with gzip."), nullptr },
        { kZip,
            QT_TRANSLATE_NOOP("CliExport", "Put every part and the manifest in one ZIP archive at --out."),
            nullptr },
        { kDelimiter,
            QT_TRANSLATE_NOOP("CliExport", "CSV: field delimiter (default ,; \\t or tab for a tab)."),
            QT_TRANSLATE_NOOP("CliExport", "C") },
        { kQuote, QT_TRANSLATE_NOOP("CliExport", "CSV: quote character (default \")."),
            QT_TRANSLATE_NOOP("CliExport", "C") },
        { kNoHeader, QT_TRANSLATE_NOOP("CliExport", "CSV: no header line."), nullptr },
        { kNullText, QT_TRANSLATE_NOOP("CliExport", "CSV: text written for NULL (default: empty)."),
            QT_TRANSLATE_NOOP("CliExport", "TEXT") },
        { kLineEnding, QT_TRANSLATE_NOOP("CliExport", "CSV: crlf (default) or lf."),
            QT_TRANSLATE_NOOP("CliExport", "EOL") },
        { kBom, QT_TRANSLATE_NOOP("CliExport", "CSV: start with a UTF-8 byte order mark."), nullptr },
        { kNoFormula,
            QT_TRANSLATE_NOOP(
                "CliExport", "CSV: do not protect cells starting with = + - @ from spreadsheets."),
            nullptr },
        { kPretty, QT_TRANSLATE_NOOP("CliExport", "JSON: indent the array form."), nullptr },
        { kCompression, QT_TRANSLATE_NOOP("CliExport", "Parquet: none, snappy (default) or zstd."),
            QT_TRANSLATE_NOOP("CliExport", "C") },
        { kRowGroupRows, QT_TRANSLATE_NOOP("CliExport", "Parquet: rows per row group (default 131072)."),
            QT_TRANSLATE_NOOP("CliExport", "N") },
        { kSheetName,
            QT_TRANSLATE_NOOP("CliExport", "XLSX: name of the first sheet (default: the source's)."),
            QT_TRANSLATE_NOOP("CliExport", "NAME") },
        { kProgress, QT_TRANSLATE_NOOP("CliExport", "Show rows, rows per second and time left on stderr."),
            nullptr },
    };
    for (const Spec& s : specs) {
        const QString help = QCoreApplication::translate("CliExport", s.help);
        if (s.value)
            cmd.addOption({ s.name, help, QCoreApplication::translate("CliExport", s.value) });
        else
            cmd.addOption({ s.name, help });
    }
}

} // namespace

void addExportRequestOptions(CliCommand& cmd)
{
    addOptions(cmd);
}

ExportRequest exportRequestFrom(const CliCommand& cmd)
{
    return readRequest(cmd);
}

int runExport(CliContext& context, const QStringList& args)
{
    if (args.value(0) == QLatin1String("sources"))
        return listSources(context, args.mid(1));
    if (isExportScheduleAction(args.value(0)))
        return runExportSchedule(context, args);

    CliCommand cmd(context, QStringLiteral("export"),
        QCoreApplication::translate(
            "CliExport", "Export predictions, models, tenant users, usage or audit events to a file."));
    addOptions(cmd);
    cmd.setEpilog(QCoreApplication::translate("CliExport",
        "Examples:\n"
        "  geoconsole export --source predictions --format parquet --out preds.parquet\n"
        "  geoconsole export --source predictions --format csv --columns id,city,value \\\n"
        "      --where \"value>=50\" --where \"forecast_time>=2026-11-01\" --sort value:desc --out high.csv\n"
        "  geoconsole export --source audit_events --format ndjson --where type=login_failed "
        "--out failed.ndjson\n"
        "  geoconsole export --source predictions --format csv --split-rows 1000000 --zip --out all.zip\n"
        "  geoconsole export sources      (every source and its columns)\n"
        "  geoconsole export define|definitions|history|run-due|enable|disable|undefine\n"
        "                                 (scheduled exports, docs/export-schedules.md)\n"
        "\n"
        "Nothing is written under the requested name until the export is complete; every export\n"
        "is recorded in the audit trail with its row count and SHA-256."));
    if (!cmd.parse(args))
        return ExitOk;
    const ExportRequest request = readRequest(cmd);

    const Session& session = context.signIn();
    Store& store = context.openStore(false);
    ExportJob job(store, context.auditLog(), context.clock(), session, request,
        [](const ExportOptions& options) { return makeExportWriter(options); });
    job.prepare();
    CliProgress progress;
    const bool show = cmd.isSet(kProgress);
    ExportResult result;
    try {
        result = job.write([&](const ExportProgress& p) {
            if (show) {
                const int percent = p.totalRows > 0 ? int(p.rows * 100 / p.totalRows) : 100;
                progress.update(percent, progressStage(p));
            }
            if (CliProgress::interrupted())
                job.cancel();
        });
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Interrupted)
            throw CliExit(ExitCancelled, e.message());
        throw;
    }
    progress.finish();
    job.record(result);

    if (context.json()) {
        QJsonArray parts;
        for (const ExportManifestPart& p : result.manifest.parts)
            parts.append(QJsonObject { { QStringLiteral("file"), p.file }, { QStringLiteral("rows"), p.rows },
                { QStringLiteral("bytes"), p.bytes },
                { QStringLiteral("sha256"), QString::fromLatin1(p.sha256.toHex()) } });
        printJson(QJsonObject { { QStringLiteral("path"), result.path },
            { QStringLiteral("rows"), result.rows }, { QStringLiteral("bytes"), result.bytes },
            { QStringLiteral("sha256"), QString::fromLatin1(result.sha256.toHex()) },
            { QStringLiteral("files"), QJsonArray::fromStringList(result.files) },
            { QStringLiteral("parts"), parts }, { QStringLiteral("manifest"), result.manifestWritten },
            { QStringLiteral("durationMs"), result.durationMs },
            { QStringLiteral("auditSeq"), result.auditSeq } });
        return ExitOk;
    }
    const QLocale locale;
    QList<QPair<QString, QString>> fields {
        { QCoreApplication::translate("CliExport", "File"), result.path },
        { QCoreApplication::translate("CliExport", "Rows"), locale.toString(result.rows) },
        { QCoreApplication::translate("CliExport", "Size"), locale.formattedDataSize(result.bytes) },
        { QCoreApplication::translate("CliExport", "SHA-256"), QString::fromLatin1(result.sha256.toHex()) },
    };
    if (result.manifestWritten)
        fields << qMakePair(QCoreApplication::translate("CliExport", "Parts"),
            locale.toString(qint64(result.manifest.parts.size())));
    fields << qMakePair(QCoreApplication::translate("CliExport", "Duration"),
        QCoreApplication::translate("CliExport", "%1 s")
            .arg(locale.toString(double(result.durationMs) / 1000.0, 'f', 2)));
    fields << qMakePair(QCoreApplication::translate("CliExport", "Audit event"),
        QStringLiteral("#") + QString::number(result.auditSeq));
    printFields(fields);
    return ExitOk;
}

} // namespace gc::cli
