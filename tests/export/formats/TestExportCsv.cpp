#include "ExternalReader.h"
#include "HardDataset.h"

#include "core/DomainError.h"
#include "export/CsvWriter.h"
#include "export/ExportWriter.h"
#include "store/StoreError.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gc;

Q_DECLARE_METATYPE(gc::CsvOptions)

class TestExportCsv : public QObject
{
    Q_OBJECT

private slots:
    void readersGetEveryValue_data();
    void readersGetEveryValue();
    void formulaProtectionTouchesTextOnly();
    void nullAndEmptyStayApart();
    void refusesUnusableOptions_data();
    void refusesUnusableOptions();
    void refusesInvalidUtf8AndOutOfRangeTimes();
    void unwritablePathIsStoreError();

private:
    QByteArray writeSmall(const CsvOptions& options, const ExportColumns& columns, const std::vector<ExportCell>& row);
    QTemporaryDir m_dir;
};

void TestExportCsv::readersGetEveryValue_data()
{
    QTest::addColumn<CsvOptions>("options");
    QTest::newRow("defaults") << CsvOptions();
    CsvOptions semicolon;
    semicolon.delimiter = QLatin1Char(';');
    semicolon.nullText = QStringLiteral("NULL");
    semicolon.lineEnding = CsvOptions::LineEnding::Lf;
    semicolon.byteOrderMark = true;
    semicolon.formulaProtection = false;
    QTest::newRow("semicolon, NULL, LF, BOM, no protection") << semicolon;
    CsvOptions tab;
    tab.delimiter = QLatin1Char('\t');
    tab.quote = QLatin1Char('\'');
    tab.header = false;
    tab.nullText = QStringLiteral("\\N");
    QTest::newRow("tab, apostrophe quote, no header") << tab;
    CsvOptions pipe;
    pipe.delimiter = QLatin1Char('|');
    pipe.quote = QLatin1Char('`');
    QTest::newRow("pipe, backtick quote") << pipe;
}

void TestExportCsv::readersGetEveryValue()
{
    QFETCH(CsvOptions, options);
    const HardDataset data;
    const QString file = m_dir.filePath(QStringLiteral("hard.csv"));
    const QString expected = m_dir.filePath(QStringLiteral("expected.jsonl"));
    QVERIFY(data.writeExpected(expected));
    ExportOptions all;
    all.format = ExportFormat::Csv;
    all.csv = options;
    const auto writer = makeExportWriter(all);
    QCOMPARE(writer->extension(), QStringLiteral("csv"));
    data.writeAll(*writer, file);
    QCOMPARE(writer->bytesWritten(), QFileInfo(file).size());

    QString output;
    const int python = runExternalReader(QStringLiteral(GC_SYSTEM_PYTHON),
        { readerScript(QStringLiteral("read_csv.py")), file, expected, QString(options.delimiter),
            QString(options.quote), options.nullText, options.formulaProtection ? QStringLiteral("1") : QStringLiteral("0"),
            options.byteOrderMark ? QStringLiteral("1") : QStringLiteral("0"),
            options.header ? QStringLiteral("1") : QStringLiteral("0"),
            options.lineEnding == CsvOptions::LineEnding::CrLf ? QStringLiteral("crlf") : QStringLiteral("lf") },
        &output);
    QVERIFY2(python == 0, qPrintable(output));

    const QJsonObject duckOptions { { QStringLiteral("delimiter"), QString(options.delimiter) },
        { QStringLiteral("quote"), QString(options.quote) }, { QStringLiteral("nullText"), options.nullText },
        { QStringLiteral("formula"), options.formulaProtection }, { QStringLiteral("header"), options.header } };
    const int duck = runExternalReader(QStringLiteral(GC_NODE),
        { readerScript(QStringLiteral("duckdb_read.cjs")), QStringLiteral(GC_EXPORT_TOOLS), QStringLiteral("csv"), file,
            expected, QString::fromUtf8(QJsonDocument(duckOptions).toJson(QJsonDocument::Compact)) },
        &output);
    QVERIFY2(duck == 0, qPrintable(output));
}

