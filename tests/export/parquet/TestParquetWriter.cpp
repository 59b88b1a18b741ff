// What gc::ParquetWriter refuses, and how it fails: unusable options, rows
// that do not fit the columns, unwritable paths and a full disk. The files it
// writes are checked by outside readers in TestParquetReaders.
#include "core/DomainError.h"
#include "export/ParquetWriter.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using gc::DomainError;
using gc::ExportCell;
using gc::ExportColumn;
using gc::ExportColumns;
using gc::ExportType;
using gc::ParquetOptions;
using gc::ParquetWriter;
using gc::StoreError;

namespace {

ExportColumns twoColumns()
{
    return {ExportColumn{QStringLiteral("id"), ExportType::Integer, false, QString()},
        ExportColumn{QStringLiteral("note"), ExportType::Text, true, QString()}};
}

template<class F>
QString domainErrorField(F f)
{
    try {
        f();
    } catch (const DomainError& e) {
        if (e.kind() != DomainError::Kind::Invalid)
            return QStringLiteral("<wrong kind>");
        return e.field().isEmpty() ? QStringLiteral("<no field>") : e.field();
    }
    return QStringLiteral("<no error>");
}

} // namespace

class TestParquetWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void invalidOptions_data()
    {
        QTest::addColumn<qint64>("rowGroupRows");
        QTest::addColumn<int>("zstdLevel");
        QTest::addColumn<QString>("field");
        QTest::newRow("no rows per group") << qint64(0) << 3 << QStringLiteral("rowGroupRows");
        QTest::newRow("negative rows") << qint64(-5) << 3 << QStringLiteral("rowGroupRows");
        QTest::newRow("zstd level 0") << qint64(10) << 0 << QStringLiteral("zstdLevel");
        QTest::newRow("zstd level 23") << qint64(10) << 23 << QStringLiteral("zstdLevel");
    }
    void invalidOptions()
    {
        QFETCH(qint64, rowGroupRows);
        QFETCH(int, zstdLevel);
        QFETCH(QString, field);
        for (const auto compression :
            {ParquetOptions::Compression::None, ParquetOptions::Compression::Snappy, ParquetOptions::Compression::Zstd}) {
            ParquetOptions o;
            o.compression = compression;
            o.rowGroupRows = rowGroupRows;
            o.zstdLevel = zstdLevel;
            QCOMPARE(domainErrorField([&] { ParquetWriter w(o); }), field);
        }
    }

    void validBoundsAccepted()
    {
        ParquetOptions o;
        o.compression = ParquetOptions::Compression::Zstd;
        o.rowGroupRows = 1;
        for (const int level : {1, 22}) {
            o.zstdLevel = level;
            ParquetWriter w(o);
            QCOMPARE(w.extension(), QStringLiteral("parquet"));
        }
    }

    void factoryMakesParquetWriters()
    {
        gc::ExportOptions o;
        o.format = gc::ExportFormat::Parquet;
        const auto writer = gc::makeExportWriter(o);
        QVERIFY(dynamic_cast<ParquetWriter*>(writer.get()));
        QCOMPARE(writer->extension(), QStringLiteral("parquet"));
        o.parquet.rowGroupRows = 0;
        QCOMPARE(domainErrorField([&] { gc::makeExportWriter(o); }), QStringLiteral("rowGroupRows"));
    }

    void noColumns()
    {
        ParquetWriter w{ParquetOptions()};
        QCOMPARE(domainErrorField([&] { w.begin(m_dir.filePath(QStringLiteral("none.parquet")), {}, {}); }),
            QStringLiteral("columns"));
    }

    void badRows_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("NULL in a required column") << 0 << QStringLiteral("id");
        QTest::newRow("text in an integer column") << 1 << QStringLiteral("id");
        QTest::newRow("integer in a text column") << 2 << QStringLiteral("note");
        QTest::newRow("invalid UTF-8") << 3 << QStringLiteral("note");
        QTest::newRow("too few cells") << 4 << QStringLiteral("<no field>");
    }
    void badRows()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        const std::string invalid("ok \xC3\x28 not UTF-8");
        std::vector<ExportCell> row;
        switch (which) {
        case 0:
            row = {ExportCell::null(), ExportCell::ofText("a")};
            break;
        case 1:
            row = {ExportCell::ofText("1"), ExportCell::null()};
            break;
        case 2:
            row = {ExportCell::ofInteger(1), ExportCell::ofInteger(2)};
            break;
        case 3:
            row = {ExportCell::ofInteger(1), ExportCell::ofText(invalid)};
            break;
        default:
            row = {ExportCell::ofInteger(1)};
            break;
        }
        ParquetWriter w{ParquetOptions()};
        w.begin(m_dir.filePath(QStringLiteral("bad.parquet")), twoColumns(), {});
        w.writeRow(std::vector<ExportCell>{ExportCell::ofInteger(0), ExportCell::ofText("fine")});
        try {
            w.writeRow(row);
            QFAIL("the row was accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            QCOMPARE(e.field().isEmpty() ? QStringLiteral("<no field>") : e.field(), field);
            QVERIFY2(e.message().contains(QLatin1String("2")), qPrintable(e.message())); // names row 2
        }
    }

    void unwritablePath()
    {
        ParquetWriter w{ParquetOptions()};
        try {
            w.begin(m_dir.filePath(QStringLiteral("missing/folder/x.parquet")), twoColumns(), {});
            QFAIL("opened a file in a missing folder");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Io);
            QVERIFY(e.message().contains(QLatin1String("x.parquet")));
        }
    }

    void fullDisk()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        ParquetOptions o;
        o.compression = ParquetOptions::Compression::None;
        ParquetWriter w(o);
        try {
            w.begin(QStringLiteral("/dev/full"), twoColumns(), {});
            const std::string text(1000, 'x');
            // More than ExportFile's 1 MiB buffer, so a write reaches the device.
            for (int i = 0; i < 5000; ++i)
                w.writeRow(std::vector<ExportCell>{ExportCell::ofInteger(i), ExportCell::ofText(text)});
            w.finish();
            QFAIL("writing to /dev/full succeeded");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::DiskFull);
        }
    }

    void bytesWrittenGrowsAndMatchesFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("size.parquet"));
        ParquetOptions o;
        o.rowGroupRows = 100;
        ParquetWriter w(o);
        w.begin(path, twoColumns(), {});
        QCOMPARE(w.bytesWritten(), qint64(4)); // "PAR1"
        for (int i = 0; i < 250; ++i)
            w.writeRow(std::vector<ExportCell>{ExportCell::ofInteger(i), ExportCell::ofText("n")});
        QVERIFY(w.bytesWritten() > 4); // two row groups are out
        w.finish();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QCOMPARE(w.bytesWritten(), qint64(all.size()));
        QVERIFY(all.startsWith("PAR1"));
        QVERIFY(all.endsWith("PAR1"));
        const auto* tail = reinterpret_cast<const uchar*>(all.constData() + all.size() - 8);
        const quint32 footer = quint32(tail[0]) | quint32(tail[1]) << 8 | quint32(tail[2]) << 16 | quint32(tail[3]) << 24;
        QVERIFY(footer > 0 && footer < quint32(all.size()) - 12);
    }
};

QTEST_GUILESS_MAIN(TestParquetWriter)
#include "TestParquetWriter.moc"
