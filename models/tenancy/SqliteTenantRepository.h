#pragma once

#include "TenantRepository.h"

namespace gc {

class Database;

/// TenantRepository over the console's SQLite store. Every statement on a
/// tenant-owned table binds the TenantId argument in its WHERE clause (updates
/// and deletes included), so an id of another tenant's row matches nothing.
/// Does not open transactions itself: the caller (TenantService) wraps each
/// change in one Store::transact.
class SqliteTenantRepository final : public TenantRepository
{
public:
    /// Rows of predictions deleted per step of purgeTenant().
    static constexpr qint64 kPurgeChunk = 20'000;

    explicit SqliteTenantRepository(Database& db) : m_db(db) {}
    Q_DISABLE_COPY_MOVE(SqliteTenantRepository)

    [[nodiscard]] QList<TenantSummary> listSummaries(qint64 dayStartSecs) const override;
    [[nodiscard]] std::optional<Tenant> tenant(TenantId id) const override;
    [[nodiscard]] std::optional<Tenant> tenantBySlug(const QString& slug) const override;
    TenantId insertTenant(const Tenant& t) override;
    void updateTenant(const Tenant& t) override;
    /// Cancelling throws StoreError(Interrupted) after the chunk in progress.
    QMap<QString, qint64> purgeTenant(TenantId id, const std::function<bool(qint64, qint64)>& progress) override;

    [[nodiscard]] QList<ConfigEntry> config(TenantId id) const override;
    void upsertConfig(TenantId id, const ConfigEntry& entry) override;
    bool removeConfig(TenantId id, const QString& key) override;

    [[nodiscard]] QList<TenantUser> users(TenantId id) const override;
    [[nodiscard]] std::optional<TenantUser> user(TenantId id, qint64 userId) const override;
    [[nodiscard]] bool emailTaken(TenantId id, const QString& email, qint64 exceptUserId) const override;
    [[nodiscard]] int activeUserCount(TenantId id) const override;
    qint64 insertUser(TenantId id, const TenantUser& u) override;
    bool updateUser(TenantId id, const TenantUser& u) override;

    [[nodiscard]] QList<ApiKey> apiKeys(TenantId id) const override;
    [[nodiscard]] std::optional<ApiKey> apiKey(TenantId id, qint64 keyId) const override;
    qint64 insertApiKey(TenantId id, const ApiKey& k, const QByteArray& hash) override;
    bool revokeApiKey(TenantId id, qint64 keyId, qint64 atSecs) override;
    [[nodiscard]] std::optional<std::pair<ApiKey, QByteArray>> apiKeyByPrefix(const QString& prefix) const override;
    void touchApiKey(TenantId id, qint64 keyId, qint64 atSecs) override;

    [[nodiscard]] QList<UsageDay> usageByDay(TenantId id, QDate fromDay, QDate toDay) const override;
    /// Adds to the bucket of the UTC hour containing `hourSecs` (any second of it).
    void recordRequests(TenantId id, qint64 hourSecs, const QString& endpoint, qint64 requests,
                        qint64 errors) override;

private:
    Database& m_db;
};

} // namespace gc
