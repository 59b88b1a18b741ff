#include "ExportSchedule.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace gc {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kMaxEveryMinutes = 7 * 24 * 60;
// 1970-01-01 was a Thursday: weekly slots are offsets from that day.
constexpr int kEpochDayOfWeek = 4;

const char* const kDayNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
const char* const kLongDayNames[]
    = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

QString acceptedForms()
{
    return QCoreApplication::translate("ExportSchedule",
        "Use one of: hourly, hourly :MM, daily HH:MM, weekly DAY HH:MM (DAY mon … sun) or every N "
        "minutes|hours; "
        "times are UTC.");
}

[[noreturn]] void invalid(const QString& problem)
{
    throw DomainError(
        DomainError::Kind::Invalid, problem + QLatin1Char(' ') + acceptedForms(), QStringLiteral("schedule"));
}

/// "HH:MM" (one or two digits for the hour) → minute of the day.
int timeOfDay(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text);
    const int h = m.hasMatch() ? m.captured(1).toInt() : -1;
    const int min = m.hasMatch() ? m.captured(2).toInt() : -1;
    if (h < 0 || h > 23 || min < 0 || min > 59)
        invalid(QCoreApplication::translate(
            "ExportSchedule", "“%1” is not a time of day (HH:MM from 00:00 to 23:59, UTC).")
                    .arg(text));
    return h * 60 + min;
}

int dayOfWeek(const QString& text)
{
    for (int i = 0; i < 7; ++i) {
        if (text == QLatin1String(kDayNames[i]) || text == QLatin1String(kLongDayNames[i]))
            return i + 1;
    }
    invalid(QCoreApplication::translate(
        "ExportSchedule", "“%1” is not a day of the week (mon, tue, wed, thu, fri, sat, sun).")
                .arg(text));
}

/// The first t = k * step + offset (k whole) strictly after `after`.
qint64 nextSlot(qint64 after, qint64 step, qint64 offset)
{
    const qint64 shifted = after - offset;
    // Floor division, correct for instants before the epoch too.
    qint64 k = shifted / step;
    if (shifted % step != 0 && shifted < 0)
        --k;
    return (k + 1) * step + offset;
}

QString hhmm(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ExportSchedule ExportSchedule::parse(const QString& text)
{
    const QStringList words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        invalid(QCoreApplication::translate("ExportSchedule", "The schedule is empty."));
    const QString& head = words.front();
    ExportSchedule s;
    if (head == QLatin1String("hourly")) {
        s.m_kind = Kind::Hourly;
        if (words.size() == 1)
            return s;
        static const QRegularExpression minute(QStringLiteral("^:(\\d{2})$"));
        const auto m = minute.match(words.at(1));
        if (words.size() != 2 || !m.hasMatch() || m.captured(1).toInt() > 59)
            invalid(QCoreApplication::translate(
                "ExportSchedule", "“%1”: hourly takes at most a minute as :MM (:00 to :59).")
                        .arg(text.simplified()));
        s.m_minuteOfDay = m.captured(1).toInt();
        return s;
    }
    if (head == QLatin1String("daily")) {
        if (words.size() != 2)
            invalid(QCoreApplication::translate(
                "ExportSchedule", "“%1”: daily needs a time, as in “daily 02:00”.")
                        .arg(text.simplified()));
        s.m_kind = Kind::Daily;
        s.m_minuteOfDay = timeOfDay(words.at(1));
        return s;
    }
    if (head == QLatin1String("weekly")) {
        if (words.size() != 3)
            invalid(QCoreApplication::translate(
                "ExportSchedule", "“%1”: weekly needs a day and a time, as in “weekly mon 06:30”.")
                        .arg(text.simplified()));
        s.m_kind = Kind::Weekly;
        s.m_dayOfWeek = dayOfWeek(words.at(1));
        s.m_minuteOfDay = timeOfDay(words.at(2));
        return s;
    }
    if (head == QLatin1String("every")) {
        static const QRegularExpression number(QStringLiteral("^\\d{1,6}$"));
        if (words.size() != 3 || !number.match(words.at(1)).hasMatch())
            invalid(QCoreApplication::translate(
                "ExportSchedule", "“%1”: every needs a number and a unit, as in “every 15 minutes”.")
                        .arg(text.simplified()));
        const qint64 n = words.at(1).toLongLong();
        const QString& unit = words.at(2);
        if (unit == QLatin1String("minutes") || unit == QLatin1String("minute")) {
            s.m_everyMinutes = n;
        } else if (unit == QLatin1String("hours") || unit == QLatin1String("hour")) {
            s.m_everyMinutes = n * 60;
            s.m_everyInHours = true;
        } else {
            invalid(QCoreApplication::translate("ExportSchedule", "“%1” is not a unit: use minutes or hours.")
                        .arg(unit));
        }
        if (s.m_everyMinutes < 1 || s.m_everyMinutes > kMaxEveryMinutes)
            invalid(QCoreApplication::translate(
                "ExportSchedule", "“%1”: the interval must be between 1 minute and 168 hours (one week).")
                        .arg(text.simplified()));
        s.m_kind = Kind::Every;
        return s;
    }
    invalid(QCoreApplication::translate("ExportSchedule", "“%1” is not a schedule.").arg(text.simplified()));
}

QString ExportSchedule::text() const
{
    switch (m_kind) {
    case Kind::Hourly:
        return m_minuteOfDay == 0 ? QStringLiteral("hourly")
                                  : QStringLiteral("hourly :%1").arg(m_minuteOfDay, 2, 10, QLatin1Char('0'));
    case Kind::Daily:
        return QStringLiteral("daily ") + hhmm(m_minuteOfDay);
    case Kind::Weekly:
        return QStringLiteral("weekly ") + QLatin1String(kDayNames[m_dayOfWeek - 1]) + QLatin1Char(' ')
            + hhmm(m_minuteOfDay);
    case Kind::Every:
        if (m_everyInHours) {
            const qint64 hours = m_everyMinutes / 60;
            return QStringLiteral("every %1 %2")
                .arg(hours)
                .arg(hours == 1 ? QStringLiteral("hour") : QStringLiteral("hours"));
        }
        return QStringLiteral("every %1 %2")
            .arg(m_everyMinutes)
            .arg(m_everyMinutes == 1 ? QStringLiteral("minute") : QStringLiteral("minutes"));
    }
    return {};
}

qint64 ExportSchedule::nextAfterSecs(qint64 after) const
{
    // Unix time has no leap seconds and UTC no daylight saving time, so every
    // schedule is a fixed step and offset.
    switch (m_kind) {
    case Kind::Hourly:
        return nextSlot(after, kHour, m_minuteOfDay * kMinute);
    case Kind::Daily:
        return nextSlot(after, kDay, m_minuteOfDay * kMinute);
    case Kind::Weekly:
        return nextSlot(
            after, kWeek, ((m_dayOfWeek - kEpochDayOfWeek + 7) % 7) * kDay + m_minuteOfDay * kMinute);
    case Kind::Every:
        return nextSlot(after, m_everyMinutes * kMinute, 0);
    }
    return after + kDay;
}

QDateTime ExportSchedule::nextAfter(const QDateTime& after) const
{
    return QDateTime::fromSecsSinceEpoch(nextAfterSecs(after.toSecsSinceEpoch()), Qt::UTC);
}

} // namespace gc
