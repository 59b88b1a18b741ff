#pragma once

#include "TenantTypes.h"

#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace gc {

/// Persistence of tenants and everything they own. Every method that touches
/// tenant-owned rows takes the TenantId, and its SQL filters on it, so a call
/// with tenant A can never read or change tenant B's rows (a randomized test
/// holds the SQLite implementation to that). Records that are not found *for
/// that tenant* are reported as not found, exactly as if they did not exist.
class TenantRepository
{
public:
    virtual ~TenantRepository() = default;

    // Tenants
    [[nodiscard]] virtual QList<TenantSummary> listSummaries(qint64 dayStartSecs) const = 0;
    [[nodiscard]] virtual std::optional<Tenant> tenant(TenantId id) const = 0;
    [[nodiscard]] virtual std::optional<Tenant> tenantBySlug(const QString& slug) const = 0;
    virtual TenantId insertTenant(const Tenant& t) = 0;
    virtual void updateTenant(const Tenant& t) = 0;
    /// Deletes the tenant and all it owns, in chunks; `progress(done, total)`
    /// returns false to cancel (the caller's transaction then rolls back).
    /// Returns the rows deleted per table (table name -> count).
    virtual QMap<QString, qint64> purgeTenant(TenantId id, const std::function<bool(qint64, qint64)>& progress) = 0;

    // Configuration
    [[nodiscard]] virtual QList<ConfigEntry> config(TenantId id) const = 0;
    virtual void upsertConfig(TenantId id, const ConfigEntry& entry) = 0;
    /// False when the key did not exist for that tenant.
    virtual bool removeConfig(TenantId id, const QString& key) = 0;

    // Users
    [[nodiscard]] virtual QList<TenantUser> users(TenantId id) const = 0;
    [[nodiscard]] virtual std::optional<TenantUser> user(TenantId id, qint64 userId) const = 0;
    [[nodiscard]] virtual bool emailTaken(TenantId id, const QString& email, qint64 exceptUserId) const = 0;
    [[nodiscard]] virtual int activeUserCount(TenantId id) const = 0;
    virtual qint64 insertUser(TenantId id, const TenantUser& u) = 0;
    /// False when no such user for that tenant.
    virtual bool updateUser(TenantId id, const TenantUser& u) = 0;

    // API keys
    [[nodiscard]] virtual QList<ApiKey> apiKeys(TenantId id) const = 0;
    [[nodiscard]] virtual std::optional<ApiKey> apiKey(TenantId id, qint64 keyId) const = 0;
    virtual qint64 insertApiKey(TenantId id, const ApiKey& k, const QByteArray& hash) = 0;
    virtual bool revokeApiKey(TenantId id, qint64 keyId, qint64 atSecs) = 0;
    /// Looks a key up by its visible prefix, across tenants (that is how a
    /// presented key finds its tenant); returns the key and its stored hash.
    [[nodiscard]] virtual std::optional<std::pair<ApiKey, QByteArray>> apiKeyByPrefix(const QString& prefix) const = 0;
    virtual void touchApiKey(TenantId id, qint64 keyId, qint64 atSecs) = 0;

    // Usage (request log)
    /// Requests per UTC day for the days [fromDay, toDay], zero-filled.
    [[nodiscard]] virtual QList<UsageDay> usageByDay(TenantId id, QDate fromDay, QDate toDay) const = 0;
    virtual void recordRequests(TenantId id, qint64 hourSecs, const QString& endpoint, qint64 requests,
                                qint64 errors) = 0;
};

} // namespace gc
