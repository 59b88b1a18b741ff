#pragma once

#include "export/ExportCell.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace gc {

/// How a filter condition compares a column with its value.
enum class ExportOperator : quint8
{
    Equal, ///< =
    NotEqual, ///< !=
    Less, ///< <
    LessOrEqual, ///< <=
    Greater, ///< >
    GreaterOrEqual, ///< >=
    Contains, ///< ~ (text columns only; case-sensitive substring)
};

/// The operator's spelling in the filter grammar ("=", "!=", "<", "<=", ">", ">=", "~").
QString exportOperatorText(ExportOperator op);

/// One condition of an export's filter, as written: `column OP value`
/// (docs/export.md, "Filters"). The conditions of one export combine with AND.
struct ExportCondition
{
    QString column;
    ExportOperator op = ExportOperator::Equal;
    QString value; ///< as typed; parsed by the column's type when the export starts

    /// Parses "column=value", "column!=value", "column<value", "<=", ">", ">=",
    /// "column~text". The column name is [a-z_][a-z0-9_]*, blanks around it and
    /// the operator are ignored; the value is everything after the operator
    /// (blanks at its ends removed). Throws DomainError(Invalid, field "where")
    /// naming the condition when it does not have that shape.
    static ExportCondition parse(const QString& text);
    /// The condition in the grammar parse() reads: parse(c.toString()) == c.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const ExportCondition&, const ExportCondition&) = default;
};

/// A condition whose value was parsed by its column's type. `isNull` is the
/// word "null" (any case) compared with = or != on a nullable column: IS NULL /
/// IS NOT NULL. Timestamps are in milliseconds since the epoch, UTC.
struct ExportTypedCondition
{
    QString column;
    ExportType type = ExportType::Text;
    ExportOperator op = ExportOperator::Equal;
    bool isNull = false;
    qint64 integer = 0; ///< Integer, Timestamp (ms), Boolean (0/1)
    double real = 0;
    QString text;
    QString written; ///< the condition as written, for messages

    /// Checks `condition` against `column` and parses its value: integers in
    /// decimal; doubles as C locale numbers (nan, inf, -inf accepted); booleans
    /// true/false/yes/no/1/0; timestamps as ISO 8601 date (midnight UTC) or date
    /// and time (UTC unless a zone is given) or whole milliseconds since the
    /// epoch; text as it is. `~` only on text columns. Throws
    /// DomainError(Invalid, field "where") naming the condition otherwise.
    static ExportTypedCondition from(const ExportCondition& condition, const ExportColumn& column);
};

} // namespace gc
