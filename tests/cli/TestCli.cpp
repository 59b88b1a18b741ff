// Runs the built geoconsole executable the way a person or a script would:
// arguments, environment, stdin; checks exit codes, stdout, stderr and that
// refused stores are left byte for byte as they were.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

#include <sqlite3.h>

#include <csignal>
#include <sys/types.h>

namespace {

using Run = gc::test::CliRun;

constexpr auto kAdmin = "admin";
constexpr auto kAdminPassword = "geoclimate-admin";

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs geoconsole with `env` added to a clean environment (no inherited
    /// GEOCONSOLE_* variables, a private HOME so the default store is never the user's).
    Run run(const QStringList& args, const QMap<QString, QString>& env = {}, const QByteArray& input = {})
    {
        return gc::test::runCli(args, gc::test::cliEnvironment(path(QStringLiteral("home")), env), input);
    }

    Run as(
        const QString& user, const QString& password, const QStringList& args, const QByteArray& input = {})
    {
        return run(args,
            { { QStringLiteral("GEOCONSOLE_USER"), user },
                { QStringLiteral("GEOCONSOLE_PASSWORD"), password } },
            input);
    }

    Run admin(const QString& store, QStringList args, const QByteArray& input = {})
    {
        args << QStringLiteral("--store") << store;
        return as(QString::fromLatin1(kAdmin), QString::fromLatin1(kAdminPassword), args, input);
    }

    /// `tenants provision` of a tenant named after its slug, plus `extra` arguments.
    Run provision(const QString& store, const QString& slug, const QString& tier,
        const QStringList& extra = {}, const QString& user = QString::fromLatin1(kAdmin),
        const QString& password = QString::fromLatin1(kAdminPassword))
    {
        return as(user, password,
            QStringList { QStringLiteral("tenants"), QStringLiteral("provision"), QStringLiteral("--store"),
                store, QStringLiteral("--slug"), slug, QStringLiteral("--name"),
                QStringLiteral("Tenant ") + slug, QStringLiteral("--tier"), tier,
                QStringLiteral("--contact-email"), QStringLiteral("ops@") + slug + QStringLiteral(".example"),
                QStringLiteral("--region"), QStringLiteral("eu-west") }
                + extra);
    }

    /// A private copy of the demo store for a test that changes it.
    QString copyOfDemo(const QString& name)
    {
        const QString target = path(name);
        QFile::remove(target);
        if (!QFile::copy(m_demo, target))
            return {};
        QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

    /// A copy of the demo store with one more tenant; empty if provisioning failed.
    QString demoWithTenant(const QString& file, const QString& slug, const QString& tier)
    {
        const QString store = copyOfDemo(file);
        return provision(store, slug, tier).code == 0 ? store : QString();
    }

    static QJsonDocument json(const Run& r) { return QJsonDocument::fromJson(r.out); }

    /// The first column of the first row of `sql` on `store`, as text (empty on any failure).
    static QByteArray text(const QString& store, const char* sql)
    {
        sqlite3* db = nullptr;
        QByteArray out;
        if (sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
                out = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
        }
        sqlite3_close(db);
        return out;
    }

    static qint64 scalar(const QString& store, const char* sql) { return text(store, sql).toLongLong(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        m_demo = path(QStringLiteral("demo.sqlite3"));
        const Run r = run({ QStringLiteral("demo"), QStringLiteral("--out"), m_demo,
            QStringLiteral("--predictions"), QStringLiteral("5000"), QStringLiteral("--tenants"),
            QStringLiteral("12"), QStringLiteral("--days"), QStringLiteral("10"), QStringLiteral("--audit-events"),
            QStringLiteral("2000") });
        QVERIFY2(r.code == 0, r.err.constData());
        // Not a terminal: one progress line per stage on stderr.
        QVERIFY2(r.err.contains("%]"), r.err.constData());
        QVERIFY(r.out.contains(kAdmin));
        QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal"))
            || QFileInfo(m_demo + QStringLiteral("-wal")).size() == 0);
    }

    void helpAndVersion()
    {
        Run r = run({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("tenants"));
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("GEOCONSOLE_PASSWORD"));

        r = run({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("geoconsole "));

        for (const QStringList& args : { QStringList { QStringLiteral("tenants"), QStringLiteral("--help") },
                 QStringList {
                     QStringLiteral("tenants"), QStringLiteral("provision"), QStringLiteral("--help") },
                 QStringList { QStringLiteral("keys"), QStringLiteral("check"), QStringLiteral("--help") },
                 QStringList { QStringLiteral("demo"), QStringLiteral("--help") },
                 QStringList { QStringLiteral("init"), QStringLiteral("--help") },
                 QStringList { QStringLiteral("help"), QStringLiteral("operators") } }) {
            r = run(args);
            QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(r.out.contains("Usage: geoconsole"), r.out.constData());
            QVERIFY(r.out.contains("Exit codes"));
        }
        r = run({ QStringLiteral("tenants"), QStringLiteral("provision"), QStringLiteral("--help") });
        QVERIFY(r.out.contains("--contact-email"));
        QVERIFY(r.out.contains("geoconsole tenants provision"));
    }

    void usageErrors()
    {
        const QList<QStringList> cases {
            { QStringLiteral("frobnicate") },
            { QStringLiteral("tenants") },
            { QStringLiteral("tenants"), QStringLiteral("frobnicate") },
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--bogus") },
            { QStringLiteral("tenants"), QStringLiteral("show") },
            { QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b") },
            { QStringLiteral("tenants"), QStringLiteral("usage"), QStringLiteral("acme"),
                QStringLiteral("--days"), QStringLiteral("many") },
            { QStringLiteral("demo") },
        };
        for (const QStringList& args : cases) {
            const Run r = admin(m_demo, args);
            QVERIFY2(r.code == 2,
                qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(r.code)));
            QVERIFY(r.err.startsWith("geoconsole: "));
            QCOMPARE(r.err.count('\n'), 1);
        }
    }

    void listDemoTenantsAsJson()
    {
        Run r
            = admin(m_demo, { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonDocument doc = json(r);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 12);
        for (const QJsonValue& v : doc.array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("slug")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("id")).isDouble());
            QVERIFY(o.value(QStringLiteral("activeUsers")).isDouble());
            const QString created = o.value(QStringLiteral("createdAt")).toString();
            QVERIFY2(created.endsWith(QLatin1Char('Z')), qPrintable(created));
            QVERIFY(QDateTime::fromString(created, Qt::ISODate).isValid());
        }

        // The human table: a header and one line per tenant, columns lined up.
        r = admin(m_demo, { QStringLiteral("tenants"), QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines.first().startsWith(QLatin1String("SLUG")));
        const qsizetype nameColumn = lines.first().indexOf(QLatin1String("NAME"));
        QVERIFY(nameColumn > 0);
        for (const QString& line : lines)
            QVERIFY2(line.at(nameColumn - 1) == QLatin1Char(' '), qPrintable(line));

        r = admin(m_demo,
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json"),
                QStringLiteral("--tier"), QStringLiteral("enterprise") });
        QCOMPARE(r.code, 0);
        for (const QJsonValue& v : json(r).array())
            QCOMPARE(v.toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("enterprise"));
        QVERIFY(json(r).array().size() < 12);
    }

    void demoRefusesExistingStore()
    {
        const QString store = copyOfDemo(QStringLiteral("again.sqlite3"));
        const QByteArray before = sha256(store);
        const Run r = run({ QStringLiteral("demo"), QStringLiteral("--out"), store,
            QStringLiteral("--predictions"), QStringLiteral("100"), QStringLiteral("--tenants"),
            QStringLiteral("12"), QStringLiteral("--days"), QStringLiteral("2") });
        QCOMPARE(r.code, 1);
        // Stage lines may come first; the refusal is the last line.
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("geoconsole: "), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(sha256(store), before);
    }

    void ctrlCCancelsDemo()
    {
        const QString store = path(QStringLiteral("cancelled.sqlite3"));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(GEOCONSOLE_EXE),
            { QStringLiteral("demo"), QStringLiteral("--out"), store, QStringLiteral("--predictions"),
                QStringLiteral("5000000"), QStringLiteral("--days"), QStringLiteral("30") });
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("Writing predictions") && p.state() == QProcess::Running
            && waited.elapsed() < 30'000) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("Writing predictions"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30'000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.trimmed().split('\n').last().startsWith("geoconsole: "), err.constData());
        // Rolled back, and the file this run created is gone again.
        QVERIFY(!QFile::exists(store));
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
    }

