// Parquet files written by gc::ParquetWriter, read back by two independent
// readers: DuckDB (@duckdb/node-api) and hyparquet. Each configuration writes
// the data set of ParquetTestData.h plus an expectation file; the scripts
// compare types, every value, row groups, encodings and statistics, and exit
// non-zero on any mismatch.
#include "ParquetTestData.h"

#include "export/ParquetWriter.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using gc::ParquetOptions;
using gc::ParquetWriter;

Q_DECLARE_METATYPE(gc::ParquetOptions)
Q_DECLARE_METATYPE(gc::ParquetWriter::Tuning)

namespace {

QString compressionName(ParquetOptions::Compression c)
{
    switch (c) {
    case ParquetOptions::Compression::None:
        return QStringLiteral("UNCOMPRESSED");
    case ParquetOptions::Compression::Snappy:
        return QStringLiteral("SNAPPY");
    case ParquetOptions::Compression::Zstd:
        return QStringLiteral("ZSTD");
    }
    return {};
}

ParquetOptions options(ParquetOptions::Compression compression, qint64 rowGroupRows, bool dictionary, int level = 3)
{
    ParquetOptions o;
    o.compression = compression;
    o.rowGroupRows = rowGroupRows;
    o.dictionary = dictionary;
    o.zstdLevel = level;
    return o;
}

ParquetWriter::Tuning tuning(std::size_t pageBytes, std::size_t dictionaryBytes, std::size_t rowGroupBytes)
{
    ParquetWriter::Tuning t;
    t.pageBytes = pageBytes;
    t.dictionaryBytes = dictionaryBytes;
    t.rowGroupBytes = rowGroupBytes;
    return t;
}

} // namespace

class TestParquetReaders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void runScript(const QString& script, const QString& parquet, const QString& expectation)
    {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GC_EXPORT_TOOLS"), QStringLiteral(GC_EXPORT_TOOLS));
        node.setProcessEnvironment(env);
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(GC_NODE),
            {QStringLiteral(GC_PARQUET_SCRIPTS "/") + script, parquet, expectation});
        QVERIFY2(node.waitForFinished(240000), qPrintable(node.errorString()));
        const QByteArray output = node.readAll();
        qInfo().noquote() << QString::fromUtf8(output).trimmed();
        QCOMPARE(node.exitStatus(), QProcess::NormalExit);
        QVERIFY2(node.exitCode() == 0, output.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("GC_PARQUET_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo() << "files kept in" << m_dir.path();
        }
    }

    void readBack_data()
    {
        using C = ParquetOptions::Compression;
        QTest::addColumn<ParquetOptions>("opts");
        QTest::addColumn<ParquetWriter::Tuning>("tune");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("exactRowGroups");
        QTest::addColumn<QString>("multiPageColumn"); // a column with a chunk of several data pages
        constexpr std::size_t MiB = 1 << 20;
        // Small pages and a 64 KiB dictionary limit: every column chunk has
        // several pages, "label" overflows its dictionary at row 50.
        QTest::newRow("none, groups of 1000, small pages")
            << options(C::None, 1000, true) << tuning(4096, 64 * 1024, 32 * MiB) << 3000 << true << QStringLiteral("id");
        QTest::newRow("snappy, one group, default sizes")
            << options(C::Snappy, 128 * 1024, true) << ParquetWriter::Tuning{} << 3000 << true << QStringLiteral("label");
        QTest::newRow("zstd 9, groups of 777, tiny pages")
            << options(C::Zstd, 777, true, 9) << tuning(1000, 64 * 1024, 32 * MiB) << 3000 << true << QStringLiteral("ts");
        QTest::newRow("snappy, no dictionary, groups of 7")
            << options(C::Snappy, 7, false) << ParquetWriter::Tuning{} << 3000 << true << QString();
        QTest::newRow("zstd 1, groups closed by bytes")
            << options(C::Zstd, 1000, true, 1) << tuning(MiB, 64 * 1024, 512 * 1024) << 3000 << false << QString();
        QTest::newRow("none, one row") << options(C::None, 10, true) << ParquetWriter::Tuning{} << 1 << true << QString();
        QTest::newRow("snappy, no rows") << options(C::Snappy, 10, true) << ParquetWriter::Tuning{} << 0 << true << QString();
    }
    void readBack()
    {
        QFETCH(ParquetOptions, opts);
        QFETCH(ParquetWriter::Tuning, tune);
        QFETCH(int, rows);
        QFETCH(bool, exactRowGroups);
        QFETCH(QString, multiPageColumn);

        const QString base = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                .replace(QLatin1Char(' '), QLatin1Char('_'))
                .replace(QLatin1Char(','), QLatin1Char('_')));
        const QString parquet = base + QStringLiteral(".parquet");
        const QString expectation = base + QStringLiteral(".ndjson");

        const gc::test::ParquetTestData data = gc::test::makeParquetTestData(rows);
        ParquetWriter writer(opts, tune);
        writer.begin(parquet, data.columns, QStringLiteral("test"));
        for (const auto& row : data.rows)
            writer.writeRow(row);
        writer.finish();
        QCOMPARE(writer.bytesWritten(), QFileInfo(parquet).size());

        QJsonArray dictionaryColumns;
        if (opts.dictionary && rows > 0) {
            // "label" is unique per row and overflows the dictionary at the
            // first 100,000-character value (row 50); from then on it stays PLAIN.
            if (rows <= 50)
                dictionaryColumns.append(QStringLiteral("label"));
            dictionaryColumns.append(QStringLiteral("category"));
            dictionaryColumns.append(QStringLiteral("tiny"));
            dictionaryColumns.append(QStringLiteral("medium"));
        }
        const QJsonObject header{
            {QStringLiteral("compression"), compressionName(opts.compression)},
            {QStringLiteral("rowGroupRows"), opts.rowGroupRows},
            {QStringLiteral("exactRowGroups"), exactRowGroups},
            {QStringLiteral("dictionaryColumns"), dictionaryColumns},
            {QStringLiteral("multiPageColumn"), multiPageColumn},
        };
        QFile out(expectation);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(gc::test::parquetExpectation(data, header));
        out.close();

        runScript(QStringLiteral("duckdb_check.mjs"), parquet, expectation);
        runScript(QStringLiteral("hyparquet_check.mjs"), parquet, expectation);
    }
};

QTEST_GUILESS_MAIN(TestParquetReaders)
#include "TestParquetReaders.moc"
