#pragma once

#include "export/ExportCell.h"

#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace gc {

/// Lexical forms shared by the text export writers (CSV, JSON, XML, YAML) and
/// the checks every writer makes on the rows it is given.
namespace ExportText {

/// Room for any output of writeInteger / writeFiniteDouble.
inline constexpr std::size_t kNumberChars = 32;
/// Length of "YYYY-MM-DDTHH:MM:SS.mmmZ".
inline constexpr std::size_t kTimestampChars = 24;
/// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the range every
/// reader of ISO 8601 timestamps (Python, DuckDB, XML Schema) accepts.
inline constexpr std::int64_t kMinTimestampMs = -62135596800000;
inline constexpr std::int64_t kMaxTimestampMs = 253402300799999;

/// Decimal digits of `v`; returns the end of what was written.
char* writeInteger(char* out, std::int64_t v);
/// Shortest round-trip form of a finite double (std::to_chars), always with a
/// '.' in the mantissa ("1.0", "-0.0", "1.0e+300") so readers that type by
/// lexical form (Python's json, YAML) read a double back, not an integer.
char* writeFiniteDouble(char* out, double v);
/// Writes exactly kTimestampChars characters, UTC with milliseconds. Dates
/// before 1970 use the proleptic Gregorian calendar. False (nothing written)
/// outside kMinTimestampMs..kMaxTimestampMs.
bool writeTimestamp(char* out, std::int64_t msUtc);
[[nodiscard]] inline bool timestampInRange(std::int64_t msUtc)
{
    return msUtc >= kMinTimestampMs && msUtc <= kMaxTimestampMs;
}

/// How a text format spells what it cannot write as digits.
struct Spelling
{
    std::string_view null;
    std::string_view nan;
    std::string_view infinity;
    std::string_view negativeInfinity;
    std::string_view timestampQuote; ///< written before and after a timestamp ("" or "\"")
};
/// Appends the lexical form of a cell that is not Text: NULL, integer,
/// double, boolean (true/false) or timestamp. False (nothing appended) for a
/// timestamp outside the ISO range.
bool appendValue(std::string& out, const ExportCell& cell, const Spelling& spelling);

/// True if `text` is well-formed UTF-8 (no overlong forms, surrogates or
/// code points above U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view text);
/// Length of `text` in UTF-16 code units (what spreadsheets count); `text`
/// must be valid UTF-8.
[[nodiscard]] std::size_t utf16Length(std::string_view text);

/// True for the identifiers column names are made of: [a-z_][a-z0-9_]*.
[[nodiscard]] bool isIdentifier(const QString& name);

/// The kind a non-null cell of a column of `type` has.
[[nodiscard]] ExportCell::Kind cellKind(ExportType type);

/// Throws DomainError (Invalid, field "columns") when there are no columns.
void checkColumns(const ExportColumns& columns);
/// Throws DomainError (Invalid) unless `row` has one cell per column, each
/// NULL (only where the column is nullable) or of its column's type.
/// `rowNumber` counts data rows from 1, for the message.
void checkRow(const ExportColumns& columns, std::span<const ExportCell> row, qint64 rowNumber);
/// A refusal to write one value: "Row 12, column “note”: <reason>", field =
/// the column's name.
[[noreturn]] void throwCellError(qint64 rowNumber, const QString& column, const QString& reason);
/// The reasons the writers give to throwCellError.
QString invalidUtf8Reason();
QString timestampRangeReason();

} // namespace ExportText

} // namespace gc
