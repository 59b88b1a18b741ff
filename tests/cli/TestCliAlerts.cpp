// `geoconsole audit alerts | resolve-alert | alert-rules`, run as the real
// executable; the store is prepared and checked with the models library.
#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

using namespace gc;

namespace {

using Run = gc::test::CliRun;

const QString kAdminPassword = QStringLiteral("correct horse battery");
const QString kAuditorPassword = QStringLiteral("staple battery horse");
const QString kAnalystPassword = QStringLiteral("battery horse staple");

} // namespace

class TestCliAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QString& user, const QString& password, QStringList args)
    {
        args << QStringLiteral("--store") << m_store;
        return gc::test::runCli(QStringList { QStringLiteral("audit") } + args,
            gc::test::cliEnvironmentAs(path(QStringLiteral("home")), user, password));
    }

    Run admin(const QStringList& args) { return run(QStringLiteral("admin"), kAdminPassword, args); }

    QJsonArray jsonArray(const Run& r)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        if (!doc.isArray())
            qWarning("not a JSON array: %s", r.out.constData());
        return doc.array();
    }

    /// Five failed sign-ins for "admin" through the executable: the fifth raises an alert.
    void failSignInFiveTimes()
    {
        for (int i = 0; i < 5; ++i) {
            const Run r = run(QStringLiteral("admin"), QStringLiteral("not the password %1").arg(i),
                { QStringLiteral("alerts") });
            QCOMPARE(r.code, 4);
        }
    }

    /// Reads the store with the models library.
    template <typename F> void withLog(F&& f)
    {
        const ManualClock clock(QDateTime::currentDateTimeUtc());
        auto store = Store::open(m_store);
        AuditLog log(*store, clock);
        f(log);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        m_store = path(QStringLiteral("store-%1.sqlite3").arg(++m_counter));
        const SystemClock clock;
        auto store = Store::open(m_store);
        AuditLog log(*store, clock);
        AuthService auth(*store, clock, log);
        auth.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"), kAdminPassword);
        const Session admin = auth.signIn(QStringLiteral("admin"), kAdminPassword);
        auth.addOperator(admin, QStringLiteral("audrey"), QStringLiteral("Audrey Auditor"), Role::Auditor,
            kAuditorPassword);
        auth.addOperator(
            admin, QStringLiteral("ana"), QStringLiteral("Ana Lyst"), Role::Analyst, kAnalystPassword);
    }

    void emptyList()
    {
        const Run open = admin({ QStringLiteral("alerts"), QStringLiteral("--open") });
        QCOMPARE(open.code, 0);
        QVERIFY2(open.out.contains("No open alerts."), open.out.constData());
        const Run all = admin({ QStringLiteral("alerts"), QStringLiteral("--json") });
        QCOMPARE(all.code, 0);
        QCOMPARE(jsonArray(all).size(), 0);
    }

    void failedSignInsAcrossCommandsRaiseOneAlert()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(
                run(QStringLiteral("admin"), QStringLiteral("wrong password"), { QStringLiteral("alerts") })
                    .code,
                4);
        QCOMPARE(jsonArray(admin({ QStringLiteral("alerts"), QStringLiteral("--json") })).size(), 0);
        QCOMPARE(
            run(QStringLiteral("admin"), QStringLiteral("wrong password"), { QStringLiteral("alerts") }).code,
            4);
        const Run r = admin({ QStringLiteral("alerts"), QStringLiteral("--open"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray alerts = jsonArray(r);
        QCOMPARE(alerts.size(), 1);
        const QJsonObject a = alerts.at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("rule")).toString(), QStringLiteral("repeated_failed_logins"));
        QCOMPARE(a.value(QStringLiteral("resolved")).toBool(), false);
        QVERIFY(a.value(QStringLiteral("resolvedAt")).isNull());
        QVERIFY(a.value(QStringLiteral("raisedSeq")).toInteger() > 0);
        // The subject is the account's pseudonym, never its name.
        QVERIFY(!a.value(QStringLiteral("subject")).toString().contains(QLatin1String("admin")));
        withLog([&](AuditLog& log) {
            Operator op;
            op.username = QStringLiteral("admin");
            QCOMPARE(a.value(QStringLiteral("subject")).toString(), log.operatorActor(op));
        });
        // A sixth failure does not raise a second one while the first is open.
        QCOMPARE(
            run(QStringLiteral("admin"), QStringLiteral("wrong password"), { QStringLiteral("alerts") }).code,
            4);
        QCOMPARE(jsonArray(admin({ QStringLiteral("alerts"), QStringLiteral("--json") })).size(), 1);
        // The plain table names the rule and the state.
        const Run table = admin({ QStringLiteral("alerts") });
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("Repeated failed sign-ins"), table.out.constData());
        QVERIFY(table.out.contains("open"));
    }

    void resolveAlert()
    {
        failSignInFiveTimes();
        const QJsonArray open = jsonArray(
            admin({ QStringLiteral("alerts"), QStringLiteral("--open"), QStringLiteral("--json") }));
        QCOMPARE(open.size(), 1);
        const QString id = QString::number(open.at(0).toObject().value(QStringLiteral("id")).toInteger());

        // Missing note: usage error; an auditor may not resolve; an unknown id is refused.
        QCOMPARE(admin({ QStringLiteral("resolve-alert"), id }).code, 2);
        QCOMPARE(run(QStringLiteral("audrey"), kAuditorPassword,
                     { QStringLiteral("resolve-alert"), id, QStringLiteral("--note"), QStringLiteral("x") })
                     .code,
            4);
        QCOMPARE(admin({ QStringLiteral("resolve-alert"), QStringLiteral("999"), QStringLiteral("--note"),
                           QStringLiteral("x") })
                     .code,
            1);

        const Run r = admin({ QStringLiteral("resolve-alert"), id, QStringLiteral("--note"),
            QStringLiteral("Admin mistyped after the rotation"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject resolved = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(resolved.value(QStringLiteral("resolved")).toBool(), true);
        QCOMPARE(resolved.value(QStringLiteral("resolution")).toString(),
            QStringLiteral("Admin mistyped after the rotation"));
        QVERIFY(!resolved.value(QStringLiteral("resolvedAt")).isNull());

        QCOMPARE(
            jsonArray(admin({ QStringLiteral("alerts"), QStringLiteral("--open"), QStringLiteral("--json") }))
                .size(),
            0);
        QCOMPARE(jsonArray(admin({ QStringLiteral("alerts"), QStringLiteral("--json") })).size(), 1);
        // Resolved already: refused (exit 1) with a message.
        const Run again = admin(
            { QStringLiteral("resolve-alert"), id, QStringLiteral("--note"), QStringLiteral("again") });
        QCOMPARE(again.code, 1);
        QVERIFY(!again.err.isEmpty());

        withLog([&](AuditLog& log) {
            AuditPageRequest request;
            request.filter.types = { AuditEventType::AlertResolved };
            const QList<AuditEvent> events = log.repository().page(request);
            // The auditor's refused attempt and the resolution.
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).record.outcome, AuditOutcome::Success);
            QCOMPARE(events.at(1).record.outcome, AuditOutcome::Denied);
        });
    }

    void listAndChangeRules()
    {
        const Run list = admin({ QStringLiteral("alert-rules"), QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        const QJsonArray rules = jsonArray(list);
        QCOMPARE(rules.size(), 4);
        QCOMPARE(
            rules.at(1).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("export_burst"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("threshold")).toInt(), 20);
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("windowSeconds")).toInt(), 600);

        const Run set
            = admin({ QStringLiteral("alert-rules"), QStringLiteral("set"), QStringLiteral("export_burst"),
                QStringLiteral("--threshold"), QStringLiteral("50"), QStringLiteral("--window"),
                QStringLiteral("900"), QStringLiteral("--enabled"), QStringLiteral("no") });
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains("export_burst"), set.out.constData());
        const QJsonObject changed
            = jsonArray(admin({ QStringLiteral("alert-rules"), QStringLiteral("--json") })).at(1).toObject();
        QCOMPARE(changed.value(QStringLiteral("threshold")).toInt(), 50);
        QCOMPARE(changed.value(QStringLiteral("windowSeconds")).toInt(), 900);
        QCOMPARE(changed.value(QStringLiteral("enabled")).toBool(), false);

        // Only the options given change.
        QCOMPARE(admin({ QStringLiteral("alert-rules"), QStringLiteral("set"), QStringLiteral("export_burst"),
                           QStringLiteral("--enabled"), QStringLiteral("yes") })
                     .code,
            0);
        const QJsonObject enabled
            = jsonArray(admin({ QStringLiteral("alert-rules"), QStringLiteral("--json") })).at(1).toObject();
        QCOMPARE(enabled.value(QStringLiteral("threshold")).toInt(), 50);
        QCOMPARE(enabled.value(QStringLiteral("enabled")).toBool(), true);

        withLog([&](AuditLog& log) {
            AuditPageRequest request;
            request.filter.types = { AuditEventType::ConfigurationChanged };
            const QList<AuditEvent> events = log.repository().page(request);
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(1).record.resource, QStringLiteral("alert_rule/export_burst"));
            QCOMPARE(events.at(1).record.details.value(QStringLiteral("threshold")).toInt(), 50);
        });
    }

    void ruleRefusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const auto row = [](const char* name, const char* user, const char* args, int code) {
            QTest::newRow(name) << QString::fromLatin1(user)
                                << QString::fromLatin1(args).split(u' ', Qt::SkipEmptyParts) << code;
        };
        row("threshold 0", "admin", "alert-rules set export_burst --threshold 0", 1);
        row("window too long", "admin", "alert-rules set export_burst --window 2592001", 1);
        row("unknown rule", "admin", "alert-rules set no_such_rule --threshold 3", 1);
        row("no option", "admin", "alert-rules set export_burst", 2);
        row("no rule", "admin", "alert-rules set", 2);
        row("bad yes/no", "admin", "alert-rules set export_burst --enabled maybe", 2);
        row("not a number", "admin", "alert-rules set export_burst --threshold many", 2);
        row("options without set", "admin", "alert-rules --threshold 3", 2);
        row("auditor changes", "audrey", "alert-rules set export_burst --threshold 3", 4);
        row("analyst lists rules", "ana", "alert-rules", 4);
        row("analyst lists alerts", "ana", "alerts", 4);
    }

    void ruleRefusals()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const QString password = user == QLatin1String("admin") ? kAdminPassword
            : user == QLatin1String("audrey")                   ? kAuditorPassword
                                                                : kAnalystPassword;
        const Run r = run(user, password, args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
        // Nothing changed.
        const QJsonArray rules
            = jsonArray(admin({ QStringLiteral("alert-rules"), QStringLiteral("--json") }));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("threshold")).toInt(), 20);
    }

    void auditorMayListRules()
    {
        const Run r = run(QStringLiteral("audrey"), kAuditorPassword, { QStringLiteral("alert-rules") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("repeated_failed_logins"), r.out.constData());
        QVERIFY(r.out.contains("THRESHOLD"));
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "TestCliAlerts.moc"
