#include "ExternalReader.h"
#include "HardDataset.h"

#include "core/DomainError.h"
#include "export/ExportSourceCatalog.h"
#include "export/ExportWriter.h"
#include "export/XmlWriter.h"
#include "store/StoreError.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace gc;

class TestExportXml : public QObject
{
    Q_OBJECT

private slots:
    void schemaMatchesCatalog();
    void everySourceValidates_data();
    void everySourceValidates();
    void hardValuesReadBack();
    void schemaRejectsWrongDocuments_data();
    void schemaRejectsWrongDocuments();
    void refusesControlCharacters();
    void refusesNonIdentifierColumns();
    void unwritablePathIsStoreError();

private:
    QString write(const HardDataset& data, const QString& source, bool pretty, const QString& name);
    void checkWithReaders(const HardDataset& data, const QString& file, const QString& source, bool schema);
    QTemporaryDir m_dir;
};

namespace {

QString schemaType(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
        return QStringLiteral("xs:long");
    case ExportType::Double:
        return QStringLiteral("xs:double");
    case ExportType::Boolean:
        return QStringLiteral("xs:boolean");
    case ExportType::Text:
        return QStringLiteral("xs:string");
    case ExportType::Timestamp:
        return QStringLiteral("gc:utcDateTime");
    }
    return {};
}

QByteArray readAll(const QString& path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

void TestExportXml::schemaMatchesCatalog()
{
    QFile file(QStringLiteral(GC_EXPORT_XSD));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xsd(&file);
    // row type name -> its elements "name type nillable"
    QHash<QString, QStringList> rowTypes;
    QHash<QString, QString> wrappers; // wrapper element -> row type
    QString currentType;
    QString currentWrapper;
    int depth = 0;
    int wrapperDepth = -1;
    while (!xsd.atEnd()) {
        xsd.readNext();
        if (xsd.isStartElement()) {
            ++depth;
            const QXmlStreamAttributes a = xsd.attributes();
            if (xsd.name() == QLatin1String("complexType") && a.hasAttribute(QLatin1String("name")))
                currentType = a.value(QLatin1String("name")).toString();
            if (xsd.name() != QLatin1String("element"))
                continue;
            const QString name = a.value(QLatin1String("name")).toString();
            if (!currentType.isEmpty()) {
                QVERIFY2(a.value(QLatin1String("minOccurs")) == QLatin1String("0"), qPrintable(name));
                rowTypes[currentType].append(name + QLatin1Char(' ') + a.value(QLatin1String("type")).toString()
                    + (a.value(QLatin1String("nillable")) == QLatin1String("true") ? QStringLiteral(" nillable")
                                                                                    : QString()));
            } else if (name != QLatin1String("export") && name != QLatin1String("row")) {
                currentWrapper = name;
                wrapperDepth = depth;
            } else if (name == QLatin1String("row")) {
                wrappers.insert(currentWrapper, a.value(QLatin1String("type")).toString());
            }
        } else if (xsd.isEndElement()) {
            if (xsd.name() == QLatin1String("complexType") && !currentType.isEmpty() && depth == 2)
                currentType.clear();
            if (depth == wrapperDepth)
                wrapperDepth = -1;
            --depth;
        }
    }
    QVERIFY2(!xsd.hasError(), qPrintable(xsd.errorString()));
    QCOMPARE(wrappers.size(), exportSources().size());
    for (const ExportSourceInfo& source : exportSources()) {
        QVERIFY2(wrappers.contains(source.name), qPrintable(source.name));
        const QString type = wrappers.value(source.name);
        QCOMPARE(type, QStringLiteral("gc:") + source.name + QStringLiteral("_row"));
        QStringList expected;
        for (const ExportColumn& column : source.columns)
            expected.append(column.name + QLatin1Char(' ') + schemaType(column.type)
                + (column.nullable ? QStringLiteral(" nillable") : QString()));
        QCOMPARE(rowTypes.value(type.mid(3)), expected);
    }
}

QString TestExportXml::write(const HardDataset& data, const QString& source, bool pretty, const QString& name)
{
    ExportOptions options;
    options.format = ExportFormat::Xml;
    options.xml.pretty = pretty;
    const auto writer = makeExportWriter(options);
    const QString file = m_dir.filePath(name + QLatin1Char('.') + writer->extension());
    data.writeAll(*writer, file, source);
    if (writer->bytesWritten() != QFileInfo(file).size())
        return {};
    return file;
}

void TestExportXml::checkWithReaders(const HardDataset& data, const QString& file, const QString& source, bool schema)
{
    QString output;
    QStringList lint { QStringLiteral("--noout") };
    if (schema)
        lint << QStringLiteral("--schema") << QStringLiteral(GC_EXPORT_XSD);
    const int xmllint = runExternalReader(QStringLiteral(GC_XMLLINT), lint << file, &output);
    QVERIFY2(xmllint == 0, qPrintable(output));
    const QString expected = m_dir.filePath(QStringLiteral("expected.jsonl"));
    QVERIFY(data.writeExpected(expected));
    const int python = runExternalReader(QStringLiteral(GC_SYSTEM_PYTHON),
        { readerScript(QStringLiteral("read_xml.py")), file, expected, source }, &output);
    QVERIFY2(python == 0, qPrintable(output));
}

void TestExportXml::everySourceValidates_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("subset");
    QTest::addColumn<bool>("pretty");
    for (const ExportSourceInfo& source : exportSources()) {
        QTest::addRow("%s, all columns", qPrintable(source.name)) << int(source.id) << false << true;
        QTest::addRow("%s, reversed subset, compact", qPrintable(source.name)) << int(source.id) << true << false;
    }
}