QByteArray TestExportCsv::writeSmall(const CsvOptions& options, const ExportColumns& columns, const std::vector<ExportCell>& row)
{
    const QString file = m_dir.filePath(QStringLiteral("small.csv"));
    CsvWriter writer(options);
    writer.begin(file, columns, QStringLiteral("small"));
    writer.writeRow(row);
    writer.finish();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

void TestExportCsv::formulaProtectionTouchesTextOnly()
{
    const ExportColumns columns { { QStringLiteral("a"), ExportType::Text, true, {} },
        { QStringLiteral("b"), ExportType::Integer, true, {} }, { QStringLiteral("c"), ExportType::Double, true, {} },
        { QStringLiteral("d"), ExportType::Text, true, {} }, { QStringLiteral("e"), ExportType::Text, true, {} } };
    const std::vector<ExportCell> row { ExportCell::ofText("=1+2"), ExportCell::ofInteger(-5), ExportCell::ofDouble(-0.5),
        ExportCell::ofText("\tx"), ExportCell::ofText("a=b") };
    QCOMPARE(writeSmall(CsvOptions(), columns, row), QByteArray("a,b,c,d,e\r\n'=1+2,-5,-0.5,'\tx,a=b\r\n"));
    CsvOptions off;
    off.formulaProtection = false;
    QCOMPARE(writeSmall(off, columns, row), QByteArray("a,b,c,d,e\r\n=1+2,-5,-0.5,\"\tx\",a=b\r\n"));
}

void TestExportCsv::nullAndEmptyStayApart()
{
    const ExportColumns columns { { QStringLiteral("a"), ExportType::Text, true, {} },
        { QStringLiteral("b"), ExportType::Text, true, {} }, { QStringLiteral("c"), ExportType::Double, true, {} },
        { QStringLiteral("d"), ExportType::Double, true, {} } };
    const std::vector<ExportCell> row { ExportCell::null(), ExportCell::ofText(""), ExportCell::ofDouble(1.0),
        ExportCell::ofDouble(std::numeric_limits<double>::quiet_NaN()) };
    QCOMPARE(writeSmall(CsvOptions(), columns, row), QByteArray("a,b,c,d\r\n,\"\",1.0,nan\r\n"));
    CsvOptions nullText;
    nullText.nullText = QStringLiteral("NULL");
    const std::vector<ExportCell> row2 { ExportCell::ofText("NULL"), ExportCell::null(), ExportCell::null(),
        ExportCell::ofDouble(-std::numeric_limits<double>::infinity()) };
    QCOMPARE(writeSmall(nullText, columns, row2), QByteArray("a,b,c,d\r\n\"NULL\",NULL,NULL,-inf\r\n"));
}

void TestExportCsv::refusesUnusableOptions_data()
{
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<QString>("field");
    CsvOptions o;
    o.delimiter = QLatin1Char('"');
    QTest::newRow("delimiter = quote") << o << QStringLiteral("quote");
    o = {};
    o.delimiter = QLatin1Char('\n');
    QTest::newRow("delimiter LF") << o << QStringLiteral("delimiter");
    o = {};
    o.delimiter = QLatin1Char('\r');
    QTest::newRow("delimiter CR") << o << QStringLiteral("delimiter");
    o = {};
    o.delimiter = QLatin1Char('.');
    QTest::newRow("delimiter in numbers") << o << QStringLiteral("delimiter");
    o = {};
    o.delimiter = QChar(0x00A7);
    QTest::newRow("delimiter not ASCII") << o << QStringLiteral("delimiter");
    o = {};
    o.quote = QLatin1Char('\n');
    QTest::newRow("quote LF") << o << QStringLiteral("quote");
    o = {};
    o.quote = QLatin1Char('e');
    QTest::newRow("quote letter") << o << QStringLiteral("quote");
    o = {};
    o.nullText = QStringLiteral("a,b");
    QTest::newRow("null text with delimiter") << o << QStringLiteral("nullText");
    o = {};
    o.nullText = QStringLiteral("x\ny");
    QTest::newRow("null text with LF") << o << QStringLiteral("nullText");
    for (const char* spelling : { "0", "-1", "nan", "-inf", "1.5e3", "true", "false", "2024-01-01" }) {
        o = {};
        o.nullText = QLatin1String(spelling);
        QTest::addRow("null text %s", spelling) << o << QStringLiteral("nullText");
    }
}

void TestExportCsv::refusesUnusableOptions()
{
    QFETCH(CsvOptions, options);
    QFETCH(QString, field);
    ExportOptions all;
    all.format = ExportFormat::Csv;
    all.csv = options;
    try {
        (void)makeExportWriter(all);
        QFAIL("the options were accepted");
    } catch (const DomainError& e) {
        QCOMPARE(e.kind(), DomainError::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QVERIFY(!e.message().isEmpty());
    }
}

void TestExportCsv::refusesInvalidUtf8AndOutOfRangeTimes()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} },
        { QStringLiteral("note"), ExportType::Text, true, {} }, { QStringLiteral("at"), ExportType::Timestamp, true, {} } };
    CsvWriter writer { CsvOptions() };
    writer.begin(m_dir.filePath(QStringLiteral("bad.csv")), columns, QStringLiteral("bad"));
    writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1), ExportCell::ofText("ok"), ExportCell::null() });
    try {
        writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(2), ExportCell::ofText("bad \xC3("), ExportCell::null() });
        QFAIL("invalid UTF-8 was written");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("note"));
        QVERIFY2(e.message().contains(QLatin1String("Row 2")), qPrintable(e.message()));
    }
    CsvWriter second { CsvOptions() };
    second.begin(m_dir.filePath(QStringLiteral("bad2.csv")), columns, QStringLiteral("bad"));
    try {
        second.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1), ExportCell::null(),
            ExportCell::ofTimestamp(-62135596800001) });
        QFAIL("a time before year 1 was written");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("at"));
    }
    CsvWriter third { CsvOptions() };
    third.begin(m_dir.filePath(QStringLiteral("bad3.csv")), columns, QStringLiteral("bad"));
    QVERIFY_THROWS_EXCEPTION(DomainError,
        third.writeRow(std::vector<ExportCell> { ExportCell::null(), ExportCell::null(), ExportCell::null() }));
    QVERIFY_THROWS_EXCEPTION(DomainError, third.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1) }));
    QVERIFY_THROWS_EXCEPTION(DomainError,
        third.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1), ExportCell::ofInteger(2), ExportCell::null() }));
}

void TestExportCsv::unwritablePathIsStoreError()
{
    CsvWriter writer { CsvOptions() };
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    QVERIFY_THROWS_EXCEPTION(StoreError,
        writer.begin(m_dir.filePath(QStringLiteral("missing/folder/x.csv")), columns, QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestExportCsv)
#include "TestExportCsv.moc"
