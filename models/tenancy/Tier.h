#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gc {

/// Subscription tiers. Limits are fixed by the product; nullopt means unlimited
/// (or, for the price, negotiated per tenant).
enum class Tier { Free, Basic, Pro, Enterprise };

struct TierLimits
{
    std::optional<int> maxUsers;             ///< active tenant users
    std::optional<qint64> maxRequestsPerDay; ///< requests per UTC day
    std::optional<qint64> priceCentsPerMonth;
};

/// Free: 5 users, 1,000 req/day, $0; Basic: 25, 50,000, $99; Pro: 100,
/// 1,000,000, $499; Enterprise: unlimited users and requests, custom price.
TierLimits tierLimits(Tier tier);
const QList<Tier>& allTiers();
QString tierId(Tier tier);                         ///< "free", "basic", "pro", "enterprise"
std::optional<Tier> tierFromId(const QString& id); ///< case-insensitive
QString tierDisplayName(Tier tier);                ///< translated
/// Ordering used for "downgrade": Free < Basic < Pro < Enterprise.
int tierRank(Tier tier);

} // namespace gc
