#include "export/ExportTableSnapshot.h"

#include "core/DomainError.h"
#include "export/ExportText.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QtNumeric>

#include <limits>

namespace gc {

namespace {

/// What a QVariant holds, as far as the export's types go.
enum class ValueKind : quint8 { Null, Boolean, Integer, Double, Timestamp, Text };

ValueKind kindOf(const QVariant& v)
{
    if (!v.isValid())
        return ValueKind::Null;
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return ValueKind::Boolean;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return ValueKind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return ValueKind::Double;
    case QMetaType::QDateTime:
        return v.toDateTime().isValid() ? ValueKind::Timestamp : ValueKind::Null;
    case QMetaType::QDate:
        return v.toDate().isValid() ? ValueKind::Timestamp : ValueKind::Null;
    default:
        return ValueKind::Text;
    }
}

ExportType inferType(const QSet<ValueKind>& kinds)
{
    if (kinds.size() == 1) {
        switch (*kinds.begin()) {
        case ValueKind::Boolean:
            return ExportType::Boolean;
        case ValueKind::Integer:
            return ExportType::Integer;
        case ValueKind::Double:
            return ExportType::Double;
        case ValueKind::Timestamp:
            return ExportType::Timestamp;
        case ValueKind::Null:
        case ValueKind::Text:
            break;
        }
    }
    if (kinds == QSet<ValueKind> { ValueKind::Integer, ValueKind::Double })
        return ExportType::Double;
    return ExportType::Text;
}

QString cannotBe(const char* what)
{
    return QCoreApplication::translate("gc::ExportTableSnapshot", "the value cannot be read as %1.")
        .arg(QCoreApplication::translate("gc::ExportTableSnapshot", what));
}

/// `v` as a value of `type`; nullopt when it does not convert. Text is
/// handled by the caller.
std::optional<ExportCell> convert(const QVariant& v, ValueKind kind, ExportType type, qint64 unitMs)
{
    bool ok = false;
    switch (type) {
    case ExportType::Integer: {
        if (kind == ValueKind::Double) {
            const double d = v.toDouble();
            // Only a whole number in range is an integer; anything else would change.
            if (d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 && d == double(qint64(d)))
                return ExportCell::ofInteger(qint64(d));
            return std::nullopt;
        }
        if (v.metaType().id() == QMetaType::ULongLong) {
            const qulonglong u = v.toULongLong();
            if (u > qulonglong(std::numeric_limits<qint64>::max()))
                return std::nullopt;
            return ExportCell::ofInteger(qint64(u));
        }
        const qint64 i = kind == ValueKind::Text ? v.toString().trimmed().toLongLong(&ok) : v.toLongLong(&ok);
        return ok && kind != ValueKind::Timestamp ? std::optional(ExportCell::ofInteger(i)) : std::nullopt;
    }
    case ExportType::Double: {
        if (kind == ValueKind::Timestamp || kind == ValueKind::Boolean)
            return std::nullopt;
        const double d = kind == ValueKind::Text ? v.toString().trimmed().toDouble(&ok) : v.toDouble(&ok);
        return ok ? std::optional(ExportCell::ofDouble(d)) : std::nullopt;
    }
    case ExportType::Boolean:
        if (kind == ValueKind::Boolean)
            return ExportCell::ofBoolean(v.toBool());
        if (kind == ValueKind::Integer && (v.toLongLong() == 0 || v.toLongLong() == 1))
            return ExportCell::ofBoolean(v.toLongLong() == 1);
        if (kind == ValueKind::Text) {
            const QString t = v.toString().trimmed().toLower();
            if (t == QLatin1String("true") || t == QLatin1String("false"))
                return ExportCell::ofBoolean(t == QLatin1String("true"));
        }
        return std::nullopt;
    case ExportType::Timestamp:
        if (v.metaType().id() == QMetaType::QDateTime)
            return ExportCell::ofTimestamp(v.toDateTime().toMSecsSinceEpoch());
        if (v.metaType().id() == QMetaType::QDate)
            return ExportCell::ofTimestamp(v.toDate().startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
        if (kind == ValueKind::Integer) {
            const qint64 n = v.toLongLong();
            qint64 ms = 0;
            if (qMulOverflow(n, unitMs, &ms))
                return std::nullopt;
            return ExportCell::ofTimestamp(ms);
        }
        if (kind == ValueKind::Text) {
            const QDateTime t = QDateTime::fromString(v.toString().trimmed(), Qt::ISODateWithMs);
            if (t.isValid())
                return ExportCell::ofTimestamp(t.toMSecsSinceEpoch());
        }
        return std::nullopt;
    case ExportType::Text:
        break;
    }
    return std::nullopt;
}

const char* typeWord(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
        return QT_TRANSLATE_NOOP("gc::ExportTableSnapshot", "an integer");
    case ExportType::Double:
        return QT_TRANSLATE_NOOP("gc::ExportTableSnapshot", "a number");
    case ExportType::Boolean:
        return QT_TRANSLATE_NOOP("gc::ExportTableSnapshot", "true or false");
    case ExportType::Timestamp:
        return QT_TRANSLATE_NOOP("gc::ExportTableSnapshot", "a date and time");
    case ExportType::Text:
        break;
    }
    return QT_TRANSLATE_NOOP("gc::ExportTableSnapshot", "text");
}

} // namespace

