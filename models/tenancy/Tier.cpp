#include "Tier.h"

#include "core/EnumIds.h"

#include <QCoreApplication>

namespace gc {

TierLimits tierLimits(Tier tier)
{
    switch (tier) {
    case Tier::Free:
        return {5, 1'000, 0};
    case Tier::Basic:
        return {25, 50'000, 99'00};
    case Tier::Pro:
        return {100, 1'000'000, 499'00};
    case Tier::Enterprise:
        return {std::nullopt, std::nullopt, std::nullopt};
    }
    return {};
}

const QList<Tier>& allTiers()
{
    static const QList<Tier> tiers{Tier::Free, Tier::Basic, Tier::Pro, Tier::Enterprise};
    return tiers;
}

QString tierId(Tier tier)
{
    switch (tier) {
    case Tier::Free:
        return QStringLiteral("free");
    case Tier::Basic:
        return QStringLiteral("basic");
    case Tier::Pro:
        return QStringLiteral("pro");
    case Tier::Enterprise:
        return QStringLiteral("enterprise");
    }
    return {};
}

std::optional<Tier> tierFromId(const QString& id)
{
    return enumFromId(id.trimmed(), allTiers(), &tierId, Qt::CaseInsensitive);
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Free:
        return QCoreApplication::translate("Tier", "Free");
    case Tier::Basic:
        return QCoreApplication::translate("Tier", "Basic");
    case Tier::Pro:
        return QCoreApplication::translate("Tier", "Pro");
    case Tier::Enterprise:
        return QCoreApplication::translate("Tier", "Enterprise");
    }
    return {};
}

int tierRank(Tier tier)
{
    return int(tier);
}

} // namespace gc
