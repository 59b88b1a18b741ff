// geoconsole_audit_store_bench: how fast the audit event store appends and
// answers filtered pages on a large store. A measuring tool, not a test; see
// docs/benchmarks.md ("Audit store").
#include "BenchCpuTime.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "auth/Operator.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <sqlite3.h>

using namespace gc;

namespace {

using bench::cpuMs;
using bench::threadCpuMs;

double loadAverage()
{
    double l[1] = { 0 };
    return getloadavg(l, 1) == 1 ? l[0] : -1;
}

const QStringList kWords { QStringLiteral("quota"), QStringLiteral("exceeded"), QStringLiteral("export"),
    QStringLiteral("csv"), QStringLiteral("forecast"), QStringLiteral("station"), QStringLiteral("sensor"),
    QStringLiteral("calibration"), QStringLiteral("pm25"), QStringLiteral("ozone"), QStringLiteral("nitrogen"),
    QStringLiteral("berlin"), QStringLiteral("paris"), QStringLiteral("madrid"), QStringLiteral("rotation"),
    QStringLiteral("password"), QStringLiteral("webhook"), QStringLiteral("billing"), QStringLiteral("invoice"),
    QStringLiteral("retention"), QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("model"),
    QStringLiteral("deploy"), QStringLiteral("timeout"), QStringLiteral("denied"), QStringLiteral("token"),
    QStringLiteral("schedule"), QStringLiteral("alert"), QStringLiteral("threshold"), QStringLiteral("region"),
    QStringLiteral("tier"), QStringLiteral("upgrade"), QStringLiteral("downgrade"), QStringLiteral("audit"),
    QStringLiteral("hourly"), QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("manual"),
    QStringLiteral("automatic") };

struct Weighted
{
    AuditEventType type;
    int weight;
};

// Roughly what a year of a busy platform logs: prediction calls dominate,
// operator and tenant-admin actions follow, security and GDPR events are rare.
const std::vector<Weighted> kTypes {
    { AuditEventType::PredictionRequested, 400 },
    { AuditEventType::DataRead, 200 },
    { AuditEventType::Login, 80 },
    { AuditEventType::Logout, 60 },
    { AuditEventType::DataUpdated, 40 },
    { AuditEventType::LoginFailed, 20 },
    { AuditEventType::DataExported, 20 },
    { AuditEventType::QuotaWarning, 15 },
    { AuditEventType::TenantUserChanged, 10 },
    { AuditEventType::ConfigurationChanged, 10 },
    { AuditEventType::ApiKeyCreated, 8 },
    { AuditEventType::DataDeleted, 8 },
    { AuditEventType::QuotaExceeded, 6 },
    { AuditEventType::AuthenticationFailure, 6 },
    { AuditEventType::TenantUserAdded, 5 },
    { AuditEventType::ApiKeyRevoked, 4 },
    { AuditEventType::PasswordChanged, 4 },
    { AuditEventType::BackupCompleted, 3 },
    { AuditEventType::RoleChanged, 2 },
    { AuditEventType::TenantTierChanged, 2 },
    { AuditEventType::GdprRequestReceived, 1 },
    { AuditEventType::GdprExportCompleted, 1 },
    { AuditEventType::GdprErasureCompleted, 1 },
    { AuditEventType::TenantSuspended, 1 },
    { AuditEventType::TenantReactivated, 1 },
    { AuditEventType::TenantProvisioned, 1 },
    { AuditEventType::TenantOffboarded, 1 },
    { AuditEventType::TenantPurged, 1 },
    { AuditEventType::SuspectedBreach, 1 },
    { AuditEventType::AlertRaised, 1 },
    { AuditEventType::AlertResolved, 1 },
    { AuditEventType::KeyRotated, 1 },
    { AuditEventType::CheckpointSigned, 1 },
};

constexpr int kTenants = 12;
constexpr int kActors = 700;

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
        for (const Weighted& w : kTypes)
            m_totalWeight += w.weight;
        for (int i = 0; i < kActors; ++i)
            m_actors.append(QStringLiteral("op-%1").arg(quint64(i) * 0x9e3779b97f4a7c15ULL, 16, 16, QLatin1Char('0')));
    }

    const QStringList& actors() const { return m_actors; }

    AuditEventDraft next(qint64 timeMs)
    {
        AuditEventDraft d;
        int pick = int(m_rng.bounded(m_totalWeight));
        for (const Weighted& w : kTypes) {
            if (pick < w.weight) {
                d.type = w.type;
                break;
            }
            pick -= w.weight;
        }
        const int tenant = int(m_rng.bounded(kTenants + 1)); // kTenants = platform
        if (tenant < kTenants)
            d.tenant = TenantId(tenant + 1);
        // A few actors are much busier than the rest.
        const int actor = m_rng.bounded(4) == 0 ? int(m_rng.bounded(20)) : int(m_rng.bounded(kActors));
        d.actorId = m_actors[actor];
        const quint32 o = m_rng.bounded(100);
        d.outcome = o < 92 ? AuditOutcome::Success : o < 97 ? AuditOutcome::Failure : AuditOutcome::Denied;
        if (m_rng.bounded(50) == 0)
            d.severity = AuditSeverity(m_rng.bounded(4));
        switch (m_rng.bounded(6)) {
        case 0:
        case 1:
            d.resource = QStringLiteral("tenant/%1").arg(tenant + 1);
            break;
        case 2:
            d.resource = QStringLiteral("api_key/%1").arg(m_rng.bounded(2000));
            break;
        case 3:
            d.resource = QStringLiteral("prediction/%1").arg(m_rng.bounded(50000));
            break;
        case 4:
            d.resource = QStringLiteral("operator/%1").arg(m_rng.bounded(40));
            break;
        default:
            d.resource = QStringLiteral("store");
        }
        QString note;
        for (int n = 1 + int(m_rng.bounded(4)); n > 0; --n) {
            if (!note.isEmpty())
                note += QLatin1Char(' ');
            note += kWords[int(m_rng.bounded(quint32(kWords.size())))];
        }
        d.details = QJsonObject { { QStringLiteral("note"), note },
            { QStringLiteral("count"), int(m_rng.bounded(10000)) },
            { QStringLiteral("status"), o < 92 ? QStringLiteral("ok") : QStringLiteral("error") } };
        if (d.type != AuditEventType::PredictionRequested) {
            d.personal.actorName = QStringLiteral("Operator %1").arg(actor);
            d.personal.actorEmail = QStringLiteral("operator%1@example.org").arg(actor);
            d.personal.sourceAddress = QStringLiteral("10.0.%1.%2").arg(actor / 256).arg(actor % 256);
        }
        d.timeUtcMs = timeMs;
        return d;
    }

    AuditFilter randomFilter(qint64 firstMs, qint64 lastMs, bool withText)
    {
        AuditFilter f;
        const auto maybe = [&](int percent) { return int(m_rng.bounded(100)) < percent; };
        int fields = 0;
        while (fields == 0) {
            if (maybe(30)) {
                const qint64 span = lastMs - firstMs;
                const qint64 from = firstMs + qint64(m_rng.generateDouble() * double(span));
                f.fromMs = from;
                f.toMs = from + qint64(m_rng.generateDouble() * double(span) / 4);
                ++fields;
            }
            if (maybe(35)) {
                if (maybe(15)) {
                    f.tenantScope = AuditFilter::TenantScope::Platform;
                } else {
                    f.tenantScope = AuditFilter::TenantScope::Tenant;
                    f.tenant = TenantId(1 + m_rng.bounded(kTenants));
                }
                ++fields;
            }
            if (maybe(25)) {
                f.actorId = m_actors[int(m_rng.bounded(kActors))];
                ++fields;
            }
            if (maybe(30)) {
                for (int n = 1 + int(m_rng.bounded(3)); n > 0; --n)
                    f.types.append(kTypes[m_rng.bounded(quint32(kTypes.size()))].type);
                ++fields;
            }
            if (maybe(20)) {
                f.categories.append(allAuditCategories()[int(m_rng.bounded(quint32(allAuditCategories().size())))]);
                ++fields;
            }
            if (maybe(25)) {
                f.severities.append(AuditSeverity(m_rng.bounded(4)));
                ++fields;
            }
            if (maybe(25)) {
                f.outcomes.append(AuditOutcome(m_rng.bounded(3)));
                ++fields;
            }
            if (maybe(20)) {
                static const QStringList resources { QStringLiteral("tenant/"), QStringLiteral("api_key/"),
                    QStringLiteral("store"), QStringLiteral("operator/"), QStringLiteral("tenant/3"),
                    QStringLiteral("api_key/17"), QStringLiteral("prediction/") };
                f.resource = resources[int(m_rng.bounded(quint32(resources.size())))];
                ++fields;
            }
        }
        if (withText) {
            const QString w = kWords[int(m_rng.bounded(quint32(kWords.size())))];
            const QString w2 = kWords[int(m_rng.bounded(quint32(kWords.size())))];
            switch (m_rng.bounded(4)) {
            case 0:
                f.text = w;
                break;
            case 1:
                f.text = w + QLatin1Char(' ') + w2;
                break;
            case 2:
                f.text = QLatin1Char('"') + w + QLatin1Char(' ') + w2 + QLatin1Char('"');
                break;
            default:
                f.text = w.left(3) + QLatin1Char('*');
            }
        }
        return f;
    }

