// The export job: temporary name and rename on success, nothing left on
// cancel or failure (an existing file untouched), parts and their manifest,
// gzip and ZIP packaging read back by zlib, QuaZip and Python, progress, and
// the DataExported audit event with the file's SHA-256.
#include "ExportTestSupport.h"
#include "PythonRunner.h"

#include "audit/AuditReader.h"
#include "core/DomainError.h"
#include "export/ExportJob.h"
#include "export/ExportWriter.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <zlib.h>

using namespace gc;
using gc::test::python;
using gc::test::Recording;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray gunzip(const QString& path)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz)
        return {};
    QByteArray out;
    char buf[65536];
    int n = 0;
    while ((n = gzread(gz, buf, sizeof buf)) > 0)
        out.append(buf, n);
    gzclose(gz);
    return n < 0 ? QByteArray() : out;
}

/// Every file name in `dir`, hidden ones included, sorted.
QStringList filesIn(const QString& dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private:
    test::DemoFixture m_fx;
    Session m_analyst = test::sessionAs(Role::Analyst, QStringLiteral("analyst"));
    QString m_out; ///< a fresh, empty folder per test

    ExportRequest predictions(const QString& name) const
    {
        ExportRequest r;
        r.source = ExportSourceId::Predictions;
        r.destination = m_out + QLatin1Char('/') + name;
        return r;
    }

    /// The last audit event, which must be the job's DataExported event.
    AuditRecord lastEvent() const
    {
        AuditReader reader(*m_fx.store, test::sessionAs(Role::Auditor, QStringLiteral("auditor")));
        return reader.event(reader.lastSeq())->record;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.dir.isValid());
        m_fx.open();
    }

    void init()
    {
        static int n = 0;
        m_out = m_fx.dir.filePath(QStringLiteral("out%1").arg(++n));
        QVERIFY(QDir().mkpath(m_out));
    }

    void writesUnderATemporaryNameThenRenames()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("p.txt"));
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        QList<ExportProgress> seen;
        bool finalMissingWhileWriting = true;
        r.onRow = [&](qint64) {
            finalMissingWhileWriting = finalMissingWhileWriting && !QFile::exists(request.destination);
        };
        const ExportResult result = job.run([&](const ExportProgress& p) { seen << p; });
        QVERIFY(finalMissingWhileWriting);
        // The writer was handed a hidden temporary file in the same folder.
        QCOMPARE(r.paths.size(), 1);
        QCOMPARE(QFileInfo(r.paths.front()).absolutePath(), QFileInfo(m_out).absoluteFilePath());
        QVERIFY2(QFileInfo(r.paths.front()).fileName().startsWith(QStringLiteral(".p.txt.partial-")),
            qPrintable(r.paths.front()));
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("p.txt") });
        QCOMPARE(result.rows, qint64(600));
        QCOMPARE(result.path, QFileInfo(request.destination).absoluteFilePath());
        const QByteArray bytes = readAll(request.destination);
        QCOMPARE(result.sha256, sha256(bytes));
        QCOMPARE(result.bytes, qint64(bytes.size()));
        QCOMPARE(bytes.count('\n'), 601);
        QVERIFY(!result.manifestWritten);
        // Ordinary permissions, not the temporary file's 0600.
        QVERIFY(QFileInfo(request.destination).permissions() & QFileDevice::ReadOther);
        // Progress: first the count, last everything.
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.front().totalRows, qint64(600));
        QCOMPARE(seen.front().rows, qint64(0));
        QCOMPARE(seen.back().rows, qint64(600));
        QCOMPARE(seen.back().etaMs, std::optional<qint64>(0));

        // The audit event names the file, its hash and the row count.
        const AuditRecord e = lastEvent();
        QCOMPARE(e.sequence, result.auditSeq);
        QCOMPARE(e.type, AuditEventType::DataExported);
        QCOMPARE(e.outcome, AuditOutcome::Success);
        QCOMPARE(e.resource, QStringLiteral("export/predictions"));
        QCOMPARE(
            e.details.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha256(bytes).toHex()));
        QCOMPARE(e.details.value(QStringLiteral("rows")).toInteger(), qint64(600));
        QCOMPARE(e.details.value(QStringLiteral("file")).toString(), QStringLiteral("p.txt"));
        QCOMPARE(e.details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(e.actorId, m_fx.log->operatorActor(m_analyst.op()));
    }

    void cancelLeavesNothingAndKeepsTheOldFile()
    {
        const QString dest = m_out + QStringLiteral("/p.txt");
        {
            QFile old(dest);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday's export\n");
        }
        const qint64 events = m_fx.log->size();
        Recording r;
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, predictions(QStringLiteral("p.txt")),
            test::recordingFactory(r));
        // Cancel from "another thread's" point of view: mid-way, the flag is
        // seen at the next batch boundary.
        r.onRow = [&](qint64 n) {
            if (n == 100)
                job.cancel();
        };
        try {
            job.run();
            QFAIL("a cancelled export finished");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
        }
        QVERIFY(r.rows.size() <= ExportJob::kBatchRows + 100);
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("p.txt") });
        QCOMPARE(readAll(dest), QByteArray("yesterday's export\n"));
        QCOMPARE(m_fx.log->size(), events); // nothing exported, nothing recorded
    }

    void failingWriterLeavesNothing()
    {
        const QString dest = m_out + QStringLiteral("/p.txt");
        QVERIFY(QFile(dest).open(QIODevice::WriteOnly));
        QFile(dest).resize(0);
        QVERIFY(QFile::exists(dest));
        Recording r;
        r.failAfter = 250;
        ExportRequest request = predictions(QStringLiteral("p.txt"));
        request.split.maxRows = 100; // two parts complete before the failure
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        QVERIFY_THROWS_EXCEPTION(StoreError, job.run());
        QCOMPARE(r.begun, 3);
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("p.txt") });
        QCOMPARE(QFileInfo(dest).size(), qint64(0));
    }

    void unwritableFolderIsAStoreError()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("p.txt"));
        // A folder nobody can create files in, not even root.
        request.destination = QStringLiteral("/proc/geoconsole-export.txt");
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        try {
            job.run();
            QFAIL("wrote into /proc");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(QStringLiteral("/proc")), qPrintable(e.message()));
        }
        QCOMPARE(r.begun, 0);

        request.destination = m_out + QStringLiteral("/missing/p.txt");
        ExportJob missing(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        try {
            missing.run();
            QFAIL("wrote into a missing folder");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::CannotOpen);
            QVERIFY(e.message().contains(QStringLiteral("missing")));
        }
        QVERIFY(filesIn(m_out).isEmpty());
    }

    void fullDiskIsAStoreErrorAndLeavesNothing()
    {
        // A 16 KiB tmpfs (the export is about 60 kB), where the process may
        // mount one (root in a container); elsewhere the check cannot be made.
        const QString tiny = m_out + QStringLiteral("/tiny");
        QVERIFY(QDir().mkpath(tiny));
        if (QProcess::execute(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=16k"), QStringLiteral("tmpfs"), tiny })
            != 0)
            QSKIP("cannot mount a small tmpfs here");
        struct Unmount
        {
            QString at;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), { at }); }
        } unmount { tiny };
        const QString dest = tiny + QStringLiteral("/p.txt");
        {
            QFile old(dest);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("before\n");
        }
        for (const ExportPackaging packaging : { ExportPackaging::None, ExportPackaging::Zip }) {
            Recording r;
            ExportRequest request = predictions(QString());
            request.destination = packaging == ExportPackaging::Zip ? tiny + QStringLiteral("/p.zip") : dest;
            request.packaging = packaging;
            request.split.maxRows = packaging == ExportPackaging::Zip ? 100 : 0;
            ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
            try {
                job.run();
                QFAIL("wrote 60 kB into a 16 KiB file system");
            } catch (const StoreError& e) {
                QCOMPARE(e.kind(), StoreError::Kind::DiskFull);
                QVERIFY2(
                    e.message().contains(QFileInfo(request.destination).fileName()), qPrintable(e.message()));
                QVERIFY2(!e.message().contains(QStringLiteral(".partial-")), qPrintable(e.message()));
            }
        }
        QCOMPARE(filesIn(tiny), QStringList { QStringLiteral("p.txt") });
        QCOMPARE(readAll(dest), QByteArray("before\n"));
    }

    void splitsIntoPartsWithAManifest()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("p.txt"));
        request.split.maxRows = 250;
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        const ExportResult result = job.run();
        QCOMPARE(filesIn(m_out),
            (QStringList { QStringLiteral("p.manifest.json"), QStringLiteral("p.part-0001.txt"),
                QStringLiteral("p.part-0002.txt"), QStringLiteral("p.part-0003.txt") }));
        QCOMPARE(result.path, m_out + QStringLiteral("/p.manifest.json"));
        const QByteArray manifestBytes = readAll(result.path);
        QCOMPARE(result.sha256, sha256(manifestBytes));
        const QJsonObject m = QJsonDocument::fromJson(manifestBytes).object();
        QCOMPARE(m.value(QStringLiteral("total_rows")).toInteger(), qint64(600));
        QCOMPARE(m.value(QStringLiteral("source")).toString(), QStringLiteral("predictions"));
        QCOMPARE(m.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(m.value(QStringLiteral("columns")).toArray().size(), 12);
        const QJsonArray parts = m.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 3);
        const qint64 rows[] = { 250, 250, 100 };
        QByteArray joined;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject p = parts.at(i).toObject();
            const QString file = p.value(QStringLiteral("file")).toString();
            QCOMPARE(file, QStringLiteral("p.part-%1.txt").arg(i + 1, 4, 10, QLatin1Char('0')));
            const QByteArray bytes = readAll(m_out + QLatin1Char('/') + file);
            QCOMPARE(p.value(QStringLiteral("rows")).toInteger(), rows[i]);
            QCOMPARE(p.value(QStringLiteral("bytes")).toInteger(), qint64(bytes.size()));
            QCOMPARE(
                p.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha256(bytes).toHex()));
            QCOMPARE(bytes.count('\n'), rows[i] + 1); // each part has its header
            joined += bytes.mid(bytes.indexOf('\n') + 1);
        }
        // The parts together are the unsplit export's rows.
        const QString whole = m_out + QStringLiteral("/whole/p.txt");
        QVERIFY(QDir().mkpath(QFileInfo(whole).absolutePath()));
        Recording r2;
        ExportRequest plain = predictions(QStringLiteral("whole/p.txt"));
        ExportJob(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, plain, test::recordingFactory(r2)).run();
        const QByteArray all = readAll(whole);
        QCOMPARE(joined, all.mid(all.indexOf('\n') + 1));
    }

    void splitsByBytes()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("p.txt"));
        request.split.maxBytes = 8 * 1024;
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        const ExportResult result = job.run();
        QVERIFY(result.manifest.parts.size() >= 3);
        qint64 total = 0;
        for (const ExportManifestPart& p : result.manifest.parts) {
            total += p.rows;
            // A part ends at the first row that reaches the limit.
            QVERIFY2(p.bytes < 8 * 1024 + 200, qPrintable(QString::number(p.bytes)));
        }
        QCOMPARE(total, qint64(600));
        // The audit event carries the manifest's hash.
        const AuditRecord e = lastEvent();
        QCOMPARE(e.details.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(sha256(readAll(result.path)).toHex()));
        QCOMPARE(e.details.value(QStringLiteral("parts")).toInteger(), qint64(result.manifest.parts.size()));
    }

    void gzipsEachPart()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("p.txt"));
        request.split.maxRows = 400;
        request.packaging = ExportPackaging::Gzip;
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        const ExportResult result = job.run();
        QCOMPARE(filesIn(m_out),
            (QStringList { QStringLiteral("p.manifest.json"), QStringLiteral("p.part-0001.txt.gz"),
                QStringLiteral("p.part-0002.txt.gz") }));
        QByteArray rows;
        for (const ExportManifestPart& p : result.manifest.parts) {
            const QString path = m_out + QLatin1Char('/') + p.file;
            QCOMPARE(p.sha256, sha256(readAll(path)));
            const QByteArray plain = gunzip(path);
            QCOMPARE(plain.count('\n'), p.rows + 1);
            rows += plain.mid(plain.indexOf('\n') + 1);
            // Python's gzip module reads the same bytes.
            const auto [code, output]
                = python(QStringLiteral("import gzip,sys,hashlib; "
                                        "print(hashlib.sha256(gzip.open(sys.argv[1]).read()).hexdigest())"),
                    { path });
            QCOMPARE(code, 0);
            QCOMPARE(output.trimmed(), sha256(plain).toHex());
        }
        QCOMPARE(rows.count('\n'), 600);

        // Without splitting the one file is compressed under the requested name.
        Recording r2;
        ExportRequest single = predictions(QStringLiteral("single.txt.gz"));
        single.packaging = ExportPackaging::Gzip;
        ExportJob(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, single, test::recordingFactory(r2)).run();
        QCOMPARE(gunzip(single.destination).count('\n'), 601);
        // ... and ".gz" is added to a name that lacks it.
        Recording r3;
        ExportRequest plain = predictions(QStringLiteral("plain.txt"));
        plain.packaging = ExportPackaging::Gzip;
        const ExportResult result3
            = ExportJob(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, plain, test::recordingFactory(r3))
                  .run();
        QCOMPARE(result3.path, m_out + QStringLiteral("/plain.txt.gz"));
        QVERIFY(!QFile::exists(plain.destination));
        QCOMPARE(gunzip(result3.path).count('\n'), 601);
    }

    void zipsPartsAndManifest()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("p.zip"));
        request.split.maxRows = 200;
        request.packaging = ExportPackaging::Zip;
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        const ExportResult result = job.run();
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("p.zip") });
        QCOMPARE(result.sha256, sha256(readAll(request.destination)));

        QuaZip zip(request.destination);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QStringList names = zip.getFileNameList();
        QCOMPARE(names,
            (QStringList { QStringLiteral("p.part-0001.txt"), QStringLiteral("p.part-0002.txt"),
                QStringLiteral("p.part-0003.txt"), QStringLiteral("p.manifest.json") }));
        QHash<QString, QByteArray> contents;
        for (const QString& name : names) {
            QVERIFY(zip.setCurrentFile(name));
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::ReadOnly));
            contents.insert(name, f.readAll());
            f.close();
        }
        zip.close();
        const QJsonObject m
            = QJsonDocument::fromJson(contents.value(QStringLiteral("p.manifest.json"))).object();
        QCOMPARE(m.value(QStringLiteral("total_rows")).toInteger(), qint64(600));
        QCOMPARE(m.value(QStringLiteral("packaging")).toString(), QStringLiteral("zip"));
        for (const QJsonValue& v : m.value(QStringLiteral("parts")).toArray()) {
            const QJsonObject p = v.toObject();
            const QByteArray bytes = contents.value(p.value(QStringLiteral("file")).toString());
            QCOMPARE(
                p.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha256(bytes).toHex()));
            QCOMPARE(bytes.count('\n'), p.value(QStringLiteral("rows")).toInteger() + 1);
        }
        // Python's zipfile checks every entry's CRC.
        const auto [code, output]
            = python(QStringLiteral("import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
                                    "assert z.testzip() is None; print(len(z.namelist()))"),
                { request.destination });
        QVERIFY2(code == 0, output.constData());
        QCOMPARE(output.trimmed(), QByteArray("4"));
        QCOMPARE(lastEvent().details.value(QStringLiteral("file")).toString(), QStringLiteral("p.zip"));
    }

    void oneAndTwoThreadsWriteTheSameBytes()
    {
        // Small batches of text-heavy rows cross many batch boundaries.
        for (const ExportSourceId source : { ExportSourceId::Predictions, ExportSourceId::AuditEvents }) {
            QByteArray bytes[2];
            for (int threads = 1; threads <= 2; ++threads) {
                Recording r;
                ExportRequest request = predictions(QStringLiteral("t%1.txt").arg(threads));
                request.source = source;
                if (source == ExportSourceId::AuditEvents)
                    request.filters = { ExportCondition::parse(QStringLiteral("seq<=400")) };
                ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock,
                    test::sessionAs(Role::Auditor, QStringLiteral("auditor")), request,
                    test::recordingFactory(r));
                job.setThreads(threads);
                QCOMPARE(job.threads(), threads);
                const ExportResult result = job.write();
                bytes[threads - 1] = readAll(result.path);
                QCOMPARE(result.rows, source == ExportSourceId::Predictions ? qint64(600) : qint64(400));
            }
            QVERIFY(bytes[0].size() > 1000);
            QCOMPARE(bytes[1], bytes[0]);
        }
    }

    void refusesBadDestinations()
    {
        Recording r;
        ExportRequest request = predictions(QString());
        request.destination = m_out; // a folder
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        try {
            job.run();
            QFAIL("wrote over a folder");
        } catch (const DomainError& e) {
            QCOMPARE(e.field(), QStringLiteral("destination"));
        }
        QVERIFY(filesIn(m_out).isEmpty());
    }

    void refusesSplittingXlsxBySize()
    {
        Recording r;
        ExportRequest request = predictions(QStringLiteral("big.xlsx"));
        request.options.format = ExportFormat::Xlsx;
        request.split.maxBytes = 1024 * 1024;
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, request, test::recordingFactory(r));
        try {
            job.run();
            QFAIL("an XLSX export was split by a size it cannot know");
        } catch (const DomainError& e) {
            QCOMPARE(e.field(), QStringLiteral("split"));
            QVERIFY(e.message().contains(QStringLiteral("by rows")));
        }
        QVERIFY(filesIn(m_out).isEmpty());
        // By rows it is fine.
        request.split.maxBytes = 0;
        request.split.maxRows = 500;
        ExportJob::checkSplit(request);
    }

    void auditPersonalDataInClearReadsBack()
    {
        // An officer's NDJSON export of the trail with its personal parts:
        // Python's strict json module reads every line, the personal keys are
        // there (null where an event has none or its person was erased), and
        // one and two threads write the same bytes.
        const Session officer = test::sessionAs(Role::ComplianceOfficer, QStringLiteral("officer"));
        const qint64 last = m_fx.log->size();
        QByteArray bytes[2];
        for (int threads = 1; threads <= 2; ++threads) {
            ExportRequest request;
            request.source = ExportSourceId::AuditEvents;
            request.clearPersonalData = true;
            request.filters = { ExportCondition::parse(QStringLiteral("seq<=%1").arg(last)) };
            QVERIFY(ExportRequest::applyFormatId(QStringLiteral("ndjson"), request.options));
            request.destination = m_out + QStringLiteral("/audit%1.ndjson").arg(threads);
            ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, officer, request, &makeExportWriter);
            job.setThreads(threads);
            const ExportResult result = job.run();
            QCOMPARE(result.rows, last);
            bytes[threads - 1] = readAll(result.path);
            const AuditRecord recorded = lastEvent();
            QCOMPARE(recorded.type, AuditEventType::DataExported);
            QVERIFY(recorded.details.value(QStringLiteral("clear_personal_data")).toBool());
            QVERIFY(recorded.details.value(QStringLiteral("columns")).toArray().contains(QStringLiteral("actor_email")));
        }
        QCOMPARE(bytes[1], bytes[0]);
        const auto [code, output] = python(QStringLiteral(R"(import json, sys
keys = ["actor_name", "actor_email", "source_address", "personal_details"]
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for r in rows:
    assert all(k in r for k in keys), r
    assert r["personal_details"] is None or isinstance(json.loads(r["personal_details"]), dict)
emails = sum(1 for r in rows if r["actor_email"] is not None)
empty = sum(1 for r in rows if all(r[k] is None for k in keys))
assert emails > 0 and empty > 0, (emails, empty)
print(len(rows), emails, empty))"),
            { m_out + QStringLiteral("/audit1.ndjson") });
        QVERIFY2(code == 0, output.constData());
        AuditReader reader(*m_fx.store, officer);
        AuditPageRequest page;
        page.order = AuditPageRequest::Order::OldestFirst;
        page.beforeSeq = last + 1;
        page.limit = 10000;
        qint64 emails = 0;
        for (const AuditEvent& e : reader.page(page))
            emails += e.personal && !e.personal->data.actorEmail.isEmpty() ? 1 : 0;
        const QList<QByteArray> counts = output.trimmed().split(' ');
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.at(0).toLongLong(), last);
        QCOMPARE(counts.at(1).toLongLong(), emails);
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "TestExportJob.moc"
