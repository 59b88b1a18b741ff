#include "ExternalReader.h"
#include "HardDataset.h"

#include "core/DomainError.h"
#include "export/ExportWriter.h"
#include "export/XlsxWriter.h"
#include "store/StoreError.h"

#include <QDir>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>

#include <quazip.h>
#include <quazipfile.h>

using namespace gc;

class TestExportXlsx : public QObject
{
    Q_OBJECT

private slots:
    void openpyxlGetsEveryValue_data();
    void openpyxlGetsEveryValue();
    void rollsOverToNewSheets();
    void defaultRowsPerSheet();
    void refusesTooLongText();
    void refusesNul();
    void refusesBadSheetNames_data();
    void refusesBadSheetNames();
    void unwritablePathIsStoreError();
    void failedCloseIsStoreError();
    void leavesNoTemporaryFiles();
    void livesWithQuaZipInOneProcess();
    void numbersIgnoreTheUsersLocale();

private:
    void readBack(const HardDataset& data, const QString& file, const QString& sheet, qint64 perSheet);
    QTemporaryDir m_dir;
};

void TestExportXlsx::readBack(const HardDataset& data, const QString& file, const QString& sheet, qint64 perSheet)
{
    const QString expected = m_dir.filePath(QStringLiteral("expected.jsonl"));
    QVERIFY(data.writeExpected(expected));
    QString output;
    const int python = runExternalReader(QStringLiteral(GC_SYSTEM_PYTHON),
        { readerScript(QStringLiteral("read_xlsx.py")), file, expected, sheet, QString::number(perSheet) }, &output);
    QVERIFY2(python == 0, qPrintable(output));
}

void TestExportXlsx::openpyxlGetsEveryValue_data()
{
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QString>("expectedSheet");
    QTest::newRow("source name") << QString() << QStringLiteral("hard");
    QTest::newRow("own sheet name") << QStringLiteral("Messwerte Ü 2024") << QStringLiteral("Messwerte Ü 2024");
}

void TestExportXlsx::openpyxlGetsEveryValue()
{
    QFETCH(QString, sheetName);
    QFETCH(QString, expectedSheet);
    HardDataset::Options options;
    options.longText = 32767; // the most a cell holds: must pass
    const HardDataset data(options);
    ExportOptions all;
    all.format = ExportFormat::Xlsx;
    all.xlsx.sheetName = sheetName;
    const auto writer = makeExportWriter(all);
    QCOMPARE(writer->extension(), QStringLiteral("xlsx"));
    const QString file = m_dir.filePath(QStringLiteral("hard.xlsx"));
    data.writeAll(*writer, file, QStringLiteral("hard"));
    QCOMPARE(writer->bytesWritten(), QFileInfo(file).size());
    readBack(data, file, expectedSheet, XlsxWriter::kMaxDataRowsPerSheet);
}

void TestExportXlsx::rollsOverToNewSheets()
{
    HardDataset::Options options;
    options.longText = 40;
    const HardDataset data(options);
    QVERIFY(data.rowCount() > 60);
    XlsxWriter writer { XlsxOptions() };
    writer.setMaxRowsPerSheet(30);
    const QString file = m_dir.filePath(QStringLiteral("rollover.xlsx"));
    // a long source name: " (2)" must still fit in 31 characters
    data.writeAll(writer, file, QStringLiteral("a_source_name_of_thirty_one_chr"));
    readBack(data, file, QStringLiteral("a_source_name_of_thirty_one_chr"), 30);
}

void TestExportXlsx::defaultRowsPerSheet()
{
    XlsxWriter writer { XlsxOptions() };
    QCOMPARE(writer.maxRowsPerSheet(), qint64(1048575));
    writer.setMaxRowsPerSheet(5000000);
    QCOMPARE(writer.maxRowsPerSheet(), qint64(1048575));
}

void TestExportXlsx::refusesTooLongText()
{
    HardDataset data; // holds a 100,000-character string
    XlsxWriter writer { XlsxOptions() };
    try {
        data.writeAll(writer, m_dir.filePath(QStringLiteral("long.xlsx")));
        QFAIL("a 100,000-character cell was accepted");
    } catch (const DomainError& e) {
        QCOMPARE(e.kind(), DomainError::Kind::Invalid);
        QVERIFY(e.field() == QLatin1String("note") || e.field() == QLatin1String("name"));
        QVERIFY2(e.message().contains(QLatin1String("32,767")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("Row ")), qPrintable(e.message()));
    }
    // One character over, counted in UTF-16 units: a non-BMP character counts twice.
    const ExportColumns columns { { QStringLiteral("note"), ExportType::Text, true, {} } };
    std::string text(32766, 'x');
    text += "\xF0\x9F\x98\x80";
    XlsxWriter second { XlsxOptions() };
    second.begin(m_dir.filePath(QStringLiteral("long2.xlsx")), columns, QStringLiteral("x"));
    QVERIFY_THROWS_EXCEPTION(DomainError, second.writeRow(std::vector<ExportCell> { ExportCell::ofText(text) }));
}

void TestExportXlsx::refusesNul()
{
    const ExportColumns columns { { QStringLiteral("note"), ExportType::Text, true, {} } };
    XlsxWriter writer { XlsxOptions() };
    writer.begin(m_dir.filePath(QStringLiteral("nul.xlsx")), columns, QStringLiteral("x"));
    try {
        writer.writeRow(std::vector<ExportCell> { ExportCell::ofText(std::string_view("a\0b", 3)) });
        QFAIL("NUL accepted");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("note"));
    }
}

