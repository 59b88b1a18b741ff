#include "export/ExportText.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

using namespace gc;

class TestExportText : public QObject
{
    Q_OBJECT

private slots:
    void doublesAreShortestWithADot_data();
    void doublesAreShortestWithADot();
    void doublesRoundTrip();
    void timestamps_data();
    void timestamps();
    void timestampsMatchQDateTime();
    void utf8();
    void identifiers();
};

namespace {

std::string doubleText(double v)
{
    char buffer[ExportText::kNumberChars];
    return std::string(buffer, ExportText::writeFiniteDouble(buffer, v));
}

std::string timestampText(std::int64_t ms)
{
    char buffer[ExportText::kTimestampChars];
    if (!ExportText::writeTimestamp(buffer, ms))
        return "out of range";
    return std::string(buffer, ExportText::kTimestampChars);
}

} // namespace

void TestExportText::doublesAreShortestWithADot_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << 1.0 << QStringLiteral("1.0");
    QTest::newRow("minus zero") << -0.0 << QStringLiteral("-0.0");
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("sum") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("big") << 1e300 << QStringLiteral("1.0e+300");
    QTest::newRow("1e15") << 1e15 << QStringLiteral("1.0e+15");
    QTest::newRow("denormal") << 5e-324 << QStringLiteral("5.0e-324");
    QTest::newRow("max") << std::numeric_limits<double>::max() << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("negative") << -2.5 << QStringLiteral("-2.5");
    QTest::newRow("integral") << 123456.0 << QStringLiteral("123456.0");
}

void TestExportText::doublesAreShortestWithADot()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(doubleText(value)), text);
}

void TestExportText::doublesRoundTrip()
{
    QRandomGenerator random(4);
    for (int i = 0; i < 200000; ++i) {
        const double v = std::bit_cast<double>(random.generate64());
        if (!std::isfinite(v))
            continue;
        const std::string text = doubleText(v);
        double back = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), back);
        QVERIFY(result.ec == std::errc());
        QVERIFY2(std::bit_cast<std::uint64_t>(back) == std::bit_cast<std::uint64_t>(v), text.c_str());
        QVERIFY(text.find('.') != std::string::npos);
    }
}

void TestExportText::timestamps_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000Z");
    QTest::newRow("one ms before") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999Z");
    QTest::newRow("1900") << qint64(-2208988800000) << QStringLiteral("1900-01-01T00:00:00.000Z");
    QTest::newRow("leap day") << qint64(951782400000) << QStringLiteral("2000-02-29T00:00:00.000Z");
    QTest::newRow("year 1") << qint64(-62135596800000) << QStringLiteral("0001-01-01T00:00:00.000Z");
    QTest::newRow("year 9999") << qint64(253402300799999) << QStringLiteral("9999-12-31T23:59:59.999Z");
    QTest::newRow("before year 1") << qint64(-62135596800001) << QStringLiteral("out of range");
    QTest::newRow("after 9999") << qint64(253402300800000) << QStringLiteral("out of range");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("out of range");
}

void TestExportText::timestamps()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(timestampText(ms)), text);
}

void TestExportText::timestampsMatchQDateTime()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 100000; ++i) {
        const qint64 ms = ExportText::kMinTimestampMs
            + qint64(random.bounded(quint64(ExportText::kMaxTimestampMs - ExportText::kMinTimestampMs)));
        const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        QCOMPARE(QString::fromStdString(timestampText(ms)), expected);
    }
}

void TestExportText::utf8()
{
    QVERIFY(ExportText::isValidUtf8("plain"));
    QVERIFY(ExportText::isValidUtf8("\xC3\xBC \xE2\x82\xAC \xF0\x9F\x98\x80"));
    QVERIFY(!ExportText::isValidUtf8("\xC3"));          // truncated
    QVERIFY(!ExportText::isValidUtf8("\xC0\xAF"));      // overlong
    QVERIFY(!ExportText::isValidUtf8("\xED\xA0\x80"));  // surrogate
    QVERIFY(!ExportText::isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    QVERIFY(!ExportText::isValidUtf8("\x80"));
    QVERIFY(!ExportText::isValidUtf8("\xE2\x82"));
    QCOMPARE(ExportText::utf16Length("a\xC3\xBC\xE2\x82\xAC\xF0\x9F\x98\x80"), std::size_t(5));
}

void TestExportText::identifiers()
{
    QVERIFY(ExportText::isIdentifier(QStringLiteral("forecast_time")));
    QVERIFY(ExportText::isIdentifier(QStringLiteral("_x1")));
    QVERIFY(!ExportText::isIdentifier(QStringLiteral("1x")));
    QVERIFY(!ExportText::isIdentifier(QStringLiteral("Name")));
    QVERIFY(!ExportText::isIdentifier(QStringLiteral("a-b")));
    QVERIFY(!ExportText::isIdentifier(QString()));
}

QTEST_GUILESS_MAIN(TestExportText)
#include "TestExportText.moc"
