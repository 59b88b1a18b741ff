// geoconsole_export_bench: rows per second of exporting the store's
// predictions through ExportJob, per format, and of merely reading them
// through the engine's reader (docs/benchmarks.md, "Export").
//
//   geoconsole_export_bench STORE [OUT_DIR]
//
// STORE is reused when it holds predictions; otherwise a demo store with
// 1,000,000 predictions is generated there first.
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

#include <cstdio>

using namespace gc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: geoconsole_export_bench STORE [OUT_DIR]\n");
        return 2;
    }
    const QString path = args.at(1);
    const QString outDir = args.value(2, QDir::tempPath());
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
        auto reader = ExportSourceReader::open(*store, session, plan, {});
        qint64 rows = 0;
        while (reader->next())
            ++rows;
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("%-8s %9lld rows %7.3f s %6.3f M rows/s\n", "read", rows, s, double(rows) / s / 1e6);
    }
    for (const char* format : { "csv", "ndjson", "json", "parquet", "xml", "yaml", "xlsx" })
    for (int threads = 1; threads <= 2; ++threads) {
        ExportRequest r = base;
        ExportRequest::applyFormatId(QString::fromLatin1(format), r.options);
        r.destination = outDir + QStringLiteral("/bench-predictions.") + QString::fromLatin1(format);
        ExportJob job(*store, log, clock, session, r, [](const ExportOptions& o) { return makeExportWriter(o); });
        job.setThreads(threads);
        try {
            QElapsedTimer t;
            t.start();
            ExportResult result = job.write();
            const double s = double(t.nsecsElapsed()) / 1e9;
            std::printf("%-8s %d thread%s %9lld rows %7.3f s %6.3f M rows/s %12lld bytes\n", format, threads,
                threads == 1 ? " " : "s", result.rows, s, double(result.rows) / s / 1e6, result.bytes);
            QFile::remove(result.path);
        } catch (const std::exception& e) {
            std::printf("%-8s skipped: %s\n", format, e.what());
            break;
        }
    }
    return 0;
}
