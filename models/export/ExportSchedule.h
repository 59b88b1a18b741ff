#pragma once

#include <QDateTime>
#include <QString>

namespace gc {

/// When a saved export runs (docs/export-schedules.md). Every time is UTC:
/// a schedule means the same instants on every machine and never shifts with
/// daylight saving time.
///
/// Grammar (case-insensitive, words separated by spaces):
///   hourly            every hour at minute 0
///   hourly :MM        every hour at minute MM
///   daily HH:MM       every day at HH:MM
///   weekly DAY HH:MM  DAY = mon tue wed thu fri sat sun (or the full name)
///   every N minutes   N = 1 .. 10080; slots are multiples of N minutes since
///   every N hours     1970-01-01 00:00 UTC (N = 1 .. 168 hours), so
///                     "every 15 minutes" runs at :00, :15, :30 and :45
class ExportSchedule final
{
public:
    enum class Kind : quint8
    {
        Hourly,
        Daily,
        Weekly,
        Every
    };

    /// Throws DomainError(Invalid, field "schedule") with a message that says
    /// what is wrong and lists the accepted forms.
    static ExportSchedule parse(const QString& text);

    /// The canonical text ("daily 02:00", "weekly mon 06:30", "every 15 minutes");
    /// parse(text()) gives the same schedule.
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

    /// The first slot strictly after `after` (seconds since the epoch, UTC).
    [[nodiscard]] qint64 nextAfterSecs(qint64 after) const;
    /// The first slot strictly after `after`, as a UTC date-time.
    [[nodiscard]] QDateTime nextAfter(const QDateTime& after) const;

    friend bool operator==(const ExportSchedule&, const ExportSchedule&) = default;

private:
    ExportSchedule() = default;

    Kind m_kind = Kind::Hourly;
    int m_dayOfWeek = 1; ///< Weekly: 1 = Monday .. 7 = Sunday (Qt's numbering)
    int m_minuteOfDay = 0; ///< Daily, Weekly; Hourly: the minute of the hour
    qint64 m_everyMinutes = 0; ///< Every
    bool m_everyInHours = false; ///< Every: typed (and shown) in hours
};

} // namespace gc
