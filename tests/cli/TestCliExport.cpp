// `geoconsole export` end to end: the real executable exports a demo store to
// every format it has, splits and zips, records the export's SHA-256 in the
// audit trail, and refuses bad input with a clear message, a non-zero exit
// and no file at --out.
#include "FileHash.h"
#include "audit/AuditReader.h"
#include "auth/Session.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "../export/engine/PythonRunner.h"
#include "CliRunner.h"

#include <csignal>

using namespace gc;
using gc::test::fileSha256;
using gc::test::python;

namespace {

using Result = gc::test::CliRun;

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_predictions = 0;

    QString at(const QString& name) const { return m_dir.filePath(name); }

    Result geoconsole(const QString& user, QStringList args) const
    {
        return gc::test::runDemoCli(m_dir.path(), m_store, user, std::move(args));
    }

    Result exportAs(const QString& user, const QStringList& args) const
    {
        return geoconsole(user, QStringList { QStringLiteral("export") } + args);
    }

    /// A refused export: exit `code`, stderr mentions `inMessage`, nothing at `out`.
    void expectRefused(
        const QString& user, const QStringList& args, int code, const QString& inMessage, const QString& out)
    {
        const Result r = exportAs(user, args + QStringList { QStringLiteral("--out"), out });
        QVERIFY2(r.code == code,
            qPrintable(QString::number(r.code) + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        QVERIFY2(QString::fromUtf8(r.err).contains(inMessage), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).startsWith(QStringLiteral("geoconsole: ")), r.err.constData());
        QVERIFY(!QFile::exists(out));
        const QStringList left = QDir(QFileInfo(out).absolutePath())
                                     .entryList({ QStringLiteral(".*partial*") }, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = at(QStringLiteral("demo.sqlite3"));
        const Result demo = gc::test::makeDemoStore(m_dir.path(), m_store,
            { QStringLiteral("--tenants"), QStringLiteral("3"), QStringLiteral("--days"), QStringLiteral("2"),
                QStringLiteral("--predictions"), QStringLiteral("2500"), QStringLiteral("--audit-events"),
                QStringLiteral("500") });
        QVERIFY2(demo.code == 0, demo.err.constData());
        auto store = Store::open(m_store);
        m_predictions = store->db().scalarInt("SELECT count(*) FROM predictions");
        QCOMPARE(m_predictions, qint64(2500));
    }

    void listsSources()
    {
        const Result r = exportAs(QStringLiteral("analyst"), { QStringLiteral("sources") });
        QVERIFY2(r.code == 0, r.err.constData());
        for (const char* word :
            { "predictions", "forecast_time", "timestamp", "tenant_users", "audit_events" })
            QVERIFY2(r.out.contains(word), word);
        const Result j
            = exportAs(QStringLiteral("analyst"), { QStringLiteral("sources"), QStringLiteral("--json") });
        QCOMPARE(j.code, 0);
        const QJsonArray sources = QJsonDocument::fromJson(j.out).array();
        QCOMPARE(sources.size(), 5);
        QCOMPARE(
            sources.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("predictions"));
    }

    void csvHasEveryStoredValue()
    {
        const QString out = at(QStringLiteral("out/preds.csv"));
        const Result r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("predictions"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--columns"), QStringLiteral("id,city,value"),
                QStringLiteral("--where"), QStringLiteral("value>=10"), QStringLiteral("--sort"),
                QStringLiteral("value:desc"), QStringLiteral("--out"), out, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        auto store = Store::open(m_store);
        Statement st(
            store->db(), "SELECT id, city, value FROM predictions WHERE value >= 10 ORDER BY value DESC, id");
        QStringList expected;
        while (st.step())
            expected << QString::number(st.int64(0)) + QLatin1Char('|') + st.text(1) + QLatin1Char('|')
                    + QString::number(st.real(2), 'g', 17);
        QCOMPARE(o.value(QStringLiteral("rows")).toInteger(), qint64(expected.size()));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(fileSha256(out).toHex()));
        // Python's csv module, doubles compared as numbers.
        const auto [code, text]
            = python(QStringLiteral("import csv,sys\n"
                                    "rows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
                                    "assert rows[0]==['id','city','value'], rows[0]\n"
                                    "for r in rows[1:]: print(r[0]+'|'+r[1]+'|'+repr(float(r[2])))\n"),
                { out });
        QVERIFY2(code == 0, text.constData());
        QStringList got = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QStringList g = got.at(i).split(QLatin1Char('|'));
            const QStringList e = expected.at(i).split(QLatin1Char('|'));
            QCOMPARE(g.at(0), e.at(0));
            QCOMPARE(g.at(1), e.at(1));
            QCOMPARE(g.at(2).toDouble(), e.at(2).toDouble());
        }

        // The export is in the audit trail with this file's hash and row count.
        AuditReader reader(
            *store, Session(Operator { 1, QStringLiteral("auditor"), {}, Role::Auditor, true, {}, {} }));
        const auto e = reader.event(o.value(QStringLiteral("auditSeq")).toInteger());
        QVERIFY(e);
        QCOMPARE(e->record.type, AuditEventType::DataExported);
        QCOMPARE(e->record.details.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(fileSha256(out).toHex()));
        QCOMPARE(e->record.details.value(QStringLiteral("rows")).toInteger(), qint64(expected.size()));
    }

    void everyAvailableFormat()
    {
        // Each format read back by a reader that is not ours; the row count must match.
        const QList<QPair<QString, QString>> readers {
            { QStringLiteral("csv"),
                QStringLiteral(
                    "import csv,sys; "
                    "print(len(list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8'))))-1)") },
            { QStringLiteral("json"),
                QStringLiteral(
                    "import json,sys; print(len(json.load(open(sys.argv[1],encoding='utf-8'))))") },
            { QStringLiteral("ndjson"),
                QStringLiteral("import json,sys; print(sum(1 for l in open(sys.argv[1],encoding='utf-8') if "
                               "json.loads(l) is not None))") },
            { QStringLiteral("yaml"),
                QStringLiteral(
                    "import yaml,sys; print(len(yaml.safe_load(open(sys.argv[1],encoding='utf-8'))))") },
            { QStringLiteral("xlsx"),
                QStringLiteral("import openpyxl,sys; "
                               "ws=openpyxl.load_workbook(sys.argv[1],read_only=True).worksheets[0]; "
                               "print(ws.max_row-1)") },
            { QStringLiteral("xml"),
                QStringLiteral("import xml.etree.ElementTree as E,sys; "
                               "print(len(E.parse(sys.argv[1]).getroot().findall('./*/{*}row') or "
                               "E.parse(sys.argv[1]).getroot().findall('./*/row')))") },
            { QStringLiteral("parquet"), QString() },
        };
        int written = 0;
        for (const auto& [format, script] : readers) {
            const QString out = at(QStringLiteral("out/all.") + format);
            const Result r = exportAs(QStringLiteral("analyst"),
                { QStringLiteral("--source"), QStringLiteral("predictions"), QStringLiteral("--format"),
                    format, QStringLiteral("--out"), out });
            if (r.code != 0 && r.err.contains("not available in this build")) {
                qWarning("%s: no writer in this build yet", qPrintable(format));
                QVERIFY(!QFile::exists(out));
                continue;
            }
            QVERIFY2(r.code == 0, qPrintable(format + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            QVERIFY(QFileInfo(out).size() > 0);
            ++written;
            if (script.isEmpty()) {
                QFile f(out);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.read(4), QByteArray("PAR1"));
                continue;
            }
            const auto [code, text] = python(script, { out });
            QVERIFY2(code == 0, qPrintable(format + QLatin1Char(' ') + QString::fromUtf8(text)));
            QCOMPARE(text.trimmed().toLongLong(), m_predictions);
        }
        QVERIFY(written >= 2);
    }

    void splitsAndZips()
    {
        const QString out = at(QStringLiteral("out/bulk.zip"));
        const Result r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("predictions"), QStringLiteral("--format"),
                QStringLiteral("ndjson"), QStringLiteral("--split-rows"), QStringLiteral("1000"),
                QStringLiteral("--zip"), QStringLiteral("--out"), out, QStringLiteral("--progress") });
        QVERIFY2(r.code == 0, r.err.constData());
        const auto [code, text]
            = python(QStringLiteral("import zipfile,sys,json\n"
                                    "z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
                                    "m=json.loads(z.read('bulk.manifest.json'))\n"
                                    "print(len(z.namelist()), m['total_rows'], "
                                    "sum(len(z.read(p['file']).splitlines()) for p in m['parts']))\n"),
                { out });
        QVERIFY2(code == 0, text.constData());
        QCOMPARE(text.trimmed(), QByteArray("4 2500 2500"));
    }

