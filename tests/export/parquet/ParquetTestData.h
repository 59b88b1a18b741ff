#pragma once

// The fixed data set the Parquet reader tests write and read back: every
// type, NULLs, all-NULL columns, extreme integers, NaN/inf/-0.0, timestamps
// before 1970, empty, non-BMP, quote/newline and 100,000-character strings,
// dictionary-friendly (a few or some 2,000 values) and dictionary-overflowing
// text columns.
#include "export/ExportCell.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <bit>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <vector>

namespace gc::test {

struct ParquetTestData
{
    ExportColumns columns;
    std::vector<std::vector<ExportCell>> rows;
    std::deque<std::string> texts; // owns what the text cells view
};

inline ExportColumn parquetColumn(const char* name, ExportType type, bool nullable)
{
    return ExportColumn{QString::fromLatin1(name), type, nullable, QString()};
}

inline ParquetTestData makeParquetTestData(int rowCount)
{
    ParquetTestData d;
    d.columns = {
        parquetColumn("id", ExportType::Integer, false),
        parquetColumn("big", ExportType::Integer, true),
        parquetColumn("real", ExportType::Double, true),
        parquetColumn("flag", ExportType::Boolean, true),
        parquetColumn("label", ExportType::Text, true),
        parquetColumn("category", ExportType::Text, false),
        parquetColumn("ts", ExportType::Timestamp, true),
        parquetColumn("nothing_text", ExportType::Text, true),
        parquetColumn("nothing_int", ExportType::Integer, true),
        parquetColumn("score", ExportType::Double, false),
        parquetColumn("created", ExportType::Timestamp, false),
        parquetColumn("tiny", ExportType::Text, true),
        parquetColumn("nothing_bool", ExportType::Boolean, true),
        parquetColumn("nothing_ts", ExportType::Timestamp, true),
        parquetColumn("nothing_real", ExportType::Double, true),
        parquetColumn("yes", ExportType::Boolean, false),
        parquetColumn("medium", ExportType::Text, false),
        parquetColumn("zero_low", ExportType::Double, false),
        parquetColumn("zero_high", ExportType::Double, false),
        parquetColumn("nan_only", ExportType::Double, true),
    };
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> specialReals{std::numeric_limits<double>::quiet_NaN(), inf, -inf, -0.0, 0.0,
        std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max(),
        -std::numeric_limits<double>::max(), 0.1, 1.0 / 3.0};
    const std::vector<std::int64_t> specialInts{kMin, kMax, 0, -1, 1, kMin + 1, kMax - 1};
    const std::vector<std::int64_t> specialTimes{-62135596800000LL /* 0001-01-01 */, -1, 0,
        253402300799999LL /* 9999-12-31T23:59:59.999 */, -31536000000LL, 1700000000123LL, -86400001LL};
    const std::vector<std::string> categories{"north", "south", "", "Zürich", "東京", "🌍 earth \"quoted\"\n"};

    // A 100,000-character string mixing 1-, 2-, 3- and 4-byte UTF-8.
    std::string longText;
    const char* pieces[] = {"a", "ä", "€", "😀", ",", "\"", "\n", "z"};
    for (int i = 0; i < 100000; ++i)
        longText += pieces[(i * 7 + i / 13) % 8];

    std::uint64_t seed = 0x9E3779B97F4A7C15ull;
    auto next = [&seed] {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return seed;
    };
    // Text cells view strings the data set owns. Built by appending, not with
    // operator+ (GCC 12 warns falsely about "literal" + std::string).
    auto text = [&d](std::initializer_list<std::string_view> parts) -> std::string_view {
        std::string& s = d.texts.emplace_back();
        for (const std::string_view part : parts)
            s += part;
        return s;
    };

    d.rows.reserve(std::size_t(rowCount));
    for (int i = 0; i < rowCount; ++i) {
        std::vector<ExportCell> r;
        r.push_back(ExportCell::ofInteger(i));

        if (i % 11 == 5)
            r.push_back(ExportCell::null());
        else if (std::size_t(i) < specialInts.size() * 3)
            r.push_back(ExportCell::ofInteger(specialInts[std::size_t(i) % specialInts.size()]));
        else
            r.push_back(ExportCell::ofInteger(std::int64_t(next())));

        if (i % 13 == 6)
            r.push_back(ExportCell::null());
        else if (i % 50 < 10)
            r.push_back(ExportCell::ofDouble(specialReals[std::size_t(i % 50)]));
        else {
            double v = std::bit_cast<double>(next());
            if (std::isnan(v))
                v = double(i);
            r.push_back(ExportCell::ofDouble(v));
        }

        r.push_back(i % 3 == 0 ? ExportCell::null() : ExportCell::ofBoolean(i % 2 == 0));

        if (i % 97 == 50)
            r.push_back(ExportCell::ofText(text({longText, std::to_string(i)})));
        else if (i % 10 == 1)
            r.push_back(ExportCell::null());
        else if (i % 10 == 2)
            r.push_back(ExportCell::ofText(text({})));
        else if (i % 10 == 3)
            r.push_back(ExportCell::ofText(text({"𝄞 clef 😀 ", std::to_string(i), " \"q\",\r\n\t=1+1 \\ \x7f"})));
        else
            r.push_back(ExportCell::ofText(text({"row-", std::to_string(i), "-", std::to_string(next() % 100000)})));

        r.push_back(ExportCell::ofText(text({categories[std::size_t(i * 31 % 6)]})));

        if (i % 7 == 3)
            r.push_back(ExportCell::null());
        else if (i % 40 < 7)
            r.push_back(ExportCell::ofTimestamp(specialTimes[std::size_t(i % 40)]));
        else
            r.push_back(ExportCell::ofTimestamp(std::int64_t(next() % 4000000000000ull) - 2000000000000LL));

        r.push_back(ExportCell::null());
        r.push_back(ExportCell::null());
        r.push_back(ExportCell::ofDouble(i * 0.25 - 100.125));
        r.push_back(ExportCell::ofTimestamp(1600000000000LL + std::int64_t(i) * 1000));
        r.push_back(i % 4 == 0 ? ExportCell::null() : ExportCell::ofText(text({i % 3 ? "a" : "b"})));
        r.push_back(ExportCell::null());
        r.push_back(ExportCell::null());
        r.push_back(ExportCell::null());
        r.push_back(ExportCell::ofBoolean(true));
        // About 2,000 distinct values: the dictionary outgrows its first hash table.
        r.push_back(ExportCell::ofText(text({"m", std::to_string(std::uint64_t(i) * 7919 % 2003)})));
        // Zero bounds: the minimum must be stored as -0.0, the maximum as +0.0,
        // whichever zero the data held; a chunk of NaN has no bounds.
        r.push_back(ExportCell::ofDouble(i % 2 ? 0.0 : 1.5 + i));
        r.push_back(ExportCell::ofDouble(i % 2 ? -0.0 : -2.5 - i));
        r.push_back(i % 5 == 0 ? ExportCell::null() : ExportCell::ofDouble(std::numeric_limits<double>::quiet_NaN()));
        d.rows.push_back(std::move(r));
    }
    return d;
}

/// The type names of the expectation file's header (expectation.mjs).
inline QString parquetTypeName(ExportType type)
{
    static const char* const names[] = {"integer", "double", "boolean", "text", "timestamp"};
    return QLatin1String(names[int(type)]);
}

/// The rows as the reader scripts expect them, one JSON array per line after
/// a header line (`header` plus the columns): integers and timestamps as
/// decimal strings (JSON numbers lose 64-bit precision), doubles as the hex of
/// their IEEE 754 bits, text as JSON strings, NULL as null.
inline QByteArray parquetExpectation(const ParquetTestData& d, QJsonObject header)
{
    QJsonArray columns;
    for (const ExportColumn& c : d.columns)
        columns.append(QJsonObject{{QStringLiteral("name"), c.name},
            {QStringLiteral("type"), parquetTypeName(c.type)}, {QStringLiteral("nullable"), c.nullable}});
    header.insert(QStringLiteral("columns"), columns);
    header.insert(QStringLiteral("rows"), qint64(d.rows.size()));
    QByteArray out = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    for (const auto& row : d.rows) {
        QJsonArray cells;
        for (const ExportCell& c : row) {
            switch (c.kind) {
            case ExportCell::Kind::Null:
                cells.append(QJsonValue::Null);
                break;
            case ExportCell::Kind::Integer:
            case ExportCell::Kind::Timestamp:
                cells.append(QString::number(c.integer));
                break;
            case ExportCell::Kind::Double:
                cells.append(QString::number(std::bit_cast<quint64>(c.real), 16).rightJustified(16, QLatin1Char('0')));
                break;
            case ExportCell::Kind::Boolean:
                cells.append(c.boolean);
                break;
            case ExportCell::Kind::Text:
                cells.append(QString::fromUtf8(c.text.data(), qsizetype(c.text.size())));
                break;
            }
        }
        out += QJsonDocument(cells).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace gc::test