QString ExportTableSnapshot::columnName(const QString& headerText)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped.
    const QString folded = headerText.normalized(QString::NormalizationForm_KD).toLower();
    QString name;
    bool gap = false;
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!keep) {
            gap = !name.isEmpty();
            continue;
        }
        if (gap)
            name += QLatin1Char('_');
        gap = false;
        name += c;
    }
    if (!name.isEmpty() && name.front().isDigit())
        name.prepend(QLatin1Char('_'));
    return name;
}

ExportTableSnapshot ExportTableSnapshot::take(const QAbstractItemModel& model,
    const QList<ExportTableColumn>& columns, const std::optional<QList<int>>& rows)
{
    const auto invalidColumns = [](const QString& message) {
        throw DomainError(DomainError::Kind::Invalid, message, QStringLiteral("columns"));
    };
    if (columns.isEmpty())
        invalidColumns(QCoreApplication::translate("gc::ExportTableSnapshot", "The table shows no columns."));
    QList<int> order;
    if (rows) {
        order = *rows;
    } else {
        order.reserve(model.rowCount());
        for (int r = 0; r < model.rowCount(); ++r)
            order << r;
    }

    ExportTableSnapshot s;
    s.m_rows = order.size();
    const qsizetype width = columns.size();
    std::vector<QVariant> values(std::size_t(s.m_rows * width));
    std::vector<ValueKind> kinds(values.size());
    QSet<QString> names;
    for (qsizetype c = 0; c < width; ++c) {
        const ExportTableColumn& spec = columns.at(c);
        if (spec.column < 0 || spec.column >= model.columnCount())
            invalidColumns(QCoreApplication::translate("gc::ExportTableSnapshot", "The table has no column %1.")
                               .arg(spec.column));
        ExportColumn out;
        out.label = model.headerData(spec.column, Qt::Horizontal, Qt::DisplayRole).toString();
        QString base = spec.name.isEmpty() ? columnName(out.label) : spec.name;
        if (!ExportText::isIdentifier(base))
            base = QStringLiteral("column_%1").arg(c + 1);
        out.name = base;
        for (int n = 2; names.contains(out.name); ++n)
            out.name = base + QStringLiteral("_%1").arg(n);
        names.insert(out.name);

        QSet<ValueKind> seen;
        bool nullable = false;
        for (qsizetype r = 0; r < s.m_rows; ++r) {
            const QModelIndex index = model.index(order.at(r), spec.column);
            QVariant v;
            if (spec.value) {
                v = spec.value(index);
            } else if (spec.role >= 0) {
                v = model.data(index, spec.role);
            } else {
                v = model.data(index, Qt::EditRole);
                if (!v.isValid())
                    v = model.data(index, Qt::DisplayRole);
            }
            const ValueKind kind = kindOf(v);
            if (kind == ValueKind::Null)
                nullable = true;
            else
                seen.insert(kind);
            values[std::size_t(r * width + c)] = std::move(v);
            kinds[std::size_t(r * width + c)] = kind;
        }
        out.type = spec.type ? *spec.type : inferType(seen);
        out.nullable = nullable;
        s.m_columns << out;
    }

    s.m_cells.resize(values.size());
    for (qsizetype r = 0; r < s.m_rows; ++r) {
        for (qsizetype c = 0; c < width; ++c) {
            const std::size_t i = std::size_t(r * width + c);
            const ExportColumn& column = s.m_columns.at(c);
            if (kinds[i] == ValueKind::Null)
                continue; // a default cell is NULL
            if (column.type == ExportType::Text) {
                s.m_texts.push_back(values[i].toString().toUtf8());
                continue;
            }
            const auto cell = convert(values[i], kinds[i], column.type, columns.at(c).timestampUnitMs);
            if (!cell)
                ExportText::throwCellError(r + 1, column.name, cannotBe(typeWord(column.type)));
            s.m_cells[i] = *cell;
        }
    }
    // The texts are complete: point the text cells at them.
    std::size_t text = 0;
    for (std::size_t i = 0; i < s.m_cells.size(); ++i) {
        if (kinds[i] == ValueKind::Null || s.m_columns.at(qsizetype(i) % width).type != ExportType::Text)
            continue;
        const QByteArray& utf8 = s.m_texts[text++];
        s.m_cells[i] = ExportCell::ofText(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    return s;
}

} // namespace gc
