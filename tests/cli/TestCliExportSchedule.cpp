// `geoconsole export define|definitions|run-due|history|enable|disable|undefine`
// end to end: the real executable on a demo store. What is due is made due by
// moving next_run_at into the past in the store (the CLI runs on the wall
// clock); everything else goes through the command line.
#include "FileHash.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

using namespace gc;
using gc::test::fileSha256;

namespace {

using Result = gc::test::CliRun;

} // namespace

class TestCliExportSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString at(const QString& name) const { return m_dir.filePath(name); }

    Result geoconsole(const QString& user, QStringList args) const
    {
        return gc::test::runDemoCli(m_dir.path(), m_store, user, std::move(args));
    }

    Result exportAs(const QString& user, const QStringList& args) const
    {
        return geoconsole(user, QStringList { QStringLiteral("export") } + args);
    }

    /// Makes every enabled definition due now.
    void makeDue() const
    {
        auto store = Store::open(m_store);
        store->db().exec("UPDATE export_definitions SET next_run_at = 0 WHERE enabled = 1");
    }

    qint64 count(std::string_view sql) const { return Store::open(m_store)->db().scalarInt(sql); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = at(QStringLiteral("demo.sqlite3"));
        const Result demo = gc::test::makeDemoStore(m_dir.path(), m_store,
            { QStringLiteral("--tenants"), QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("1"),
                QStringLiteral("--predictions"), QStringLiteral("700"), QStringLiteral("--audit-events"),
                QStringLiteral("50") });
        QVERIFY2(demo.code == 0, demo.err.constData());
    }

    void badScheduleIsRefusedClearly()
    {
        const Result r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("define"), QStringLiteral("nightly"), QStringLiteral("--schedule"),
                QStringLiteral("daily 25:00"), QStringLiteral("--source"), QStringLiteral("predictions"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                at(QStringLiteral("out/x.csv")) });
        QCOMPARE(r.code, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QStringLiteral("geoconsole: ")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("“25:00” is not a time of day")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("daily HH:MM")), r.err.constData());
        QCOMPARE(count("SELECT count(*) FROM export_definitions"), qint64(0));

        const Result noSchedule = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("define"), QStringLiteral("nightly"), QStringLiteral("--source"),
                QStringLiteral("predictions"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), at(QStringLiteral("out/x.csv")) });
        QCOMPARE(noSchedule.code, 2);
        QVERIFY2(noSchedule.err.contains("schedule"), noSchedule.err.constData());

        const Result auditor = exportAs(QStringLiteral("auditor"),
            { QStringLiteral("define"), QStringLiteral("mine"), QStringLiteral("--schedule"),
                QStringLiteral("hourly"), QStringLiteral("--source"), QStringLiteral("predictions"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                at(QStringLiteral("out/x.csv")) });
        QCOMPARE(auditor.code, 4);
        QVERIFY2(auditor.err.contains("define or change scheduled exports"), auditor.err.constData());
    }

    void defineRunHistoryUndefine()
    {
        // A relative --out is made absolute against the working directory.
        Result r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("define"), QStringLiteral("nightly"), QStringLiteral("--schedule"),
                QStringLiteral("daily 02:00"), QStringLiteral("--source"), QStringLiteral("predictions"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--columns"),
                QStringLiteral("id,city,value"), QStringLiteral("--out"),
                QStringLiteral("out/preds-{date}.csv") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("daily 02:00"), r.out.constData());
        r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("define"), QStringLiteral("broken"), QStringLiteral("--schedule"),
                QStringLiteral("every 15 minutes"), QStringLiteral("--source"), QStringLiteral("models"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                at(QStringLiteral("missing/models.json")) });
        QVERIFY2(r.code == 0, r.err.constData());
        r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("define"), QStringLiteral("nightly"), QStringLiteral("--schedule"),
                QStringLiteral("hourly"), QStringLiteral("--source"), QStringLiteral("models"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                at(QStringLiteral("out/m.csv")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());

        r = exportAs(QStringLiteral("officer"), { QStringLiteral("definitions") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("nightly"));
        QVERIFY(r.out.contains("every 15 minutes"));
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("definitions"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray defs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(defs.size(), 2);
        QCOMPARE(defs.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("nightly"));
        const QString destination = defs.at(1)
                                        .toObject()
                                        .value(QStringLiteral("request"))
                                        .toObject()
                                        .value(QStringLiteral("destination"))
                                        .toString();
        QCOMPARE(destination, QDir(m_dir.path()).filePath(QStringLiteral("out/preds-{date}.csv")));
        QVERIFY(defs.at(1)
                    .toObject()
                    .value(QStringLiteral("nextRunAt"))
                    .toString()
                    .endsWith(QStringLiteral("T02:00:00Z")));

        // Nothing is due yet.
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("run-due") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("No scheduled export is due"), r.out.constData());

        // Both due: one succeeds, one fails; the exit code says so, each has a line.
        makeDue();
        r = exportAs(QStringLiteral("auditor"), { QStringLiteral("run-due") });
        QCOMPARE(r.code, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString file = at(QStringLiteral("out/preds-") + today + QStringLiteral(".csv"));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QString sha = QString::fromLatin1(fileSha256(file).toHex());
        const QString okLine = lines.filter(QStringLiteral("nightly")).value(0);
        QVERIFY2(okLine.startsWith(QStringLiteral("Succeeded")), qPrintable(okLine));
        QVERIFY2(okLine.contains(sha), qPrintable(okLine));
        QVERIFY2(okLine.contains(QStringLiteral("700 rows")), qPrintable(okLine));
        const QString badLine = lines.filter(QStringLiteral("broken")).value(0);
        QVERIFY2(badLine.startsWith(QStringLiteral("Failed")), qPrintable(badLine));
        QVERIFY2(badLine.contains(QStringLiteral("does not exist")), qPrintable(badLine));
        // The CSV has the header and 700 rows.
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 701);

        // Ran once: the same call again finds nothing due.
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("run-due") });
        QCOMPARE(r.code, 0);

        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("history"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 2);
        QJsonObject ok;
        QJsonObject failed;
        for (const QJsonValue& v : runs)
            (v.toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("succeeded") ? ok
                                                                                                     : failed)
                = v.toObject();
        QCOMPARE(ok.value(QStringLiteral("definition")).toString(), QStringLiteral("nightly"));
        QCOMPARE(ok.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(ok.value(QStringLiteral("rows")).toInteger(), qint64(700));
        QCOMPARE(ok.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
        QCOMPARE(ok.value(QStringLiteral("path")).toString(), file);
        QCOMPARE(failed.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(
            failed.value(QStringLiteral("message")).toString().contains(QStringLiteral("does not exist")));
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("history"), QStringLiteral("broken") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("does not exist"));
        QVERIFY(!r.out.contains("nightly"));
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("history"), QStringLiteral("nosuch") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no scheduled export named “nosuch”"), r.err.constData());

        // Disabled definitions do not run; undefine deletes the definition and its history.
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("disable"), QStringLiteral("broken") });
        QVERIFY2(r.code == 0, r.err.constData());
        makeDue();
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("run-due") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("nightly") && !r.out.contains("broken"), r.out.constData());
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("enable"), QStringLiteral("broken") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("undefine"), QStringLiteral("broken") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(count("SELECT count(*) FROM export_definitions"), qint64(1));
        QCOMPARE(count("SELECT count(*) FROM export_runs WHERE outcome = 'failed'"), qint64(0));
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("undefine"), QStringLiteral("broken") });
        QCOMPARE(r.code, 1);
        // Every change is in the audit trail.
        QCOMPARE(
            count(
                "SELECT count(*) FROM audit_events WHERE type = 121 AND resource LIKE 'export_definition/%'"),
            qint64(6)); // 2 defined, the auditor's refusal, disable, enable, undefine
        // --replace changes the request and the schedule of an existing definition.
        r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("define"), QStringLiteral("nightly"), QStringLiteral("--replace"),
                QStringLiteral("--schedule"), QStringLiteral("weekly tue 03:30"), QStringLiteral("--source"),
                QStringLiteral("models"), QStringLiteral("--format"), QStringLiteral("yaml"),
                QStringLiteral("--out"), at(QStringLiteral("out/m.yaml")), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject replaced = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(replaced.value(QStringLiteral("schedule")).toString(), QStringLiteral("weekly tue 03:30"));
        QCOMPARE(
            replaced.value(QStringLiteral("request")).toObject().value(QStringLiteral("format")).toString(),
            QStringLiteral("yaml"));
        QCOMPARE(QDateTime::fromString(replaced.value(QStringLiteral("nextRunAt")).toString(), Qt::ISODate)
                     .date()
                     .dayOfWeek(),
            2);
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("undefine"), QStringLiteral("nightly") });
        QCOMPARE(r.code, 0);
        r = exportAs(QStringLiteral("analyst"), { QStringLiteral("definitions") });
        QVERIFY(r.out.contains("No scheduled exports"));
    }
};

QTEST_GUILESS_MAIN(TestCliExportSchedule)
#include "TestCliExportSchedule.moc"
