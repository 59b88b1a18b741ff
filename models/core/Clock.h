#pragma once

#include <QDateTime>

namespace gc {

/// Source of the current time. Domain rules (grace periods, usage windows, key
/// last-used times) read time only through this, so tests can pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current instant in UTC.
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    /// Seconds since the Unix epoch, UTC.
    [[nodiscard]] qint64 nowSecs() const { return nowUtc().toSecsSinceEpoch(); }
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that only moves when told to; for tests and deterministic generators.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace gc
