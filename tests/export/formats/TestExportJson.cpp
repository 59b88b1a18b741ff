#include "ExternalReader.h"
#include "HardDataset.h"

#include "core/DomainError.h"
#include "export/ExportWriter.h"
#include "export/JsonWriter.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace gc;

class TestExportJson : public QObject
{
    Q_OBJECT

private slots:
    void readersGetEveryValue_data();
    void readersGetEveryValue();
    void exactLayout();
    void escapesControlCharacters();
    void emptyExport();
    void refusesInvalidUtf8();
    void unwritablePathIsStoreError();

private:
    QByteArray readAll(const QString& path);
    QTemporaryDir m_dir;
};

QByteArray TestExportJson::readAll(const QString& path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void TestExportJson::readersGetEveryValue_data()
{
    QTest::addColumn<bool>("ndjson");
    QTest::addColumn<bool>("pretty");
    QTest::newRow("array") << false << false;
    QTest::newRow("array, pretty") << false << true;
    QTest::newRow("ndjson") << true << false;
}

void TestExportJson::readersGetEveryValue()
{
    QFETCH(bool, ndjson);
    QFETCH(bool, pretty);
    const HardDataset data;
    const QString expected = m_dir.filePath(QStringLiteral("expected.jsonl"));
    QVERIFY(data.writeExpected(expected));
    ExportOptions options;
    options.format = ExportFormat::Json;
    options.json.ndjson = ndjson;
    options.json.pretty = pretty;
    const auto writer = makeExportWriter(options);
    const QString file = m_dir.filePath(QStringLiteral("hard.") + writer->extension());
    QCOMPARE(writer->extension(), ndjson ? QStringLiteral("ndjson") : QStringLiteral("json"));
    data.writeAll(*writer, file);
    QCOMPARE(writer->bytesWritten(), QFileInfo(file).size());

    const QString mode = ndjson ? QStringLiteral("ndjson") : QStringLiteral("array");
    QString output;
    const int python = runExternalReader(QStringLiteral(GC_SYSTEM_PYTHON),
        { readerScript(QStringLiteral("read_json.py")), file, expected, mode }, &output);
    QVERIFY2(python == 0, qPrintable(output));

    // DuckDB reads the values; NaN and the infinities arrive as strings that
    // its cast to DOUBLE understands.
    const int duck = runExternalReader(QStringLiteral(GC_NODE),
        { readerScript(QStringLiteral("duckdb_read.cjs")), QStringLiteral(GC_EXPORT_TOOLS),
            ndjson ? QStringLiteral("ndjson") : QStringLiteral("json"), file, expected },
        &output);
    QVERIFY2(duck == 0, qPrintable(output));
}

void TestExportJson::exactLayout()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} },
        { QStringLiteral("v"), ExportType::Double, true, {} }, { QStringLiteral("at"), ExportType::Timestamp, true, {} },
        { QStringLiteral("ok"), ExportType::Boolean, true, {} } };
    const std::vector<ExportCell> a { ExportCell::ofInteger(std::numeric_limits<std::int64_t>::min()),
        ExportCell::ofDouble(std::numeric_limits<double>::infinity()), ExportCell::ofTimestamp(-1), ExportCell::ofBoolean(true) };
    const std::vector<ExportCell> b { ExportCell::ofInteger(9007199254740993), ExportCell::ofDouble(2.0), ExportCell::null(),
        ExportCell::null() };
    const auto write = [&](const JsonOptions& options) {
        const QString file = m_dir.filePath(QStringLiteral("layout.json"));
        JsonWriter writer(options);
        writer.begin(file, columns, QStringLiteral("x"));
        writer.writeRow(a);
        writer.writeRow(b);
        writer.finish();
        return readAll(file);
    };
    QCOMPARE(write(JsonOptions()),
        QByteArray("[\n{\"id\":-9223372036854775808,\"v\":\"Infinity\",\"at\":\"1969-12-31T23:59:59.999Z\",\"ok\":true},\n"
                   "{\"id\":9007199254740993,\"v\":2.0,\"at\":null,\"ok\":null}\n]\n"));
    JsonOptions nd;
    nd.ndjson = true;
    QCOMPARE(write(nd),
        QByteArray("{\"id\":-9223372036854775808,\"v\":\"Infinity\",\"at\":\"1969-12-31T23:59:59.999Z\",\"ok\":true}\n"
                   "{\"id\":9007199254740993,\"v\":2.0,\"at\":null,\"ok\":null}\n"));
    JsonOptions pretty;
    pretty.pretty = true;
    QCOMPARE(write(pretty),
        QByteArray("[\n  {\n    \"id\": -9223372036854775808,\n    \"v\": \"Infinity\",\n"
                   "    \"at\": \"1969-12-31T23:59:59.999Z\",\n    \"ok\": true\n  },\n"
                   "  {\n    \"id\": 9007199254740993,\n    \"v\": 2.0,\n    \"at\": null,\n    \"ok\": null\n  }\n]\n"));
}

void TestExportJson::escapesControlCharacters()
{
    std::string out;
    QVERIFY(JsonWriter::appendString(out, std::string_view("a\"b\\c\n\r\t\b\f\x01\x1f\x7f/\xF0\x9F\x98\x80", 18)));
    QCOMPARE(QByteArray::fromStdString(out),
        QByteArray("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\x7f/\xF0\x9F\x98\x80\""));
    out.clear();
    QVERIFY(JsonWriter::appendString(out, std::string_view("nul\0end", 7)));
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("\"nul\\u0000end\""));
}

void TestExportJson::emptyExport()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    const QString file = m_dir.filePath(QStringLiteral("empty.json"));
    JsonWriter writer { JsonOptions() };
    writer.begin(file, columns, QStringLiteral("x"));
    writer.finish();
    QCOMPARE(readAll(file), QByteArray("[]\n"));
}

void TestExportJson::refusesInvalidUtf8()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} },
        { QStringLiteral("note"), ExportType::Text, true, {} } };
    JsonWriter writer { JsonOptions() };
    writer.begin(m_dir.filePath(QStringLiteral("bad.json")), columns, QStringLiteral("x"));
    try {
        writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1), ExportCell::ofText("\xFF") });
        QFAIL("invalid UTF-8 was written");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("note"));
        QVERIFY2(e.message().contains(QLatin1String("Row 1")), qPrintable(e.message()));
    }
}

void TestExportJson::unwritablePathIsStoreError()
{
    JsonWriter writer { JsonOptions() };
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    QVERIFY_THROWS_EXCEPTION(StoreError,
        writer.begin(m_dir.filePath(QStringLiteral("missing/x.json")), columns, QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestExportJson)
#include "TestExportJson.moc"