private:
    QRandomGenerator m_rng;
    quint32 m_totalWeight = 0;
    QStringList m_actors;
};

/// Wall time of the first page (newest first, 200 rows); the thread's CPU
/// time in `cpu`, which other processes on a busy machine do not inflate.
double firstPageMs(AuditReader& reader, const AuditFilter& f, qsizetype* rows = nullptr, double* cpu = nullptr)
{
    AuditPageRequest req;
    req.filter = f;
    req.limit = 200;
    QElapsedTimer t;
    t.start();
    const double c0 = threadCpuMs();
    const QList<AuditEvent> page = reader.page(req);
    if (cpu)
        *cpu = threadCpuMs() - c0;
    if (rows)
        *rows = page.size();
    return double(t.nsecsElapsed()) / 1e6;
}

QString describe(const AuditFilter& f)
{
    QStringList parts;
    if (f.fromMs)
        parts << QStringLiteral("time range");
    if (f.tenantScope == AuditFilter::TenantScope::Platform)
        parts << QStringLiteral("platform");
    if (f.tenantScope == AuditFilter::TenantScope::Tenant)
        parts << QStringLiteral("tenant %1").arg(f.tenant.value);
    if (!f.actorId.isEmpty())
        parts << QStringLiteral("actor");
    for (AuditEventType t : f.types)
        parts << auditEventTypeId(t);
    for (AuditCategory c : f.categories)
        parts << QStringLiteral("category ") + auditCategoryId(c);
    for (AuditSeverity v : f.severities)
        parts << auditSeverityId(v);
    for (AuditOutcome o : f.outcomes)
        parts << auditOutcomeId(o);
    if (!f.resource.isEmpty())
        parts << QStringLiteral("resource ") + f.resource;
    if (!f.text.isEmpty())
        parts << QStringLiteral("text ") + f.text;
    return parts.join(QStringLiteral(", "));
}

