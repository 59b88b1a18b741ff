// Scheduled exports end to end on a demo store: the repository's round trip,
// define/redefine/enable/disable/undefine with their checks, permissions and
// audit events, and runDue with a manual clock: only due definitions run,
// their files are written under the expanded names, the history holds the
// right rows, bytes and SHA-256 (recomputed here), the next run advances, and
// a failing definition neither stops the others nor runs again before its
// next slot. The item models and the console's runner on the same store.
#include "FileHash.h"
#include "../engine/ExportTestSupport.h"

#include "audit/AuditReader.h"
#include "auth/AuthService.h"
#include "auth/SqliteOperatorRepository.h"
#include "core/DomainError.h"
#include "export/ExportDefinitionModel.h"
#include "export/ExportRunModel.h"
#include "export/ExportScheduleRunner.h"
#include "export/ExportScheduleService.h"
#include "export/ExportWriter.h"
#include "export/SqliteExportScheduleRepository.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace gc;
using gc::test::fileSha256;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}


} // namespace

class TestExportScheduleService : public QObject
{
    Q_OBJECT

private:
    test::DemoFixture m_fx;
    QString m_out; ///< a fresh folder per test

    Session sessionOf(const QString& username) const
    {
        const auto op = SqliteOperatorRepository(m_fx.store->db()).byUsername(username);
        if (!op)
            qFatal("no demo operator %s", qPrintable(username));
        return Session(*op);
    }

    std::unique_ptr<ExportScheduleService> serviceAs(const QString& username) const
    {
        return std::make_unique<ExportScheduleService>(
            *m_fx.store, m_fx.clock, sessionOf(username), *m_fx.log);
    }

    ExportRequest csvOf(ExportSourceId source, const QString& destination) const
    {
        ExportRequest r;
        r.source = source;
        ExportRequest::applyFormatId(QStringLiteral("csv"), r.options);
        r.destination = destination;
        return r;
    }

    AuditRecord lastEvent() const
    {
        AuditReader reader(*m_fx.store, sessionOf(QStringLiteral("auditor")));
        return reader.event(reader.lastSeq())->record;
    }

    qint64 lastSeq() const
    {
        return AuditReader(*m_fx.store, sessionOf(QStringLiteral("auditor"))).lastSeq();
    }

    QList<AuditRecord> eventsAfter(qint64 seq) const
    {
        AuditReader reader(*m_fx.store, sessionOf(QStringLiteral("auditor")));
        QList<AuditRecord> out;
        for (qint64 s = seq + 1; s <= reader.lastSeq(); ++s)
            out << reader.event(s)->record;
        return out;
    }

