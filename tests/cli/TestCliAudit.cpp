// `geoconsole audit query|tail|show|checkpoint|checkpoints|proof|consistency|public-key`
// end to end: the real executable on a demo store with an audit history,
// checked against the store itself and with the models library's verifiers.
#include "audit/Checkpoint.h"
#include "audit/PublicKeyRing.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

#include <csignal>
#include <sys/types.h>

using namespace gc;

namespace {

using Outcome = gc::test::CliRun;

QJsonArray ndjsonLines(const QByteArray& text, qsizetype* lines = nullptr)
{
    QJsonArray all;
    const QList<QByteArray> parts = text.split('\n');
    qsizetype n = 0;
    for (const QByteArray& line : parts) {
        if (line.isEmpty())
            continue;
        ++n;
        all.append(QJsonDocument::fromJson(line).object());
    }
    if (lines)
        *lines = n;
    return all;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    /// The environment of a run as `user` (the demo's password; none for an
    /// empty user), with a private HOME.
    QProcessEnvironment environment(const QString& user) const
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        return user.isEmpty() ? gc::test::cliEnvironment(home)
                              : gc::test::cliEnvironmentAs(home, user, QStringLiteral("geoclimate-") + user);
    }

    Outcome geoconsole(const QString& user, QStringList args) const
    {
        if (!args.contains(QLatin1String("demo")))
            args << QStringLiteral("--store") << m_store;
        return gc::test::runCli(args, environment(user), {}, 120'000);
    }
    Outcome admin(const QStringList& args) const { return geoconsole(QStringLiteral("admin"), args); }

    /// `audit query ... --format json` as admin: the events.
    QJsonArray query(const QStringList& args) const
    {
        const Outcome o = admin(QStringList { QStringLiteral("audit"), QStringLiteral("query") } + args
            + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        if (o.code != 0)
            qWarning("%s", o.err.constData());
        return QJsonDocument::fromJson(o.out).array();
    }

    qint64 eventsInStore() const
    {
        auto store = Store::open(m_store);
        return store->db().scalarInt("SELECT count(*) FROM audit_events");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite3"));
        const Outcome o = geoconsole(QString(),
            { QStringLiteral("demo"), QStringLiteral("--out"), m_store, QStringLiteral("--days"),
                QStringLiteral("10"), QStringLiteral("--predictions"), QStringLiteral("2000"),
                QStringLiteral("--audit-events"), QStringLiteral("4000") });
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(QFile::exists(m_store + QStringLiteral(".audit-key.pem")));
        QVERIFY(eventsInStore() >= 4000);
    }

    void tableAndJson()
    {
        Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("query"), QStringLiteral("--limit"),
            QStringLiteral("5") });
        QCOMPARE(o.code, 0);
        const QList<QByteArray> lines = o.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().contains("SEQ") && lines.first().contains("RESOURCE"));
        QVERIFY2(o.err.contains("--before"), o.err.constData());

