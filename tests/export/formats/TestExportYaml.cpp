#include "ExternalReader.h"
#include "HardDataset.h"

#include "core/DomainError.h"
#include "export/ExportWriter.h"
#include "export/YamlWriter.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace gc;

class TestExportYaml : public QObject
{
    Q_OBJECT

private slots:
    void pyyamlGetsEveryValueAndType();
    void plainOnlyWhenSafe_data();
    void plainOnlyWhenSafe();
    void exactLayout();
    void emptyExportIsAnEmptySequence();
    void refusesInvalidUtf8();
    void unwritablePathIsStoreError();

private:
    QByteArray readAll(const QString& path);
    QTemporaryDir m_dir;
};

QByteArray TestExportYaml::readAll(const QString& path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void TestExportYaml::pyyamlGetsEveryValueAndType()
{
    const HardDataset data;
    const QString expected = m_dir.filePath(QStringLiteral("expected.jsonl"));
    QVERIFY(data.writeExpected(expected));
    ExportOptions options;
    options.format = ExportFormat::Yaml;
    const auto writer = makeExportWriter(options);
    QCOMPARE(writer->extension(), QStringLiteral("yaml"));
    const QString file = m_dir.filePath(QStringLiteral("hard.yaml"));
    data.writeAll(*writer, file);
    QCOMPARE(writer->bytesWritten(), QFileInfo(file).size());
    QString output;
    const int python = runExternalReader(QStringLiteral(GC_SYSTEM_PYTHON),
        { readerScript(QStringLiteral("read_yaml.py")), file, expected }, &output);
    QVERIFY2(python == 0, qPrintable(output));
}

void TestExportYaml::plainOnlyWhenSafe_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("scalar");
    QTest::newRow("word") << QByteArray("Berlin") << QByteArray("Berlin");
    QTest::newRow("words") << QByteArray("xgb-pm25 v3 (beta)") << QByteArray("xgb-pm25 v3 (beta)");
    QTest::newRow("yes") << QByteArray("yes") << QByteArray("\"yes\"");
    QTest::newRow("No") << QByteArray("No") << QByteArray("\"No\"");
    QTest::newRow("ON") << QByteArray("ON") << QByteArray("\"ON\"");
    QTest::newRow("y") << QByteArray("y") << QByteArray("\"y\"");
    QTest::newRow("Null") << QByteArray("Null") << QByteArray("\"Null\"");
    QTest::newRow("tilde") << QByteArray("~") << QByteArray("\"~\"");
    QTest::newRow("number") << QByteArray("123") << QByteArray("\"123\"");
    QTest::newRow("float") << QByteArray("1.5e3") << QByteArray("\"1.5e3\"");
    QTest::newRow("date") << QByteArray("2024-01-01") << QByteArray("\"2024-01-01\"");
    QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"");
    QTest::newRow("leading space") << QByteArray(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QByteArray("a ") << QByteArray("\"a \"");
    QTest::newRow("colon space") << QByteArray("a: b") << QByteArray("\"a: b\"");
    QTest::newRow("hash") << QByteArray("a #b") << QByteArray("\"a #b\"");
    QTest::newRow("dash") << QByteArray("- a") << QByteArray("\"- a\"");
    QTest::newRow("newline") << QByteArray("a\nb\r\tc") << QByteArray("\"a\\nb\\r\\tc\"");
    QTest::newRow("quote backslash") << QByteArray("\"\\") << QByteArray("\"\\\"\\\\\"");
    QTest::newRow("controls") << QByteArray("\x01\x7f") << QByteArray("\"\\x01\\x7F\"");
    QTest::newRow("nel") << QByteArray("\xC2\x85") << QByteArray("\"\\x85\"");
    QTest::newRow("line separator") << QByteArray("\xE2\x80\xA8") << QByteArray("\"\\u2028\"");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") << QByteArray("\"\\uFEFF\"");
    QTest::newRow("non-BMP stays raw") << QByteArray("\xF0\x9F\x98\x80") << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::newRow("umlaut stays raw") << QByteArray("K\xC3\xB6ln") << QByteArray("\"K\xC3\xB6ln\"");
}

void TestExportYaml::plainOnlyWhenSafe()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, scalar);
    std::string out;
    QVERIFY(YamlWriter::appendString(out, std::string_view(text.constData(), std::size_t(text.size()))));
    QCOMPARE(QByteArray::fromStdString(out), scalar);
}

void TestExportYaml::exactLayout()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} },
        { QStringLiteral("v"), ExportType::Double, true, {} }, { QStringLiteral("at"), ExportType::Timestamp, true, {} },
        { QStringLiteral("on"), ExportType::Boolean, true, {} }, { QStringLiteral("s"), ExportType::Text, true, {} } };
    const QString file = m_dir.filePath(QStringLiteral("layout.yaml"));
    YamlWriter writer { YamlOptions() };
    writer.begin(file, columns, QStringLiteral("x"));
    writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(-1), ExportCell::ofDouble(-std::numeric_limits<double>::infinity()),
        ExportCell::ofTimestamp(0), ExportCell::ofBoolean(false), ExportCell::ofText("off") });
    writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(2), ExportCell::ofDouble(1.0), ExportCell::null(),
        ExportCell::null(), ExportCell::ofText("plain") });
    writer.finish();
    QCOMPARE(readAll(file),
        QByteArray("- id: -1\n  v: -.inf\n  at: 1970-01-01T00:00:00.000Z\n  \"on\": false\n  s: \"off\"\n"
                   "- id: 2\n  v: 1.0\n  at: null\n  \"on\": null\n  s: plain\n"));
}

void TestExportYaml::emptyExportIsAnEmptySequence()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    const QString file = m_dir.filePath(QStringLiteral("empty.yaml"));
    YamlWriter writer { YamlOptions() };
    writer.begin(file, columns, QStringLiteral("x"));
    writer.finish();
    QCOMPARE(readAll(file), QByteArray("[]\n"));
}

void TestExportYaml::refusesInvalidUtf8()
{
    const ExportColumns columns { { QStringLiteral("note"), ExportType::Text, true, {} } };
    YamlWriter writer { YamlOptions() };
    writer.begin(m_dir.filePath(QStringLiteral("bad.yaml")), columns, QStringLiteral("x"));
    writer.writeRow(std::vector<ExportCell> { ExportCell::ofText("fine") });
    try {
        writer.writeRow(std::vector<ExportCell> { ExportCell::ofText("\xED\xA0\x80") });
        QFAIL("invalid UTF-8 was written");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("note"));
        QVERIFY2(e.message().contains(QLatin1String("Row 2")), qPrintable(e.message()));
    }
}

void TestExportYaml::unwritablePathIsStoreError()
{
    YamlWriter writer { YamlOptions() };
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    QVERIFY_THROWS_EXCEPTION(StoreError,
        writer.begin(m_dir.filePath(QStringLiteral("missing/x.yaml")), columns, QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestExportYaml)
#include "TestExportYaml.moc"
