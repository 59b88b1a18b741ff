// The schedule grammar and next-run arithmetic (docs/export-schedules.md):
// every form, its canonical text, the first slot strictly after an instant
// across hour, day, week, month, year and leap-day boundaries (all UTC), and
// a clear refusal of text that is not a schedule.
#include "core/DomainError.h"
#include "export/ExportSchedule.h"

#include <QtTest>

using namespace gc;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestExportSchedule : public QObject
{
    Q_OBJECT

private slots:
    void canonicalText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("hourly") << "hourly"
                                << "hourly";
        QTest::newRow("hourly minute") << "  Hourly   :05 "
                                       << "hourly :05";
        QTest::newRow("hourly :00") << "hourly :00"
                                    << "hourly";
        QTest::newRow("daily") << "daily 2:00"
                               << "daily 02:00";
        QTest::newRow("daily upper") << "DAILY 23:59"
                                     << "daily 23:59";
        QTest::newRow("weekly short") << "weekly Mon 06:30"
                                      << "weekly mon 06:30";
        QTest::newRow("weekly long") << "weekly sunday 00:00"
                                     << "weekly sun 00:00";
        QTest::newRow("every minutes") << "every 15 minutes"
                                       << "every 15 minutes";
        QTest::newRow("every minute") << "every 1 minute"
                                      << "every 1 minute";
        QTest::newRow("every hours") << "every 6 hours"
                                     << "every 6 hours";
        QTest::newRow("every hour") << "every 1 hours"
                                    << "every 1 hour";
    }
    void canonicalText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        const ExportSchedule s = ExportSchedule::parse(typed);
        QCOMPARE(s.text(), canonical);
        QCOMPARE(ExportSchedule::parse(s.text()), s);
    }

    void nextRun_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("next");
        // Hourly.
        QTest::newRow("hourly mid-hour") << "hourly" << utc(2026, 11, 27, 8, 1) << utc(2026, 11, 27, 9, 0);
        QTest::newRow("hourly exactly on slot is strictly after")
            << "hourly" << utc(2026, 11, 27, 9, 0) << utc(2026, 11, 27, 10, 0);
        QTest::newRow("hourly across midnight")
            << "hourly" << utc(2026, 11, 27, 23, 30) << utc(2026, 11, 28, 0, 0);
        QTest::newRow("hourly :45 same hour")
            << "hourly :45" << utc(2026, 11, 27, 8, 10) << utc(2026, 11, 27, 8, 45);
        QTest::newRow("hourly :45 next hour")
            << "hourly :45" << utc(2026, 11, 27, 8, 45, 1) << utc(2026, 11, 27, 9, 45);
        // Daily.
        QTest::newRow("daily later today")
            << "daily 14:00" << utc(2026, 11, 27, 8, 0) << utc(2026, 11, 27, 14, 0);
        QTest::newRow("daily tomorrow")
            << "daily 02:00" << utc(2026, 11, 27, 8, 0) << utc(2026, 11, 28, 2, 0);
        QTest::newRow("daily one second before")
            << "daily 02:00" << utc(2026, 11, 28, 1, 59, 59) << utc(2026, 11, 28, 2, 0);
        QTest::newRow("daily month end 30")
            << "daily 02:00" << utc(2026, 11, 30, 3, 0) << utc(2026, 12, 1, 2, 0);
        QTest::newRow("daily year end") << "daily 00:30" << utc(2026, 12, 31, 1, 0) << utc(2027, 1, 1, 0, 30);
        QTest::newRow("daily leap day")
            << "daily 12:00" << utc(2028, 2, 28, 13, 0) << utc(2028, 2, 29, 12, 0);
        QTest::newRow("daily after leap day")
            << "daily 12:00" << utc(2028, 2, 29, 13, 0) << utc(2028, 3, 1, 12, 0);
        QTest::newRow("daily no leap day")
            << "daily 12:00" << utc(2027, 2, 28, 13, 0) << utc(2027, 3, 1, 12, 0);
        // No daylight saving time: the last Sunday of March is a day like others in UTC.
        QTest::newRow("daily across EU DST change")
            << "daily 02:30" << utc(2027, 3, 28, 3, 0) << utc(2027, 3, 29, 2, 30);
        // Weekly (2026-11-27 is a Friday).
        QTest::newRow("weekly later this week")
            << "weekly sat 06:00" << utc(2026, 11, 27, 8, 0) << utc(2026, 11, 28, 6, 0);
        QTest::newRow("weekly next week")
            << "weekly mon 06:00" << utc(2026, 11, 27, 8, 0) << utc(2026, 11, 30, 6, 0);
        QTest::newRow("weekly same day earlier")
            << "weekly fri 06:00" << utc(2026, 11, 27, 8, 0) << utc(2026, 12, 4, 6, 0);
        QTest::newRow("weekly same day later")
            << "weekly fri 09:00" << utc(2026, 11, 27, 8, 0) << utc(2026, 11, 27, 9, 0);
        QTest::newRow("weekly thursday (epoch's weekday)")
            << "weekly thu 00:00" << utc(2026, 11, 26, 0, 0) << utc(2026, 12, 3, 0, 0);
        QTest::newRow("weekly across year")
            << "weekly sun 23:00" << utc(2026, 12, 28, 0, 0) << utc(2027, 1, 3, 23, 0);
        QTest::newRow("weekly across month")
            << "weekly tue 01:00" << utc(2027, 1, 27, 0, 0) << utc(2027, 2, 2, 1, 0);
        // Every N.
        QTest::newRow("every 15 minutes")
            << "every 15 minutes" << utc(2026, 11, 27, 8, 7) << utc(2026, 11, 27, 8, 15);
        QTest::newRow("every 15 minutes on slot")
            << "every 15 minutes" << utc(2026, 11, 27, 8, 15) << utc(2026, 11, 27, 8, 30);
        QTest::newRow("every 15 minutes across year")
            << "every 15 minutes" << utc(2026, 12, 31, 23, 50) << utc(2027, 1, 1, 0, 0);
        QTest::newRow("every 6 hours")
            << "every 6 hours" << utc(2026, 11, 27, 13, 0) << utc(2026, 11, 27, 18, 0);
        QTest::newRow("every 6 hours across month")
            << "every 6 hours" << utc(2026, 11, 30, 19, 0) << utc(2026, 12, 1, 0, 0);
        QTest::newRow("every 1 minute")
            << "every 1 minute" << utc(2026, 11, 27, 8, 7, 30) << utc(2026, 11, 27, 8, 8);
        // 168 hours = one week from the epoch (a Thursday, 00:00).
        QTest::newRow("every 168 hours")
            << "every 168 hours" << utc(2026, 11, 27, 8, 0) << utc(2026, 12, 3, 0, 0);
    }
    void nextRun()
    {
        QFETCH(QString, schedule);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, next);
        const ExportSchedule s = ExportSchedule::parse(schedule);
        const QDateTime got = s.nextAfter(after);
        QCOMPARE(got, next);
        QCOMPARE(got.timeSpec(), Qt::UTC);
        QCOMPARE(s.nextAfterSecs(after.toSecsSinceEpoch()), next.toSecsSinceEpoch());
    }

    /// Walking a schedule slot by slot for a year never skips or repeats a day.
    void dailyWalksEveryDayOfAYear()
    {
        const ExportSchedule s = ExportSchedule::parse(QStringLiteral("daily 02:00"));
        QDateTime t = utc(2027, 12, 31, 12, 0);
        QDate expected(2028, 1, 1);
        for (int i = 0; i < 366; ++i) {
            t = s.nextAfter(t);
            QCOMPARE(t, QDateTime(expected, QTime(2, 0), Qt::UTC));
            expected = expected.addDays(1);
        }
        QCOMPARE(t.date(), QDate(2028, 12, 31));
    }

    void weeklyFallsOnItsDay()
    {
        const QStringList days { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };
        for (int d = 0; d < 7; ++d) {
            const ExportSchedule s
                = ExportSchedule::parse(QStringLiteral("weekly ") + days.at(d) + QStringLiteral(" 10:15"));
            QDateTime t = utc(2026, 11, 27, 8, 0);
            for (int i = 0; i < 60; ++i) {
                const QDateTime next = s.nextAfter(t);
                QCOMPARE(next.date().dayOfWeek(), d + 1);
                QCOMPARE(next.time(), QTime(10, 15));
                QVERIFY(next > t);
                QVERIFY(next.toSecsSinceEpoch() - t.toSecsSinceEpoch() <= 7 * 86400);
                t = next;
            }
        }
    }

    void refusesWhatIsNotASchedule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("blank") << "   "
                               << "empty";
        QTest::newRow("unknown") << "monthly 02:00"
                                 << "“monthly 02:00” is not a schedule";
        QTest::newRow("cron") << "0 2 * * *"
                              << "is not a schedule";
        QTest::newRow("daily without time") << "daily"
                                            << "daily needs a time";
        QTest::newRow("daily bad hour") << "daily 24:00"
                                        << "“24:00” is not a time of day";
        QTest::newRow("daily bad minute") << "daily 02:60"
                                          << "“02:60” is not a time of day";
        QTest::newRow("daily am") << "daily 2am"
                                  << "“2am” is not a time of day";
        QTest::newRow("daily extra") << "daily 02:00 03:00"
                                     << "daily needs a time";
        QTest::newRow("weekly bad day") << "weekly someday 02:00"
                                        << "“someday” is not a day of the week";
        QTest::newRow("weekly no day") << "weekly 02:00"
                                       << "weekly needs a day and a time";
        QTest::newRow("every zero") << "every 0 minutes"
                                    << "between 1 minute and 168 hours";
        QTest::newRow("every too long") << "every 169 hours"
                                        << "between 1 minute and 168 hours";
        QTest::newRow("every unit") << "every 5 days"
                                    << "“days” is not a unit";
        QTest::newRow("every no number") << "every few minutes"
                                         << "every needs a number";
        QTest::newRow("every negative") << "every -5 minutes"
                                        << "every needs a number";
        QTest::newRow("hourly bad minute") << "hourly :75"
                                           << "hourly takes at most a minute";
    }
    void refusesWhatIsNotASchedule()
    {
        QFETCH(QString, text);
        QFETCH(QString, inMessage);
        try {
            (void)ExportSchedule::parse(text);
            QFAIL("accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            QCOMPARE(e.field(), QStringLiteral("schedule"));
            QVERIFY2(e.message().contains(inMessage), qPrintable(e.message()));
            // Every refusal says what would be accepted, and that it is UTC.
            QVERIFY2(e.message().contains(QStringLiteral("daily HH:MM")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("UTC")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportSchedule)
#include "TestExportSchedule.moc"
