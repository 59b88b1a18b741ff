#include "SqliteTenantRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace gc {

namespace {

// qint64 is long long and std::int64_t is long here: Statement::bind needs the latter.
constexpr std::int64_t i64(qint64 v)
{
    return v;
}

std::optional<std::int64_t> optSecs(const std::optional<QDateTime>& t)
{
    if (!t)
        return std::nullopt;
    return i64(t->toSecsSinceEpoch());
}

QDateTime fromSecs(std::int64_t s)
{
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

std::optional<QDateTime> optFromSecs(const Statement& st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return fromSecs(st.int64(col));
}

constexpr qint64 kDaySecs = 86'400;

qint64 dayStart(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

constexpr std::string_view kTenantColumns =
    "t.id, t.slug, t.name, t.tier, t.status, t.contact_name, t.contact_email, t.region, t.custom_price_cents, "
    "t.created_at, t.status_changed_at, t.status_reason, t.purge_after";

/// Reads kTenantColumns starting at column 0.
Tenant readTenant(const Statement& st)
{
    Tenant t;
    t.id = TenantId(st.int64(0));
    t.slug = st.text(1);
    t.name = st.text(2);
    t.tier = tierFromId(st.text(3)).value_or(Tier::Free);
    t.status = tenantStatusFromId(st.text(4)).value_or(TenantStatus::Active);
    t.contactName = st.text(5);
    t.contactEmail = st.text(6);
    t.region = st.text(7);
    if (!st.isNull(8))
        t.customPriceCents = st.int64(8);
    t.createdAt = fromSecs(st.int64(9));
    t.statusChangedAt = optFromSecs(st, 10);
    t.statusReason = st.text(11);
    t.purgeAfter = optFromSecs(st, 12);
    return t;
}

constexpr std::string_view kUserColumns =
    "id, tenant_id, email, display_name, role, active, created_at, deactivated_at";

TenantUser readUser(const Statement& st)
{
    TenantUser u;
    u.id = st.int64(0);
    u.tenantId = TenantId(st.int64(1));
    u.email = st.text(2);
    u.displayName = st.text(3);
    u.role = tenantUserRoleFromId(st.text(4)).value_or(TenantUserRole::Viewer);
    u.active = st.int64(5) != 0;
    u.createdAt = fromSecs(st.int64(6));
    u.deactivatedAt = optFromSecs(st, 7);
    return u;
}

constexpr std::string_view kKeyColumns =
    "id, tenant_id, name, prefix, created_at, created_by, last_used_at, revoked_at, key_hash";

ApiKey readKey(const Statement& st)
{
    ApiKey k;
    k.id = st.int64(0);
    k.tenantId = TenantId(st.int64(1));
    k.name = st.text(2);
    k.prefix = st.text(3);
    k.createdAt = fromSecs(st.int64(4));
    k.createdBy = st.text(5);
    k.lastUsedAt = optFromSecs(st, 6);
    k.revokedAt = optFromSecs(st, 7);
    return k;
}

std::string sql(std::initializer_list<std::string_view> parts)
{
    std::string s;
    for (auto p : parts)
        s += p;
    return s;
}

void bindTenant(Statement& st, const Tenant& t)
{
    st.bind(1, t.slug)
        .bind(2, t.name)
        .bind(3, tierId(t.tier))
        .bind(4, tenantStatusId(t.status))
        .bind(5, t.contactName)
        .bind(6, t.contactEmail)
        .bind(7, t.region)
        .bind(8, t.customPriceCents ? std::optional<std::int64_t>(i64(*t.customPriceCents)) : std::nullopt)
        .bind(9, i64(t.createdAt.toSecsSinceEpoch()))
        .bind(10, optSecs(t.statusChangedAt))
        .bind(11, t.statusReason.isEmpty() ? std::optional<QString>() : std::optional<QString>(t.statusReason))
        .bind(12, optSecs(t.purgeAfter));
}

} // namespace

// ---------------------------------------------------------------- tenants

QList<TenantSummary> SqliteTenantRepository::listSummaries(qint64 dayStartSecs) const
{
    // One statement for the whole list. Users and keys come from grouped
    // subqueries (one pass each); today's requests are a correlated sum that
    // seeks the (tenant_id, hour, endpoint) key of request_log per tenant, so
    // it reads only today's buckets however long the log is.
    auto st = m_db.prepare(sql({"SELECT ", kTenantColumns,
                                ", COALESCE(u.n, 0), COALESCE(k.n, 0),"
                                " COALESCE((SELECT SUM(r.requests) FROM request_log r"
                                "           WHERE r.tenant_id = t.id AND r.hour >= ?1 AND r.hour < ?2), 0)"
                                " FROM tenants t"
                                " LEFT JOIN (SELECT tenant_id, COUNT(*) AS n FROM tenant_users WHERE active = 1"
                                "            GROUP BY tenant_id) u ON u.tenant_id = t.id"
                                " LEFT JOIN (SELECT tenant_id, COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL"
                                "            GROUP BY tenant_id) k ON k.tenant_id = t.id"
                                " ORDER BY t.name COLLATE NOCASE, t.id"}));
    st.bind(1, i64(dayStartSecs)).bind(2, i64(dayStartSecs + kDaySecs));
    QList<TenantSummary> out;
    while (st.step()) {
        TenantSummary s;
        s.tenant = readTenant(st);
        s.activeUsers = st.int32(13);
        s.activeApiKeys = st.int32(14);
        s.requestsToday = st.int64(15);
        out.append(std::move(s));
    }
    return out;
}

std::optional<Tenant> SqliteTenantRepository::tenant(TenantId id) const
{
    auto st = m_db.prepare(sql({"SELECT ", kTenantColumns, " FROM tenants t WHERE t.id = ?"}));
    st.bind(1, i64(id.value));
    if (!st.step())
        return std::nullopt;
    return readTenant(st);
}

std::optional<Tenant> SqliteTenantRepository::tenantBySlug(const QString& slug) const
{
    auto st = m_db.prepare(sql({"SELECT ", kTenantColumns, " FROM tenants t WHERE t.slug = ?"}));
    st.bind(1, slug);
    if (!st.step())
        return std::nullopt;
    return readTenant(st);
}

TenantId SqliteTenantRepository::insertTenant(const Tenant& t)
{
    auto st = m_db.prepare("INSERT INTO tenants(slug, name, tier, status, contact_name, contact_email, region,"
                           " custom_price_cents, created_at, status_changed_at, status_reason, purge_after)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindTenant(st, t);
    st.exec();
    return TenantId(m_db.lastInsertRowId());
}

void SqliteTenantRepository::updateTenant(const Tenant& t)
{
    auto st = m_db.prepare("UPDATE tenants SET slug = ?, name = ?, tier = ?, status = ?, contact_name = ?,"
                           " contact_email = ?, region = ?, custom_price_cents = ?, created_at = ?,"
                           " status_changed_at = ?, status_reason = ?, purge_after = ? WHERE id = ?");
    bindTenant(st, t);
    st.bind(13, i64(t.id.value));
    st.exec();
}

QMap<QString, qint64> SqliteTenantRepository::purgeTenant(TenantId id,
                                                          const std::function<bool(qint64, qint64)>& progress)
{
    QMap<QString, qint64> deleted{{QStringLiteral("predictions"), 0}};
    const auto countOf = [&](std::string_view table) {
        auto st = m_db.prepare(sql({"SELECT COUNT(*) FROM ", table, " WHERE tenant_id = ?"}));
        st.bind(1, i64(id.value));
        return st.step() ? qint64(st.int64(0)) : 0;
    };
    static constexpr std::string_view kOwned[] = {"request_log", "api_keys", "tenant_users", "tenant_config"};
    const qint64 predictions = countOf("predictions");
    qint64 total = predictions + 1; // + 1: the tenant row itself
    for (auto table : kOwned)
        total += countOf(table);

    qint64 done = 0;
    const auto report = [&] {
        if (progress && !progress(done, total))
            throw StoreError(StoreError::Kind::Interrupted,
                             QCoreApplication::translate("TenantRepository", "Deleting the tenant was cancelled."));
    };
    report();

    // Chunks keep each step short enough for the progress dialog to stay live
    // and to cancel promptly; the whole purge is still one transaction.
    auto chunk = m_db.prepare("DELETE FROM predictions WHERE tenant_id = ?1 AND rowid IN"
                              " (SELECT rowid FROM predictions WHERE tenant_id = ?1 LIMIT ?2)");
    chunk.bind(1, i64(id.value)).bind(2, i64(kPurgeChunk));
    for (;;) {
        chunk.exec();
        const int rows = m_db.changes();
        if (rows == 0)
            break;
        done += rows;
        deleted[QStringLiteral("predictions")] += rows;
        report();
    }

    for (auto table : kOwned) {
        auto st = m_db.prepare(sql({"DELETE FROM ", table, " WHERE tenant_id = ?"}));
        st.bind(1, i64(id.value));
        st.exec();
        done += m_db.changes();
        deleted[QString::fromLatin1(table.data(), qsizetype(table.size()))] = m_db.changes();
        report();
    }
    auto st = m_db.prepare("DELETE FROM tenants WHERE id = ?");
    st.bind(1, i64(id.value));
    st.exec();
    done += m_db.changes();
    deleted[QStringLiteral("tenants")] = m_db.changes();
    if (progress)
        progress(done, total);
    return deleted;
}

// ---------------------------------------------------------------- configuration

QList<ConfigEntry> SqliteTenantRepository::config(TenantId id) const
{
    auto st = m_db.prepare("SELECT key, type, value FROM tenant_config WHERE tenant_id = ? ORDER BY key");
    st.bind(1, i64(id.value));
    QList<ConfigEntry> out;
    while (st.step())
        out.append({st.text(0), configTypeFromId(st.text(1)).value_or(ConfigType::String), st.text(2)});
    return out;
}

void SqliteTenantRepository::upsertConfig(TenantId id, const ConfigEntry& entry)
{
    auto st = m_db.prepare("INSERT INTO tenant_config(tenant_id, key, type, value) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT(tenant_id, key) DO UPDATE SET type = excluded.type, value = excluded.value");
    st.bind(1, i64(id.value)).bind(2, entry.key).bind(3, configTypeId(entry.type)).bind(4, entry.value);
    st.exec();
}

bool SqliteTenantRepository::removeConfig(TenantId id, const QString& key)
{
    auto st = m_db.prepare("DELETE FROM tenant_config WHERE tenant_id = ? AND key = ?");
    st.bind(1, i64(id.value)).bind(2, key);
    st.exec();
    return m_db.changes() > 0;
}

// ---------------------------------------------------------------- users

QList<TenantUser> SqliteTenantRepository::users(TenantId id) const
{
    auto st = m_db.prepare(sql({"SELECT ", kUserColumns, " FROM tenant_users WHERE tenant_id = ? ORDER BY id"}));
    st.bind(1, i64(id.value));
    QList<TenantUser> out;
    while (st.step())
        out.append(readUser(st));
    return out;
}

std::optional<TenantUser> SqliteTenantRepository::user(TenantId id, qint64 userId) const
{
    auto st = m_db.prepare(sql({"SELECT ", kUserColumns, " FROM tenant_users WHERE tenant_id = ? AND id = ?"}));
    st.bind(1, i64(id.value)).bind(2, i64(userId));
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

bool SqliteTenantRepository::emailTaken(TenantId id, const QString& email, qint64 exceptUserId) const
{
    // The column is COLLATE NOCASE, so "Ana@x.org" and "ana@x.org" collide.
    auto st = m_db.prepare("SELECT 1 FROM tenant_users WHERE tenant_id = ? AND email = ? AND id <> ?");
    st.bind(1, i64(id.value)).bind(2, email).bind(3, i64(exceptUserId));
    return st.step();
}

int SqliteTenantRepository::activeUserCount(TenantId id) const
{
    auto st = m_db.prepare("SELECT COUNT(*) FROM tenant_users WHERE tenant_id = ? AND active = 1");
    st.bind(1, i64(id.value));
    return st.step() ? st.int32(0) : 0;
}

qint64 SqliteTenantRepository::insertUser(TenantId id, const TenantUser& u)
{
    auto st = m_db.prepare("INSERT INTO tenant_users(tenant_id, email, display_name, role, active, created_at,"
                           " deactivated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, i64(id.value))
        .bind(2, u.email)
        .bind(3, u.displayName)
        .bind(4, tenantUserRoleId(u.role))
        .bind(5, u.active ? 1 : 0)
        .bind(6, i64(u.createdAt.toSecsSinceEpoch()))
        .bind(7, optSecs(u.deactivatedAt));
    st.exec();
    return m_db.lastInsertRowId();
}

bool SqliteTenantRepository::updateUser(TenantId id, const TenantUser& u)
{
    auto st = m_db.prepare("UPDATE tenant_users SET email = ?, display_name = ?, role = ?, active = ?,"
                           " deactivated_at = ? WHERE tenant_id = ? AND id = ?");
    st.bind(1, u.email)
        .bind(2, u.displayName)
        .bind(3, tenantUserRoleId(u.role))
        .bind(4, u.active ? 1 : 0)
        .bind(5, optSecs(u.deactivatedAt))
        .bind(6, i64(id.value))
        .bind(7, i64(u.id));
    st.exec();
    return m_db.changes() > 0;
}

// ---------------------------------------------------------------- API keys

QList<ApiKey> SqliteTenantRepository::apiKeys(TenantId id) const
{
    auto st = m_db.prepare(sql({"SELECT ", kKeyColumns, " FROM api_keys WHERE tenant_id = ? ORDER BY id"}));
    st.bind(1, i64(id.value));
    QList<ApiKey> out;
    while (st.step())
        out.append(readKey(st));
    return out;
}

std::optional<ApiKey> SqliteTenantRepository::apiKey(TenantId id, qint64 keyId) const
{
    auto st = m_db.prepare(sql({"SELECT ", kKeyColumns, " FROM api_keys WHERE tenant_id = ? AND id = ?"}));
    st.bind(1, i64(id.value)).bind(2, i64(keyId));
    if (!st.step())
        return std::nullopt;
    return readKey(st);
}

qint64 SqliteTenantRepository::insertApiKey(TenantId id, const ApiKey& k, const QByteArray& hash)
{
    auto st = m_db.prepare("INSERT INTO api_keys(tenant_id, name, prefix, key_hash, created_at, created_by,"
                           " last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, i64(id.value))
        .bind(2, k.name)
        .bind(3, k.prefix)
        .bindBlob(4, hash)
        .bind(5, i64(k.createdAt.toSecsSinceEpoch()))
        .bind(6, k.createdBy)
        .bind(7, optSecs(k.lastUsedAt))
        .bind(8, optSecs(k.revokedAt));
    st.exec();
    return m_db.lastInsertRowId();
}

bool SqliteTenantRepository::revokeApiKey(TenantId id, qint64 keyId, qint64 atSecs)
{
    auto st = m_db.prepare("UPDATE api_keys SET revoked_at = ? WHERE tenant_id = ? AND id = ?");
    st.bind(1, i64(atSecs)).bind(2, i64(id.value)).bind(3, i64(keyId));
    st.exec();
    return m_db.changes() > 0;
}

std::optional<std::pair<ApiKey, QByteArray>> SqliteTenantRepository::apiKeyByPrefix(const QString& prefix) const
{
    auto st = m_db.prepare(sql({"SELECT ", kKeyColumns, " FROM api_keys WHERE prefix = ?"}));
    st.bind(1, prefix);
    if (!st.step())
        return std::nullopt;
    return std::make_pair(readKey(st), st.blob(8));
}

void SqliteTenantRepository::touchApiKey(TenantId id, qint64 keyId, qint64 atSecs)
{
    auto st = m_db.prepare("UPDATE api_keys SET last_used_at = ? WHERE tenant_id = ? AND id = ?");
    st.bind(1, i64(atSecs)).bind(2, i64(id.value)).bind(3, i64(keyId));
    st.exec();
}

// ---------------------------------------------------------------- usage

QList<UsageDay> SqliteTenantRepository::usageByDay(TenantId id, QDate fromDay, QDate toDay) const
{
    QList<UsageDay> out;
    if (!fromDay.isValid() || !toDay.isValid() || fromDay > toDay)
        return out;
    const qint64 from = dayStart(fromDay);
    const qint64 to = dayStart(toDay) + kDaySecs;
    for (QDate d = fromDay; d <= toDay; d = d.addDays(1))
        out.append({d, 0, 0});

    auto st = m_db.prepare("SELECT (hour - ?2) / 86400 AS d, SUM(requests), SUM(errors) FROM request_log"
                           " WHERE tenant_id = ?1 AND hour >= ?2 AND hour < ?3 GROUP BY d");
    st.bind(1, i64(id.value)).bind(2, i64(from)).bind(3, i64(to));
    while (st.step()) {
        const qint64 index = st.int64(0);
        if (index >= 0 && index < out.size()) {
            out[index].requests = st.int64(1);
            out[index].errors = st.int64(2);
        }
    }
    return out;
}

void SqliteTenantRepository::recordRequests(TenantId id, qint64 hourSecs, const QString& endpoint, qint64 requests,
                                            qint64 errors)
{
    const qint64 hour = hourSecs - ((hourSecs % 3600) + 3600) % 3600;
    auto st = m_db.prepare("INSERT INTO request_log(tenant_id, hour, endpoint, requests, errors)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT(tenant_id, hour, endpoint) DO UPDATE SET"
                           " requests = requests + excluded.requests, errors = errors + excluded.errors");
    st.bind(1, i64(id.value)).bind(2, i64(hour)).bind(3, endpoint).bind(4, i64(requests)).bind(5, i64(errors));
    st.exec();
}

} // namespace gc
