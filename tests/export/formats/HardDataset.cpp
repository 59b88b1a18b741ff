#include "HardDataset.h"

#include <QFile>

#include <bit>
#include <cstdint>
#include <limits>
#include <optional>

using namespace gc;

namespace {

using OptDouble = std::optional<double>;
using OptInt = std::optional<std::int64_t>;
using OptBool = std::optional<bool>;

const std::vector<OptDouble>& doublePool()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    static const std::vector<OptDouble> pool = { 0.0, -0.0, 1.0, 0.1, 0.1 + 0.2, 1.0 / 3.0, 1e300, -1e-300,
        5e-324, std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(), nan, inf, -inf,
        123456.789, 9007199254740993.0, 1e15, 1e16, -2.5, std::nullopt };
    return pool;
}

const std::vector<OptInt>& timestampPool()
{
    static const std::vector<OptInt> pool = { 0, -1, -2208988800000, -2203891200001, -62135596800000,
        253402300799999, 1700000000123, std::nullopt, -3786825600000, 951782400000, 86399999 };
    return pool;
}

const std::vector<OptInt>& integerPool()
{
    static const std::vector<OptInt> pool = { std::numeric_limits<std::int64_t>::min(),
        std::numeric_limits<std::int64_t>::max(), 0, -1, 9007199254740992, 9007199254740993, -9007199254740993,
        std::nullopt, 42 };
    return pool;
}

const std::vector<OptBool>& booleanPool()
{
    static const std::vector<OptBool> pool = { true, false, std::nullopt };
    return pool;
}

} // namespace

void HardDataset::makeTexts(const Options& options)
{
    std::string longText;
    const std::string pattern = "long \"text\", with\nbreaks ";
    while (longText.size() < std::size_t(options.longText))
        longText += pattern;
    longText.resize(std::size_t(options.longText));

    m_texts = {
        "plain", "", "comma, inside", "semi;colon", "tab\tinside", "quote \"inside\"", "'single'",
        "line1\nline2", "cr\rinside", "crlf\r\nend", " leading space", "trailing space ", "  ", "=SUM(A1:A2)",
        "+1", "-1", "@cmd", "\tTAB lead", "\rCR lead", "emoji \xF0\x9F\x98\x80 clef \xF0\x9D\x84\x9E",
        "\xC3\x9C" "n" "\xC3\xAF" "c" "\xC3\xB6" "d" "\xC3\xA9 \xE2\x80\x94 \xC3\xB1", "yes", "no", "on", "off", "true", "False",
        "null", "~", "Null", "NULL", "Y", "n", "123", "-4.5e10", "0x1F", "1_000", "0o17", "1:20", ".inf", ".NaN",
        "NaN", "Infinity", "2024-01-01", "2024-01-01T00:00:00Z", "2001-12-14 21:59:43.10 -5", "12:30:45",
        "- dash", "? q", ": colon", "key: value", "a #comment", "#hash", "&anchor", "*alias", "!tag", "|pipe",
        ">fold", "%percent", "`back", "[br]", "{b}", "<<", "=", ",lead", "<tag>&amp;</tag>", "]]>", "a]]>b",
        "back\\slash", "\\n literally", "\xE2\x80\xA8line sep", "\xC2\x85nel", "\xEF\xBB\xBF" "bom", "\x7F" "del",
        "\xC2\x9F" "c1", "_x0041_", "\xEF\xBF\xBD replacement", "/slash", "tail colon:", "a: b", "plain words ok",
        longText,
    };
    if (options.controlChars)
        m_texts.push_back("ctl\x01\x02\x1F" "end");
}

HardDataset::HardDataset(const ExportColumns& columns, std::size_t rows, const Options& options)
    : m_columns(columns)
{
    makeTexts(options);
    m_rows.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        std::vector<ExportCell> row;
        for (qsizetype j = 0; j < columns.size(); ++j) {
            const ExportColumn& column = columns.at(j);
            const std::size_t k = i + std::size_t(j) * 7;
            if (column.nullable && k % 11 == 5) {
                row.push_back(ExportCell::null());
                continue;
            }
            // The pools' NULL entries are skipped for columns that cannot be NULL.
            const auto pick = [&](const auto& pool) {
                std::size_t at = k % pool.size();
                while (!pool[at])
                    at = (at + 1) % pool.size();
                return *pool[at];
            };
            switch (column.type) {
            case ExportType::Integer:
                row.push_back(ExportCell::ofInteger(pick(integerPool())));
                break;
            case ExportType::Double:
                row.push_back(ExportCell::ofDouble(pick(doublePool())));
                break;
            case ExportType::Boolean:
                row.push_back(ExportCell::ofBoolean(pick(booleanPool())));
                break;
            case ExportType::Timestamp:
                row.push_back(ExportCell::ofTimestamp(pick(timestampPool())));
                break;
            case ExportType::Text:
                row.push_back(ExportCell::ofText(m_texts[k % m_texts.size()]));
                break;
            }
        }
        m_rows.push_back(std::move(row));
    }
}

