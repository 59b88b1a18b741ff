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
    static const AuditEventType kTypes[] = {AuditEventType::DataRead, AuditEventType::PredictionRequested,
        AuditEventType::Login, AuditEventType::DataExported, AuditEventType::TenantUserChanged,
        AuditEventType::LoginFailed, AuditEventType::ApiKeyCreated, AuditEventType::QuotaWarning};
    AuditEventDraft d;
    d.type = kTypes[i % 8];
    d.outcome = d.type == AuditEventType::LoginFailed ? AuditOutcome::Failure : AuditOutcome::Success;
    d.tenant = i % 10 == 0 ? std::nullopt : std::optional<TenantId>(TenantId(1 + i % 200));
    d.actorId = QStringLiteral("key-%1").arg(i % 5000, 16, 16, QLatin1Char('0'));
    d.resource = QStringLiteral("tenant/%1/stations/%2").arg(1 + i % 200).arg(i % 977);
    d.details = QJsonObject{{QStringLiteral("station"), QStringLiteral("DE-%1").arg(i % 977)},
        {QStringLiteral("rows"), qint64(i % 5000)},
        {QStringLiteral("note"), i % 1000 == 0 ? QStringLiteral("rare anomaly") : QStringLiteral("routine")}};
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

/// Milliseconds from creating a pane (with `filter` applied, if any) to its
/// first rows painted.
double openOnce(const Store& store, const Session& session, const Clock& clock, UiSettings& settings,
    const AuditFilter* filter, int* rows)
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
    const double ms = double(t.nsecsElapsed()) / 1e6;
    *rows = pane.model()->rowCount();
    if (!pane.model()->errorMessage().isEmpty())
        std::fprintf(stderr, "error: %s\n", qPrintable(pane.model()->errorMessage()));
    return ms;
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

    AuditFilter typeAndText;
    typeAndText.types = {AuditEventType::DataExported};
    typeAndText.text = QStringLiteral("anomaly");
    AuditFilter tenantAndOutcome;
    tenantAndOutcome.tenantScope = AuditFilter::TenantScope::Tenant;
    tenantAndOutcome.tenant = TenantId(42);
    tenantAndOutcome.outcomes = {AuditOutcome::Failure};
    const struct
    {
        const char* name;
        const AuditFilter* filter;
    } cases[] = {{"unfiltered", nullptr}, {"type+text", &typeAndText}, {"tenant+outcome", &tenantAndOutcome}};

    std::printf("store: %s, %lld events\n", qPrintable(path), static_cast<long long>(events));
    for (const auto& c : cases) {
        std::vector<double> ms;
        int rows = 0;
        for (int r = 0; r < runs; ++r)
            ms.push_back(openOnce(*store, session, clock, settings, c.filter, &rows));
        std::sort(ms.begin(), ms.end());
        std::printf("pane_open_ms %-15s median=%.1f min=%.1f max=%.1f first_rows=%d\n", c.name, ms[ms.size() / 2],
            ms.front(), ms.back(), rows);
    }
    return 0;
}
