#include "UiFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace gc {

QString formatMonthlyPrice(std::optional<qint64> cents)
{
    if (!cents)
        return QCoreApplication::translate("UiFormat", "custom price");
    const QLocale locale;
    const QString amount = *cents % 100 == 0 ? locale.toString(*cents / 100)
                                             : locale.toString(double(*cents) / 100.0, 'f', 2);
    return QCoreApplication::translate("UiFormat", "$%1 / month").arg(amount);
}

QString tierSummary(Tier tier)
{
    const TierLimits limits = tierLimits(tier);
    const QLocale locale;
    const QString users = limits.maxUsers
        ? QCoreApplication::translate("UiFormat", "%1 users").arg(locale.toString(*limits.maxUsers))
        : QCoreApplication::translate("UiFormat", "unlimited users");
    const QString requests = limits.maxRequestsPerDay
        ? QCoreApplication::translate("UiFormat", "%1 requests/day").arg(locale.toString(*limits.maxRequestsPerDay))
        : QCoreApplication::translate("UiFormat", "unlimited requests");
    return QCoreApplication::translate("UiFormat", "%1 — %2, %3, %4")
        .arg(tierDisplayName(tier), users, requests, formatMonthlyPrice(limits.priceCentsPerMonth));
}

QString formatDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace gc