Session benchSession()
{
    Operator op;
    op.id = 1;
    op.username = QStringLiteral("bench");
    op.displayName = QStringLiteral("Bench");
    op.role = Role::Administrator;
    return Session(op);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 events = 10'000'000;
    qint64 batch = 100'000;
    qint64 durable = 5000;
    QString dir;
    bool reuse = false;
    qint64 appendMore = 0;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--events") && i + 1 < args.size())
            events = args[++i].toLongLong(&ok);
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = args[++i].toLongLong(&ok);
        else if (args[i] == QLatin1String("--durable") && i + 1 < args.size())
            durable = args[++i].toLongLong(&ok);
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == QLatin1String("--reuse"))
            reuse = true;
        else if (args[i] == QLatin1String("--append") && i + 1 < args.size())
            appendMore = args[++i].toLongLong(&ok);
        else
            ok = false;
        if (!ok || events < 1000 || batch < 1 || durable < 0) {
            std::fprintf(stderr,
                "usage: geoconsole_audit_store_bench [--events N>=1000] [--batch N] [--durable N] [--dir DIR] "
                "[--reuse [--append N]]\n"
                "  --dir keeps the store in DIR (default: a temporary folder, removed at the end);\n"
                "  --reuse adds no batches to the store already in DIR (single appends and queries only);\n"
                "  --append N then adds N events in batches to it first (the append rate at its size).\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (dir.isEmpty())
        dir = tmp.path();
    const QString path = QDir(dir).filePath(QStringLiteral("audit-bench.sqlite3"));
    if (!reuse) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::remove(AuditLog::defaultKeyPath(path));
    }
    std::printf("store: %s\nload average at start: %.2f\n", qPrintable(path), loadAverage());

    auto store = Store::open(path);
    const qint64 startMs = 1764547200000; // 2025-12-01T00:00:00Z
    SystemClock clock;
    AuditLog log(*store, clock);
    Generator gen(20261127);
    qint64 timeMs = startMs;
    // ~10M events over a year: one every ~3 s on average.
    const qint64 stepMs = std::max<qint64>(1, 365LL * 24 * 3600 * 1000 / std::max<qint64>(events, 1));

    if (reuse && appendMore > 0) {
        // Continue where the stored log ends, at the same pace.
        const qint64 last = log.size();
        if (const auto row = log.repository().row(last))
            timeMs = row->timeMs;
        events = appendMore;
        std::printf("appending %lld events to a store of %lld\n", static_cast<long long>(events),
            static_cast<long long>(last));
    }
    if (!reuse || appendMore > 0) {
        double appendMs = 0;
        double appendCpu = 0;
        double appendMainCpu = 0;
        double generateMs = 0;
        std::vector<AuditEventDraft> drafts;
        for (qint64 done = 0; done < events;) {
            const qint64 n = std::min(batch, events - done);
            QElapsedTimer g;
            g.start();
            drafts.clear();
            drafts.reserve(std::size_t(n));
            for (qint64 i = 0; i < n; ++i) {
                timeMs += qint64(QRandomGenerator::global()->bounded(quint32(2 * stepMs)));
                drafts.push_back(gen.next(timeMs));
            }
            generateMs += double(g.nsecsElapsed()) / 1e6;
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            const double m0 = threadCpuMs();
            log.appendBatch(drafts);
            appendMs += double(t.nsecsElapsed()) / 1e6;
            appendCpu += cpuMs() - c0;
            appendMainCpu += threadCpuMs() - m0;
            done += n;
            if (done % 1'000'000 == 0 || done == events)
                std::printf("  %lld events: %.0f/s so far, %.0f/s by process CPU time (load %.2f)\n",
                    static_cast<long long>(done), double(done) / appendMs * 1e3, double(done) / appendCpu * 1e3,
                    loadAverage());
            std::fflush(stdout);
        }
        std::printf("batched append: %lld events in batches of %lld: %.0f ms, %.0f events/s "
                    "(process CPU %.0f ms, of which the writing thread %.0f ms = %.0f events/s; generating the "
                    "drafts took another %.0f ms)\n",
            static_cast<long long>(events), static_cast<long long>(batch), appendMs,
            double(events) / appendMs * 1e3, appendCpu, appendMainCpu, double(events) / appendMainCpu * 1e3,
            generateMs);
    }
    {
        for (const char* sync : { "NORMAL", "FULL" }) {
            store->db().exec(std::string("PRAGMA synchronous = ") + sync);
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            for (qint64 i = 0; i < durable; ++i) {
                timeMs += stepMs;
                AuditEventDraft d = gen.next(timeMs);
                store->transact([&] { log.append(d); });
            }
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double cpu = cpuMs() - c0;
            std::printf("durable single-event appends (one transaction each, WAL, synchronous=%s): %lld in "
                        "%.0f ms, %.0f events/s (%.0f/s by process CPU time)\n",
                sync, static_cast<long long>(durable), ms, double(durable) / ms * 1e3, double(durable) / cpu * 1e3);
        }
        store->db().exec("PRAGMA synchronous = NORMAL");
    }

    AuditReader reader(*store, benchSession());
    const qint64 last = reader.lastSeq();
    const qint64 firstMs = reader.event(1)->record.timeUtcMs;
    const qint64 lastMs = reader.event(last)->record.timeUtcMs;
    std::printf("events in store: %lld\n", static_cast<long long>(last));

    // Warm the page cache the way a console that has been open a while would
    // be, then time each single filter's first page (newest first, 200 rows).
    (void)firstPageMs(reader, {});
    struct Named
    {
        const char* name;
        AuditFilter filter;
    };
    std::vector<Named> singles;
    const auto add = [&](const char* name, const auto& set) {
        AuditFilter f;
        set(f);
        singles.push_back({ name, f });
    };
    add("no filter", [](AuditFilter&) { });
    add("tenant 7", [](AuditFilter& f) {
        f.tenantScope = AuditFilter::TenantScope::Tenant;
        f.tenant = TenantId(7);
    });
    add("platform only", [](AuditFilter& f) { f.tenantScope = AuditFilter::TenantScope::Platform; });
    add("busy actor", [&](AuditFilter& f) { f.actorId = gen.actors()[3]; });
    add("quiet actor", [&](AuditFilter& f) { f.actorId = gen.actors()[650]; });
    add("type login", [](AuditFilter& f) { f.types = { AuditEventType::Login }; });
    add("type tenant_purged (rare)", [](AuditFilter& f) { f.types = { AuditEventType::TenantPurged }; });
    add("category security", [](AuditFilter& f) { f.categories = { AuditCategory::Security }; });
    add("category gdpr (rare)", [](AuditFilter& f) { f.categories = { AuditCategory::Gdpr }; });
    add("severity critical", [](AuditFilter& f) { f.severities = { AuditSeverity::Critical }; });
    add("outcome denied", [](AuditFilter& f) { f.outcomes = { AuditOutcome::Denied }; });
    add("resource api_key/17", [](AuditFilter& f) { f.resource = QStringLiteral("api_key/17"); });
    add("resource prefix operator/", [](AuditFilter& f) { f.resource = QStringLiteral("operator/"); });
    add("time: one hour in the middle", [&](AuditFilter& f) {
        f.fromMs = (firstMs + lastMs) / 2;
        f.toMs = (firstMs + lastMs) / 2 + 3600 * 1000;
    });
    add("time: first day", [&](AuditFilter& f) {
        f.fromMs = firstMs;
        f.toMs = firstMs + 24 * 3600 * 1000;
    });
    add("text: word", [](AuditFilter& f) { f.text = QStringLiteral("calibration"); });
    add("text: two words", [](AuditFilter& f) { f.text = QStringLiteral("berlin invoice"); });
    add("text: phrase", [](AuditFilter& f) { f.text = QStringLiteral("\"quota exceeded\""); });
    add("text: prefix", [](AuditFilter& f) { f.text = QStringLiteral("calib*"); });
    add("text: no match", [](AuditFilter& f) { f.text = QStringLiteral("zeppelin"); });
    double worstSingle = 0;
    for (const Named& n : singles) {
        qsizetype rows = 0;
        double cpu = 0;
        const double ms = firstPageMs(reader, n.filter, &rows, &cpu);
        worstSingle = std::max(worstSingle, ms);
        std::printf("first page, %-30s %8.2f ms (CPU %6.2f ms, %lld rows)\n", n.name, ms, cpu,
            static_cast<long long>(rows));
    }
    std::printf("worst single-filter first page: %.2f ms\n", worstSingle);

    for (bool withText : { true, false }) {
        Generator combos(withText ? 7 : 8);
        std::vector<double> times;
        std::vector<double> cpus;
        std::vector<std::pair<double, QString>> slowest;
        for (int i = 0; i < 100; ++i) {
            const AuditFilter f = combos.randomFilter(firstMs, lastMs, withText);
            qsizetype rows = 0;
            double cpu = 0;
            const double ms = firstPageMs(reader, f, &rows, &cpu);
            times.push_back(ms);
            cpus.push_back(cpu);
            slowest.push_back({ cpu, QStringLiteral("%1 ms wall, %2 ms CPU, %3 rows: %4")
                                         .arg(ms, 0, 'f', 1)
                                         .arg(cpu, 0, 'f', 1)
                                         .arg(rows)
                                         .arg(describe(f)) });
        }
        std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::printf("100 random combinations %s: first page p50 %.2f ms, p95 %.2f ms, max %.2f ms "
                    "(thread CPU: p50 %.2f ms, p95 %.2f ms, max %.2f ms)\n",
            withText ? "with full text" : "without text", percentile(times, 0.5), percentile(times, 0.95),
            percentile(times, 1.0), percentile(cpus, 0.5), percentile(cpus, 0.95), percentile(cpus, 1.0));
        for (std::size_t i = 0; i < 3; ++i)
            std::printf("  slow: %s\n", qPrintable(slowest[i].second));
    }

    store.reset();
    qint64 bytes = 0;
    for (const char* suffix : { "", "-wal", "-shm" })
        bytes += QFileInfo(path + QLatin1String(suffix)).size();
    std::printf("store size: %.1f MB (%.0f bytes per event)\nload average at end: %.2f\n", double(bytes) / 1e6,
        double(bytes) / double(last), loadAverage());
    return 0;
}
