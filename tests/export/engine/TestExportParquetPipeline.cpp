// Parquet exports read and encoded on two threads (ExportParquetPipeline):
// the same file as one thread when the row groups fall alike, the same rows
// in the same order (read by DuckDB) when they do not, one snapshot for both
// connections, a refused row named by its number as one thread names it, and
// a stop in the middle that leaves no thread behind.
#include "ExportTestSupport.h"
#include "FileHash.h"

#include "core/DomainError.h"
#include "export/ExportJob.h"
#include "export/ExportParquetPipeline.h"
#include "export/ParquetWriter.h"
#include "store/Database.h"

#include <QProcess>
#include <QtTest>

#include <stdexcept>

using namespace gc;

class TestExportParquetPipeline : public QObject
{
    Q_OBJECT

private:
    test::DemoFixture m_fx;
    Session m_analyst = test::sessionAs(Role::Analyst, QStringLiteral("analyst"));

    ExportRequest request(const QString& name, qint64 rowGroupRows, const QStringList& filters = {}) const
    {
        ExportRequest r;
        r.source = ExportSourceId::Predictions;
        r.destination = m_fx.dir.filePath(name);
        r.options.format = ExportFormat::Parquet;
        r.options.parquet.rowGroupRows = rowGroupRows;
        for (const QString& f : filters)
            r.filters << ExportCondition::parse(f);
        return r;
    }

