// geoconsole_audit_verify_bench: how fast a full `audit verify` re-hashes a large log.
// A measuring tool, not a test; see docs/benchmarks.md ("Audit verification").
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/AuditVerifier.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace gc;

namespace {

// Process CPU time of all threads, in ms.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Events shaped like the console's: most carry personal data, a tenant and a
// few details; a steady clock one second apart.
AuditEventDraft draft(qint64 i, qint64 startMs)
{
    static const AuditEventType types[] = { AuditEventType::PredictionRequested, AuditEventType::DataRead,
        AuditEventType::Login, AuditEventType::DataUpdated, AuditEventType::LoginFailed,
        AuditEventType::ConfigurationChanged };
    AuditEventDraft d;
    if (i % 13 != 0)
        d.tenant = TenantId(1 + i % 12);
    const qint64 actor = (i * 7919) % 700;
    d.actorId = QStringLiteral("op-%1").arg(quint64(actor) * 0x9e3779b97f4a7c15ULL, 16, 16, QLatin1Char('0'));
    d.type = types[i % 6];
    d.resource = QStringLiteral("tenant/%1").arg(1 + i % 12);
    d.details = QJsonObject { { QStringLiteral("count"), i % 10000 },
        { QStringLiteral("status"), QStringLiteral("ok") } };
    if (d.type != AuditEventType::PredictionRequested) {
        d.personal.actorName = QStringLiteral("Operator %1").arg(actor);
        d.personal.actorEmail = QStringLiteral("operator%1@example.org").arg(actor);
    }
    d.timeUtcMs = startMs + i * 1000;
    return d;
}

void generate(const QString& path, qint64 events)
{
    std::printf("generating %lld events in %s ...\n", static_cast<long long>(events), qPrintable(path));
    auto store = Store::open(path);
    SystemClock clock;
    AuditLog log(*store, clock);
    const qint64 startMs = 1764547200000; // 2025-12-01T00:00:00Z
    QElapsedTimer t;
    t.start();
    std::vector<AuditEventDraft> drafts;
    for (qint64 done = log.size(); done < events;) {
        const qint64 n = std::min<qint64>(100'000, events - done);
        drafts.clear();
        for (qint64 i = 0; i < n; ++i)
            drafts.push_back(draft(done + i + 1, startMs));
        log.appendBatch(drafts);
        done += n;
        if (done % 1'000'000 == 0 || done == events)
            std::printf("  %lld events, %.0f/s\n", static_cast<long long>(done),
                double(done) * 1000.0 / double(t.elapsed()));
    }
    log.checkpoint();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 events = 10'000'000;
    int runs = 3;
    QString path;
    QString dir;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--events") && i + 1 < args.size())
            events = args[++i].toLongLong(&ok);
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt(&ok);
        else if (args[i] == QLatin1String("--store") && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else
            ok = false;
        if (!ok || events < 1 || runs < 1) {
            std::fprintf(stderr,
                "usage: geoconsole_audit_verify_bench [--store PATH | --dir DIR [--events N]] [--runs N]\n"
                "  --store verifies an existing store (e.g. the one geoconsole_audit_store_bench --dir "
                "keeps);\n"
                "  otherwise N events (default 10,000,000) are generated through AuditLog::appendBatch into\n"
                "  DIR/audit-verify-bench.sqlite3 (kept, and reused when it already has N events) or a\n"
                "  temporary folder.\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (path.isEmpty()) {
        path = QDir(dir.isEmpty() ? tmp.path() : dir).filePath(QStringLiteral("audit-verify-bench.sqlite3"));
        auto store = Store::open(path);
        const qint64 have = store->db().scalarInt("SELECT count(*) FROM audit_events");
        store.reset();
        if (have != events)
            generate(path, events);
    } else if (!QFile::exists(path)) {
        std::fprintf(stderr, "no store at %s\n", qPrintable(path));
        return 2;
    }

    auto store = Store::open(path, Store::Options { Database::kBusyTimeoutMs, false });
    Operator op;
    op.username = QStringLiteral("bench");
    op.role = Role::Auditor;
    const Session session(op);
    const AuditReader reader(*store, session);
    std::printf("store: %s, %lld events, %lld checkpoints\n", qPrintable(path),
        static_cast<long long>(reader.lastSeq()), static_cast<long long>(reader.checkpoints().size()));

    bool allOk = true;
    for (int twoReaders = 1; twoReaders >= 0; --twoReaders) {
        for (int run = 0; run < (twoReaders ? runs : 1); ++run) {
            AuditVerifier::Options options;
            if (twoReaders)
                options.openReader = [&] { return std::make_unique<AuditReader>(*store, session); };
            const double cpu0 = cpuMs();
            QElapsedTimer wall;
            wall.start();
            const AuditVerifyReport r = AuditVerifier::verify(reader.repository(), options);
            const double wallMs = double(wall.nsecsElapsed()) / 1e6;
            const double cpu = cpuMs() - cpu0;
            std::printf(
                "%s, run %d: %lld events in %.0f ms wall (%.0f ms CPU): %.0f events/s; %lld checkpoints, "
                "%lld personal parts; %s\n",
                twoReaders ? "two readers" : "one reader", run + 1, static_cast<long long>(r.eventsChecked),
                wallMs, cpu, double(r.eventsChecked) * 1000.0 / wallMs,
                static_cast<long long>(r.checkpointsChecked), static_cast<long long>(r.personalPartsChecked),
                r.ok() ? qPrintable(QStringLiteral("ok, root ") + QString::fromLatin1(r.rootHash.toHex()))
                       : qPrintable(r.message));
            allOk = allOk && r.ok();
        }
    }
    return allOk ? 0 : 1;
}