void TestExportXml::everySourceValidates()
{
    QFETCH(int, source);
    QFETCH(bool, subset);
    QFETCH(bool, pretty);
    const ExportSourceInfo& info = exportSource(ExportSourceId(source));
    ExportColumns columns = info.columns;
    if (subset) {
        std::reverse(columns.begin(), columns.end());
        for (qsizetype i = columns.size() - 1; i >= 0; i -= 3)
            columns.removeAt(i);
    }
    HardDataset::Options options;
    options.controlChars = false;
    const HardDataset data(columns, 120, options);
    const QString file = write(data, info.name, pretty, info.name);
    QVERIFY(!file.isEmpty());
    checkWithReaders(data, file, info.name, true);
}

void TestExportXml::hardValuesReadBack()
{
    HardDataset::Options options;
    options.controlChars = false;
    const HardDataset data(options);
    const QString file = write(data, QStringLiteral("hard"), true, QStringLiteral("hard"));
    QVERIFY(!file.isEmpty());
    QVERIFY(readAll(file).contains("cr&#xD;inside"));
    checkWithReaders(data, file, QStringLiteral("hard"), false);
}

void TestExportXml::schemaRejectsWrongDocuments_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("text in a long") << QByteArray("<id>1</id>") << QByteArray("<id>one</id>");
    QTest::newRow("time without Z") << QByteArray(".000Z</forecast_time>") << QByteArray(".000</forecast_time>");
    QTest::newRow("nil where not nullable") << QByteArray("<id>1</id>") << QByteArray("<id xsi:nil=\"true\"/>");
    QTest::newRow("unknown column") << QByteArray("<id>1</id>") << QByteArray("<id>1</id><colour>red</colour>");
    QTest::newRow("column twice") << QByteArray("<id>1</id>") << QByteArray("<id>1</id><id>2</id>");
    QTest::newRow("yes for a boolean") << QByteArray("<deployed>true</deployed>") << QByteArray("<deployed>yes</deployed>");
}

