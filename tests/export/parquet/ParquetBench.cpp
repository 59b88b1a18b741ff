// geoconsole_parquet_bench: the Parquet writer alone, on 1,000,000 synthetic
// rows shaped like the predictions source (12 columns: 3 INT64, 3 DOUBLE,
// 5 low-cardinality strings, 1 timestamp). Prints rows/s per compression.
// Not a test; docs/export-parquet.md has the figures and how to run it.
//   geoconsole_parquet_bench [rows] [output folder]
#include "export/ExportSourceCatalog.h"
#include "export/ParquetWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <array>
#include <cstdio>
#include <string_view>
#include <vector>

namespace {

using gc::ExportCell;
using gc::ParquetOptions;

constexpr std::array<std::string_view, 12> kTenants{"acme", "globex", "initech", "umbrella", "hooli", "stark",
    "wayne", "tyrell", "cyberdyne", "aperture", "soylent", "wonka"};
constexpr std::array<std::string_view, 16> kCities{"Berlin", "München", "Zürich", "Wien", "Paris", "Lyon",
    "Milano", "Madrid", "Lisboa", "Praha", "Kraków", "Oslo", "Helsinki", "Tallinn", "Dublin", "København"};
constexpr std::array<std::string_view, 6> kPollutants{"pm25", "pm10", "no2", "o3", "so2", "co"};
constexpr std::array<std::string_view, 3> kUnits{"µg/m³", "ppb", "mg/m³"};
constexpr std::array<std::string_view, 8> kModels{"xgb-v1", "xgb-v2", "lstm-v1", "lstm-v3", "arima-v2",
    "prophet-v1", "gbr-v4", "transformer-v1"};

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Timing
{
    double wall;
    double cpu; ///< this process only: stable when other programs share the cores
};

Timing run(const QString& path, const ParquetOptions& options, qint64 rows, qint64& bytes)
{
    const gc::ExportColumns& columns = gc::exportSource(gc::ExportSourceId::Predictions).columns;
    gc::ParquetWriter writer(options);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    writer.begin(path, columns, QStringLiteral("predictions"));
    std::vector<ExportCell> row(std::size_t(columns.size()));
    std::uint64_t seed = 88172645463325252ull;
    for (qint64 i = 0; i < rows; ++i) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        const std::size_t tenant = seed % kTenants.size();
        row[0] = ExportCell::ofInteger(i + 1);
        row[1] = ExportCell::ofInteger(std::int64_t(tenant) + 1);
        row[2] = ExportCell::ofText(kTenants[tenant]);
        row[3] = ExportCell::ofText(kCities[(seed >> 8) % kCities.size()]);
        row[4] = ExportCell::ofDouble(47.0 + double((seed >> 12) % 100000) / 10000.0);
        row[5] = ExportCell::ofDouble(8.0 + double((seed >> 20) % 100000) / 10000.0);
        row[6] = ExportCell::ofText(kPollutants[(seed >> 28) % kPollutants.size()]);
        row[7] = ExportCell::ofDouble(double((seed >> 32) % 2000000) / 10000.0);
        row[8] = ExportCell::ofText(kUnits[(seed >> 40) % kUnits.size()]);
        row[9] = ExportCell::ofInteger(std::int64_t((seed >> 44) % kModels.size()) + 1);
        row[10] = ExportCell::ofText(kModels[(seed >> 44) % kModels.size()]);
        row[11] = ExportCell::ofTimestamp(1767225600000LL + i * 60000);
        writer.writeRow(row);
    }
    writer.finish();
    const Timing timing{double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpuStart};
    bytes = writer.bytesWritten();
    return timing;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir temporary;
    const QString folder = args.size() > 2 ? args.at(2) : temporary.path();

    struct Case
    {
        const char* name;
        ParquetOptions::Compression compression;
        int level;
        bool dictionary;
    };
    const Case cases[] = {
        {"snappy", ParquetOptions::Compression::Snappy, 3, true},
        {"zstd-3", ParquetOptions::Compression::Zstd, 3, true},
        {"none", ParquetOptions::Compression::None, 3, true},
        {"snappy-nodict", ParquetOptions::Compression::Snappy, 3, false},
    };
    std::printf("Parquet writer, %lld rows x 12 columns (predictions shape), default row groups of 131072 rows,\n"
                "best of 5; wall includes the fsync at close, cpu is this process's time\n",
        static_cast<long long>(rows));
    for (const Case& c : cases) {
        ParquetOptions options;
        options.compression = c.compression;
        options.zstdLevel = c.level;
        options.dictionary = c.dictionary;
        const QString path = QDir(folder).filePath(QStringLiteral("bench-%1.parquet").arg(QLatin1String(c.name)));
        Timing best{};
        qint64 bytes = 0;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const Timing t = run(path, options, rows, bytes);
            best.wall = attempt == 0 ? t.wall : std::min(best.wall, t.wall);
            best.cpu = attempt == 0 ? t.cpu : std::min(best.cpu, t.cpu);
        }
        std::printf("  %-14s wall %6.3f s = %5.2f M rows/s   cpu %6.3f s = %5.2f M rows/s   %6.1f MB\n", c.name,
            best.wall, double(rows) / best.wall / 1e6, best.cpu, double(rows) / best.cpu / 1e6, double(bytes) / 1e6);
        QFile::remove(path);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
