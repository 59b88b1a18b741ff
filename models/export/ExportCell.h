#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <string_view>

namespace gc {

/// The logical type of an exported column. Every format maps each one to its
/// own typed representation (docs/export.md has the table).
enum class ExportType : quint8 {
    Integer,   ///< signed 64-bit
    Double,    ///< IEEE 754 binary64, NaN and infinities included
    Boolean,
    Text,      ///< UTF-8
    Timestamp, ///< milliseconds since 1970-01-01T00:00:00Z, always UTC
};

/// One output column: its name (an identifier: [a-z_][a-z0-9_]*, so it is a
/// valid CSV header, JSON key, XML element name and Parquet field name), its
/// type, whether it can hold NULL, and a translated label for the GUI.
struct ExportColumn
{
    QString name;
    ExportType type = ExportType::Text;
    bool nullable = true;
    QString label;
};

using ExportColumns = QList<ExportColumn>;

/// One value of one row. Built per row by the source without allocating: text
/// is a view of UTF-8 owned by the source (a SQLite column), valid only while
/// the ExportWriter::writeRow call that receives it runs. A cell's kind is its
/// column's type or Null.
struct ExportCell
{
    enum class Kind : quint8 { Null, Integer, Double, Boolean, Text, Timestamp };

    Kind kind = Kind::Null;
    union {
        std::int64_t integer; ///< Integer, and Timestamp (ms since the epoch, UTC)
        double real;
        bool boolean;
    };
    std::string_view text;

    ExportCell() : integer(0) { }
    static ExportCell null() { return {}; }
    static ExportCell ofInteger(std::int64_t v) { ExportCell c; c.kind = Kind::Integer; c.integer = v; return c; }
    static ExportCell ofDouble(double v) { ExportCell c; c.kind = Kind::Double; c.real = v; return c; }
    static ExportCell ofBoolean(bool v) { ExportCell c; c.kind = Kind::Boolean; c.boolean = v; return c; }
    static ExportCell ofText(std::string_view utf8) { ExportCell c; c.kind = Kind::Text; c.text = utf8; return c; }
    static ExportCell ofTimestamp(std::int64_t msUtc) { ExportCell c; c.kind = Kind::Timestamp; c.integer = msUtc; return c; }
    [[nodiscard]] bool isNull() const { return kind == Kind::Null; }
};

} // namespace gc