    ExportResult exportWith(const ExportRequest& r, int threads)
    {
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, r, makeExportWriter);
        job.setThreads(threads);
        return job.write();
    }

    void sameRows(const QString& a, const QString& b, qint64 maxGroup)
    {
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(GC_NODE),
            { QStringLiteral(GC_ENGINE_SCRIPTS "/parquet_same_rows.cjs"), QStringLiteral(GC_EXPORT_TOOLS), a, b,
                QString::number(maxGroup) });
        QVERIFY2(node.waitForFinished(120000), qPrintable(node.errorString()));
        const QByteArray output = node.readAll();
        qInfo().noquote() << QString::fromUtf8(output).trimmed();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, output.constData());
    }

    qint64 predictionCount() { return m_fx.store->db().scalarInt("SELECT count(*) FROM predictions"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.dir.isValid());
        m_fx.open();
        QVERIFY(predictionCount() >= 400);
    }

    void sameFileAsOneThread()
    {
        // Dense ids: the chunks are exactly the one-thread row groups, so
        // every byte (pages, offsets, footer) must agree.
        const ExportRequest r1 = request(QStringLiteral("one.parquet"), 50);
        const ExportRequest r2 = request(QStringLiteral("two.parquet"), 50);
        const ExportSourcePlan plan = ExportSourcePlan::from(r2, m_analyst);
        QVERIFY(ExportParquetPipeline::applies(plan));
        QVERIFY(ExportParquetPipeline::open(*m_fx.store, plan, {}, 50) != nullptr);

        const ExportResult one = exportWith(r1, 1);
        const ExportResult two = exportWith(r2, 2);
        QCOMPARE(two.rows, predictionCount());
        QCOMPARE(two.rows, one.rows);
        const QByteArray bytes = test::fileBytes(two.path);
        QVERIFY(bytes.size() > 1000);
        QCOMPARE(bytes, test::fileBytes(one.path));
        QCOMPARE(two.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

    void filteredRowsAsOneThread()
    {
        // A filter leaves gaps in the ids: the chunks' row groups differ from
        // one thread's, the rows and their order must not.
        const qint64 tenant = m_fx.store->db().scalarInt("SELECT min(tenant_id) FROM predictions");
        const QStringList filters { QStringLiteral("tenant_id!=%1").arg(tenant) };
        const ExportResult one = exportWith(request(QStringLiteral("f1.parquet"), 17, filters), 1);
        const ExportResult two = exportWith(request(QStringLiteral("f2.parquet"), 17, filters), 2);
        QCOMPARE(two.rows, one.rows);
        QVERIFY(two.rows > 100);
        sameRows(one.path, two.path, 17);
    }

    void sortedOrDescendingIsNotSplit()
    {
        ExportRequest r = request(QStringLiteral("s.parquet"), 50);
        r.sort = ExportSort { QStringLiteral("value"), false };
        QVERIFY(!ExportParquetPipeline::applies(ExportSourcePlan::from(r, m_analyst)));
        r.sort = ExportSort { QStringLiteral("id"), true };
        QVERIFY(!ExportParquetPipeline::applies(ExportSourcePlan::from(r, m_analyst)));
        r.sort = ExportSort { QStringLiteral("id"), false };
        QVERIFY(ExportParquetPipeline::applies(ExportSourcePlan::from(r, m_analyst)));
        r.source = ExportSourceId::Usage;
        r.sort.reset();
        QVERIFY(!ExportParquetPipeline::applies(ExportSourcePlan::from(r, m_analyst)));
        // Too few rows for two row groups: one thread does it.
        QVERIFY(ExportParquetPipeline::open(
                    *m_fx.store, ExportSourcePlan::from(request(QStringLiteral("x"), 1 << 20), m_analyst), {}, 1 << 20)
            == nullptr);
    }

    void readsTheStoreAsItWasWhenOpened()
    {
        const qint64 before = predictionCount();
        const qint64 lastId = m_fx.store->db().scalarInt("SELECT max(id) FROM predictions");
        const ExportRequest r = request(QStringLiteral("snap.parquet"), 40);
        const ExportSourcePlan plan = ExportSourcePlan::from(r, m_analyst);
        auto pipeline = ExportParquetPipeline::open(*m_fx.store, plan, {}, 40);
        QVERIFY(pipeline);
        QCOMPARE(pipeline->count(), before);

        ParquetWriter writer(r.options.parquet);
        writer.begin(r.destination, plan.columns, QStringLiteral("predictions"));
        bool changed = false;
        pipeline->run(writer, [&](qint64) {
            if (changed)
                return;
            changed = true;
            // After the first row group: rows the threads have not read yet
            // change under them, and one is added past the end.
            m_fx.store->transact([&] {
                m_fx.store->db().exec(
                    QStringLiteral("DELETE FROM predictions WHERE id > %1").arg(lastId - 30).toStdString());
                m_fx.store->db().exec(QStringLiteral("UPDATE predictions SET value = -1 WHERE id > %1")
                                          .arg(lastId - 100)
                                          .toStdString());
            });
        });
        writer.finish();
        QVERIFY(changed);
        QCOMPARE(writer.rowsWritten(), before);
        QVERIFY(predictionCount() < before);

        // A new export sees the change; the one above read the store as it was.
        QCOMPARE(exportWith(request(QStringLiteral("after.parquet"), 40), 2).rows, predictionCount());
        QVERIFY(test::fileBytes(r.destination).size() > 1000);
    }

    void refusedRowIsNamedAsOneThreadNamesIt()
    {
        const qint64 id = m_fx.store->db().scalarInt("SELECT id FROM predictions ORDER BY id LIMIT 1 OFFSET 250");
        m_fx.store->transact([&] {
            m_fx.store->db().exec(
                QStringLiteral("UPDATE predictions SET city = CAST(x'41ff42' AS TEXT) WHERE id = %1").arg(id).toStdString());
        });
        QString messages[2];
        for (int threads = 1; threads <= 2; ++threads) {
            try {
                exportWith(request(QStringLiteral("bad%1.parquet").arg(threads), 30), threads);
                QFAIL("a city that is not UTF-8 was written");
            } catch (const DomainError& e) {
                messages[threads - 1] = e.message();
            }
            QVERIFY(!QFile::exists(m_fx.dir.filePath(QStringLiteral("bad%1.parquet").arg(threads))));
        }
        QVERIFY2(messages[0].contains(QStringLiteral("251")), qPrintable(messages[0]));
        QCOMPARE(messages[1], messages[0]);
        m_fx.store->transact([&] {
            m_fx.store->db().exec(
                QStringLiteral("UPDATE predictions SET city = 'Fixed' WHERE id = %1").arg(id).toStdString());
        });
    }

    void stopsInTheMiddle()
    {
        const ExportRequest r = request(QStringLiteral("stop.parquet"), 20);
        const ExportSourcePlan plan = ExportSourcePlan::from(r, m_analyst);
        auto pipeline = ExportParquetPipeline::open(*m_fx.store, plan, {}, 20);
        QVERIFY(pipeline);
        ParquetWriter writer(r.options.parquet);
        writer.begin(r.destination, plan.columns, QStringLiteral("predictions"));
        int groups = 0;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pipeline->run(writer, [&](qint64) {
            if (++groups == 2)
                throw std::runtime_error("stop");
        }));
        QCOMPARE(groups, 2);
        QCOMPARE(writer.rowsWritten(), qint64(40));
        pipeline.reset(); // joins nothing left: the threads ended in run()
    }

    void cancelLeavesNothing()
    {
        const ExportRequest r = request(QStringLiteral("cancel.parquet"), 20);
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_analyst, r, makeExportWriter);
        job.setThreads(2);
        job.cancel();
        QVERIFY_THROWS_EXCEPTION(StoreError, job.write());
        QVERIFY(!QFile::exists(r.destination));
        const QStringList left = QDir(m_fx.dir.path()).entryList({ QStringLiteral(".cancel*") }, QDir::Hidden | QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestExportParquetPipeline)
#include "TestExportParquetPipeline.moc"
