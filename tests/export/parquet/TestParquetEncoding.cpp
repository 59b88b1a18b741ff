// The two byte-level encoders of the Parquet writer against bytes worked out
// by hand from the Thrift compact protocol specification and Parquet's
// Encodings.md, plus a round trip of the RLE/bit-packed hybrid through an
// independent decoder written from the same document.
#include "export/ParquetRleEncoder.h"
#include "export/ParquetThriftEncoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using gc::ParquetRleEncoder;
using gc::ParquetThriftEncoder;
using gc::parquet::ThriftType;

namespace {

std::string bytes(std::initializer_list<int> values)
{
    std::string out;
    for (const int v : values)
        out.push_back(char(v));
    return out;
}

QByteArray hex(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size())).toHex(' ');
}

std::uint64_t readVarint(const std::string& in, std::size_t& pos)
{
    std::uint64_t v = 0;
    int shift = 0;
    while (true) {
        const auto b = std::uint8_t(in.at(pos++));
        v |= std::uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
        shift += 7;
    }
}

/// Decodes `count` values of the hybrid encoding, as a reader does.
std::vector<std::uint32_t> decodeHybrid(const std::string& in, int bitWidth, std::size_t count)
{
    std::vector<std::uint32_t> out;
    std::size_t pos = 0;
    while (out.size() < count) {
        const std::uint64_t header = readVarint(in, pos);
        if (header & 1) {
            const std::size_t values = (header >> 1) * 8;
            std::uint64_t acc = 0;
            int bits = 0;
            for (std::size_t i = 0; i < values; ++i) {
                while (bits < bitWidth) {
                    acc |= std::uint64_t(std::uint8_t(in.at(pos++))) << bits;
                    bits += 8;
                }
                const auto v = std::uint32_t(acc & ((std::uint64_t(1) << bitWidth) - 1));
                acc >>= bitWidth;
                bits -= bitWidth;
                if (out.size() < count)
                    out.push_back(v);
            }
        } else {
            std::uint32_t v = 0;
            for (int b = 0; b < (bitWidth + 7) / 8; ++b)
                v |= std::uint32_t(std::uint8_t(in.at(pos++))) << (8 * b);
            for (std::uint64_t i = 0; i < (header >> 1); ++i)
                out.push_back(v);
        }
    }
    if (pos != in.size())
        throw std::runtime_error("trailing bytes");
    return out;
}

} // namespace

