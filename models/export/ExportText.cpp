#include "export/ExportText.h"

#include "core/DomainError.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>
#include <limits>

namespace gc::ExportText {

namespace {

constexpr std::int64_t kMsPerDay = 86400000;

void put2(char* out, unsigned v)
{
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

char* writeInteger(char* out, std::int64_t v)
{
    return std::to_chars(out, out + kNumberChars, v).ptr;
}

char* writeFiniteDouble(char* out, double v)
{
    char* end = std::to_chars(out, out + kNumberChars, v).ptr;
    char* exponent = end;
    for (char* p = out; p != end; ++p) {
        if (*p == '.')
            return end;
        if (*p == 'e') {
            exponent = p;
            break;
        }
    }
    // No '.': insert ".0" before the exponent (or at the end).
    std::memmove(exponent + 2, exponent, std::size_t(end - exponent));
    exponent[0] = '.';
    exponent[1] = '0';
    return end + 2;
}

bool writeTimestamp(char* out, std::int64_t msUtc)
{
    if (!timestampInRange(msUtc))
        return false;
    const std::int64_t days = floorDiv(msUtc, kMsPerDay);
    auto msOfDay = unsigned(msUtc - days * kMsPerDay);
    // Howard Hinnant's civil_from_days (proleptic Gregorian, any sign).
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const auto year = unsigned(std::int64_t(yoe) + era * 400 + (month <= 2 ? 1 : 0));

    put2(out, year / 100);
    put2(out + 2, year % 100);
    out[4] = '-';
    put2(out + 5, month);
    out[7] = '-';
    put2(out + 8, day);
    out[10] = 'T';
    const unsigned ms = msOfDay % 1000;
    const unsigned secs = msOfDay / 1000;
    put2(out + 11, secs / 3600);
    out[13] = ':';
    put2(out + 14, secs / 60 % 60);
    out[16] = ':';
    put2(out + 17, secs % 60);
    out[19] = '.';
    out[20] = char('0' + ms / 100);
    put2(out + 21, ms % 100);
    out[23] = 'Z';
    return true;
}

bool appendValue(std::string& out, const ExportCell& cell, const Spelling& spelling)
{
    char buffer[kNumberChars];
    switch (cell.kind) {
    case ExportCell::Kind::Text:
        break; // each format quotes text its own way
    case ExportCell::Kind::Null:
        out += spelling.null;
        break;
    case ExportCell::Kind::Integer:
        out.append(buffer, writeInteger(buffer, cell.integer));
        break;
    case ExportCell::Kind::Double:
        if (cell.real != cell.real)
            out += spelling.nan;
        else if (cell.real == std::numeric_limits<double>::infinity())
            out += spelling.infinity;
        else if (cell.real == -std::numeric_limits<double>::infinity())
            out += spelling.negativeInfinity;
        else
            out.append(buffer, writeFiniteDouble(buffer, cell.real));
        break;
    case ExportCell::Kind::Boolean:
        out += cell.boolean ? std::string_view("true") : std::string_view("false");
        break;
    case ExportCell::Kind::Timestamp:
        if (!writeTimestamp(buffer, cell.integer))
            return false;
        out += spelling.timestampQuote;
        out.append(buffer, kTimestampChars);
        out += spelling.timestampQuote;
        break;
    }
    return true;
}

bool isValidUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((more == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (more == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += more + 1;
    }
    return true;
}

std::size_t utf16Length(std::string_view text)
{
    std::size_t units = 0;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) != 0x80)
            units += c >= 0xF0 ? 2 : 1; // a lead byte of 4 starts a surrogate pair
    }
    return units;
}

bool isIdentifier(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool ok = (c >= u'a' && c <= u'z') || c == u'_' || (i > 0 && c >= u'0' && c <= u'9');
        if (!ok)
            return false;
    }
    return true;
}

ExportCell::Kind cellKind(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
        return ExportCell::Kind::Integer;
    case ExportType::Double:
        return ExportCell::Kind::Double;
    case ExportType::Boolean:
        return ExportCell::Kind::Boolean;
    case ExportType::Text:
        return ExportCell::Kind::Text;
    case ExportType::Timestamp:
        return ExportCell::Kind::Timestamp;
    }
    return ExportCell::Kind::Text;
}

void checkColumns(const ExportColumns& columns)
{
    if (columns.isEmpty())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::ExportWriter", "An export needs at least one column."),
            QStringLiteral("columns"));
}

void checkRow(const ExportColumns& columns, std::span<const ExportCell> row, qint64 rowNumber)
{
    if (row.size() != std::size_t(columns.size()))
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::ExportWriter", "Row %1 has %2 values for %3 columns.")
                .arg(rowNumber)
                .arg(row.size())
                .arg(columns.size()));
    for (std::size_t i = 0; i < row.size(); ++i) {
        const ExportColumn& column = columns.at(qsizetype(i));
        const ExportCell& cell = row[i];
        if (cell.isNull()) {
            if (!column.nullable)
                throwCellError(rowNumber, column.name,
                    QCoreApplication::translate("gc::ExportWriter", "the column cannot be empty (NULL)."));
        } else if (cell.kind != cellKind(column.type)) {
            throwCellError(rowNumber, column.name,
                QCoreApplication::translate("gc::ExportWriter", "the value is not of the column's type."));
        }
    }
}

void throwCellError(qint64 rowNumber, const QString& column, const QString& reason)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ExportWriter", "Row %1, column “%2”: %3").arg(rowNumber).arg(column, reason),
        column);
}

QString invalidUtf8Reason()
{
    return QCoreApplication::translate("gc::ExportWriter", "the text is not valid UTF-8.");
}

QString timestampRangeReason()
{
    return QCoreApplication::translate("gc::ExportWriter",
        "the time lies outside the years 0001 to 9999, which ISO 8601 readers accept.");
}

} // namespace gc::ExportText