        const QJsonArray events = query({ QStringLiteral("--limit"), QStringLiteral("5") });
        QCOMPARE(events.size(), 5);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            for (const char* key :
                { "seq", "time", "timeMs", "tenantId", "tenant", "actor", "type", "category", "severity",
                    "outcome", "resource", "details", "personalCommitment", "personal" })
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(!e.contains(QLatin1String("leafHash")));
            QVERIFY(e.value(QLatin1String("seq")).toInteger() < previous);
            previous = e.value(QLatin1String("seq")).toInteger();
        }
        const QJsonArray hashed
            = query({ QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--with-hashes") });
        QCOMPARE(hashed.first().toObject().value(QLatin1String("leafHash")).toString().size(), 64);
        QCOMPARE(hashed.first().toObject().value(QLatin1String("chainHash")).toString().size(), 64);
    }

    void filters()
    {
        const auto all = [](const QJsonArray& events, const std::function<bool(const QJsonObject&)>& test) {
            return !events.isEmpty() && std::all_of(events.begin(), events.end(), [&](const QJsonValue& v) {
                return test(v.toObject());
            });
        };
        const QString zero = QStringLiteral("0");
        const QString limit = QStringLiteral("--limit");
        QVERIFY(all(query({ limit, zero, QStringLiteral("--type"), QStringLiteral("login_failed") }),
            [](const QJsonObject& e) {
                return e.value(QLatin1String("type")) == QLatin1String("login_failed");
            }));
        QVERIFY(all(query({ limit, zero, QStringLiteral("--type"), QStringLiteral("login,logout") }),
            [](const QJsonObject& e) {
                return e.value(QLatin1String("type")) == QLatin1String("login")
                    || e.value(QLatin1String("type")) == QLatin1String("logout");
            }));
        QVERIFY(all(
            query({ limit, QStringLiteral("200"), QStringLiteral("--category"), QStringLiteral("tenant") }),
            [](const QJsonObject& e) {
                return e.value(QLatin1String("category")) == QLatin1String("tenant");
            }));
        QVERIFY(all(
            query({ limit, QStringLiteral("200"), QStringLiteral("--tenant"), QStringLiteral("platform") }),
            [](const QJsonObject& e) { return e.value(QLatin1String("tenantId")).isNull(); }));
        const QJsonArray lisbon = query(
            { limit, QStringLiteral("100"), QStringLiteral("--tenant"), QStringLiteral("lisbon-utilities") });
        const QJsonValue lisbonId = lisbon.first().toObject().value(QLatin1String("tenantId"));
        QVERIFY(all(lisbon, [&](const QJsonObject& e) {
            return e.value(QLatin1String("tenantId")) == lisbonId
                && e.value(QLatin1String("tenant")) == QLatin1String("lisbon-utilities");
        }));
        const QJsonArray suspended = query({ limit, zero, QStringLiteral("--outcome"),
            QStringLiteral("denied"), QStringLiteral("--text"), QStringLiteral("tenant_suspended") });
        QVERIFY(all(suspended, [](const QJsonObject& e) {
            return e.value(QLatin1String("outcome")) == QLatin1String("denied")
                && e.value(QLatin1String("details")).toObject().value(QLatin1String("reason"))
                == QLatin1String("tenant_suspended");
        }));
        // A time window: only events inside it, oldest first.
        const QJsonArray recent = query({ limit, QStringLiteral("50") });
        const qint64 from = recent.last().toObject().value(QLatin1String("timeMs")).toInteger();
        const qint64 to = recent.first().toObject().value(QLatin1String("timeMs")).toInteger();
        const auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        const QJsonArray window = query({ limit, zero, QStringLiteral("--from"), iso(from),
            QStringLiteral("--to"), iso(to), QStringLiteral("--oldest-first") });
        qint64 previous = 0;
        QVERIFY(all(window, [&](const QJsonObject& e) {
            const qint64 t = e.value(QLatin1String("timeMs")).toInteger();
            const qint64 seq = e.value(QLatin1String("seq")).toInteger();
            const bool ok = t >= from && t < to && seq > previous;
            previous = seq;
            return ok;
        }));
        QVERIFY(query({ limit, zero, QStringLiteral("--since"), QStringLiteral("3650d") }).size() >= 4000);
    }

    void pagingByKey()
    {
        const QJsonArray both = query({ QStringLiteral("--limit"), QStringLiteral("14"),
            QStringLiteral("--type"), QStringLiteral("data_read") });
        const QJsonArray first = query({ QStringLiteral("--limit"), QStringLiteral("7"),
            QStringLiteral("--type"), QStringLiteral("data_read") });
        const QString last = QString::number(first.last().toObject().value(QLatin1String("seq")).toInteger());
        const QJsonArray second = query({ QStringLiteral("--limit"), QStringLiteral("7"),
            QStringLiteral("--type"), QStringLiteral("data_read"), QStringLiteral("--before"), last });
        QCOMPARE(first.size(), 7);
        QCOMPARE(second.size(), 7);
        for (int i = 0; i < 14; ++i)
            QCOMPARE(both.at(i).toObject().value(QLatin1String("seq")),
                (i < 7 ? first : second).at(i % 7).toObject().value(QLatin1String("seq")));
        // --after pages up.
        const QJsonArray up = query({ QStringLiteral("--limit"), QStringLiteral("3"),
            QStringLiteral("--after"), QStringLiteral("100"), QStringLiteral("--oldest-first") });
        QCOMPARE(up.size(), 3);
        QCOMPARE(up.first().toObject().value(QLatin1String("seq")).toInteger(), 101);
    }

    void ndjsonStreamsEverything()
    {
        const Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("query"), QStringLiteral("--limit"),
            QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("ndjson"),
            QStringLiteral("--oldest-first") });
        QCOMPARE(o.code, 0);
        qsizetype lines = 0;
        const QJsonArray events = ndjsonLines(o.out, &lines);
        // The query's own sign-in is logged before it reads, so it is included.
        QCOMPARE(qint64(lines), eventsInStore());
        QCOMPARE(events.first().toObject().value(QLatin1String("seq")).toInteger(), 1);
        QCOMPARE(events.last().toObject().value(QLatin1String("seq")).toInteger(), qint64(lines));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString audit = QStringLiteral("audit");
        const QString q = QStringLiteral("query");
        QTest::newRow("type") << QStringList { audit, q, QStringLiteral("--type"), QStringLiteral("bogus") }
                              << 2 << QStringLiteral("accepted: login, logout, login_failed");
        QTest::newRow("category") << QStringList { audit, q, QStringLiteral("--category"),
            QStringLiteral("x") } << 2
                                  << QStringLiteral("data_access");
        QTest::newRow("severity") << QStringList { audit, q, QStringLiteral("--severity"),
            QStringLiteral("loud") }
                                  << 2 << QStringLiteral("info, notice, warning, critical");
        QTest::newRow("outcome") << QStringList { audit, q, QStringLiteral("--outcome"),
            QStringLiteral("ok") }
                                 << 2 << QStringLiteral("success, failure, denied");
        QTest::newRow("from") << QStringList { audit, q, QStringLiteral("--from"),
            QStringLiteral("yesterday") }
                              << 2 << QStringLiteral("ISO 8601");
        QTest::newRow("since") << QStringList { audit, q, QStringLiteral("--since"), QStringLiteral("7x") }
                               << 2 << QStringLiteral("24h");
        QTest::newRow("since and from") << QStringList { audit, q, QStringLiteral("--since"),
            QStringLiteral("1d"), QStringLiteral("--from"), QStringLiteral("2026-01-01") }
                                        << 2 << QStringLiteral("--since and --from");
        QTest::newRow("format") << QStringList { audit, q, QStringLiteral("--format"), QStringLiteral("xml") }
                                << 2 << QStringLiteral("table, json, ndjson");
        QTest::newRow("limit") << QStringList { audit, q, QStringLiteral("--limit"), QStringLiteral("-3") }
                               << 2 << QStringLiteral("--limit");
        QTest::newRow("tenant") << QStringList { audit, q, QStringLiteral("--tenant"),
            QStringLiteral("no-such") }
                                << 1 << QStringLiteral("no-such");
        QTest::newRow("show zero") << QStringList { audit, QStringLiteral("show"), QStringLiteral("0") } << 2
                                   << QStringLiteral("sequence number");
        QTest::newRow("show missing")
            << QStringList { audit, QStringLiteral("show"), QStringLiteral("99999999") } << 1
            << QStringLiteral("99999999");
        QTest::newRow("consistency order")
            << QStringList { audit, QStringLiteral("consistency"), QStringLiteral("9"), QStringLiteral("3") }
            << 2 << QStringLiteral("must not be larger");
        QTest::newRow("unknown action")
            << QStringList { audit, QStringLiteral("frobnicate") } << 2 << QStringLiteral("frobnicate");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Outcome o = admin(args);
        QCOMPARE(o.code, code);
        QVERIFY2(o.err.startsWith("geoconsole: "), o.err.constData());
        QVERIFY2(QString::fromUtf8(o.err).contains(message), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }

    void checkpointVerifiesWithThePublicKey()
    {
        const QString file = m_dir.filePath(QStringLiteral("checkpoint.txt"));
        const Outcome o
            = admin({ QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), file });
        QVERIFY2(o.code == 0, o.err.constData());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), o.out);
        const Checkpoint cp = Checkpoint::fromText(o.out);
        QVERIFY(cp.treeSize >= 4000);

        const Outcome keys = admin({ QStringLiteral("audit"), QStringLiteral("public-key") });
        QCOMPARE(keys.code, 0);
        QVERIFY(keys.out.startsWith("-----BEGIN PUBLIC KEY-----"));
        const PublicKeyRing ring = PublicKeyRing::fromPem(keys.out);
        QCOMPARE(ring.verify(cp), CheckpointFailure::None);
        // Altered, it no longer does.
        Checkpoint forged = cp;
        forged.treeSize += 1;
        QCOMPARE(ring.verify(forged), CheckpointFailure::BadSignature);

        const Outcome list
            = admin({ QStringLiteral("audit"), QStringLiteral("checkpoints"), QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out).array();
        QVERIFY(all.size() >= 2); // the demo's and this one
        const QJsonObject latest = all.last().toObject();
        QCOMPARE(latest.value(QLatin1String("treeSize")).toInteger(), cp.treeSize);
        QCOMPARE(latest.value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(latest.value(QLatin1String("text")).toString().toUtf8(), o.out);
    }

    void rotateKeyKeepsOldCheckpointsValid()
    {
        const Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("rotate-key") });
        QVERIFY2(o.code == 0, o.err.constData());
        const Checkpoint cp = Checkpoint::fromText(o.out);
        const PublicKeyRing ring
            = PublicKeyRing::fromPem(admin({ QStringLiteral("audit"), QStringLiteral("public-key") }).out);
        QCOMPARE(ring.size(), 2);
        QCOMPARE(ring.verify(cp), CheckpointFailure::None);
        const QJsonArray all = QJsonDocument::fromJson(
            admin({ QStringLiteral("audit"), QStringLiteral("checkpoints"), QStringLiteral("--json") }).out)
                                   .array();
        QSet<QString> keys;
        for (const QJsonValue& v : all) {
            QVERIFY(v.toObject().value(QLatin1String("valid")).toBool());
            keys.insert(v.toObject().value(QLatin1String("keyId")).toString());
        }
        QCOMPARE(keys.size(), 2);
        QCOMPARE(query({ QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--type"),
                           QStringLiteral("key_rotated") })
                     .size(),
            1);
    }

    void showAndProofs()
    {
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("checkpoint") }).code, 0);
        Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("10"),
            QStringLiteral("--json") });
        QCOMPARE(o.code, 0);
        const QJsonObject e = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(e.value(QLatin1String("seq")).toInteger(), 10);
        QCOMPARE(e.value(QLatin1String("leafHash")).toString().size(), 64);
        const QJsonObject inclusion = e.value(QLatin1String("inclusion")).toObject();
        QCOMPARE(inclusion.value(QLatin1String("verdict")).toString(), QStringLiteral("verified"));
        QCOMPARE(inclusion.value(QLatin1String("leafHash")), e.value(QLatin1String("leafHash")));

        o = admin({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("10"),
            QStringLiteral("--with-proof") });
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("Leaf hash:"));
        QVERIFY(o.out.contains("Chain hash:"));
        QVERIFY(o.out.contains("Proof hash 1:"));
        QVERIFY(o.out.contains("verified"));

        o = admin({ QStringLiteral("audit"), QStringLiteral("proof"), QStringLiteral("10"),
            QStringLiteral("--json") });
        QCOMPARE(o.code, 0);
        QJsonObject proof = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(proof.value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(proof.value(QLatin1String("leafIndex")).toInteger(), 9);
        QVERIFY(!proof.value(QLatin1String("hashes")).toArray().isEmpty());
        o = admin({ QStringLiteral("audit"), QStringLiteral("proof"), QStringLiteral("10"),
            QStringLiteral("--size"), QStringLiteral("10") });
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("Tree size:"));

        o = admin({ QStringLiteral("audit"), QStringLiteral("consistency"), QStringLiteral("100"),
            QStringLiteral("3000"), QStringLiteral("--json") });
        QCOMPARE(o.code, 0);
        proof = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(proof.value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(proof.value(QLatin1String("secondSize")).toInteger(), 3000);
    }

    void rolesAreChecked()
    {
        const QStringList q { QStringLiteral("audit"), QStringLiteral("query"), QStringLiteral("--limit"),
            QStringLiteral("1") };
        Outcome o = geoconsole(QStringLiteral("analyst"), q);
        QCOMPARE(o.code, 4);
        QVERIFY(o.err.startsWith("geoconsole: "));
        QVERIFY(o.out.isEmpty());
        QCOMPARE(
            geoconsole(QStringLiteral("analyst"), { QStringLiteral("audit"), QStringLiteral("tail") }).code,
            4);
        // The auditor reads but does not sign or rotate.
        QCOMPARE(geoconsole(QStringLiteral("auditor"), q).code, 0);
        QCOMPARE(
            geoconsole(QStringLiteral("auditor"), { QStringLiteral("audit"), QStringLiteral("checkpoint") })
                .code,
            4);
        QCOMPARE(
            geoconsole(QStringLiteral("auditor"), { QStringLiteral("audit"), QStringLiteral("rotate-key") })
                .code,
            4);
    }

    void tailShowsTheLatestOldestFirst()
    {
        const Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("-n"),
            QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("ndjson") });
        QCOMPARE(o.code, 0);
        qsizetype lines = 0;
        const QJsonArray events = ndjsonLines(o.out, &lines);
        QCOMPARE(lines, 4);
        QCOMPARE(events.last().toObject().value(QLatin1String("seq")).toInteger(), eventsInStore());
        for (int i = 1; i < 4; ++i)
            QVERIFY(events.at(i).toObject().value(QLatin1String("seq")).toInteger()
                > events.at(i - 1).toObject().value(QLatin1String("seq")).toInteger());
    }

    void tailFollowsAnotherProcess()
    {
        QProcess tail;
        tail.setProcessEnvironment(environment(QStringLiteral("auditor")));
        tail.start(QStringLiteral(GEOCONSOLE_EXE),
            { QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--follow"),
                QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("--format"),
                QStringLiteral("ndjson"), QStringLiteral("--store"), m_store });
        QVERIFY(tail.waitForStarted(10'000));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += tail.readAllStandardOutput()).count('\n') >= 2, 20'000);
        QVERIFY(!seen.contains("\"type\":\"checkpoint_signed\""));

        // Another process appends: a checkpoint signed on demand is an event.
        const Outcome signer = admin({ QStringLiteral("audit"), QStringLiteral("checkpoint") });
        QCOMPARE(signer.code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += tail.readAllStandardOutput()).contains("\"type\":\"checkpoint_signed\""), 20'000);
        QCOMPARE(tail.state(), QProcess::Running);

        ::kill(pid_t(tail.processId()), SIGTERM);
        QVERIFY(tail.waitForFinished(10'000));
        QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tail.exitCode(), 0);
        seen += tail.readAllStandardOutput();
        qsizetype lines = 0;
        const QJsonArray events = ndjsonLines(seen, &lines);
        // Every line is a whole event, in sequence order, none twice.
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i).toObject().value(QLatin1String("seq")).toInteger()
                > events.at(i - 1).toObject().value(QLatin1String("seq")).toInteger());
        QCOMPARE(events.last().toObject().value(QLatin1String("seq")).toInteger(), eventsInStore());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
