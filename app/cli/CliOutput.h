#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextStream>

#include <optional>

namespace gc::cli {

/// UTF-8 text streams on stdout and stderr (flushed by the caller or at exit).
QTextStream& out();
QTextStream& err();

/// Prints one line on stdout, flushed at once (so it is not reordered with stderr).
void printLine(const QString& text);

/// Prints "geoconsole: <message>" on stderr.
void printError(const QString& message);

/// Columns a terminal uses for `text`: wide East Asian characters and emoji
/// count 2, combining marks and format characters 0, everything else 1.
int displayWidth(const QString& text);

/// Pads `text` with spaces up to `width` display columns.
QString padded(const QString& text, int width, bool right = false);

/// "key: value" lines with the values lined up, for `show` commands.
void printFields(const QList<QPair<QString, QString>>& fields);

/// One JSON document (object or array) on stdout.
void printJson(const QJsonValue& value);

/// `rows` converted one by one, for list commands' --json output.
template <typename T, typename F> QJsonArray jsonArray(const QList<T>& rows, F toJson)
{
    QJsonArray array;
    for (const T& row : rows)
        array.append(toJson(row));
    return array;
}

/// ISO 8601 in UTC ("2026-11-27T08:15:00Z"), the form of every time in --json output.
QString isoUtc(const QDateTime& time);
/// isoUtc(), or JSON null when there is no time.
QJsonValue jsonTime(const std::optional<QDateTime>& time);
QJsonValue jsonNumber(const std::optional<qint64>& value);
/// A time for people: "2026-11-27 08:15 UTC"; "–" when there is none.
QString humanTime(const std::optional<QDateTime>& time);
/// A count or limit for people; "unlimited" for none.
QString humanLimit(const std::optional<qint64>& value);
/// Cents as "$1,234.56"; "–" for none.
QString humanPrice(const std::optional<qint64>& cents);

} // namespace gc::cli