void TestExportXml::schemaRejectsWrongDocuments()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const bool models = from.contains("deployed");
    const ExportSourceInfo& info = exportSource(models ? ExportSourceId::Models : ExportSourceId::Predictions);
    const ExportColumns columns = info.columns;
    std::vector<std::vector<ExportCell>> rows;
    HardDataset::Options options;
    options.controlChars = false;
    HardDataset data(columns, 3, options);
    // A known first row so the replacement has something to find.
    ExportOptions xml;
    xml.format = ExportFormat::Xml;
    xml.xml.pretty = false;
    const auto writer = makeExportWriter(xml);
    const QString file = m_dir.filePath(QStringLiteral("good.xml"));
    writer->begin(file, columns, info.name);
    std::vector<ExportCell> first = data.row(0);
    first[0] = ExportCell::ofInteger(1);
    if (models)
        first[6] = ExportCell::ofBoolean(true);
    else
        first[11] = ExportCell::ofTimestamp(0);
    writer->writeRow(first);
    writer->writeRow(data.row(1));
    writer->finish();

    QString output;
    QCOMPARE(runExternalReader(QStringLiteral(GC_XMLLINT),
                 { QStringLiteral("--noout"), QStringLiteral("--schema"), QStringLiteral(GC_EXPORT_XSD), file }, &output),
        0);
    QByteArray document = readAll(file);
    QVERIFY2(document.contains(from), document.left(600).constData());
    document.replace(document.indexOf(from), from.size(), to);
    const QString bad = m_dir.filePath(QStringLiteral("bad.xml"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(document);
    out.close();
    const int code = runExternalReader(QStringLiteral(GC_XMLLINT),
        { QStringLiteral("--noout"), QStringLiteral("--schema"), QStringLiteral(GC_EXPORT_XSD), bad }, &output);
    QVERIFY2(code != 0 && code != -1, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("fails to validate")), qPrintable(output));
}

void TestExportXml::refusesControlCharacters()
{
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} },
        { QStringLiteral("details"), ExportType::Text, true, {} } };
    XmlWriter writer { XmlOptions() };
    writer.begin(m_dir.filePath(QStringLiteral("control.xml")), columns, QStringLiteral("audit_events"));
    writer.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1), ExportCell::ofText("tab\tand\r\nbreaks are fine") });
    for (const char* text : { "bell\x07", "nul\0", "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xC3" }) {
        XmlWriter fresh { XmlOptions() };
        fresh.begin(m_dir.filePath(QStringLiteral("control2.xml")), columns, QStringLiteral("audit_events"));
        const std::string_view view(text, std::char_traits<char>::length(text) + (text[0] == 'n' ? 1 : 0));
        try {
            fresh.writeRow(std::vector<ExportCell> { ExportCell::ofInteger(1), ExportCell::ofText(view) });
            QFAIL(qPrintable(QStringLiteral("written: ") + QString::fromLatin1(text)));
        } catch (const DomainError& e) {
            QCOMPARE(e.field(), QStringLiteral("details"));
            QVERIFY2(e.message().contains(QLatin1String("Row 1")), qPrintable(e.message()));
        }
    }
}

void TestExportXml::refusesNonIdentifierColumns()
{
    const ExportColumns columns { { QStringLiteral("Not An Element"), ExportType::Integer, false, {} } };
    XmlWriter writer { XmlOptions() };
    try {
        writer.begin(m_dir.filePath(QStringLiteral("names.xml")), columns, QStringLiteral("x"));
        QFAIL("accepted");
    } catch (const DomainError& e) {
        QCOMPARE(e.field(), QStringLiteral("columns"));
    }
}

void TestExportXml::unwritablePathIsStoreError()
{
    XmlWriter writer { XmlOptions() };
    const ExportColumns columns { { QStringLiteral("id"), ExportType::Integer, false, {} } };
    QVERIFY_THROWS_EXCEPTION(StoreError,
        writer.begin(m_dir.filePath(QStringLiteral("missing/x.xml")), columns, QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestExportXml)
#include "TestExportXml.moc"