    void expectRefused(const std::function<void()>& call, DomainError::Kind kind, const QString& field,
        const QString& inMessage)
    {
        try {
            call();
            QFAIL("accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), kind);
            if (!field.isNull())
                QCOMPARE(e.field(), field);
            QVERIFY2(e.message().contains(inMessage), qPrintable(e.message()));
        }
    }

    void clearDefinitions() { m_fx.store->db().exec("DELETE FROM export_definitions"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.dir.isValid());
        m_fx.open();
        QCOMPARE(m_fx.store->schemaVersion(), 4);
    }

    void init()
    {
        static int n = 0;
        m_out = m_fx.dir.filePath(QStringLiteral("out%1").arg(++n));
        QVERIFY(QDir().mkpath(m_out));
        m_fx.clock.set(utc(2026, 11, 27, 8, 0));
        clearDefinitions();
    }

    void repositoryRoundTrip()
    {
        SqliteExportScheduleRepository repo(m_fx.store->db());
        const Session analyst = sessionOf(QStringLiteral("analyst"));
        ExportDefinition d;
        d.name = QStringLiteral("Nightly.preds");
        d.request = csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/p-{date}.csv")).toJson();
        d.schedule = QStringLiteral("daily 02:00");
        d.ownerId = analyst.op().id;
        d.createdAt = utc(2026, 11, 27, 8, 0);
        d.nextRunAt = utc(2026, 11, 28, 2, 0);
        d.id = repo.insertDefinition(d);
        QVERIFY(d.id > 0);

        auto back = repo.definitionByName(QStringLiteral("nightly.PREDS")); // case-insensitive
        QVERIFY(back);
        QCOMPARE(back->id, d.id);
        QCOMPARE(back->name, d.name);
        QCOMPARE(back->request, d.request);
        QCOMPARE(ExportRequest::fromJson(back->request), ExportRequest::fromJson(d.request));
        QCOMPARE(back->schedule, d.schedule);
        QCOMPARE(back->enabled, true);
        QCOMPARE(back->ownerId, analyst.op().id);
        QCOMPARE(back->ownerName, QStringLiteral("analyst"));
        QCOMPARE(back->createdAt, d.createdAt);
        QCOMPARE(back->nextRunAt, d.nextRunAt);
        QVERIFY(!back->lastRunAt);

        QVERIFY(repo.dueDefinitions(utc(2026, 11, 28, 1, 59).toSecsSinceEpoch()).isEmpty());
        QCOMPARE(repo.dueDefinitions(utc(2026, 11, 28, 2, 0).toSecsSinceEpoch()).size(), 1);
        back->enabled = false;
        repo.updateDefinition(*back);
        QVERIFY(repo.dueDefinitions(utc(2026, 11, 29, 0, 0).toSecsSinceEpoch()).isEmpty());
        QCOMPARE(repo.definitions().size(), 1);

        ExportRun run;
        run.definitionId = d.id;
        run.startedAt = utc(2026, 11, 28, 2, 0);
        run.finishedAt = utc(2026, 11, 28, 2, 1);
        run.outcome = ExportRunOutcome::Succeeded;
        run.rows = 600;
        run.bytes = 12345;
        run.durationMs = 61'000;
        run.sha256 = QCryptographicHash::hash("x", QCryptographicHash::Sha256);
        run.path = m_out + QStringLiteral("/p-2026-11-28.csv");
        run.id = repo.insertRun(run);
        ExportRun failed = run;
        failed.outcome = ExportRunOutcome::Failed;
        failed.sha256.clear();
        failed.message = QStringLiteral("no room");
        failed.id = repo.insertRun(failed);
        repo.setRunTimes(d.id, run.startedAt.toSecsSinceEpoch(), utc(2026, 11, 29, 2, 0).toSecsSinceEpoch());

        const QList<ExportRun> runs = repo.runs(d.id, 10);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).id, failed.id); // newest first
        QCOMPARE(runs.at(0).outcome, ExportRunOutcome::Failed);
        QCOMPARE(runs.at(0).message, QStringLiteral("no room"));
        QVERIFY(runs.at(0).sha256.isEmpty());
        const ExportRun& r = runs.at(1);
        QCOMPARE(r.definitionName, d.name);
        QCOMPARE(r.startedAt, run.startedAt);
        QCOMPARE(r.finishedAt, run.finishedAt);
        QCOMPARE(r.rows, run.rows);
        QCOMPARE(r.bytes, run.bytes);
        QCOMPARE(r.durationMs, run.durationMs);
        QCOMPARE(r.sha256, run.sha256);
        QCOMPARE(r.path, run.path);
        QCOMPARE(repo.runs(std::nullopt, 1).size(), 1);
        back = repo.definitionByName(d.name);
        QCOMPARE(back->lastRunAt, std::optional<QDateTime>(run.startedAt));
        QCOMPARE(back->nextRunAt, utc(2026, 11, 29, 2, 0));

