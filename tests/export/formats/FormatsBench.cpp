// Writer-only export rates on prediction-like rows (docs/export-formats.md).
// usage: geoconsole_export_formats_bench FORMAT ROWS FOLDER
//   FORMAT: csv | ndjson | json | yaml | xml | xlsx | xlsx-raw (libxlsxwriter alone, same cells)
// The rows are made on the fly from small arrays, so the figure is the
// writer's own cost (plus building 12 cells per row).
#include "export/ExportWriter.h"
#include "export/ExportSourceCatalog.h"
#include "export/XlsxLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

using namespace gc;

namespace {

const std::array<const char*, 4> kTenants = { "acme", "globex", "initech", "umbrella" };
const std::array<const char*, 6> kCities = { "Berlin", "Hamburg", "M\xC3\xBCnchen", "K\xC3\xB6ln", "Frankfurt", "Stuttgart" };
const std::array<const char*, 4> kPollutants = { "pm25", "pm10", "no2", "o3" };
const std::array<const char*, 3> kModels = { "xgb-pm25-v3", "lstm-no2-v1", "rf-o3-v7" };

void makeRow(std::int64_t i, std::array<ExportCell, 12>& row)
{
    row[0] = ExportCell::ofInteger(i + 1);
    row[1] = ExportCell::ofInteger(i % 4 + 1);
    row[2] = ExportCell::ofText(kTenants[std::size_t(i % 4)]);
    row[3] = ExportCell::ofText(kCities[std::size_t(i % 6)]);
    row[4] = ExportCell::ofDouble(47.3 + double(i % 1000) * 0.00731);
    row[5] = ExportCell::ofDouble(6.1 + double(i % 997) * 0.00913);
    row[6] = ExportCell::ofText(kPollutants[std::size_t(i % 4)]);
    row[7] = ExportCell::ofDouble(double(i % 5003) / 37.0);
    row[8] = ExportCell::ofText("\xC2\xB5g/m\xC2\xB3");
    row[9] = ExportCell::ofInteger(i % 3 + 1);
    row[10] = ExportCell::ofText(kModels[std::size_t(i % 3)]);
    row[11] = ExportCell::ofTimestamp(1700000000000 + i * 60000);
}

/// libxlsxwriter alone, through the same loaded functions the writer uses.
int rawXlsx(std::int64_t rows, const QString& path)
{
    const XlsxLibrary& x = XlsxLibrary::get();
    const QByteArray file = QFile::encodeName(path);
    QByteArray tmp = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmp.data();
    lxw_workbook* workbook = x.workbookNewOpt(file.constData(), &options);
    lxw_worksheet* sheet = x.workbookAddWorksheet(workbook, "predictions");
    lxw_format* date = x.workbookAddFormat(workbook);
    x.formatSetNumFormat(date, "yyyy-mm-dd hh:mm:ss.000");
    std::array<ExportCell, 12> row;
    std::string text;
    for (std::int64_t i = 0; i < rows; ++i) {
        makeRow(i, row);
        const auto r = lxw_row_t(i + 1);
        for (lxw_col_t c = 0; c < 12; ++c) {
            const ExportCell& cell = row[c];
            switch (cell.kind) {
            case ExportCell::Kind::Integer:
                x.writeNumber(sheet, r, c, double(cell.integer), nullptr);
                break;
            case ExportCell::Kind::Double:
                x.writeNumber(sheet, r, c, cell.real, nullptr);
                break;
            case ExportCell::Kind::Text:
                text.assign(cell.text);
                x.writeString(sheet, r, c, text.c_str(), nullptr);
                break;
            case ExportCell::Kind::Timestamp:
                x.writeNumber(sheet, r, c, 25569.0 + double(cell.integer) / 86400000.0, date);
                break;
            default:
                break;
            }
        }
    }
    return x.workbookClose(workbook) == LXW_NO_ERROR ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: %s csv|ndjson|json|yaml|xml|xlsx|xlsx-raw ROWS FOLDER\n", argv[0]);
        return 2;
    }
    const QString format = args.at(1);
    const std::int64_t rows = args.at(2).toLongLong();
    ExportOptions options;
    QString extension = format;
    if (format == QLatin1String("csv"))
        options.format = ExportFormat::Csv;
    else if (format == QLatin1String("ndjson") || format == QLatin1String("json")) {
        options.format = ExportFormat::Json;
        options.json.ndjson = format == QLatin1String("ndjson");
    } else if (format == QLatin1String("yaml"))
        options.format = ExportFormat::Yaml;
    else if (format == QLatin1String("xml"))
        options.format = ExportFormat::Xml;
    else if (format == QLatin1String("xlsx") || format == QLatin1String("xlsx-raw")) {
        options.format = ExportFormat::Xlsx;
        extension = QStringLiteral("xlsx");
    }
    const QString path = QDir(args.at(3)).filePath(QStringLiteral("bench-") + format + QLatin1Char('.') + extension);

    QElapsedTimer timer;
    timer.start();
    if (format == QLatin1String("xlsx-raw")) {
        if (rawXlsx(rows, path) != 0)
            return 1;
    } else {
        const auto writer = makeExportWriter(options);
        writer->begin(path, exportSource(ExportSourceId::Predictions).columns, QStringLiteral("predictions"));
        std::array<ExportCell, 12> row;
        for (std::int64_t i = 0; i < rows; ++i) {
            makeRow(i, row);
            writer->writeRow(row);
        }
        writer->finish();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%s: %lld rows in %.3f s = %.3f M rows/s, %lld bytes\n", qPrintable(format), static_cast<long long>(rows),
        seconds, double(rows) / seconds / 1e6, static_cast<long long>(QFileInfo(path).size()));
    return 0;
}