HardDataset::HardDataset(const Options& options)
{
    m_columns = {
        { QStringLiteral("id"), ExportType::Integer, false, QStringLiteral("ID") },
        { QStringLiteral("note"), ExportType::Text, true, QStringLiteral("Note") },
        { QStringLiteral("amount"), ExportType::Double, true, QStringLiteral("Amount") },
        { QStringLiteral("flag"), ExportType::Boolean, true, QStringLiteral("Flag") },
        { QStringLiteral("at"), ExportType::Timestamp, true, QStringLiteral("At") },
        { QStringLiteral("big"), ExportType::Integer, true, QStringLiteral("Big") },
        { QStringLiteral("nothing"), ExportType::Text, true, QStringLiteral("Always NULL") },
        { QStringLiteral("name"), ExportType::Text, false, QStringLiteral("Name") },
    };

    const std::vector<OptDouble>& doubles = doublePool();
    const std::vector<OptInt>& timestamps = timestampPool();
    const std::vector<OptInt>& bigs = integerPool();
    const std::vector<OptBool>& flags = booleanPool();
    makeTexts(options);

    const std::size_t n = m_texts.size() + 1; // one more row: a NULL note
    m_rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<ExportCell> row;
        row.push_back(ExportCell::ofInteger(std::int64_t(i) + 1));
        row.push_back(i < m_texts.size() ? ExportCell::ofText(m_texts[i]) : ExportCell::null());
        const OptDouble d = doubles[i % doubles.size()];
        row.push_back(d ? ExportCell::ofDouble(*d) : ExportCell::null());
        const OptBool b = flags[i % flags.size()];
        row.push_back(b ? ExportCell::ofBoolean(*b) : ExportCell::null());
        const OptInt t = timestamps[i % timestamps.size()];
        row.push_back(t ? ExportCell::ofTimestamp(*t) : ExportCell::null());
        const OptInt g = bigs[i % bigs.size()];
        row.push_back(g ? ExportCell::ofInteger(*g) : ExportCell::null());
        row.push_back(ExportCell::null());
        // a second text column, never NULL, with the strings in reverse order
        row.push_back(ExportCell::ofText(m_texts[m_texts.size() - 1 - (i % m_texts.size())]));
        m_rows.push_back(std::move(row));
    }
}

void HardDataset::writeAll(ExportWriter& writer, const QString& path, const QString& sourceName) const
{
    writer.begin(path, m_columns, sourceName);
    for (const auto& row : m_rows)
        writer.writeRow(row);
    writer.finish();
}

bool HardDataset::writeExpected(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static const char* const typeNames[] = { "integer", "double", "boolean", "text", "timestamp" };
    QByteArray out = "[";
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ExportColumn& c = m_columns.at(i);
        out += (i ? "," : "") + QByteArray("[\"") + c.name.toLatin1() + "\",\"" + typeNames[int(c.type)] + "\","
            + (c.nullable ? "true" : "false") + "]";
    }
    out += "]\n";
    for (const auto& row : m_rows) {
        out += '[';
        for (std::size_t i = 0; i < row.size(); ++i) {
            const ExportCell& cell = row[i];
            if (i)
                out += ',';
            switch (cell.kind) {
            case ExportCell::Kind::Null:
                out += "null";
                break;
            case ExportCell::Kind::Integer:
                out += "[\"i\",\"" + QByteArray::number(qint64(cell.integer)) + "\"]";
                break;
            case ExportCell::Kind::Double:
                out += "[\"d\",\"" + QByteArray::number(quint64(std::bit_cast<std::uint64_t>(cell.real)), 16)
                    + "\"]";
                break;
            case ExportCell::Kind::Boolean:
                out += QByteArray("[\"b\",") + (cell.boolean ? "1" : "0") + "]";
                break;
            case ExportCell::Kind::Text:
                out += "[\"t\",\""
                    + QByteArray(cell.text.data(), qsizetype(cell.text.size())).toHex() + "\"]";
                break;
            case ExportCell::Kind::Timestamp:
                out += "[\"ts\",\"" + QByteArray::number(qint64(cell.integer)) + "\"]";
                break;
            }
        }
        out += "]\n";
    }
    return file.write(out) == out.size() && file.flush();
}
