#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace gc::cli {

namespace {

bool isWide(char32_t c)
{
    // The East Asian Wide and Fullwidth blocks plus the emoji planes; enough
    // for aligning names in a table without pulling in a Unicode database.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printLine(const QString& text)
{
    out() << text << '\n';
    out().flush();
}

void printError(const QString& message)
{
    out().flush();
    err() << "geoconsole: " << message << '\n';
    err().flush();
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (const uint code : text.toUcs4()) {
        const char32_t c = code;
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
        case QChar::Other_Control:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

QString padded(const QString& text, int width, bool right)
{
    const int missing = width - displayWidth(text);
    if (missing <= 0)
        return text;
    const QString fill(missing, QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

void printFields(const QList<QPair<QString, QString>>& fields)
{
    int keyWidth = 0;
    for (const auto& f : fields)
        keyWidth = std::max(keyWidth, displayWidth(f.first) + 1);
    for (const auto& f : fields)
        out() << padded(f.first + QLatin1Char(':'), keyWidth) << ' ' << f.second << '\n';
    out().flush();
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue jsonTime(const std::optional<QDateTime>& time)
{
    if (!time || !time->isValid())
        return QJsonValue::Null;
    return isoUtc(*time);
}

QJsonValue jsonNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString humanTime(const std::optional<QDateTime>& time)
{
    if (!time || !time->isValid())
        return QStringLiteral("–");
    return time->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString humanLimit(const std::optional<qint64>& value)
{
    if (!value)
        return QCoreApplication::translate("Cli", "unlimited");
    return QLocale().toString(*value);
}

QString humanPrice(const std::optional<qint64>& cents)
{
    if (!cents)
        return QStringLiteral("–");
    return QStringLiteral("$") + QLocale().toString(double(*cents) / 100.0, 'f', 2);
}

} // namespace gc::cli
