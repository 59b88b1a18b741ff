// geoconsole_export_bench: rows per second of exporting the store's
// predictions through ExportJob, per format, and of merely reading them
// through the engine's reader (docs/benchmarks.md, "Export").
//
//   geoconsole_export_bench STORE [OUT_DIR] [--formats csv,ndjson,...] [--runs N]
//
// STORE is reused when it holds predictions; otherwise a demo store with
// 1,000,000 predictions is generated there first. --runs repeats every
// measurement (ours and DuckDB's) and compares medians.
#include "../../bench/BenchCpuTime.h"

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "export/ExportJob.h"
#include "export/ExportSourceReader.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <map>
#include <vector>

#include <cstdio>

using namespace gc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QStringList formats { QStringLiteral("csv"), QStringLiteral("ndjson"), QStringLiteral("json"),
        QStringLiteral("parquet"), QStringLiteral("xml"), QStringLiteral("yaml"), QStringLiteral("xlsx") };
    int runs = 1;
    for (qsizetype i = 1; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--formats")) {
            formats = args.at(i + 1).split(QLatin1Char(','));
            args.remove(i, 2);
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(i + 1).toInt());
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: geoconsole_export_bench STORE [OUT_DIR] [--formats LIST] [--runs N]\n");
        return 2;
    }
    const QString path = args.at(1);
    const QString outDir = args.value(2, QDir::tempPath());
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0.0 : v[v.size() / 2];
    };
    {
        auto store = Store::open(path);
        if (store->db().scalarInt("SELECT count(*) FROM predictions") == 0) {
            std::printf("generating 1,000,000 predictions into %s\n", qPrintable(path));
            DemoOptions o;
            o.days = 30;
            o.auditEvents = 1000;
            DemoGenerator::generate(*store, o);
        }
    }
    auto store = Store::open(path);
    SystemClock clock;
    AuditLog log(*store, clock);
    Operator op;
    op.id = 1;
    op.username = QStringLiteral("bench");
    op.role = Role::Analyst;
    const Session session(op);

    ExportRequest base;
    base.source = ExportSourceId::Predictions;
    {
        const ExportSourcePlan plan = ExportSourcePlan::from(base, session);
        QElapsedTimer t;
        t.start();
        const double cpu0 = bench::cpuMs();
        auto reader = ExportSourceReader::open(*store, session, plan, {});
        qint64 rows = 0;
        while (reader->next())
            ++rows;
        const double s = double(t.nsecsElapsed()) / 1e9;
        const double cpu = (bench::cpuMs() - cpu0) / 1e3;
        std::printf("%-8s %-9s %9lld rows %7.3f s %6.3f M rows/s   cpu %6.3f s %6.3f M rows/cpu-s\n", "read",
            "", rows, s, double(rows) / s / 1e6, cpu, double(rows) / cpu / 1e6);
    }
    // The sqlite3 shell on the same rows (the same joins, the same snapshot of
    // the file), as the yardstick the issue names.
    std::map<std::string, double> shell;
    const QString sql = QStringLiteral(
        "SELECT p.id, p.tenant_id, t.slug AS tenant, p.city, p.latitude, p.longitude, p.pollutant, p.value, "
        "p.unit, p.model_id, m.name || ' ' || m.version AS model, p.forecast_time * 1000 AS forecast_time "
        "FROM predictions p JOIN tenants t ON t.id = p.tenant_id JOIN ml_models m ON m.id = p.model_id ORDER "
        "BY p.id");
    for (const char* mode : { "csv", "json" }) {
        QProcess p;
        p.setStandardOutputFile(outDir + QStringLiteral("/bench-shell.") + QString::fromLatin1(mode));
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("sqlite3"),
            { QStringLiteral("-readonly"), QStringLiteral("-") + QString::fromLatin1(mode), path, sql });
        if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
            std::printf("sqlite3 shell -%s failed\n", mode);
            continue;
        }
        const double s = double(t.nsecsElapsed()) / 1e9;
        shell[mode] = 1e6 / s;
        std::printf("%-8s %-9s %9d rows %7.3f s %6.3f M rows/s\n", "sqlite3",
            (std::string("-") + mode).c_str(), 1000000, s, 1.0 / s);
        QFile::remove(outDir + QStringLiteral("/bench-shell.") + QString::fromLatin1(mode));
    }
    std::map<std::string, std::map<int, double>> rates;
    // CSV is written in any case: DuckDB loads it.
    if (!formats.contains(QStringLiteral("csv")))
        formats.prepend(QStringLiteral("csv"));
    for (const QString& formatName : std::as_const(formats))
        for (int threads = 1; threads <= 2; ++threads) {
            const QByteArray formatBytes = formatName.toLatin1();
            const char* format = formatBytes.constData();
            std::vector<double> measured;
            for (int run = 0; run < runs; ++run) {
            ExportRequest r = base;
            ExportRequest::applyFormatId(QString::fromLatin1(format), r.options);
            r.destination = outDir + QStringLiteral("/bench-predictions.") + QString::fromLatin1(format);
            ExportJob job(
                *store, log, clock, session, r, [](const ExportOptions& o) { return makeExportWriter(o); });
            job.setThreads(threads);
            try {
                QElapsedTimer t;
                t.start();
                const double cpu0 = bench::cpuMs();
                ExportResult result = job.write();
                const double s = double(t.nsecsElapsed()) / 1e9;
                const double cpu = (bench::cpuMs() - cpu0) / 1e3;
                std::printf("%-8s %d thread%s %9lld rows %7.3f s %6.3f M rows/s   cpu %6.3f s %6.3f M "
                            "rows/cpu-s %11lld "
                            "bytes\n",
                    format, threads, threads == 1 ? " " : "s", result.rows, s, double(result.rows) / s / 1e6,
                    cpu, double(result.rows) / cpu / 1e6, result.bytes);
                const char* yardstick = std::string(format) == "csv"                     ? "csv"
                    : (std::string(format) == "json" || std::string(format) == "ndjson") ? "json"
                                                                                         : nullptr;
                if (yardstick && shell.count(yardstick))
                    std::printf("         %.2fx the sqlite3 shell's -%s\n",
                        double(result.rows) / s / shell[yardstick], yardstick);
                measured.push_back(double(result.rows) / s);
                if (std::string(format) != "csv")
                    QFile::remove(result.path);
            } catch (const std::exception& e) {
                std::printf("%-8s skipped: %s\n", format, e.what());
                break;
            }
            }
            rates[format][threads] = median(measured);
            if (runs > 1)
                std::printf("%-8s %d thread%s median %6.3f M rows/s of %d runs\n", format, threads,
                    threads == 1 ? " " : "s", rates[format][threads] / 1e6, runs);
        }

    // DuckDB writing the same rows from its own memory (loaded from our CSV).
    const QString csv = outDir + QStringLiteral("/bench-predictions.csv");
    const std::pair<const char*, const char*> pairs[] = { { "csv", "csv_ms" }, { "parquet", "parquet_ms" } };
    std::map<std::string, std::vector<double>> duck;
    double duckRows = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess node;
        node.start(QStringLiteral(GC_NODE),
            { QStringLiteral(GC_ENGINE_SCRIPTS "/duckdb_copy.cjs"), QStringLiteral(GC_EXPORT_TOOLS), csv, outDir });
        if (!node.waitForFinished(600'000) || node.exitCode() != 0) {
            std::printf("duckdb   skipped: %s\n", node.readAllStandardError().constData());
            break;
        }
        const QJsonObject o = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        duckRows = o.value(QStringLiteral("rows")).toDouble();
        for (const auto& [format, key] : pairs) {
            const double rate = duckRows / (o.value(QLatin1String(key)).toDouble() / 1e3);
            duck[format].push_back(rate);
            std::printf("%-8s %-9s %9.0f rows %7.3f s %6.3f M rows/s\n", "duckdb", format, duckRows,
                duckRows / rate, rate / 1e6);
        }
    }
    for (const auto& [format, key] : pairs) {
        if (duck[format].empty() || !rates.count(format))
            continue;
        const double rate = median(duck[format]);
        std::printf("%-8s %-9s median %6.3f M rows/s   ours: %.2fx (1 thread), %.2fx (2 threads)\n", "duckdb",
            format, rate / 1e6, rates[format][1] / rate, rates[format][2] / rate);
    }
    QFile::remove(csv);
    return 0;
}
