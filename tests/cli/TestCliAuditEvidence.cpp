// `geoconsole audit verify | bundle | verify-bundle` end to end: the real
// executable on a demo store with an audit history, tampered with through
// SQL, and bundles checked with no store at all.
#include "audit/SigningKey.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

using namespace gc;

namespace {

using Outcome = gc::test::CliRun;

QJsonObject jsonOf(const Outcome& o)
{
    return QJsonDocument::fromJson(o.out).object();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliAuditEvidence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_keyPem;
    QString m_otherPem;
    QString m_saved;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs geoconsole as `user` (the demo's password; none for an empty
    /// user) with a private HOME and no inherited GEOCONSOLE_* variables.
    Outcome run(const QString& user, const QStringList& args) const
    {
        const QString home = path(QStringLiteral("home"));
        return gc::test::runCli(args,
            user.isEmpty() ? gc::test::cliEnvironment(home)
                           : gc::test::cliEnvironmentAs(home, user, QStringLiteral("geoclimate-") + user),
            {}, 180'000);
    }

    Outcome on(const QString& store, const QString& user, QStringList args) const
    {
        args << QStringLiteral("--store") << store;
        return run(user, args);
    }
    Outcome admin(const QStringList& args) const { return on(m_store, QStringLiteral("admin"), args); }

    QString copyOfStore(const QString& name) const
    {
        const QString target = path(name);
        QFile::remove(target);
        return QFile::copy(m_store, target) ? target : QString();
    }

    static qint64 scalar(const QString& store, const char* sql)
    {
        Database db(store, Database::Mode::ReadOnly);
        return db.scalarInt(sql);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        m_store = path(QStringLiteral("demo.sqlite3"));
        const Outcome demo = run(QString(),
            { QStringLiteral("demo"), QStringLiteral("--out"), m_store, QStringLiteral("--days"),
                QStringLiteral("5"), QStringLiteral("--predictions"), QStringLiteral("1000"),
                QStringLiteral("--audit-events"), QStringLiteral("3000") });
        QVERIFY2(demo.code == 0, demo.err.constData());

        m_saved = path(QStringLiteral("saved-checkpoint.txt"));
        const Outcome cp = admin(
            { QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), m_saved });
        QVERIFY2(cp.code == 0, cp.err.constData());
        const Outcome key = admin({ QStringLiteral("audit"), QStringLiteral("public-key") });
        QVERIFY2(key.code == 0, key.err.constData());
        m_keyPem = path(QStringLiteral("log-key.pem"));
        QVERIFY(writeFile(m_keyPem, key.out));
        m_otherPem = path(QStringLiteral("other-key.pem"));
        QVERIFY(writeFile(m_otherPem, SigningKey::generate().publicKey().toPem()));
    }

    void verifyReportsAnIntactLog()
    {
        Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY2(o.out.contains("intact"), o.out.constData());
        QVERIFY(o.out.contains("events/s"));

        o = admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
        QVERIFY2(o.code == 0, o.err.constData());
        const QJsonObject r = jsonOf(o);
        QCOMPARE(r.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(r.value(QLatin1String("kind")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QLatin1String("eventsChecked")).toInteger(),
            scalar(m_store, "SELECT count(*) FROM audit_events"));
        QCOMPARE(r.value(QLatin1String("checkpointsChecked")).toInteger(),
            scalar(m_store, "SELECT count(*) FROM audit_checkpoints"));
        QVERIFY(r.value(QLatin1String("personalPartsChecked")).toInteger() > 0);
        QCOMPARE(r.value(QLatin1String("rootHash")).toString().size(), 64);
        QVERIFY(r.value(QLatin1String("firstBadSeq")).isNull());
    }

    void verifyUsesTheAuditorsEvidence()
    {
        Outcome o
            = admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trusted-key"),
                m_keyPem, QStringLiteral("--checkpoint"), m_saved, QStringLiteral("--json") });
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(jsonOf(o).value(QLatin1String("checkpointsChecked")).toInteger(),
            scalar(m_store, "SELECT count(*) FROM audit_checkpoints") + 1);

        o = admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trusted-key"),
            m_otherPem, QStringLiteral("--json") });
        QCOMPARE(o.code, 1);
        QCOMPARE(jsonOf(o).value(QLatin1String("kind")).toString(), QStringLiteral("bad_checkpoint"));
        QCOMPARE(jsonOf(o).value(QLatin1String("firstBadSeq")).toInteger(), 1);
        QVERIFY2(o.err.contains("geoconsole: The signature of the checkpoint"), o.err.constData());
        QVERIFY2(o.err.contains("trusted keys"), o.err.constData());

