#pragma once

#include "tenancy/TenantTypes.h"

#include <QString>

#include <span>

/// The hand-written material the demo generator draws from: real cities with
/// their coordinates and typical pollution, name lists per region, the twelve
/// tenants of the demo cast and the forecast model registry. Plain data only;
/// DemoGenerator decides what to make of it.
namespace gc::demo {

/// A city predictions are made for. `pm25` and `no2` are typical annual means
/// in µg/m³ and set the level of the generated values.
struct City
{
    const char* name; ///< UTF-8
    const char* region;
    double latitude;
    double longitude;
    double pm25;
    double no2;
};
std::span<const City> cities();
/// Index into cities() of the city named `name` (UTF-8); -1 if unknown.
int cityIndex(const char* name);

/// First and last names typical for a region, for tenant users and contacts.
struct NamePool
{
    std::span<const char* const> first;
    std::span<const char* const> last;
};
/// The pool for `region` (one of knownRegions()); an unknown region gets the US pool.
const NamePool& namesFor(const QString& region);

/// Place names within a region and kinds of organisation, from which tenants
/// beyond the hand-written twelve are named ("Bavaria Clean Air Initiative").
std::span<const char* const> placesFor(const QString& region);
std::span<const char* const> organisationKinds();
std::span<const char* const> nameQualifiers();
/// Top-level domain typical for a region ("de", "se", "com.br" …).
const char* topLevelDomain(const QString& region);

/// Names operators give their API keys.
std::span<const char* const> apiKeyNames();

struct ConfigSeed
{
    const char* key = nullptr;
    ConfigType type = ConfigType::String;
    const char* value = nullptr;
};

/// One of the hand-written demo tenants. Times are days before the demo's end day.
struct TenantSeed
{
    const char* slug;
    const char* name;
    Tier tier;
    const char* region;
    const char* contactName;
    const char* contactLocalPart;
    const char* domain; ///< e-mail domain of contact and users
    TenantStatus status;
    int statusDaysAgo; ///< when suspended / offboarding started
    const char* statusReason;
    int graceDays; ///< offboarding only
    int createdDaysAgo;
    int activeUsers;
    int inactiveUsers;
    qint64 requestsPerDayAtEnd; ///< weekday level on the last day
    double growth; ///< relative growth over the demo period
    double weekendFactor; ///< share of weekday traffic on Saturdays and Sundays
    double errorRate;
    int apiKeys;
    int revokedKeys;
    qint64 customPriceCents; ///< Enterprise only; 0 = none
    const char* cities; ///< comma-separated city names (UTF-8)
    const char* pollutants; ///< comma-separated
    double predictionShare;
    ConfigSeed config[5];
};
std::span<const TenantSeed> handWrittenTenants();

/// One version of a forecast model. Times are fractions of the demo period
/// (0 = its first hour, 1 = its end; negative values lie before it), so each
/// pollutant has exactly one deployed version at any time of the period.
struct ModelSeed
{
    const char* name;
    const char* pollutant;
    const char* version;
    const char* algorithm;
    const char* status;
    double trainedAt;
    double deployedAt; ///< NaN: never deployed
    double retiredAt; ///< NaN: not retired
    double mae; ///< NaN: not evaluated yet
    double rmse;
};
std::span<const ModelSeed> modelRegistry();

/// The pollutants predictions are made for, as stored.
std::span<const char* const> pollutants();

} // namespace gc::demo
