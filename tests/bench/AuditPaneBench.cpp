// geoconsole_audit_pane_bench: how long the audit pane takes to show its first
// rows on a large store, unfiltered and with combined filters. A measuring
// tool, not a test; see docs/benchmarks.md ("Audit pane").
//
//   geoconsole_audit_pane_bench --store PATH [--events N] [--runs R]
//
// Fills PATH with synthetic events through AuditLog::appendBatch until it
// holds N (default 10,000,000; a store holding that many already is only
// read), then opens the
// pane R times (default 5) and prints the time from constructing the pane to
// its first rows being painted.
#include "AuditPane.h"
#include "UiSettings.h"

#include "audit/AuditEventModel.h"
#include "audit/AuditInclusionCheck.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace gc;

namespace {

constexpr qint64 kBatch = 100'000;

AuditEventDraft syntheticEvent(qint64 i, qint64 timeMs)
{
    static const AuditEventType kTypes[] = { AuditEventType::DataRead, AuditEventType::PredictionRequested,
        AuditEventType::Login, AuditEventType::DataExported, AuditEventType::TenantUserChanged,
        AuditEventType::LoginFailed, AuditEventType::ApiKeyCreated, AuditEventType::QuotaWarning };
    AuditEventDraft d;
    d.type = kTypes[i % 8];
    d.outcome = d.type == AuditEventType::LoginFailed ? AuditOutcome::Failure : AuditOutcome::Success;
    d.tenant = i % 10 == 0 ? std::nullopt : std::optional<TenantId>(TenantId(1 + i % 200));
    d.actorId = QStringLiteral("key-%1").arg(i % 5000, 16, 16, QLatin1Char('0'));
    d.resource = QStringLiteral("tenant/%1/stations/%2").arg(1 + i % 200).arg(i % 977);
    d.details = QJsonObject { { QStringLiteral("station"), QStringLiteral("DE-%1").arg(i % 977) },
        { QStringLiteral("rows"), qint64(i % 5000) },
        { QStringLiteral("note"),
            i % 1000 == 0 ? QStringLiteral("rare anomaly") : QStringLiteral("routine") } };
    d.timeUtcMs = timeMs;
    return d;
}

void fill(Store& store, qint64 target, const Session& session)
{
    // A store that is full enough is only read, so it can be another run's.
    if (AuditReader(store, session).lastSeq() >= target)
        return;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    AuditSigningConfig signing;
    signing.everyEvents = 1'000'000;
    AuditLog log(store, clock, signing);
    qint64 have = log.size();
    if (have >= target)
        return;
    QElapsedTimer t;
    t.start();
    const qint64 start = have;
    std::vector<AuditEventDraft> drafts;
    while (have < target) {
        const qint64 n = std::min(kBatch, target - have);
        drafts.clear();
        for (qint64 i = have + 1; i <= have + n; ++i)
            drafts.push_back(syntheticEvent(i, clock.nowUtc().toMSecsSinceEpoch() + i * 250));
        log.appendBatch(drafts);
        have += n;
        std::fprintf(stderr, "\rfilled %lld / %lld events (%.0f/s)", static_cast<long long>(have),
            static_cast<long long>(target), double(have - start) / (double(t.elapsed()) / 1000.0 + 1e-9));
    }
    log.checkpoint();
    std::fprintf(stderr, "\n");
}

struct Opened
{
    double firstRowsMs = 0; ///< from creating the pane to its first rows painted
    double countMs = 0; ///< from creating the pane to the count shown
    int rows = 0;
    qint64 count = 0;
};

/// Opens a pane (with `filter` applied, if any) and times its first rows and its count.
Opened openOnce(const Store& store, const Session& session, const Clock& clock, UiSettings& settings,
    const AuditFilter* filter)
{
    QElapsedTimer t;
    t.start();
    AuditPane pane(store, session, clock, nullptr, settings);
    if (filter)
        pane.model()->setFilter(*filter);
    pane.resize(1280, 800);
    pane.show();
    QEventLoop loop;
    QObject::connect(pane.model(), &AuditEventModel::firstPageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(pane.model(), &AuditEventModel::errorChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    if (pane.model()->isLoading())
        loop.exec();
    pane.table()->viewport()->repaint();
    Opened out;
    out.firstRowsMs = double(t.nsecsElapsed()) / 1e6;
    out.rows = pane.model()->rowCount();
    if (!pane.model()->count() && pane.model()->errorMessage().isEmpty()) {
        QEventLoop counting;
        QObject::connect(pane.model(), &AuditEventModel::countChanged, &counting, &QEventLoop::quit);
        QTimer::singleShot(60'000, &counting, &QEventLoop::quit);
        counting.exec();
    }
    out.countMs = double(t.nsecsElapsed()) / 1e6;
    out.count = pane.model()->count().value_or(-1);
    if (!pane.model()->errorMessage().isEmpty())
        std::fprintf(stderr, "error: %s\n", qPrintable(pane.model()->errorMessage()));
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the bench's settings out of the user's
    QString path;
    qint64 events = 10'000'000;
    int runs = 5;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--store") && i + 1 < args.size())
            path = args.at(++i);
        else if (args.at(i) == QStringLiteral("--events") && i + 1 < args.size())
            events = args.at(++i).toLongLong();
        else if (args.at(i) == QStringLiteral("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: geoconsole_audit_pane_bench --store PATH [--events N] [--runs R]\n");
        return 2;
    }
    auto store = Store::open(path);
    Operator op;
    op.id = 1;
    op.username = QStringLiteral("bench");
    op.role = Role::ComplianceOfficer;
    const Session session(op);
    fill(*store, events, session);
    events = AuditReader(*store, session).lastSeq();
    SystemClock clock;
    UiSettings settings;

    // On the synthetic events: 1 in 1,000 is a DataRead noting an "anomaly";
    // 1 in 200 is a failed sign-in at tenant 46; nothing is a DataExported "anomaly".
    AuditFilter typeAndText;
    typeAndText.types = { AuditEventType::DataRead };
    typeAndText.text = QStringLiteral("anomaly");
    AuditFilter tenantAndOutcome;
    tenantAndOutcome.tenantScope = AuditFilter::TenantScope::Tenant;
    tenantAndOutcome.tenant = TenantId(46);
    tenantAndOutcome.outcomes = { AuditOutcome::Failure };
    AuditFilter noMatch;
    noMatch.types = { AuditEventType::DataExported };
    noMatch.text = QStringLiteral("anomaly");
    AuditFilter lastDay;
    lastDay.fromMs = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
        + (events - 345'600) * 250; // the last 345,600 events: one day at 4 events/s
    lastDay.severities = { AuditSeverity::Warning, AuditSeverity::Critical };
    const struct
    {
        const char* name;
        const AuditFilter* filter;
    } cases[]
        = { { "unfiltered", nullptr }, { "type+text", &typeAndText }, { "tenant+outcome", &tenantAndOutcome },
              { "last-day+severity", &lastDay }, { "no-match", &noMatch } };

    std::printf("store: %s, %lld events\n", qPrintable(path), static_cast<long long>(events));
    for (const auto& c : cases) {
        std::vector<double> first;
        std::vector<double> counted;
        Opened o;
        for (int r = 0; r < runs; ++r) {
            o = openOnce(*store, session, clock, settings, c.filter);
            first.push_back(o.firstRowsMs);
            counted.push_back(o.countMs);
        }
        std::printf(
            "pane_open_ms %-18s first_rows median=%.1f min=%.1f max=%.1f (%d rows); count median=%.1f ms "
            "(%lld events)\n",
            c.name, median(first), *std::min_element(first.begin(), first.end()),
            *std::max_element(first.begin(), first.end()), o.rows, median(counted),
            static_cast<long long>(o.count));
        std::fflush(stdout);
    }

    // "Prove Inclusion" in the detail panel: latest checkpoint, signature, proof, verification.
    const AuditReader reader(*store, session);
    std::vector<double> proofMs;
    int verified = 0;
    for (int r = 0; r < runs; ++r) {
        const qint64 seq = 1 + (events - 1) * (r + 1) / (runs + 1);
        QElapsedTimer t;
        t.start();
        const AuditInclusionResult result = AuditInclusionCheck::run(reader, seq);
        proofMs.push_back(double(t.nsecsElapsed()) / 1e6);
        verified += result.verified() ? 1 : 0;
    }
    std::printf("prove_inclusion_ms median=%.1f max=%.1f (%d of %d verified)\n", median(proofMs),
        *std::max_element(proofMs.begin(), proofMs.end()), verified, runs);
    return 0;
}