        o = admin({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trusted-key"),
            path(QStringLiteral("missing.pem")) });
        QCOMPARE(o.code, 2);
        o = admin(
            { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), m_keyPem });
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains("--checkpoint"), o.err.constData());
    }

    void verifyFindsTampering()
    {
        const QString store = copyOfStore(QStringLiteral("tampered.sqlite3"));
        QVERIFY(!store.isEmpty());
        {
            Database db(store, Database::Mode::ReadWrite);
            db.exec("UPDATE audit_events SET resource = resource || '-x' WHERE seq = 100");
            QCOMPARE(db.changes(), 1);
        }
        Outcome o = on(store, QStringLiteral("auditor"),
            { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
        QCOMPARE(o.code, 1);
        const QJsonObject r = jsonOf(o);
        QCOMPARE(r.value(QLatin1String("kind")).toString(), QStringLiteral("modified"));
        QCOMPARE(r.value(QLatin1String("firstBadSeq")).toInteger(), 100);
        QVERIFY(r.value(QLatin1String("rootHash")).isNull());
        QVERIFY2(o.err.contains("100") && o.err.contains("resource"), o.err.constData());

        {
            Database db(store, Database::Mode::ReadWrite);
            db.exec("DELETE FROM audit_events WHERE seq = 50");
        }
        o = on(store, QStringLiteral("auditor"), { QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains("deleted"), o.out.constData());
        QVERIFY2(o.err.contains("50"), o.err.constData());
    }

    void analystMayNotVerifyOrExport()
    {
        Outcome o
            = on(m_store, QStringLiteral("analyst"), { QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(o.code, 4);
        o = on(m_store, QStringLiteral("analyst"),
            { QStringLiteral("audit"), QStringLiteral("bundle"), QStringLiteral("--out"),
                path(QStringLiteral("no.json")) });
        QCOMPARE(o.code, 4);
        QVERIFY(!QFile::exists(path(QStringLiteral("no.json"))));
    }

    void bundleVerifiesWithoutAStore()
    {
        const QString bundle = path(QStringLiteral("range.json"));
        const qint64 eventsBefore = scalar(m_store, "SELECT count(*) FROM audit_events");
        Outcome o = admin({ QStringLiteral("audit"), QStringLiteral("bundle"), QStringLiteral("--out"),
            bundle, QStringLiteral("--seq"), QStringLiteral("10..60"), QStringLiteral("--json") });
        QVERIFY2(o.code == 0, o.err.constData());
        const QJsonObject r = jsonOf(o);
        QCOMPARE(r.value(QLatin1String("events")).toInteger(), 51);
        const QByteArray bytes = fileBytes(bundle);
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(r.value(QLatin1String("sha256")).toString(), sha);

        // The export itself is an audited event.
        const qint64 recorded = r.value(QLatin1String("recordedSeq")).toInteger();
        QVERIFY(recorded > eventsBefore);
        {
            Database db(m_store, Database::Mode::ReadOnly);
            Statement st = db.prepare("SELECT type, resource FROM audit_events WHERE seq = ?1");
            st.bind(1, std::int64_t(recorded));
            QVERIFY(st.step());
            QCOMPARE(st.int32(0), 21); // DataExported
            QCOMPARE(st.text(1), QStringLiteral("audit_log/evidence_bundle"));
        }
        const Outcome shown = admin({ QStringLiteral("audit"), QStringLiteral("show"),
            QString::number(recorded), QStringLiteral("--json") });
        QVERIFY2(shown.out.contains(sha.toLatin1()), shown.out.constData());

        // No store anywhere: the default location in the private HOME does not exist.
        o = run(QString(), { QStringLiteral("audit"), QStringLiteral("verify-bundle"), bundle });
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY2(o.out.contains("51 events"), o.out.constData());
        o = run(QString(),
            { QStringLiteral("audit"), QStringLiteral("verify-bundle"), bundle,
                QStringLiteral("--trusted-key"), m_keyPem, QStringLiteral("--json") });
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(jsonOf(o).value(QLatin1String("events")).toInteger(), 51);
        o = run(QString(),
            { QStringLiteral("audit"), QStringLiteral("verify-bundle"), bundle,
                QStringLiteral("--trusted-key"), m_otherPem });
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("trusted key"), o.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("home/.local/share/GeoClimate"))));
    }

    void damagedBundlesFail()
    {
        const QString bundle = path(QStringLiteral("filtered.json"));
        Outcome o = on(m_store, QStringLiteral("auditor"),
            { QStringLiteral("audit"), QStringLiteral("bundle"), QStringLiteral("--out"), bundle,
                QStringLiteral("--type"), QStringLiteral("login,logout"), QStringLiteral("--json") });
        QVERIFY2(o.code == 0, o.err.constData());
        QVERIFY(jsonOf(o).value(QLatin1String("events")).toInteger() > 0);
        const QByteArray good = fileBytes(bundle);

        const QString truncated = path(QStringLiteral("truncated.json"));
        QVERIFY(writeFile(truncated, good.left(good.size() * 2 / 3)));
        o = run(QString(), { QStringLiteral("audit"), QStringLiteral("verify-bundle"), truncated });
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("JSON"), o.err.constData());

        // One character of the first record changed.
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonArray events = root.value(QLatin1String("events")).toArray();
        QJsonObject first = events[0].toObject();
        QByteArray record
            = QByteArray::fromBase64(first.value(QLatin1String("record")).toString().toLatin1());
        record[record.size() - 3] = char(record[record.size() - 3] ^ 0x01);
        first.insert(QStringLiteral("record"), QString::fromLatin1(record.toBase64()));
        events[0] = first;
        root.insert(QStringLiteral("events"), events);
        const QString edited = path(QStringLiteral("edited.json"));
        QVERIFY(writeFile(edited, QJsonDocument(root).toJson()));
        o = run(QString(),
            { QStringLiteral("audit"), QStringLiteral("verify-bundle"), edited, QStringLiteral("--json") });
        QCOMPARE(o.code, 1);
        QCOMPARE(jsonOf(o).value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(jsonOf(o).value(QLatin1String("badSeq")).toInteger(),
            first.value(QLatin1String("seq")).toInteger());

        o = run(QString(),
            { QStringLiteral("audit"), QStringLiteral("verify-bundle"), path(QStringLiteral("none.json")) });
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains("none.json"), o.err.constData());
    }

    void bundleUsageErrors()
    {
        const auto bundle = [&](const QStringList& args) {
            return admin(QStringList { QStringLiteral("audit"), QStringLiteral("bundle") } + args);
        };
        const QString out = path(QStringLiteral("never.json"));
        QCOMPARE(bundle({}).code, 2);
        QCOMPARE(
            bundle({ QStringLiteral("--out"), out, QStringLiteral("--seq"), QStringLiteral("9..3") }).code,
            2);
        QCOMPARE(
            bundle({ QStringLiteral("--out"), out, QStringLiteral("--type"), QStringLiteral("nonsense") })
                .code,
            2);
        QCOMPARE(
            bundle({ QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("yesterday") })
                .code,
            2);
        const Outcome none = bundle(
            { QStringLiteral("--out"), out, QStringLiteral("--seq"), QStringLiteral("99999999..99999999") });
        QCOMPARE(none.code, 1);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(run(QString(), { QStringLiteral("audit"), QStringLiteral("verify-bundle") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAuditEvidence)
#include "TestCliAuditEvidence.moc"
