// `geoconsole audit report` end to end: the real executable writes HTML, PDF
// and CSV reports of a demo store, records each file's SHA-256 in the audit
// trail, and refuses roles without the export right.
#include "FileHash.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/ComplianceReportCsv.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

#include <vector>

using namespace gc;
using gc::test::fileSha256;

namespace {

using Result = gc::test::CliRun;


} // namespace

class TestCliAuditReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QString at(const QString& name) const { return m_dir.filePath(name); }

    /// geoconsole signed in as `user` (password "geoclimate-<user>", the demo's), --store added,
    /// run in the test's directory with a private runtime directory.
    Result geoconsole(const QString& user, QStringList args) const
    {
        return gc::test::runDemoCli(m_dir.path(), m_store, user, std::move(args));
    }

    static QStringList reportArgs(const QString& framework, const QStringList& extra)
    {
        return QStringList { QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--framework"),
                   framework, QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                   QStringLiteral("2100-01-01") }
            + extra;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(at(QStringLiteral("home"))));
        QVERIFY(QDir().mkpath(at(QStringLiteral("out"))));
        m_store = at(QStringLiteral("demo.sqlite3"));
        // The demo runs in the inherited environment, as a developer would start it.
        const Result demo = gc::test::runCli(
            { QStringLiteral("demo"), QStringLiteral("--out"), m_store, QStringLiteral("--tenants"),
                QStringLiteral("3"), QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--predictions"),
                QStringLiteral("100"), QStringLiteral("--audit-events"), QStringLiteral("3000") },
            QProcessEnvironment::systemEnvironment(), {}, 120'000);
        QVERIFY2(demo.code == 0, demo.err.constData());

        // A few hundred events of every kind, with awkward text, so each list
        // and the CSV's quoting have something to show.
        SystemClock clock;
        auto store = Store::open(m_store);
        AuditLog log(*store, clock);
        QRandomGenerator rng(42);
        std::vector<AuditEventDraft> drafts;
        for (int i = 0; i < 400; ++i) {
            AuditEventDraft d;
            d.type = allAuditEventTypes().at(int(rng.bounded(allAuditEventTypes().size())));
            if (d.type == AuditEventType::LoginFailed)
                d.type = AuditEventType::DataRead;
            d.outcome = rng.bounded(10) == 0 ? AuditOutcome::Denied : AuditOutcome::Success;
            d.actorId = log.pseudonym(QStringLiteral("op"), QStringLiteral("p%1").arg(rng.bounded(4)));
            d.resource = i % 50 == 0 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("tenant/%1").arg(i % 3);
            d.details = QJsonObject { { QStringLiteral("note"), QStringLiteral("line one\nline \"two\", three") } };
            drafts.push_back(d);
        }
        log.appendBatch(drafts);
        log.checkpoint();
    }

    void writesRecordsAndHashesEveryFormat()
    {
        const Result r = geoconsole(QStringLiteral("admin"),
            reportArgs(QStringLiteral("soc2"),
                { QStringLiteral("--format"), QStringLiteral("html,pdf"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out-dir"), at(QStringLiteral("out")),
                    QStringLiteral("--checkpoint"), QStringLiteral("--json") }));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("framework")).toString(), QStringLiteral("soc2"));
        QVERIFY(o.value(QStringLiteral("complete")).toBool());
        QVERIFY(o.value(QStringLiteral("gapFree")).toBool());
        QVERIFY(o.value(QStringLiteral("verified")).toBool());
        QVERIFY(o.value(QStringLiteral("consistencyVerified")).toBool());
        const qint64 events = o.value(QStringLiteral("events")).toInteger();
        QVERIFY(events >= 400);
        QCOMPARE(o.value(QStringLiteral("lastSeq")).toInteger() - o.value(QStringLiteral("firstSeq")).toInteger() + 1,
            events);
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);

        auto store = Store::open(m_store);
        Operator op;
        op.role = Role::Auditor;
        const AuditReader reader(*store, Session(op));
        QStringList formats;
        for (const QJsonValue& v : files) {
            const QJsonObject f = v.toObject();
            const QString path = f.value(QStringLiteral("path")).toString();
            formats << f.value(QStringLiteral("format")).toString();
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(at(QStringLiteral("out"))).absolutePath());
            const QString sha = QString::fromLatin1(fileSha256(path).toHex());
            QCOMPARE(f.value(QStringLiteral("sha256")).toString(), sha);
            const auto event = reader.event(f.value(QStringLiteral("recordedSeq")).toInteger());
            QVERIFY(event);
            QCOMPARE(event->record.type, AuditEventType::DataExported);
            QCOMPARE(event->record.details.value(QStringLiteral("sha256")).toString(), sha);
            QCOMPARE(event->record.details.value(QStringLiteral("file")).toString(), QFileInfo(path).fileName());
            QCOMPARE(event->record.details.value(QStringLiteral("events")).toInteger(), events);
        }
        QCOMPARE(formats, (QStringList { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv") }));
        // No temporary file is left beside the reports.
        QCOMPARE(QDir(at(QStringLiteral("out"))).entryList(QDir::Files).size(), 3);

        QFile pdf(files.at(1).toObject().value(QStringLiteral("path")).toString());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10'000);

        QFile csv(files.at(2).toObject().value(QStringLiteral("path")).toString());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        const QByteArray header = ComplianceReportCsv::header().join(QLatin1Char(',')).toUtf8() + "\r\n";
        QVERIFY(text.startsWith(header));
        QVERIFY(text.contains(",'=cmd|' /C calc'!A0,"));
        QVERIFY(!text.contains(",=cmd"));
        QCOMPARE(files.at(2).toObject().value(QStringLiteral("rows")).toInteger(), events);

        QFile html(files.at(0).toObject().value(QStringLiteral("path")).toString());
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("CC6.1"));
        QVERIFY(page.contains("No gaps"));
    }

    void humanOutputAndOneFile()
    {
        const QString out = at(QStringLiteral("gdpr.html"));
        const Result r = geoconsole(QStringLiteral("auditor"),
            reportArgs(QStringLiteral("gdpr"), { QStringLiteral("--out"), out }));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(out));
        const QString sha = QString::fromLatin1(fileSha256(out).toHex());
        QVERIFY2(r.out.contains(sha.toLatin1()), r.out.constData());
        QVERIFY(r.out.contains("Wrote "));
        QVERIFY(r.out.contains(" events, sequence numbers 1 to "));
        QVERIFY(r.out.contains("Completeness"));
    }

    void refusedForAnalyst()
    {
        const QString out = at(QStringLiteral("refused.pdf"));
        const Result r = geoconsole(QStringLiteral("analyst"),
            reportArgs(QStringLiteral("iso27001"), { QStringLiteral("--out"), out }));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.startsWith("geoconsole: "), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors()
    {
        const QList<QStringList> cases {
            { QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--framework"), QStringLiteral("pci"),
                QStringLiteral("--period"), QStringLiteral("last-month") },
            { QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--framework"), QStringLiteral("soc2") },
            { QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--framework"), QStringLiteral("soc2"),
                QStringLiteral("--period"), QStringLiteral("last-week") },
            { QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--framework"), QStringLiteral("soc2"),
                QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                QStringLiteral("2026-01-01") },
            reportArgs(QStringLiteral("soc2"),
                { QStringLiteral("--format"), QStringLiteral("html,pdf"), QStringLiteral("--out"),
                    at(QStringLiteral("x.html")) }),
            reportArgs(QStringLiteral("soc2"), { QStringLiteral("--format"), QStringLiteral("docx") }),
        };
        for (const QStringList& args : cases) {
            const Result r = geoconsole(QStringLiteral("admin"), args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ")
                                          + QString::number(r.code) + QString::fromUtf8(r.err)));
        }
        const Result help = geoconsole(QStringLiteral("admin"),
            { QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--framework"));
        QVERIFY(help.out.contains("--out-dir"));
    }
};

QTEST_GUILESS_MAIN(TestCliAuditReport)
#include "TestCliAuditReport.moc"