        QVERIFY(repo.deleteDefinition(d.id));
        QVERIFY(!repo.deleteDefinition(d.id));
        QVERIFY(repo.runs(std::nullopt, 10).isEmpty()); // the history went with it
    }

    void defineStoresAndRecords()
    {
        auto service = serviceAs(QStringLiteral("analyst"));
        const qint64 before = lastSeq();
        const ExportDefinition d = service->define(QStringLiteral("nightly"),
            csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/n-{date}.csv")),
            QStringLiteral("Daily 2:00"));
        QCOMPARE(d.schedule, QStringLiteral("daily 02:00"));
        QCOMPARE(d.nextRunAt, utc(2026, 11, 28, 2, 0));
        QCOMPARE(service->definitions().size(), 1);
        QCOMPARE(service->definition(QStringLiteral("NIGHTLY")).id, d.id);

        const QList<AuditRecord> events = eventsAfter(before);
        QCOMPARE(events.size(), 1);
        const AuditRecord& e = events.front();
        QCOMPARE(e.type, AuditEventType::ConfigurationChanged);
        QCOMPARE(e.outcome, AuditOutcome::Success);
        QCOMPARE(e.resource, QStringLiteral("export_definition/nightly"));
        QCOMPARE(e.details.value(QStringLiteral("change")).toString(),
            QStringLiteral("export_definition_created"));
        QCOMPARE(e.details.value(QStringLiteral("schedule")).toString(), QStringLiteral("daily 02:00"));
        QCOMPARE(e.details.value(QStringLiteral("source")).toString(), QStringLiteral("predictions"));
        // The path stays out of the hashed record.
        QVERIFY(!e.details.contains(QStringLiteral("destination")));

        // Disable, enable (next run from now), redefine, undefine: one event each.
        m_fx.clock.set(utc(2026, 11, 28, 3, 0));
        QVERIFY(!service->setEnabled(QStringLiteral("nightly"), false).enabled);
        expectRefused([&] { service->setEnabled(QStringLiteral("nightly"), false); },
            DomainError::Kind::Conflict, {}, QStringLiteral("already disabled"));
        m_fx.clock.set(utc(2026, 11, 30, 5, 0));
        const ExportDefinition enabled = service->setEnabled(QStringLiteral("nightly"), true);
        QCOMPARE(enabled.nextRunAt, utc(2026, 12, 1, 2, 0));
        const ExportDefinition changed = service->redefine(QStringLiteral("nightly"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/m.csv")),
            QStringLiteral("weekly mon 06:00"));
        QCOMPARE(changed.nextRunAt, utc(2026, 11, 30, 6, 0));
        QCOMPARE(ExportRequest::fromJson(service->definition(QStringLiteral("nightly")).request).source,
            ExportSourceId::Models);
        service->undefine(QStringLiteral("nightly"));
        QVERIFY(service->definitions().isEmpty());
        QStringList changes;
        for (const AuditRecord& r : eventsAfter(before))
            changes << r.details.value(QStringLiteral("change")).toString();
        QCOMPARE(changes,
            QStringList({ QStringLiteral("export_definition_created"),
                QStringLiteral("export_definition_disabled"), QStringLiteral("export_definition_enabled"),
                QStringLiteral("export_definition_changed"), QStringLiteral("export_definition_deleted") }));
        expectRefused([&] { service->undefine(QStringLiteral("nightly")); }, DomainError::Kind::NotFound,
            QStringLiteral("name"), QStringLiteral("no scheduled export named “nightly”"));
    }

    void defineRefusesBadInput()
    {
        auto service = serviceAs(QStringLiteral("analyst"));
        const QString dest = m_out + QStringLiteral("/x.csv");
        const qint64 before = lastSeq();
        expectRefused(
            [&] {
                service->define(QStringLiteral("x"), csvOf(ExportSourceId::Predictions, dest),
                    QStringLiteral("daily 25:00"));
            },
            DomainError::Kind::Invalid, QStringLiteral("schedule"),
            QStringLiteral("“25:00” is not a time of day"));
        expectRefused(
            [&] {
                service->define(QStringLiteral("x"), csvOf(ExportSourceId::Predictions, dest),
                    QStringLiteral("sometimes"));
            },
            DomainError::Kind::Invalid, QStringLiteral("schedule"),
            QStringLiteral("“sometimes” is not a schedule"));
        expectRefused(
            [&] {
                service->define(QStringLiteral("bad name"), csvOf(ExportSourceId::Predictions, dest),
                    QStringLiteral("hourly"));
            },
            DomainError::Kind::Invalid, QStringLiteral("name"), QStringLiteral("not a valid name"));
        expectRefused(
            [&] {
                service->define(QStringLiteral("x"),
                    csvOf(ExportSourceId::Predictions, QStringLiteral("relative/x.csv")),
                    QStringLiteral("hourly"));
            },
            DomainError::Kind::Invalid, QStringLiteral("destination"), QStringLiteral("absolute path"));
        expectRefused(
            [&] {
                service->define(QStringLiteral("x"),
                    csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/{month}.csv")),
                    QStringLiteral("hourly"));
            },
            DomainError::Kind::Invalid, QStringLiteral("destination"),
            QStringLiteral("“{month}” is not a placeholder"));
        ExportRequest badColumn = csvOf(ExportSourceId::Predictions, dest);
        badColumn.columns = QStringList { QStringLiteral("no_such_column") };
        expectRefused([&] { service->define(QStringLiteral("x"), badColumn, QStringLiteral("hourly")); },
            DomainError::Kind::Invalid, QString(), QStringLiteral("no_such_column"));
        // An analyst may not save a clear-data export of tenant users.
        ExportRequest clear = csvOf(ExportSourceId::TenantUsers, dest);
        clear.clearPersonalData = true;
        expectRefused([&] { service->define(QStringLiteral("x"), clear, QStringLiteral("hourly")); },
            DomainError::Kind::PermissionDenied, QString(), QString());
        QVERIFY(service->definitions().isEmpty());
        // Bad input records nothing (ExportJob-like refusals by role are not made here).
        QCOMPARE(lastSeq(), before);

        service->define(
            QStringLiteral("x"), csvOf(ExportSourceId::Predictions, dest), QStringLiteral("hourly"));
        expectRefused(
            [&] {
                service->define(
                    QStringLiteral("X"), csvOf(ExportSourceId::Predictions, dest), QStringLiteral("hourly"));
            },
            DomainError::Kind::Conflict, QStringLiteral("name"), QStringLiteral("already exists"));
    }

    void permissionRefusals()
    {
        auto auditor = serviceAs(QStringLiteral("auditor"));
        const qint64 before = lastSeq();
        expectRefused(
            [&] {
                auditor->define(QStringLiteral("mine"),
                    csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/a.csv")),
                    QStringLiteral("hourly"));
            },
            DomainError::Kind::PermissionDenied, QString(),
            QStringLiteral("define or change scheduled exports"));
        QVERIFY(auditor->definitions().isEmpty()); // may still read them
        const QList<AuditRecord> denied = eventsAfter(before);
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.front().type, AuditEventType::ConfigurationChanged);
        QCOMPARE(denied.front().outcome, AuditOutcome::Denied);
        QCOMPARE(denied.front().resource, QStringLiteral("export_definition/mine"));

        // Someone else's definition: only its owner or an administrator.
        auto admin = serviceAs(QStringLiteral("admin"));
        admin->define(QStringLiteral("admins"),
            csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/b.csv")), QStringLiteral("hourly"));
        auto analyst = serviceAs(QStringLiteral("analyst"));
        expectRefused([&] { analyst->undefine(QStringLiteral("admins")); },
            DomainError::Kind::PermissionDenied, QString(), QStringLiteral("belongs to admin"));
        expectRefused([&] { analyst->setEnabled(QStringLiteral("admins"), false); },
            DomainError::Kind::PermissionDenied, QString(), QStringLiteral("belongs to admin"));
        QCOMPARE(analyst->definitions().size(), 1);
        analyst->define(QStringLiteral("analysts"),
            csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/c.csv")), QStringLiteral("hourly"));
        admin->undefine(QStringLiteral("analysts"));
        QCOMPARE(admin->definitions().size(), 1);
    }

    void runDueRunsOnlyWhatIsDue()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        // 08:00 now: every 15 minutes → 08:15; hourly → 09:00; daily 02:00 → tomorrow.
        analyst->define(QStringLiteral("quarterly"),
            csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/{name}-{date}-{time}.csv")),
            QStringLiteral("every 15 minutes"));
        analyst->define(QStringLiteral("broken"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/missing/models.csv")),
            QStringLiteral("hourly"));
        analyst->define(QStringLiteral("later"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/later.csv")),
            QStringLiteral("daily 02:00"));
        auto disabled = analyst->define(QStringLiteral("off"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/off.csv")),
            QStringLiteral("every 1 minute"));
        analyst->setEnabled(disabled.name, false);

        // The console's runner runs with whoever is signed in; each export runs as its owner.
        ExportScheduleService runner(
            *m_fx.store, m_fx.clock, sessionOf(QStringLiteral("auditor")), *m_fx.log);
        m_fx.clock.set(utc(2026, 11, 27, 8, 10));
        QVERIFY(runner.runDue(m_fx.clock.nowUtc()).isEmpty());
        QVERIFY(QDir(m_out).entryList(QDir::Files).isEmpty());

        const QDateTime nine = utc(2026, 11, 27, 9, 0);
        m_fx.clock.set(nine);
        const qint64 before = lastSeq();
        const QList<ExportRun> runs = runner.runDue(nine);
        QCOMPARE(runs.size(), 2);
        // The most overdue first.
        QCOMPARE(runs.at(0).definitionName, QStringLiteral("quarterly"));
        QCOMPARE(runs.at(1).definitionName, QStringLiteral("broken"));

        const ExportRun& ok = runs.at(0);
        QCOMPARE(ok.outcome, ExportRunOutcome::Succeeded);
        const QString expected = m_out + QStringLiteral("/quarterly-2026-11-27-090000.csv");
        QCOMPARE(ok.path, expected);
        QVERIFY(QFile::exists(expected));
        QCOMPARE(ok.rows, qint64(600));
        QCOMPARE(ok.bytes, QFileInfo(expected).size());
        QCOMPARE(ok.sha256, fileSha256(expected));
        QVERIFY(ok.message.isEmpty());

        const ExportRun& bad = runs.at(1);
        QCOMPARE(bad.outcome, ExportRunOutcome::Failed);
        QVERIFY2(bad.message.contains(QStringLiteral("does not exist")), qPrintable(bad.message));
        QVERIFY2(bad.message.contains(QStringLiteral("missing")), qPrintable(bad.message));
        QVERIFY(bad.sha256.isEmpty());
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/missing/models.csv")));

        // The history as stored.
        const QList<ExportRun> history = runner.history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).sha256, fileSha256(expected));
        QCOMPARE(history.at(1).rows, qint64(600));
        QCOMPARE(history.at(1).bytes, QFileInfo(expected).size());
        QCOMPARE(history.at(1).outcome, ExportRunOutcome::Succeeded);
        QCOMPARE(history.at(0).outcome, ExportRunOutcome::Failed);
        QCOMPARE(history.at(0).message, bad.message);
        QCOMPARE(runner.history(QStringLiteral("broken")).size(), 1);

        // The next runs advanced, whatever the outcome.
        QCOMPARE(runner.definition(QStringLiteral("quarterly")).nextRunAt, utc(2026, 11, 27, 9, 15));
        QCOMPARE(runner.definition(QStringLiteral("broken")).nextRunAt, utc(2026, 11, 27, 10, 0));
        QCOMPARE(runner.definition(QStringLiteral("broken")).lastRunAt, std::optional<QDateTime>(nine));
        QCOMPARE(runner.definition(QStringLiteral("later")).nextRunAt, utc(2026, 11, 28, 2, 0));
        QVERIFY(!runner.definition(QStringLiteral("off")).lastRunAt);

        // Audit: the export with its hash, and the failure, both under the owner.
        const QList<AuditRecord> events = eventsAfter(before);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).type, AuditEventType::DataExported);
        QCOMPARE(events.at(0).outcome, AuditOutcome::Success);
        QCOMPARE(events.at(0).details.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(fileSha256(expected).toHex()));
        QCOMPARE(events.at(0).details.value(QStringLiteral("rows")).toInteger(), qint64(600));
        QCOMPARE(events.at(1).type, AuditEventType::DataExported);
        QCOMPARE(events.at(1).outcome, AuditOutcome::Failure);
        QCOMPARE(
            events.at(1).details.value(QStringLiteral("definition")).toString(), QStringLiteral("broken"));
        QCOMPARE(events.at(0).actorId, events.at(1).actorId);

        // No tight loop: the same instant again runs nothing.
        QVERIFY(runner.runDue(nine).isEmpty());
        // At 10:00 both run again (quarterly is overdue since 09:15); the failure is retried once.
        m_fx.clock.set(utc(2026, 11, 27, 10, 0));
        const QList<ExportRun> again = runner.runDue(m_fx.clock.nowUtc());
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).outcome, ExportRunOutcome::Succeeded);
        QCOMPARE(again.at(0).path, m_out + QStringLiteral("/quarterly-2026-11-27-100000.csv"));
        QCOMPARE(again.at(1).outcome, ExportRunOutcome::Failed);
        QCOMPARE(runner.definition(QStringLiteral("quarterly")).nextRunAt, utc(2026, 11, 27, 10, 15));
        QCOMPARE(runner.history().size(), 4);
        QCOMPARE(QDir(m_out).entryList(QDir::Files).size(), 2);
    }

    /// Two passes at once (the console and a timer): each definition runs once.
    void runNowRunsOneDefinitionWhetherDueOrNot()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        analyst->define(QStringLiteral("nightly"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/{name}-{time}.csv")), QStringLiteral("daily 02:00"));
        analyst->define(QStringLiteral("other"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/other.csv")), QStringLiteral("every 1 minute"));
        // Not due until tomorrow 02:00: Run Now runs it anyway, and only it.
        const QDateTime now = utc(2026, 11, 27, 8, 30);
        m_fx.clock.set(now);
        const ExportRun run = analyst->runNow(QStringLiteral("nightly"), now);
        QCOMPARE(run.outcome, ExportRunOutcome::Succeeded);
        const QString path = m_out + QStringLiteral("/nightly-083000.csv");
        QCOMPARE(run.path, path);
        QCOMPARE(run.sha256, fileSha256(path));
        QCOMPARE(QDir(m_out).entryList(QDir::Files), QStringList { QStringLiteral("nightly-083000.csv") });
        const QList<ExportRun> history = analyst->history(QStringLiteral("nightly"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.front().id, run.id);
        const ExportDefinition d = analyst->definition(QStringLiteral("nightly"));
        QCOMPARE(d.lastRunAt, std::optional<QDateTime>(now));
        QCOMPARE(d.nextRunAt, utc(2026, 11, 28, 2, 0));
        QVERIFY(analyst->history(QStringLiteral("other")).isEmpty());

        // It needs what changing it needs.
        auto auditor = serviceAs(QStringLiteral("auditor"));
        expectRefused([&] { auditor->runNow(QStringLiteral("nightly"), now); }, DomainError::Kind::PermissionDenied,
            QString(), QStringLiteral("define or change scheduled exports"));
        auto admin = serviceAs(QStringLiteral("admin"));
        admin->define(QStringLiteral("admins"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/admins.csv")), QStringLiteral("hourly"));
        expectRefused([&] { analyst->runNow(QStringLiteral("admins"), now); }, DomainError::Kind::PermissionDenied,
            QString(), QStringLiteral("belongs to admin"));
        expectRefused([&] { analyst->runNow(QStringLiteral("nope"), now); }, DomainError::Kind::NotFound, QString(),
            QStringLiteral("nope"));
        QCOMPARE(analyst->history(QStringLiteral("nightly")).size(), 1);
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/admins.csv")));
    }

    void overlappingPassesRunEachDefinitionOnce()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        analyst->define(QStringLiteral("one"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/one.csv")),
            QStringLiteral("every 5 minutes"));
        analyst->define(QStringLiteral("two"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/two.csv")),
            QStringLiteral("every 5 minutes"));
        const QDateTime now = utc(2026, 11, 27, 8, 5);
        ExportScheduleService other(*m_fx.store, m_fx.clock, sessionOf(QStringLiteral("admin")), *m_fx.log);
        QList<ExportRun> otherRuns;
        bool started = false;
        // While the first pass writes its first file, the second pass runs.
        ExportScheduleService first(*m_fx.store, m_fx.clock, sessionOf(QStringLiteral("admin")), *m_fx.log,
            [&](const ExportOptions& options) {
                if (!started) {
                    started = true;
                    otherRuns = other.runDue(now);
                }
                return makeExportWriter(options);
            });
        const QList<ExportRun> firstRuns = first.runDue(now);
        QCOMPARE(firstRuns.size(), 1);
        QCOMPARE(firstRuns.front().definitionName, QStringLiteral("one"));
        QCOMPARE(otherRuns.size(), 1);
        QCOMPARE(otherRuns.front().definitionName, QStringLiteral("two"));
        QCOMPARE(first.history().size(), 2);
        QCOMPARE(firstRuns.front().outcome, ExportRunOutcome::Succeeded);
        QCOMPARE(otherRuns.front().outcome, ExportRunOutcome::Succeeded);
    }

    /// A cancelled run is recorded as such, writes nothing and stays due; the rest wait.
    void cancelLeavesItDue()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        analyst->define(QStringLiteral("one"),
            csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/one.csv")),
            QStringLiteral("every 5 minutes"));
        analyst->define(QStringLiteral("two"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/two.csv")),
            QStringLiteral("every 5 minutes"));
        ExportScheduleService* self = nullptr;
        ExportScheduleService runner(*m_fx.store, m_fx.clock, sessionOf(QStringLiteral("admin")), *m_fx.log,
            [&](const ExportOptions& options) {
                self->cancel();
                return makeExportWriter(options);
            });
        self = &runner;
        const QDateTime now = utc(2026, 11, 27, 8, 5);
        const QList<ExportRun> runs = runner.runDue(now);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.front().outcome, ExportRunOutcome::Cancelled);
        QVERIFY2(!runs.front().message.isEmpty(), "a cancelled run says so");
        QVERIFY(QDir(m_out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(runner.history().front().outcome, ExportRunOutcome::Cancelled);
        QCOMPARE(runner.definition(QStringLiteral("one")).nextRunAt, now);
        QCOMPARE(runner.definition(QStringLiteral("two")).nextRunAt, now);
        // The next pass runs both.
        auto again = serviceAs(QStringLiteral("admin"));
        QCOMPARE(again->runDue(now).size(), 2);
    }

    /// The timer's pass writes on a worker thread; stop() cancels it and waits.
    void runnerWritesOnAWorkerAndStopCancels()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        analyst->define(QStringLiteral("slow"),
            csvOf(ExportSourceId::Predictions, m_out + QStringLiteral("/slow.csv")),
            QStringLiteral("every 5 minutes"));
        m_fx.clock.set(utc(2026, 11, 27, 8, 5));
        QSemaphore entered;
        QThread* writerThread = nullptr;
        ExportScheduleRunner runner(*m_fx.store, m_fx.clock, sessionOf(QStringLiteral("admin")), *m_fx.log,
            nullptr, [&](const ExportOptions& options) {
                writerThread = QThread::currentThread();
                entered.release();
                // Long enough for the test to ask for the stop while the export runs.
                QThread::msleep(400);
                return makeExportWriter(options);
            });
        QSignalSpy ran(&runner, &ExportScheduleRunner::ran);
        runner.start(60'000);
        QTRY_VERIFY(entered.available() == 1);
        QVERIFY(runner.isRunning());
        QVERIFY(writerThread != QThread::currentThread());
        runner.stop();
        QVERIFY(!runner.isRunning());
        QCOMPARE(ran.size(), 1);
        const QList<ExportRun> runs = ran.front().front().value<QList<ExportRun>>();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.front().outcome, ExportRunOutcome::Cancelled);
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/slow.csv")));
        QCOMPARE(analyst->definition(QStringLiteral("slow")).nextRunAt, utc(2026, 11, 27, 8, 5));
    }

    void inactiveOwnerFailsTheRun()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        analyst->define(QStringLiteral("orphan"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/o.csv")),
            QStringLiteral("every 5 minutes"));
        const Session admin = sessionOf(QStringLiteral("admin"));
        AuthService auth(*m_fx.store, m_fx.clock, *m_fx.log);
        auth.setActive(admin, analyst->session().op().id, false);
        ExportScheduleService runner(*m_fx.store, m_fx.clock, admin, *m_fx.log);
        const QList<ExportRun> runs = runner.runDue(utc(2026, 11, 27, 8, 5));
        auth.setActive(admin, analyst->session().op().id, true);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.front().outcome, ExportRunOutcome::Failed);
        QVERIFY2(runs.front().message.contains(QStringLiteral("no longer an active operator")),
            qPrintable(runs.front().message));
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/o.csv")));
    }

    void itemModels()
    {
        auto analyst = serviceAs(QStringLiteral("analyst"));
        analyst->define(QStringLiteral("b-models"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/m.csv")),
            QStringLiteral("every 10 minutes"));
        analyst->define(QStringLiteral("a-broken"),
            csvOf(ExportSourceId::Models, m_out + QStringLiteral("/nope/m.csv")),
            QStringLiteral("every 10 minutes"));

        ExportDefinitionModel definitions;
        new QAbstractItemModelTester(
            &definitions, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        ExportRunModel runs;
        new QAbstractItemModelTester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QSignalSpy reset(&definitions, &QAbstractItemModel::modelReset);

        definitions.setDefinitions(analyst->definitions());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(definitions.rowCount(), 2);
        QCOMPARE(definitions.columnCount(), int(ExportDefinitionModel::ColumnCount));
        QCOMPARE(
            definitions.index(0, ExportDefinitionModel::Name).data().toString(), QStringLiteral("a-broken"));
        QCOMPARE(definitions.index(1, ExportDefinitionModel::Schedule).data().toString(),
            QStringLiteral("every 10 minutes"));
        QCOMPARE(
            definitions.index(1, ExportDefinitionModel::Source).data().toString(), QStringLiteral("models"));
        QCOMPARE(
            definitions.index(1, ExportDefinitionModel::Format).data().toString(), QStringLiteral("csv"));
        QCOMPARE(definitions.index(1, ExportDefinitionModel::NextRun).data().toString(),
            QStringLiteral("2026-11-27 08:10 UTC"));
        QCOMPARE(
            definitions.index(1, ExportDefinitionModel::Owner).data().toString(), QStringLiteral("analyst"));
        QCOMPARE(definitions.index(1, ExportDefinitionModel::Enabled).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));
        QVERIFY(!definitions.headerData(ExportDefinitionModel::NextRun, Qt::Horizontal, Qt::DisplayRole)
                     .toString()
                     .isEmpty());

        // The console's runner: one pass, its signal, and the models reloaded from it.
        m_fx.clock.set(utc(2026, 11, 27, 8, 10));
        ExportScheduleRunner runner(*m_fx.store, m_fx.clock, sessionOf(QStringLiteral("admin")), *m_fx.log);
        QSignalSpy ran(&runner, &ExportScheduleRunner::ran);
        QSignalSpy failed(&runner, &ExportScheduleRunner::failed);
        QCOMPARE(runner.runNow().size(), 2);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(runner.runNow().isEmpty());
        QCOMPARE(ran.size(), 1); // nothing ran, nothing said

        runs.setRuns(runner.service().history());
        QCOMPARE(runs.rowCount(), 2);
        QCOMPARE(runs.columnCount(), int(ExportRunModel::ColumnCount));
        // Newest first: the definitions ran in id order (equally overdue), b-models first.
        QCOMPARE(runs.index(0, ExportRunModel::Definition).data().toString(), QStringLiteral("a-broken"));
        QCOMPARE(runs.index(0, ExportRunModel::Outcome).data().toString(), QStringLiteral("Failed"));
        QVERIFY(runs.index(0, ExportRunModel::Message)
                    .data()
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        QVERIFY(runs.index(0, ExportRunModel::Outcome)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        QCOMPARE(runs.index(0, ExportRunModel::Rows).data().toString(), QString());
        QCOMPARE(runs.index(1, ExportRunModel::Outcome).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(runs.index(1, ExportRunModel::Sha256).data().toString(),
            QString::fromLatin1(fileSha256(m_out + QStringLiteral("/m.csv")).toHex()));
        QCOMPARE(runs.index(1, ExportRunModel::Started).data().toString(),
            QStringLiteral("2026-11-27 08:10:00 UTC"));
        QVERIFY(!runs.index(1, ExportRunModel::Rows).data().toString().isEmpty());
        runs.setRuns({});
        QCOMPARE(runs.rowCount(), 0);

        // The timer: started, it runs what is due on the event loop.
        m_fx.clock.set(utc(2026, 11, 27, 8, 20));
        runner.start(50);
        QVERIFY(runner.isActive());
        QTRY_COMPARE(ran.size(), 2);
        runner.stop();
        QVERIFY(!runner.isActive());
        QCOMPARE(runner.service().history().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestExportScheduleService)
#include "TestExportScheduleService.moc"
