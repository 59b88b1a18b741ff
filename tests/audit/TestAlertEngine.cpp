// The alert rules: each fires exactly at its threshold within its window, once
// per subject while open, and resolving and configuring them is recorded.
#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "tenancy/TenantService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace gc;

namespace {

Session sessionAs(Role role, const char* name, qint64 id)
{
    return Session(Operator { id, QString::fromLatin1(name), QString::fromLatin1(name), role, true, {}, {} });
}

AuditEventDraft draft(AuditEventType type, const QString& actor, AuditOutcome outcome = AuditOutcome::Success)
{
    AuditEventDraft d;
    d.type = type;
    d.actorId = actor;
    d.outcome = outcome;
    d.resource = QStringLiteral("store");
    return d;
}

AuditEventDraft deniedFor(qint64 tenant, const QString& reason)
{
    AuditEventDraft d
        = draft(AuditEventType::AuthenticationFailure, QStringLiteral("key-1"), AuditOutcome::Denied);
    d.tenant = TenantId(tenant);
    d.resource = QStringLiteral("api_key/1");
    d.details = QJsonObject { { QStringLiteral("reason"), reason } };
    return d;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AlertEngine> m_engine;
    std::optional<Session> m_admin;
    std::optional<Session> m_auditor;

    qint64 append(const AuditEventDraft& d)
    {
        return m_store->transact([&] { return m_log->append(d); });
    }

    /// Appends `n` events `spacing` seconds apart (the clock moves first).
    void appendEvery(int n, qint64 spacing, const AuditEventDraft& d)
    {
        for (int i = 0; i < n; ++i) {
            m_clock->advanceSecs(spacing);
            append(d);
        }
    }

    QList<AuditAlert> openAlerts() { return m_engine->alerts(true); }

    AuditRecord lastRecord()
    {
        AuditPageRequest r;
        r.limit = 1;
        return m_log->repository().page(r).value(0).record;
    }

    AuditAlertRuleConfig rule(AlertRuleKind kind)
    {
        for (const AuditAlertRuleConfig& c : m_engine->rules()) {
            if (c.rule == alertRuleId(kind))
                return c;
        }
        return {};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        m_store = Store::open(m_dir->filePath(QStringLiteral("alerts.sqlite3")));
        m_log = std::make_unique<AuditLog>(*m_store, *m_clock);
        m_engine = std::make_unique<AlertEngine>(*m_log, *m_clock);
        m_admin.emplace(sessionAs(Role::Administrator, "admin", 1));
        m_auditor.emplace(sessionAs(Role::Auditor, "audrey", 2));
    }

    void cleanup()
    {
        m_engine.reset();
        m_log.reset();
        m_store.reset();
        m_dir.reset();
    }

    void ruleIds()
    {
        QCOMPARE(allAlertRuleKinds().size(), 4);
        for (AlertRuleKind k : allAlertRuleKinds()) {
            QCOMPARE(alertRuleFromId(alertRuleId(k)), k);
            QVERIFY(!alertRuleDisplayName(k).isEmpty());
            QCOMPARE(defaultAlertRule(k).rule, alertRuleId(k));
        }
        QVERIFY(!alertRuleFromId(QStringLiteral("Export_Burst")));
        QCOMPARE(defaultAlertRule(AlertRuleKind::RepeatedFailedLogins).threshold, 5);
        QCOMPARE(defaultAlertRule(AlertRuleKind::RepeatedFailedLogins).windowSeconds, 600);
        QCOMPARE(defaultAlertRule(AlertRuleKind::ExportBurst).threshold, 20);
        QCOMPARE(m_engine->rules().size(), 4);
    }

    void failedLoginsFireAtTheThreshold()
    {
        const QString account = QStringLiteral("op-00000000000000aa");
        appendEvery(4, 60, draft(AuditEventType::LoginFailed, account, AuditOutcome::Failure));
        QCOMPARE(openAlerts().size(), 0);
        const qint64 before = m_log->size();
        appendEvery(1, 60, draft(AuditEventType::LoginFailed, account, AuditOutcome::Failure));
        // The failed sign-in and the alert it raised, in that order.
        QCOMPARE(m_log->size(), before + 2);
        const QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        const AuditAlert& a = open.constFirst();
        QCOMPARE(a.rule, QStringLiteral("repeated_failed_logins"));
        QCOMPARE(a.subject, account);
        QCOMPARE(a.raisedSeq, before + 2);
        QCOMPARE(a.raisedAt, m_clock->nowSecs());
        QVERIFY(!a.resolved);
        QVERIFY(a.summary.contains(account));
        const AuditRecord raised = lastRecord();
        QCOMPARE(raised.sequence, a.raisedSeq);
        QCOMPARE(raised.type, AuditEventType::AlertRaised);
        QCOMPARE(raised.severity, AuditSeverity::Warning);
        QCOMPARE(raised.resource, QStringLiteral("alert/%1").arg(a.id));
        QCOMPARE(raised.details.value(QStringLiteral("count")).toInt(), 5);
        QCOMPARE(raised.details.value(QStringLiteral("rule")).toString(), a.rule);
    }

    void eventsOutsideTheWindowDoNotCount()
    {
        const QString account = QStringLiteral("op-00000000000000bb");
        // Five failures spanning exactly the 600 s window: the first has left it.
        appendEvery(5, 150, draft(AuditEventType::LoginFailed, account, AuditOutcome::Failure));
        QCOMPARE(openAlerts().size(), 0);
        appendEvery(1, 10, draft(AuditEventType::LoginFailed, account, AuditOutcome::Failure));
        QCOMPARE(openAlerts().size(), 1);
    }

    void accountsAreCountedApart()
    {
        for (int i = 0; i < 4; ++i) {
            appendEvery(
                1, 1, draft(AuditEventType::LoginFailed, QStringLiteral("op-a"), AuditOutcome::Failure));
            appendEvery(
                1, 1, draft(AuditEventType::LoginFailed, QStringLiteral("op-b"), AuditOutcome::Failure));
        }
        appendEvery(1, 1, draft(AuditEventType::Login, QStringLiteral("op-a")));
        QCOMPARE(openAlerts().size(), 0);
    }

    void openAlertsAreNotRepeated()
    {
        const auto failed = draft(AuditEventType::LoginFailed, QStringLiteral("op-c"), AuditOutcome::Failure);
        appendEvery(8, 5, failed);
        QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        // Resolved: the next failure, still five within the window, raises a new one.
        m_engine->resolve(*m_admin, open.constFirst().id, QStringLiteral("Password reset by phone"));
        QCOMPARE(openAlerts().size(), 0);
        appendEvery(1, 5, failed);
        QCOMPARE(openAlerts().size(), 1);
        // Left open past its window: a new burst raises a new alert.
        m_clock->advanceSecs(3600);
        appendEvery(4, 5, failed);
        QCOMPARE(openAlerts().size(), 1);
        appendEvery(1, 5, failed);
        QCOMPARE(openAlerts().size(), 2);
        QCOMPARE(m_engine->alerts(false).size(), 3);
    }

    void exportBurstFiresAtTwenty()
    {
        const auto exported = draft(AuditEventType::DataExported, QStringLiteral("op-d"));
        appendEvery(10, 10, exported);
        // Failed exports took nothing out.
        appendEvery(
            10, 1, draft(AuditEventType::DataExported, QStringLiteral("op-d"), AuditOutcome::Failure));
        appendEvery(9, 10, exported);
        QCOMPARE(openAlerts().size(), 0);
        appendEvery(1, 10, exported);
        const QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().rule, QStringLiteral("export_burst"));
        QCOMPARE(open.constFirst().subject, QStringLiteral("op-d"));
    }

