#pragma once

#include "tenancy/TenantTypes.h"

#include <QString>


namespace gc {

/// "$99 / month", "Custom price"; prices are US dollars.
QString formatMonthlyPrice(std::optional<qint64> cents);
/// "Basic — 25 users, 50,000 requests/day, $99 / month", for tier pickers.
QString tierSummary(Tier tier);
/// Local date and time in the short format; "—" when invalid.
QString formatDateTime(const QDateTime& utc);

} // namespace gc