    void refusesBadInput()
    {
        const QString out = at(QStringLiteral("out/refused.csv"));
        const QStringList csv { QStringLiteral("--format"), QStringLiteral("csv") };
        expectRefused(QStringLiteral("analyst"),
            QStringList { QStringLiteral("--source"), QStringLiteral("weather") } + csv, 2,
            QStringLiteral("weather"), out);
        expectRefused(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("predictions"), QStringLiteral("--format"),
                QStringLiteral("docx") },
            2, QStringLiteral("docx"), out);
        expectRefused(QStringLiteral("analyst"),
            QStringList { QStringLiteral("--source"), QStringLiteral("predictions"),
                QStringLiteral("--columns"), QStringLiteral("id,colour") }
                + csv,
            1, QStringLiteral("colour"), out);
        expectRefused(QStringLiteral("analyst"),
            QStringList { QStringLiteral("--source"), QStringLiteral("predictions"),
                QStringLiteral("--where"), QStringLiteral("value>=high") }
                + csv,
            1, QStringLiteral("value>=high"), out);
        expectRefused(QStringLiteral("analyst"),
            QStringList { QStringLiteral("--source"), QStringLiteral("tenant_users"),
                QStringLiteral("--clear-personal") }
                + csv,
            4, QStringLiteral("Analyst"), out);
        expectRefused(QStringLiteral("analyst"),
            QStringList { QStringLiteral("--source"), QStringLiteral("audit_events") } + csv, 4,
            QStringLiteral("audit trail"), out);
        // A folder nothing can be created in, even by root.
        const Result r = exportAs(QStringLiteral("analyst"),
            QStringList { QStringLiteral("--source"), QStringLiteral("models"), QStringLiteral("--out"),
                QStringLiteral("/proc/geoconsole.csv") }
                + csv);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("/proc"), r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/geoconsole.csv")));
    }

    void passesFormatOptionsThrough()
    {
        const QString out = at(QStringLiteral("out/models.tsv"));
        const Result r = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("models"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--columns"), QStringLiteral("name,version,mae"),
                QStringLiteral("--where"), QStringLiteral("mae=null"), QStringLiteral("--delimiter"),
                QStringLiteral("tab"), QStringLiteral("--no-header"), QStringLiteral("--line-ending"),
                QStringLiteral("lf"), QStringLiteral("--null-text"), QStringLiteral("NULL"),
                QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        auto store = Store::open(m_store);
        QCOMPARE(text.count('\n'),
            qsizetype(store->db().scalarInt("SELECT count(*) FROM ml_models WHERE mae IS NULL")));
        QVERIFY(!text.contains('\r'));
        for (const QByteArray& line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> cells = line.split('\t');
            QCOMPARE(cells.size(), 3);
            QCOMPARE(cells.at(2), QByteArray("NULL"));
        }

        // Parts by size, gzipped, with a manifest beside them.
        const QString parts = at(QStringLiteral("out/sized/preds.ndjson"));
        QVERIFY(QDir().mkpath(QFileInfo(parts).absolutePath()));
        const Result s = exportAs(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("predictions"), QStringLiteral("--format"),
                QStringLiteral("ndjson"), QStringLiteral("--split-bytes"), QStringLiteral("128k"),
                QStringLiteral("--gzip"), QStringLiteral("--out"), parts, QStringLiteral("--json") });
        QVERIFY2(s.code == 0, s.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(s.out).object();
        QCOMPARE(
            o.value(QStringLiteral("path")).toString(), at(QStringLiteral("out/sized/preds.manifest.json")));
        const auto [code, text2]
            = python(QStringLiteral("import json,sys,gzip,os,hashlib\n"
                                    "m=json.load(open(sys.argv[1]))\n"
                                    "d=os.path.dirname(sys.argv[1]); n=0\n"
                                    "for p in m['parts']:\n"
                                    "  raw=open(os.path.join(d,p['file']),'rb').read()\n"
                                    "  assert hashlib.sha256(raw).hexdigest()==p['sha256']\n"
                                    "  rows=[json.loads(l) for l in gzip.decompress(raw).splitlines()]\n"
                                    "  assert len(rows)==p['rows']; n+=len(rows)\n"
                                    "print(len(m['parts']), n, m['total_rows'])\n"),
                { o.value(QStringLiteral("path")).toString() });
        QVERIFY2(code == 0, text2.constData());
        const QList<QByteArray> counts = text2.trimmed().split(' ');
        QVERIFY2(counts.at(0).toInt() >= 3, text2.constData());
        QCOMPARE(counts.at(1), QByteArray("2500"));
        QCOMPARE(counts.at(2), QByteArray("2500"));

        expectRefused(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("models"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--split-bytes"), QStringLiteral("lots") },
            2, QStringLiteral("lots"), at(QStringLiteral("out/refused.csv")));
        expectRefused(QStringLiteral("analyst"),
            { QStringLiteral("--source"), QStringLiteral("models"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--gzip"), QStringLiteral("--zip") },
            2, QStringLiteral("--zip"), at(QStringLiteral("out/refused.csv")));
    }

    void interruptedExportsLeaveNoFile()
    {
        const QString big = at(QStringLiteral("big.sqlite3"));
        const Result demo = gc::test::runCli(
            { QStringLiteral("demo"), QStringLiteral("--out"), big, QStringLiteral("--tenants"),
                QStringLiteral("1"), QStringLiteral("--days"), QStringLiteral("1"),
                QStringLiteral("--predictions"), QStringLiteral("300000"), QStringLiteral("--audit-events"),
                QStringLiteral("0") },
            gc::test::cliEnvironment(at(QStringLiteral("home")),
                { { QStringLiteral("GEOCONSOLE_AUDIT_KEY"), big + QStringLiteral(".audit-key.pem") } }),
            {}, 120'000);
        QVERIFY2(demo.code == 0, demo.err.constData());
        const QString dir = at(QStringLiteral("out/interrupted"));
        QVERIFY(QDir().mkpath(dir));
        const QString out = dir + QStringLiteral("/big.xml");
        for (const int signal : { SIGINT, SIGKILL }) {
            QProcess p;
            p.setProcessEnvironment(gc::test::cliEnvironment(at(QStringLiteral("home")),
                { { QStringLiteral("GEOCONSOLE_USER"), QStringLiteral("analyst") },
                    { QStringLiteral("GEOCONSOLE_PASSWORD"), QStringLiteral("geoclimate-analyst") },
                    { QStringLiteral("GEOCONSOLE_AUDIT_KEY"), big + QStringLiteral(".audit-key.pem") } }));
            p.start(QStringLiteral(GEOCONSOLE_EXE),
                { QStringLiteral("export"), QStringLiteral("--store"), big, QStringLiteral("--source"),
                    QStringLiteral("predictions"), QStringLiteral("--format"), QStringLiteral("xml"),
                    QStringLiteral("--out"), out, QStringLiteral("--progress") });
            QVERIFY(p.waitForStarted());
            // Signal once rows are being written: the progress line after the count's.
            QByteArray err;
            QElapsedTimer waited;
            waited.start();
            while (err.count('\n') < 2 && waited.elapsed() < 60'000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(50);
                err += p.readAllStandardError();
            }
            QVERIFY2(err.count('\n') >= 2, err.constData());
            QVERIFY2(p.state() == QProcess::Running, "the export ended before it could be interrupted");
            QVERIFY(!QFile::exists(out));
            ::kill(pid_t(p.processId()), signal);
            QVERIFY(p.waitForFinished(60'000));
            err += p.readAllStandardError();
            QVERIFY(!QFile::exists(out));
            const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            if (signal == SIGINT) {
                // Ctrl+C: cancelled cleanly, nothing at all left behind.
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                QVERIFY2(p.exitCode() == 130, err.constData());
                QVERIFY2(err.contains("cancelled"), err.constData());
                QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
            } else {
                // Killed: at most a hidden temporary file, never the requested name.
                for (const QString& name : left) {
                    QVERIFY2(name.startsWith(QStringLiteral(".big.xml.partial-")), qPrintable(name));
                    QFile::remove(dir + QLatin1Char('/') + name);
                }
            }
        }
    }

    void clearPersonalDataForAnOfficer()
    {
        const QString out = at(QStringLiteral("out/users.csv"));
        const Result r = exportAs(QStringLiteral("officer"),
            { QStringLiteral("--source"), QStringLiteral("tenant_users"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--clear-personal"), QStringLiteral("--columns"),
                QStringLiteral("id,pseudonym,email"), QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("id,pseudonym,email"));
        QVERIFY(text.contains("@"));
        QVERIFY(text.contains(",user-"));
    }

    void auditPersonalDataInClearForAnOfficerOnly()
    {
        const QString out = at(QStringLiteral("out/audit-clear.ndjson"));
        const QStringList base { QStringLiteral("--source"), QStringLiteral("audit_events"),
            QStringLiteral("--format"), QStringLiteral("ndjson") };
        auto store = Store::open(m_store);
        const qint64 last = store->db().scalarInt("SELECT max(seq) FROM audit_events");
        const QStringList upToNow { QStringLiteral("--where"), QStringLiteral("seq<=%1").arg(last) };
        const Result r = exportAs(QStringLiteral("officer"),
            base + upToNow
                + QStringList { QStringLiteral("--clear-personal"), QStringLiteral("--out"), out,
                    QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toInteger(), last);

        // Every line as AuditReader gives the event to an officer.
        Operator officer;
        officer.id = 2;
        officer.username = QStringLiteral("officer");
        officer.role = Role::ComplianceOfficer;
        AuditReader reader(*store, Session(officer));
        AuditPageRequest page;
        page.order = AuditPageRequest::Order::OldestFirst;
        page.beforeSeq = last + 1;
        page.limit = 10000;
        const QList<AuditEvent> events = reader.page(page);
        QCOMPARE(qint64(events.size()), last);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), events.size());
        const auto textOrNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        int withEmail = 0;
        int erasedOrNone = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject row = QJsonDocument::fromJson(lines.at(i)).object();
            const AuditEvent& e = events.at(i);
            QCOMPARE(row.value(QStringLiteral("seq")).toInteger(), e.record.sequence);
            QCOMPARE(row.value(QStringLiteral("actor")).toString(), e.record.actorId);
            const AuditPersonalData p = e.personal ? e.personal->data : AuditPersonalData {};
            QCOMPARE(row.value(QStringLiteral("actor_name")), textOrNull(p.actorName));
            QCOMPARE(row.value(QStringLiteral("actor_email")), textOrNull(p.actorEmail));
            QCOMPARE(row.value(QStringLiteral("source_address")), textOrNull(p.sourceAddress));
            const QJsonValue details = row.value(QStringLiteral("personal_details"));
            if (p.details.isEmpty())
                QVERIFY(details.isNull());
            else
                QCOMPARE(QJsonDocument::fromJson(details.toString().toUtf8()).object(), p.details);
            withEmail += p.actorEmail.isEmpty() ? 0 : 1;
            erasedOrNone += e.personal ? 0 : 1;
        }
        QVERIFY(withEmail > 0);
        QVERIFY(erasedOrNone > 0);

        // The DataExported event says so.
        const auto recorded = reader.event(reader.lastSeq());
        QVERIFY(recorded);
        QCOMPARE(recorded->record.type, AuditEventType::DataExported);
        QVERIFY(recorded->record.details.value(QStringLiteral("clear_personal_data")).toBool());

        // Without the flag: no personal key at all, even for an officer.
        const QString plain = at(QStringLiteral("out/audit-plain.ndjson"));
        const Result p = exportAs(QStringLiteral("officer"),
            base + upToNow + QStringList { QStringLiteral("--out"), plain });
        QVERIFY2(p.code == 0, p.err.constData());
        QFile pf(plain);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QByteArray plainText = pf.readAll();
        QVERIFY(plainText.contains("\"actor\""));
        for (const char* key : { "actor_name", "actor_email", "source_address", "personal_details" })
            QVERIFY2(!plainText.contains(key), key);

        // An auditor reads the trail, never its personal parts; a filter on a
        // personal column is refused even in clear.
        const QString refused = at(QStringLiteral("out/audit-refused.ndjson"));
        expectRefused(QStringLiteral("auditor"), base + QStringList { QStringLiteral("--clear-personal") }, 4,
            QStringLiteral("Auditor"), refused);
        expectRefused(QStringLiteral("officer"),
            base
                + QStringList { QStringLiteral("--clear-personal"), QStringLiteral("--where"),
                    QStringLiteral("actor_email~@") },
            1, QStringLiteral("actor_email~@"), refused);
        expectRefused(QStringLiteral("officer"),
            base + QStringList { QStringLiteral("--columns"), QStringLiteral("seq,actor_email") }, 1,
            QStringLiteral("actor_email"), refused);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