    void provisionThenShow()
    {
        const QString store = copyOfDemo(QStringLiteral("provision.sqlite3"));
        Run r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("provision"), QStringLiteral("--slug"),
                QStringLiteral("cli-test"), QStringLiteral("--name"), QStringLiteral("Çafé Ünïcode"),
                QStringLiteral("--tier"), QStringLiteral("basic"), QStringLiteral("--contact-email"),
                QStringLiteral("ops@cli-test.example"), QStringLiteral("--region"), QStringLiteral("eu-west"),
                QStringLiteral("--config"), QStringLiteral("alerts.threshold=integer:150") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("cli-test"));

        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("cli-test"),
                QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Çafé Ünïcode"));
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("basic"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west"));
        const QJsonArray config = o.value(QStringLiteral("config")).toArray();
        QCOMPARE(config.size(), 1);
        QCOMPARE(config.first().toObject().value(QStringLiteral("key")).toString(),
            QStringLiteral("alerts.threshold"));

        r = admin(store, { QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("cli-test") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Çafé Ünïcode"));

        // The same slug again is a domain refusal.
        r = provision(store, QStringLiteral("cli-test"), QStringLiteral("free"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("geoconsole: "));

        // An unknown slug is NotFound, a refusal.
        r = admin(
            store, { QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("no-such-tenant") });
        QCOMPARE(r.code, 1);
    }

    void downgradeRefusedWithReason()
    {
        const QString store = copyOfDemo(QStringLiteral("downgrade.sqlite3"));
        Run r = provision(store, QStringLiteral("crowded"), QStringLiteral("basic"));
        QVERIFY2(r.code == 0, r.err.constData());
        // Free allows 5 active users; six make the downgrade impossible.
        for (int i = 1; i <= 6; ++i) {
            r = admin(store,
                { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("crowded"),
                    QStringLiteral("--email"), QStringLiteral("user%1@crowded.example").arg(i),
                    QStringLiteral("--name"), QStringLiteral("User %1").arg(i), QStringLiteral("--role"),
                    QStringLiteral("analyst") });
            QVERIFY2(r.code == 0, r.err.constData());
        }
        r = admin(store,
            { QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("crowded"),
                QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).array().size(), 6);

        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("set-tier"), QStringLiteral("crowded"),
                QStringLiteral("free") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith("geoconsole: "));
        QVERIFY2(r.err.size() > 20, r.err.constData());

        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("crowded"),
                QStringLiteral("--json") });
        QCOMPARE(json(r).object().value(QStringLiteral("tier")).toString(), QStringLiteral("basic"));

        // An upgrade goes through.
        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("set-tier"), QStringLiteral("crowded"),
                QStringLiteral("pro"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("tier")).toString(), QStringLiteral("pro"));
    }

    void analystMayNotProvision()
    {
        const QString store = copyOfDemo(QStringLiteral("analyst.sqlite3"));
        Run r = provision(store, QStringLiteral("not-allowed"), QStringLiteral("free"), {},
            QStringLiteral("analyst"), QStringLiteral("geoclimate-analyst"));
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.startsWith("geoconsole: "));
        r = admin(
            store, { QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("not-allowed") });
        QCOMPARE(r.code, 1);

        // Reading is allowed for the analyst.
        r = as(QStringLiteral("analyst"), QStringLiteral("geoclimate-analyst"),
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void wrongPassword()
    {
        const QString store = copyOfDemo(QStringLiteral("wrong-password.sqlite3"));
        QVERIFY(!store.isEmpty());
        const char* failedSignIns = "SELECT count(*) FROM audit_events WHERE type = 3 AND outcome = 1";
        const char* lastLogins = "SELECT group_concat(coalesce(last_login_at, '-')) FROM operators";
        const qint64 failedBefore = scalar(store, failedSignIns);
        const QByteArray loginsBefore = text(store, lastLogins);
        Run r = as(QString::fromLatin1(kAdmin), QStringLiteral("not-the-password"),
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.startsWith("geoconsole: "));
        QCOMPARE(r.out, QByteArray());
        r = as(QStringLiteral("nobody"), QStringLiteral("whatever-password"),
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 4);
        // A refused sign-in changes nothing but is recorded in the audit trail.
        QCOMPARE(scalar(store, failedSignIns), failedBefore + 2);
        QCOMPARE(text(store, lastLogins), loginsBefore);
        // No password anywhere and no terminal to ask on: a usage error, before the store is opened.
        const QByteArray before = sha256(m_demo);
        r = run({ QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), m_demo,
            QStringLiteral("--user"), QString::fromLatin1(kAdmin) });
        QCOMPARE(r.code, 2);
        QCOMPARE(sha256(m_demo), before);
    }

    void apiKeyLifecycle()
    {
        const QString store = copyOfDemo(QStringLiteral("keys.sqlite3"));
        Run r = provision(store, QStringLiteral("keyed"), QStringLiteral("pro"));
        QVERIFY2(r.code == 0, r.err.constData());
        r = admin(store,
            { QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("keyed"),
                QStringLiteral("--name"), QStringLiteral("ingest") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray secret = r.out.trimmed();
        QVERIFY2(secret.startsWith("gck_"), secret.constData());
        QVERIFY(!secret.contains('\n'));

        r = admin(store, { QStringLiteral("keys"), QStringLiteral("check") }, secret + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("keyed"));

        r = admin(store, { QStringLiteral("keys"), QStringLiteral("check") },
            secret.left(secret.size() - 2) + "xx");
        QCOMPARE(r.code, 1);

        r = admin(store,
            { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("keyed"),
                QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray keys = json(r).array();
        QCOMPARE(keys.size(), 1);
        QVERIFY(!r.out.contains(secret));
        const QString id = QString::number(keys.first().toObject().value(QStringLiteral("id")).toInteger());

        r = admin(store, { QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("keyed"), id });
        QVERIFY2(r.code == 0, r.err.constData());
        r = admin(store, { QStringLiteral("keys"), QStringLiteral("check") }, secret);
        QVERIFY(r.code != 0);
        QVERIFY(r.err.startsWith("geoconsole: "));
    }

    void tenantLifecycle()
    {
        const QString slug = QStringLiteral("short-lived");
        const QString store = demoWithTenant(QStringLiteral("lifecycle.sqlite3"), slug, QStringLiteral("basic"));
        QVERIFY(!store.isEmpty());
        Run r = admin(store,
            { QStringLiteral("keys"), QStringLiteral("create"), slug, QStringLiteral("--name"),
                QStringLiteral("sensor gateway") });
        QCOMPARE(r.code, 0);
        const QByteArray secret = r.out.trimmed();

        r = admin(store, { QStringLiteral("tenants"), QStringLiteral("suspend"), slug });
        QCOMPARE(r.code, 2); // --reason is required
        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("suspend"), slug, QStringLiteral("--reason"),
                QStringLiteral("unpaid invoice"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        QCOMPARE(json(r).object().value(QStringLiteral("statusReason")).toString(),
            QStringLiteral("unpaid invoice"));
        // A suspended tenant's keys do not authenticate.
        QCOMPARE(admin(store, { QStringLiteral("keys"), QStringLiteral("check") }, secret).code, 1);

        r = admin(store, { QStringLiteral("tenants"), QStringLiteral("reactivate"), slug });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(admin(store, { QStringLiteral("keys"), QStringLiteral("check") }, secret).code, 0);

        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("edit"), slug, QStringLiteral("--name"),
                QStringLiteral("Short-Lived Trial"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(
            json(r).object().value(QStringLiteral("name")).toString(), QStringLiteral("Short-Lived Trial"));

        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("offboard"), slug, QStringLiteral("--grace-days"),
                QStringLiteral("0") });
        QVERIFY2(r.code == 0, r.err.constData());
        // Offboarding tenants are read-only.
        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("edit"), slug, QStringLiteral("--name"),
                QStringLiteral("Too Late") });
        QCOMPARE(r.code, 1);
        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("purge"), slug, QStringLiteral("--confirm"),
                QStringLiteral("wrong") });
        QCOMPARE(r.code, 1);
        r = admin(store,
            { QStringLiteral("tenants"), QStringLiteral("purge"), slug, QStringLiteral("--confirm"), slug });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(admin(store, { QStringLiteral("tenants"), QStringLiteral("show"), slug }).code, 1);
    }

    void usersAndOperators()
    {
        const QString slug = QStringLiteral("people-inc");
        const QString store = demoWithTenant(QStringLiteral("people.sqlite3"), slug, QStringLiteral("free"));
        QVERIFY(!store.isEmpty());
        Run r = admin(store,
            { QStringLiteral("users"), QStringLiteral("add"), slug, QStringLiteral("--email"),
                QStringLiteral("zoe@people.example"), QStringLiteral("--name"), QStringLiteral("Zoë Ødegård"),
                QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = QString::number(json(r).object().value(QStringLiteral("id")).toInteger());
        QCOMPARE(json(r).object().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        r = admin(store,
            { QStringLiteral("users"), QStringLiteral("edit"), slug, id, QStringLiteral("--role"),
                QStringLiteral("admin"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(
            json(r).object().value(QStringLiteral("displayName")).toString(), QStringLiteral("Zoë Ødegård"));
        r = admin(store,
            { QStringLiteral("users"), QStringLiteral("deactivate"), slug, id, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(admin(store, { QStringLiteral("users"), QStringLiteral("reactivate"), slug, id }).code, 0);
        QCOMPARE(admin(store,
                     { QStringLiteral("users"), QStringLiteral("edit"), slug, QStringLiteral("999999"),
                         QStringLiteral("--name"), QStringLiteral("Nobody") })
                     .code,
            1);

        const QMap<QString, QString> newPassword { { QStringLiteral("GEOCONSOLE_USER"),
                                                       QString::fromLatin1(kAdmin) },
            { QStringLiteral("GEOCONSOLE_PASSWORD"), QString::fromLatin1(kAdminPassword) },
            { QStringLiteral("GEOCONSOLE_NEW_PASSWORD"), QStringLiteral("fresh-password-1") } };
        r = run({ QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("dana"),
                    QStringLiteral("--role"), QStringLiteral("auditor"), QStringLiteral("--store"), store },
            newPassword);
        QVERIFY2(r.code == 0, r.err.constData());
        r = as(QStringLiteral("dana"), QStringLiteral("fresh-password-1"),
            { QStringLiteral("operators"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 4); // an auditor may not manage operators
        r = admin(store,
            { QStringLiteral("operators"), QStringLiteral("set-role"), QStringLiteral("dana"),
                QStringLiteral("analyst"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).object().value(QStringLiteral("role")).toString(), QStringLiteral("analyst"));
        QCOMPARE(admin(store,
                     { QStringLiteral("operators"), QStringLiteral("deactivate"), QStringLiteral("dana") })
                     .code,
            0);
        r = as(QStringLiteral("dana"), QStringLiteral("fresh-password-1"),
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QCOMPARE(r.code, 4);
        QCOMPARE(
            admin(store, { QStringLiteral("operators"), QStringLiteral("activate"), QStringLiteral("dana") })
                .code,
            0);
        r = run({ QStringLiteral("operators"), QStringLiteral("reset-password"), QStringLiteral("dana"),
                    QStringLiteral("--store"), store },
            newPassword);
        QVERIFY2(r.code == 0, r.err.constData());
        r = as(QStringLiteral("dana"), QStringLiteral("fresh-password-1"),
            { QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), store });
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void benchStartupShowsTheWindow()
    {
        const Run r = admin(m_demo, { QStringLiteral("--bench-startup") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray line = r.out.trimmed();
        QVERIFY2(line.startsWith("startup_ms="), r.out.constData());
        bool ok = false;
        QVERIFY(line.mid(11).toInt(&ok) > 0 && ok);
    }

    void badStoresAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text file") << QStringLiteral("text");
        QTest::newRow("newer version") << QStringLiteral("newer");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }

    void badStoresAreRefusedUntouched()
    {
        QFETCH(QString, kind);
        const QString store = path(QStringLiteral("bad-") + kind + QStringLiteral(".sqlite3"));
        QFile::remove(store);
        if (kind == QLatin1String("text")) {
            QFile f(store);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("tenants: acme, globex\nthis is not a database\n");
        } else if (kind == QLatin1String("newer")) {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(store).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db,
                         "PRAGMA application_id = 1195601774; PRAGMA user_version = 99;"
                         "CREATE TABLE future (x); INSERT INTO future VALUES (1);",
                         nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close(db);
        } else {
            QVERIFY(QFile::copy(m_demo, store));
            QFile f(store);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
        const QByteArray before = sha256(store);
        QVERIFY(!before.isEmpty());
        const QList<QStringList> commands {
            { QStringLiteral("tenants"), QStringLiteral("list") },
            { QStringLiteral("store"), QStringLiteral("info") },
            { QStringLiteral("store"), QStringLiteral("check") },
            { QStringLiteral("tenants"), QStringLiteral("provision"), QStringLiteral("--slug"),
                QStringLiteral("x-y"), QStringLiteral("--name"), QStringLiteral("X"),
                QStringLiteral("--tier"), QStringLiteral("free"), QStringLiteral("--contact-email"),
                QStringLiteral("a@b.example"), QStringLiteral("--region"), QStringLiteral("eu-west") },
        };
        for (const QStringList& args : commands) {
            const Run r = admin(store, args);
            QVERIFY2(r.code == 3,
                qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(r.code)
                    + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            QVERIFY(r.err.startsWith("geoconsole: "));
            QCOMPARE(r.err.count('\n'), 1);
            QCOMPARE(sha256(store), before);
            QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
        }
        // demo --out refuses it too, and leaves it alone.
        const Run r = run({ QStringLiteral("demo"), QStringLiteral("--out"), store,
            QStringLiteral("--predictions"), QStringLiteral("10") });
        QCOMPARE(r.code, 3);
        QCOMPARE(sha256(store), before);
    }

    void missingStoreIsNotCreated()
    {
        const QString store = path(QStringLiteral("missing.sqlite3"));
        const Run r = admin(store, { QStringLiteral("tenants"), QStringLiteral("list") });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(store));
    }

    void initCreatesFirstAdministrator()
    {
        const QString store = path(QStringLiteral("fresh.sqlite3"));
        const QMap<QString, QString> env { { QStringLiteral("GEOCONSOLE_NEW_PASSWORD"),
            QStringLiteral("a-long-secret-1") } };

        // A weak password is refused and leaves no file behind.
        Run r = run({ QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--admin"),
                        QStringLiteral("root") },
            { { QStringLiteral("GEOCONSOLE_NEW_PASSWORD"), QStringLiteral("short") } });
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(store));

        r = run({ QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--admin"),
                    QStringLiteral("root"), QStringLiteral("--display-name"), QStringLiteral("Root Admin") },
            env);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(store));

        r = as(QStringLiteral("root"), QStringLiteral("a-long-secret-1"),
            { QStringLiteral("operators"), QStringLiteral("list"), QStringLiteral("--store"), store,
                QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray ops = json(r).array();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("root"));
        QCOMPARE(
            ops.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));

        // Only the first administrator: a second init is refused.
        r = run({ QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--admin"),
                    QStringLiteral("other") },
            env);
        QCOMPARE(r.code, 1);

        r = run({ QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--store"), store,
                    QStringLiteral("--json") },
            { { QStringLiteral("GEOCONSOLE_USER"), QStringLiteral("root") },
                { QStringLiteral("GEOCONSOLE_PASSWORD"), QStringLiteral("a-long-secret-1") } });
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).array().size(), 0);
    }

    void storeInfoAndCheck()
    {
        Run r = run({ QStringLiteral("store"), QStringLiteral("info"), QStringLiteral("--store"), m_demo,
            QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r).object();
        QVERIFY(o.value(QStringLiteral("schemaVersion")).toInt() >= 1);
        QCOMPARE(o.value(QStringLiteral("rows")).toObject().value(QStringLiteral("tenants")).toInt(), 12);
        QCOMPARE(
            o.value(QStringLiteral("rows")).toObject().value(QStringLiteral("predictions")).toInt(), 5000);
        QVERIFY(o.value(QStringLiteral("fileBytes")).toInteger() > 0);

        r = run({ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--store"), m_demo });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.startsWith("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
