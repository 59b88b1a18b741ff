#include "export/ExportFilter.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <limits>

namespace gc {

namespace {

[[noreturn]] void invalid(const QString& message)
{
    throw DomainError(DomainError::Kind::Invalid, message, QStringLiteral("where"));
}

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

QString typeName(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
        return QCoreApplication::translate("gc::ExportFilter", "a whole number");
    case ExportType::Double:
        return QCoreApplication::translate("gc::ExportFilter", "a number");
    case ExportType::Boolean:
        return QCoreApplication::translate("gc::ExportFilter", "true or false");
    case ExportType::Text:
        return QCoreApplication::translate("gc::ExportFilter", "text");
    case ExportType::Timestamp:
        return QCoreApplication::translate("gc::ExportFilter",
            "an ISO 8601 date or time (e.g. 2026-11-27 or 2026-11-27T08:15:00Z) or milliseconds since 1970");
    }
    return {};
}

std::optional<qint64> parseInstant(const QString& text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            t = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

std::optional<double> parseDouble(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == QLatin1String("inf") || lower == QLatin1String("+inf") || lower == QLatin1String("infinity"))
        return std::numeric_limits<double>::infinity();
    if (lower == QLatin1String("-inf") || lower == QLatin1String("-infinity"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<bool> parseBoolean(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

QString exportOperatorText(ExportOperator op)
{
    switch (op) {
    case ExportOperator::Equal:
        return QStringLiteral("=");
    case ExportOperator::NotEqual:
        return QStringLiteral("!=");
    case ExportOperator::Less:
        return QStringLiteral("<");
    case ExportOperator::LessOrEqual:
        return QStringLiteral("<=");
    case ExportOperator::Greater:
        return QStringLiteral(">");
    case ExportOperator::GreaterOrEqual:
        return QStringLiteral(">=");
    case ExportOperator::Contains:
        return QStringLiteral("~");
    }
    return {};
}

ExportCondition ExportCondition::parse(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const qsizetype nameStart = i;
    if (i < text.size() && isNameStart(text.at(i))) {
        while (i < text.size() && isNameChar(text.at(i)))
            ++i;
    }
    const QString column = text.mid(nameStart, i - nameStart);
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const QStringView rest = QStringView(text).mid(i);
    // Two-character operators first, so "<=" is not read as "<" and "=...".
    static const std::pair<const char*, ExportOperator> kOperators[] = {
        { "!=", ExportOperator::NotEqual },
        { "<=", ExportOperator::LessOrEqual },
        { ">=", ExportOperator::GreaterOrEqual },
        { "=", ExportOperator::Equal },
        { "<", ExportOperator::Less },
        { ">", ExportOperator::Greater },
        { "~", ExportOperator::Contains },
    };
    if (!column.isEmpty()) {
        for (const auto& [spelling, op] : kOperators) {
            const QLatin1String s(spelling);
            if (rest.startsWith(s)) {
                ExportCondition c;
                c.column = column;
                c.op = op;
                c.value = rest.mid(s.size()).trimmed().toString();
                return c;
            }
        }
    }
    invalid(QCoreApplication::translate("gc::ExportFilter",
        "The filter “%1” is not a condition: write column, operator and value, e.g. \"value>=25\" "
        "(operators: = != < <= > >= and ~ for “contains”).")
                .arg(text));
}

QString ExportCondition::toString() const
{
    return column + exportOperatorText(op) + value;
}

ExportTypedCondition ExportTypedCondition::from(const ExportCondition& condition, const ExportColumn& column)
{
    ExportTypedCondition t;
    t.column = column.name;
    t.type = column.type;
    t.op = condition.op;
    t.written = condition.toString();
    const QString& v = condition.value;
    if (condition.op == ExportOperator::Contains) {
        if (column.type != ExportType::Text)
            invalid(QCoreApplication::translate("gc::ExportFilter",
                "The filter “%1” uses ~ (contains), which works on text columns only; “%2” holds %3.")
                        .arg(t.written, column.name, typeName(column.type)));
        t.text = v;
        return t;
    }
    if (v.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 && column.nullable) {
        if (condition.op != ExportOperator::Equal && condition.op != ExportOperator::NotEqual)
            invalid(QCoreApplication::translate("gc::ExportFilter",
                "The filter “%1” compares with null: only = null and != null are possible.")
                        .arg(t.written));
        t.isNull = true;
        return t;
    }
    bool ok = true;
    switch (column.type) {
    case ExportType::Integer:
        t.integer = v.toLongLong(&ok);
        break;
    case ExportType::Double:
        if (const auto d = parseDouble(v))
            t.real = *d;
        else
            ok = false;
        break;
    case ExportType::Boolean:
        if (const auto b = parseBoolean(v))
            t.integer = *b ? 1 : 0;
        else
            ok = false;
        break;
    case ExportType::Timestamp:
        if (const auto ms = parseInstant(v))
            t.integer = *ms;
        else
            ok = false;
        break;
    case ExportType::Text:
        t.text = v;
        break;
    }
    if (!ok)
        invalid(
            QCoreApplication::translate("gc::ExportFilter", "The filter “%1” needs %2 for “%3”, not “%4”.")
                .arg(t.written, typeName(column.type), column.name, v));
    return t;
}

} // namespace gc