class TestParquetEncoding : public QObject
{
    Q_OBJECT

private slots:
    void varints_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("0") << quint64(0) << QByteArray::fromHex("00");
        QTest::newRow("1") << quint64(1) << QByteArray::fromHex("01");
        QTest::newRow("127") << quint64(127) << QByteArray::fromHex("7f");
        QTest::newRow("128") << quint64(128) << QByteArray::fromHex("8001");
        QTest::newRow("300") << quint64(300) << QByteArray::fromHex("ac02");
        QTest::newRow("16384") << quint64(16384) << QByteArray::fromHex("808001");
        QTest::newRow("max") << std::numeric_limits<quint64>::max() << QByteArray::fromHex("ffffffffffffffffff01");
    }
    void varints()
    {
        QFETCH(quint64, value);
        QFETCH(QByteArray, expected);
        std::string out;
        ParquetThriftEncoder::appendVarint(out, value);
        QCOMPARE(QByteArray::fromStdString(out), expected);
    }

    void zigzag()
    {
        QCOMPARE(ParquetThriftEncoder::zigzag(0), 0u);
        QCOMPARE(ParquetThriftEncoder::zigzag(-1), 1u);
        QCOMPARE(ParquetThriftEncoder::zigzag(1), 2u);
        QCOMPARE(ParquetThriftEncoder::zigzag(-2), 3u);
        QCOMPARE(ParquetThriftEncoder::zigzag(2147483647), 4294967294u);
        QCOMPARE(ParquetThriftEncoder::zigzag(-2147483648LL), 4294967295u);
        QCOMPARE(ParquetThriftEncoder::zigzag(std::numeric_limits<std::int64_t>::max()),
            std::numeric_limits<std::uint64_t>::max() - 1);
        QCOMPARE(ParquetThriftEncoder::zigzag(std::numeric_limits<std::int64_t>::min()),
            std::numeric_limits<std::uint64_t>::max());
    }

    void structFields()
    {
        std::string out;
        ParquetThriftEncoder e(out);
        e.beginStruct();
        e.fieldI32(1, 5);           // delta 1, type 5: 0x15, zigzag(5) = 10
        e.fieldI64(3, -1);          // delta 2, type 6: 0x26, zigzag(-1) = 1
        e.fieldBinary(4, "ab");     // delta 1, type 8: 0x18, length 2
        e.fieldBool(5, true);       // the value is the type: 0x11
        e.fieldBool(6, false);      // 0x12
        e.fieldI32(30, 1);          // delta 24 > 15: type byte, zigzag(30) = 60, value
        e.fieldI32(31, -300);       // back to a delta: 0x15, zigzag(-300) = 599 = 0xd7 0x04
        e.endStruct();
        QCOMPARE(hex(out), hex(bytes({0x15, 0x0a, 0x26, 0x01, 0x18, 0x02, 'a', 'b', 0x11, 0x12, 0x05, 0x3c,
                               0x02, 0x15, 0xd7, 0x04, 0x00})));
    }

    void fieldIdGoingBackUsesLongForm()
    {
        std::string out;
        ParquetThriftEncoder e(out);
        e.beginStruct();
        e.fieldI32(5, 1);
        e.fieldI32(2, 1); // negative delta: 0x05, zigzag(2) = 4, value
        e.endStruct();
        QCOMPARE(hex(out), hex(bytes({0x55, 0x02, 0x05, 0x04, 0x02, 0x00})));
    }

    void nestedStructRestoresFieldId()
    {
        std::string out;
        ParquetThriftEncoder e(out);
        e.beginStruct();
        e.fieldStruct(2);  // 0x2c
        e.fieldI32(1, 0);  // inner ids start again at 0: 0x15 0x00
        e.fieldStruct(9);  // 0x8c
        e.endStruct();     // empty struct: 0x00
        e.endStruct();     // 0x00
        e.fieldI32(3, 1);  // outer delta from 2: 0x15 0x02
        e.endStruct();
        QCOMPARE(hex(out), hex(bytes({0x2c, 0x15, 0x00, 0x8c, 0x00, 0x00, 0x15, 0x02, 0x00})));
    }

    void lists()
    {
        std::string out;
        ParquetThriftEncoder e(out);
        e.beginStruct();
        e.fieldList(1, ThriftType::I32, 3); // 0x19, size 3 << 4 | 5 = 0x35
        e.elementI32(1);
        e.elementI32(-1);
        e.elementI32(2);
        e.fieldList(2, ThriftType::Struct, 1); // delta 1: 0x19, then 0x1c
        e.beginStruct();
        e.fieldI64(1, 1); // 0x16 0x02
        e.endStruct();
        e.fieldList(3, ThriftType::Binary, 15); // 0x19, long form 0xf8 then varint 15
        for (int i = 0; i < 15; ++i)
            e.elementBinary(i == 0 ? "x" : "");
        e.endStruct();
        std::string expected = bytes({0x19, 0x35, 0x02, 0x01, 0x04, 0x19, 0x1c, 0x16, 0x02, 0x00, 0x19, 0xf8,
            0x0f, 0x01, 'x'});
        expected.append(14, '\0');
        expected.push_back('\0');
        QCOMPARE(hex(out), hex(expected));
    }

    void binaryLongerThan127()
    {
        std::string out;
        ParquetThriftEncoder e(out);
        const std::string value(200, 'z');
        e.elementBinary(value);
        QCOMPARE(hex(out.substr(0, 2)), hex(bytes({0xc8, 0x01})));
        QCOMPARE(out.substr(2), value);
    }

    void rleHandComputed_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<int>("bitWidth");
        QTest::addColumn<QByteArray>("expected");
        // A run of 10 ones: header 10 << 1, value in one byte.
        QTest::newRow("run") << QList<int>(10, 1) << 1 << QByteArray::fromHex("1401");
        // One bit-packed group, LSB first: 1,0,1,0,1,0,1,0 -> 0b01010101.
        QTest::newRow("packed") << QList<int>{1, 0, 1, 0, 1, 0, 1, 0} << 1 << QByteArray::fromHex("0355");
        // Encodings.md's example: 0..7 at bit width 3 -> 10001000 11000110 11111010.
        QTest::newRow("spec example") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7} << 3 << QByteArray::fromHex("0388c6fa");
        // A short tail is padded with zeros to a whole group.
        QTest::newRow("padded") << QList<int>{1, 1, 0} << 1 << QByteArray::fromHex("0303");
        // Two literals borrow six values of the following run to fill their
        // group; the remaining eight stay a run.
        QList<int> mixed{1, 0};
        mixed.append(QList<int>(14, 1));
        QTest::newRow("literals then run") << mixed << 1 << QByteArray::fromHex("03fd1001");
        // A run too short after lending its padding stays bit-packed.
        QList<int> shortRun{1, 0};
        shortRun.append(QList<int>(13, 1));
        QTest::newRow("short run stays packed") << shortRun << 1 << QByteArray::fromHex("05fd7f");
        // Bit width 9: the run's value takes two bytes, little-endian.
        QTest::newRow("wide run value") << QList<int>(8, 300) << 9 << QByteArray::fromHex("102c01");
        QTest::newRow("empty") << QList<int>{} << 1 << QByteArray();
    }
    void rleHandComputed()
    {
        QFETCH(QList<int>, values);
        QFETCH(int, bitWidth);
        QFETCH(QByteArray, expected);
        std::vector<std::uint32_t> wide(values.begin(), values.end());
        std::string out;
        ParquetRleEncoder::encode(wide, bitWidth, out);
        QCOMPARE(QByteArray::fromStdString(out).toHex(), expected.toHex());
        if (bitWidth <= 8) {
            std::vector<std::uint8_t> narrow(values.begin(), values.end());
            std::string out8;
            ParquetRleEncoder::encode(narrow, bitWidth, out8);
            QCOMPARE(QByteArray::fromStdString(out8).toHex(), expected.toHex());
        }
    }

    void rleLongLiteralSplitsAt63Groups()
    {
        std::vector<std::uint8_t> values(600);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = std::uint8_t(i % 2);
        std::string out;
        ParquetRleEncoder::encode(values, 1, out);
        // 504 values = 63 groups (header 127), then 96 values = 12 groups (header 25).
        std::string expected = bytes({0x7f});
        expected.append(63, char(0xaa));
        expected.push_back(char(0x19));
        expected.append(12, char(0xaa));
        QCOMPARE(hex(out), hex(expected));
    }

    void rleRoundTrip_data()
    {
        QTest::addColumn<int>("bitWidth");
        for (const int w : {1, 2, 3, 7, 8, 9, 13, 17, 24, 31, 32})
            QTest::addRow("width %d", w) << w;
    }
    void rleRoundTrip()
    {
        QFETCH(int, bitWidth);
        QRandomGenerator random(quint32(bitWidth) * 7919u);
        const std::uint64_t limit = std::uint64_t(1) << bitWidth;
        for (int trial = 0; trial < 50; ++trial) {
            std::vector<std::uint32_t> values;
            const int n = int(random.bounded(2000));
            while (int(values.size()) < n) {
                const auto v = std::uint32_t(random.generate64() % limit);
                // Mix runs of every length with noise.
                const int repeat = random.bounded(4) == 0 ? int(random.bounded(40)) + 1 : 1;
                for (int r = 0; r < repeat && int(values.size()) < n; ++r)
                    values.push_back(v);
            }
            std::string out;
            ParquetRleEncoder::encode(values, bitWidth, out);
            QCOMPARE(decodeHybrid(out, bitWidth, values.size()), values);
        }
    }
};

QTEST_GUILESS_MAIN(TestParquetEncoding)
#include "TestParquetEncoding.moc"