void TestExportXlsx::refusesBadSheetNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("too long") << QString(32, QLatin1Char('x'));
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("bracket") << QStringLiteral("[a]");
    QTest::newRow("question") << QStringLiteral("a?");
    QTest::newRow("apostrophe first") << QStringLiteral("'a");
    QTest::newRow("reserved") << QStringLiteral("history");
}

void TestExportXlsx::refusesBadSheetNames()
{
    QFETCH(QString, name);
    ExportOptions all;
    all.format = ExportFormat::Xlsx;
    all.xlsx.sheetName = name;
    try {
        (void)makeExportWriter(all);
        QFAIL("accepted");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("sheetName"));
    }
}

void TestExportXlsx::unwritablePathIsStoreError()
{
    XlsxWriter writer { XlsxOptions() };
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    QVERIFY_THROWS_EXCEPTION(StoreError,
        writer.begin(m_dir.filePath(QStringLiteral("missing/x.xlsx")), columns, QStringLiteral("x")));
}

void TestExportXlsx::failedCloseIsStoreError()
{
    // libxlsxwriter creates the file only in workbook_close(): make that fail
    // by putting a folder where the file goes.
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    const QString path = m_dir.filePath(QStringLiteral("becomes-a-folder.xlsx"));
    XlsxWriter writer { XlsxOptions() };
    writer.begin(path, columns, QStringLiteral("x"));
    writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1) });
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkdir(path));
    try {
        writer.finish();
        QFAIL("the failed close went unnoticed");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Io);
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
    }
}

void TestExportXlsx::leavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    HardDataset::Options options;
    options.longText = 10;
    const HardDataset data(options);
    {
        XlsxWriter writer { XlsxOptions() };
        data.writeAll(writer, dir.filePath(QStringLiteral("ok.xlsx")));
    }
    {
        XlsxWriter failing { XlsxOptions() };
        failing.begin(dir.filePath(QStringLiteral("failed.xlsx")), data.columns(), QStringLiteral("x"));
        failing.writeRow(data.row(0));
        QVERIFY_THROWS_EXCEPTION(DomainError, failing.writeRow(std::vector<ExportCell> { ExportCell::null() }));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
        (QStringList { QStringLiteral("failed.xlsx"), QStringLiteral("ok.xlsx") }));
}

void TestExportXlsx::livesWithQuaZipInOneProcess()
{
    // libxlsxwriter's minizip and QuaZip export the same zip symbols: the
    // writer loads libxlsxwriter so that each keeps its own (XlsxLibrary.h).
    const auto zipOne = [this](const QString& name) {
        QuaZip zip(m_dir.filePath(name));
        if (!zip.open(QuaZip::mdCreate))
            return false;
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("a.txt"))) || entry.write("zip") != 3)
            return false;
        entry.close();
        zip.close();
        return zip.getZipError() == 0;
    };
    QVERIFY(zipOne(QStringLiteral("before.zip")));
    HardDataset::Options options;
    options.longText = 10;
    const HardDataset data(options);
    XlsxWriter writer { XlsxOptions() };
    const QString file = m_dir.filePath(QStringLiteral("with-zip.xlsx"));
    data.writeAll(writer, file, QStringLiteral("hard"));
    QVERIFY(zipOne(QStringLiteral("after.zip")));
    readBack(data, file, QStringLiteral("hard"), XlsxWriter::kMaxDataRowsPerSheet);
    QuaZip check(m_dir.filePath(QStringLiteral("after.zip")));
    QVERIFY(check.open(QuaZip::mdUnzip));
    QCOMPARE(check.getFileNameList(), QStringList { QStringLiteral("a.txt") });
}

void TestExportXlsx::numbersIgnoreTheUsersLocale()
{
    // QCoreApplication sets the user's locale; with a German LC_NUMERIC,
    // printf("%.16G") writes "0,5", which the writer must keep out of the file.
    const QString locales = m_dir.filePath(QStringLiteral("locales"));
    QVERIFY(QDir().mkpath(locales));
    QProcess localedef;
    localedef.start(QStringLiteral("localedef"),
        { QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"), QStringLiteral("UTF-8"),
            locales + QStringLiteral("/de_DE.UTF-8") });
    QVERIFY(localedef.waitForFinished(60000));
    QCOMPARE(localedef.exitCode(), 0);
    qputenv("LOCPATH", QFile::encodeName(locales));
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    QVERIFY(std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr);
    char probe[16];
    std::snprintf(probe, sizeof probe, "%.1f", 0.5);
    const bool german = QByteArray(probe) == "0,5";

    HardDataset::Options options;
    options.longText = 10;
    const HardDataset data(options);
    const QString file = m_dir.filePath(QStringLiteral("german.xlsx"));
    bool written = true;
    try {
        XlsxWriter writer { XlsxOptions() };
        data.writeAll(writer, file, QStringLiteral("hard"));
    } catch (...) {
        written = false;
    }
    std::setlocale(LC_NUMERIC, previous.c_str());
    qunsetenv("LOCPATH");
    QVERIFY(german);
    QVERIFY(written);
    readBack(data, file, QStringLiteral("hard"), XlsxWriter::kMaxDataRowsPerSheet);
}

QTEST_GUILESS_MAIN(TestExportXlsx)
#include "TestExportXlsx.moc"