    void suspendedTenantAccessFiresOnce()
    {
        append(deniedFor(7, QStringLiteral("key_revoked")));
        append(deniedFor(7, QStringLiteral("permission")));
        QCOMPARE(openAlerts().size(), 0);
        append(deniedFor(7, QStringLiteral("tenant_suspended")));
        QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().rule, QStringLiteral("suspended_tenant_access"));
        QCOMPARE(open.constFirst().subject, QStringLiteral("tenant/7"));
        const AuditRecord raised = lastRecord();
        QCOMPARE(raised.type, AuditEventType::AlertRaised);
        QCOMPARE(raised.tenant.value_or(TenantId()).value, 7);
        append(deniedFor(7, QStringLiteral("tenant_suspended")));
        QCOMPARE(openAlerts().size(), 1);
        append(deniedFor(8, QStringLiteral("tenant_suspended")));
        QCOMPARE(openAlerts().size(), 2);
    }

    void suspendedTenantKeyRaisesAnAlertThroughTheService()
    {
        const Session admin = sessionAs(Role::Administrator, "admin", 1);
        TenantService tenants(*m_store, *m_clock, admin, *m_log);
        TenantDraft d;
        d.slug = QStringLiteral("acme");
        d.name = QStringLiteral("Acme");
        d.contactEmail = QStringLiteral("ops@acme.example");
        d.region = QStringLiteral("eu-west");
        const Tenant t = tenants.provision(d);
        const QString secret = tenants.createApiKey(t.id, QStringLiteral("ingest")).secret;
        tenants.suspend(t.id, QStringLiteral("Unpaid"));
        QVERIFY(!tenants.authenticateApiKey(secret));
        const QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().subject, QStringLiteral("tenant/%1").arg(t.id.value));
    }

    void failedSignInsRaiseAnAlertThroughTheService()
    {
        AuthService auth(*m_store, *m_clock, *m_log, PasswordHasher::Cost { 10, 8, 1 });
        auth.createFirstAdministrator(
            QStringLiteral("root"), QStringLiteral("Root"), QStringLiteral("correct horse battery"));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(openAlerts().size(), 0);
            QVERIFY_THROWS_EXCEPTION(
                DomainError, auth.signIn(QStringLiteral("Root"), QStringLiteral("guess %1").arg(i)));
        }
        const QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        Operator root;
        root.username = QStringLiteral("root");
        QCOMPARE(open.constFirst().subject, m_log->operatorActor(root));
    }

    void windowsSurviveANewEngine()
    {
        // A CLI command is a process of its own: the next one still counts.
        const auto failed = draft(AuditEventType::LoginFailed, QStringLiteral("op-e"), AuditOutcome::Failure);
        appendEvery(4, 30, failed);
        m_engine.reset();
        m_engine = std::make_unique<AlertEngine>(*m_log, *m_clock);
        appendEvery(1, 30, failed);
        QCOMPARE(openAlerts().size(), 1);
        // And an open alert stays de-duplicated across engines.
        m_engine.reset();
        m_engine = std::make_unique<AlertEngine>(*m_log, *m_clock);
        appendEvery(1, 30, failed);
        QCOMPARE(m_engine->alerts(false).size(), 1);
    }

    void verificationFailure()
    {
        const auto id
            = m_engine->raiseVerificationFailure(QStringLiteral("op-f"), QStringLiteral("event 7 modified"));
        QVERIFY(id);
        const AuditRecord raised = lastRecord();
        QCOMPARE(raised.type, AuditEventType::AlertRaised);
        QCOMPARE(raised.severity, AuditSeverity::Critical);
        QCOMPARE(raised.actorId, QStringLiteral("op-f"));
        const QList<AuditAlert> open = openAlerts();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().summary, QStringLiteral("event 7 modified"));
        QCOMPARE(open.constFirst().rule, QStringLiteral("verification_failure"));
        // Open: the same alert.
        QCOMPARE(m_engine->raiseVerificationFailure(QStringLiteral("op-f"), QStringLiteral("again")), id);
        QCOMPARE(openAlerts().size(), 1);
        AuditAlertRuleConfig off = rule(AlertRuleKind::VerificationFailure);
        off.enabled = false;
        m_engine->setRule(*m_admin, off);
        m_engine->resolve(*m_admin, *id, QStringLiteral("restored from backup"));
        QCOMPARE(m_engine->raiseVerificationFailure(QStringLiteral("op-f"), QStringLiteral("again")),
            std::nullopt);
        QCOMPARE(openAlerts().size(), 0);
    }

    void resolveRecordsTheResolution()
    {
        const auto id = m_engine->raiseVerificationFailure({}, QStringLiteral("bad root"));
        QVERIFY(id);
        const qint64 before = m_log->size();
        m_clock->advanceSecs(90);
        const AuditAlert a = m_engine->resolve(*m_admin, *id, QStringLiteral("  False alarm: test store  "));
        QVERIFY(a.resolved);
        QCOMPARE(a.resolution, QStringLiteral("False alarm: test store"));
        QCOMPARE(a.resolvedAt, m_clock->nowSecs());
        QCOMPARE(a.resolvedBy, m_log->operatorActor(m_admin->op()));
        QCOMPARE(m_log->size(), before + 1);
        QCOMPARE(a.resolvedSeq, before + 1);
        AuditPageRequest r;
        r.limit = 1;
        const AuditEvent e = m_log->repository().page(r).value(0);
        QCOMPARE(e.record.type, AuditEventType::AlertResolved);
        QCOMPARE(e.record.resource, QStringLiteral("alert/%1").arg(*id));
        QCOMPARE(e.record.actorId, m_log->operatorActor(m_admin->op()));
        // The note is free text: personal part only.
        QVERIFY(!QJsonDocument(e.record.details).toJson().contains("False alarm"));
        QVERIFY(e.personal);
        QCOMPARE(e.personal->data.details.value(QStringLiteral("resolution")).toString(),
            QStringLiteral("False alarm: test store"));
        const auto stored = m_log->repository().alert(*id);
        QVERIFY(stored);
        QVERIFY(stored->resolved);
        QCOMPARE(stored->resolvedSeq, before + 1);
    }

    void resolveRefusals()
    {
        const auto id = m_engine->raiseVerificationFailure({}, QStringLiteral("bad root"));
        QVERIFY(id);
        const auto kindOf = [](auto&& call) {
            try {
                call();
            } catch (const DomainError& e) {
                return std::optional(e.kind());
            }
            return std::optional<DomainError::Kind>();
        };
        qint64 size = m_log->size();
        QCOMPARE(kindOf([&] { m_engine->resolve(*m_admin, *id, QStringLiteral("   ")); }),
            DomainError::Kind::Invalid);
        QCOMPARE(kindOf([&] { m_engine->resolve(*m_admin, *id + 100, QStringLiteral("x")); }),
            DomainError::Kind::NotFound);
        QCOMPARE(m_log->size(), size);
        // A refusal by role is recorded as a denied attempt, and changes nothing.
        QCOMPARE(kindOf([&] { m_engine->resolve(*m_auditor, *id, QStringLiteral("x")); }),
            DomainError::Kind::PermissionDenied);
        QCOMPARE(m_log->size(), size + 1);
        QCOMPARE(lastRecord().type, AuditEventType::AlertResolved);
        QCOMPARE(lastRecord().outcome, AuditOutcome::Denied);
        QCOMPARE(openAlerts().size(), 1);
        m_engine->resolve(*m_admin, *id, QStringLiteral("done"));
        size = m_log->size();
        QCOMPARE(kindOf([&] { m_engine->resolve(*m_admin, *id, QStringLiteral("again")); }),
            DomainError::Kind::Conflict);
        QCOMPARE(m_log->size(), size);
    }

    void setRuleValidates_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown rule") << QStringLiteral("nope") << 5 << 60 << QStringLiteral("rule");
        QTest::newRow("threshold 0") << QStringLiteral("export_burst") << 0 << 60
                                     << QStringLiteral("threshold");
        QTest::newRow("threshold too big")
            << QStringLiteral("export_burst") << 100'001 << 60 << QStringLiteral("threshold");
        QTest::newRow("window 0") << QStringLiteral("export_burst") << 5 << 0 << QStringLiteral("window");
        QTest::newRow("window over 30 days")
            << QStringLiteral("export_burst") << 5 << 30 * 86'400 + 1 << QStringLiteral("window");
    }

    void setRuleValidates()
    {
        QFETCH(QString, rule);
        QFETCH(int, threshold);
        QFETCH(int, window);
        QFETCH(QString, field);
        const qint64 size = m_log->size();
        const auto before = m_engine->rules();
        try {
            m_engine->setRule(*m_admin, AuditAlertRuleConfig { rule, true, threshold, window });
            QFAIL("accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            QCOMPARE(e.field(), field);
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(m_log->size(), size);
        QCOMPARE(m_engine->rules(), before);
    }

    void setRuleLimitsAreInclusive()
    {
        m_engine->setRule(
            *m_admin, AuditAlertRuleConfig { QStringLiteral("export_burst"), true, 100'000, 30 * 86'400 });
        m_engine->setRule(*m_admin, AuditAlertRuleConfig { QStringLiteral("export_burst"), true, 1, 1 });
        QCOMPARE(rule(AlertRuleKind::ExportBurst),
            (AuditAlertRuleConfig { QStringLiteral("export_burst"), true, 1, 1 }));
    }

    void setRuleIsRecordedAndApplied()
    {
        const qint64 size = m_log->size();
        const AuditAlertRuleConfig two { QStringLiteral("repeated_failed_logins"), true, 2, 60 };
        m_engine->setRule(*m_admin, two);
        QCOMPARE(m_log->size(), size + 1);
        const AuditRecord changed = lastRecord();
        QCOMPARE(changed.type, AuditEventType::ConfigurationChanged);
        QCOMPARE(changed.resource, QStringLiteral("alert_rule/repeated_failed_logins"));
        QCOMPARE(changed.details.value(QStringLiteral("threshold")).toInt(), 2);
        QCOMPARE(changed.details.value(QStringLiteral("old_threshold")).toInt(), 5);
        QCOMPARE(rule(AlertRuleKind::RepeatedFailedLogins), two);
        // The same configuration again is no change: no event.
        m_engine->setRule(*m_admin, two);
        QCOMPARE(m_log->size(), size + 1);
        // The new threshold and window apply at once, and to a new engine.
        const auto failed = draft(AuditEventType::LoginFailed, QStringLiteral("op-g"), AuditOutcome::Failure);
        appendEvery(1, 10, failed);
        appendEvery(1, 60, failed); // the first has left the 60 s window
        QCOMPARE(openAlerts().size(), 0);
        appendEvery(1, 10, failed);
        QCOMPARE(openAlerts().size(), 1);
        AlertEngine other(*m_log, *m_clock);
        QCOMPARE(other.rules(), m_engine->rules());
    }

    void disabledRulesStayQuiet()
    {
        AuditAlertRuleConfig off = rule(AlertRuleKind::SuspendedTenantAccess);
        off.enabled = false;
        m_engine->setRule(*m_admin, off);
        append(deniedFor(3, QStringLiteral("tenant_suspended")));
        QCOMPARE(openAlerts().size(), 0);
    }

    void setRuleNeedsManageAuditLog()
    {
        const qint64 size = m_log->size();
        QVERIFY_THROWS_EXCEPTION(
            DomainError, m_engine->setRule(*m_auditor, defaultAlertRule(AlertRuleKind::ExportBurst)));
        QCOMPARE(m_log->size(), size + 1);
        QCOMPARE(lastRecord().type, AuditEventType::ConfigurationChanged);
        QCOMPARE(lastRecord().outcome, AuditOutcome::Denied);
        const Session analyst = sessionAs(Role::Analyst, "ana", 3);
        QVERIFY_THROWS_EXCEPTION(DomainError, m_engine->resolve(analyst, 1, QStringLiteral("x")));
        QCOMPARE(m_log->size(), size + 2);
    }

    /// A bulk batch goes through the rules too: every actor over the threshold
    /// gets one alert, raised inside the batch's transaction.
    void bulkBatchRaisesOneAlertPerActor()
    {
        constexpr int kActors = 300;
        constexpr int kPerActor = 25;
        std::vector<AuditEventDraft> drafts;
        drafts.reserve(kActors * kPerActor);
        const qint64 t0 = m_clock->nowUtc().toMSecsSinceEpoch();
        for (int i = 0; i < kPerActor; ++i) {
            for (int a = 0; a < kActors; ++a) {
                AuditEventDraft d = draft(AuditEventType::DataExported, QStringLiteral("op-bulk-%1").arg(a));
                d.timeUtcMs = t0 + qint64(i) * 1000;
                drafts.push_back(d);
            }
        }
        m_log->appendBatch(drafts);
        QCOMPARE(openAlerts().size(), kActors);
        QCOMPARE(m_log->size(), qint64(kActors * kPerActor + kActors));
    }

    /// The rules cost O(1) per event: a batch of many distinct actors' events
    /// (the worst case for the per-subject tables) is not much slower with them.
    void rulesKeepBulkAppendsFast()
    {
        constexpr int kEvents = 100'000;
        const auto batch = [&](int offset) {
            std::vector<AuditEventDraft> drafts;
            drafts.reserve(kEvents);
            const qint64 t0 = m_clock->nowUtc().toMSecsSinceEpoch();
            for (int i = 0; i < kEvents; ++i) {
                AuditEventDraft d = draft(i % 2 ? AuditEventType::LoginFailed : AuditEventType::DataExported,
                    QStringLiteral("op-%1").arg(offset + i),
                    i % 2 ? AuditOutcome::Failure : AuditOutcome::Success);
                d.timeUtcMs = t0 + i;
                drafts.push_back(d);
            }
            QElapsedTimer timer;
            timer.start();
            m_log->appendBatch(drafts);
            return timer.elapsed();
        };
        m_engine.reset();
        const qint64 without = batch(0);
        m_engine = std::make_unique<AlertEngine>(*m_log, *m_clock);
        const qint64 with = batch(kEvents);
        qInfo("appendBatch of %d events: %lld ms without the alert rules, %lld ms with them", kEvents,
            qlonglong(without), qlonglong(with));
        QCOMPARE(openAlerts().size(), 0);
        QVERIFY2(with < without * 2 + 500, "the alert rules slow bulk appends down too much");
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "TestAlertEngine.moc"
