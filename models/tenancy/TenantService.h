#pragma once

#include "TenantRepository.h"
#include "TenantTypes.h"

#include "audit/AuditEventType.h"
#include "auth/Session.h"
#include "core/Clock.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace gc {

class AuditLog;
class Store;
struct AuditEventDraft;

/// Tenant administration: the rules of provisioning, tiers, lifecycle, users,
/// API keys, configuration and quotas. Every call checks the session's
/// permission first and throws DomainError on any refusal, with a translated
/// message that names the reason (and the field, for bad input). Mutations run
/// in one store transaction each: either all of a change is stored or none.
///
/// State rules: an offboarding tenant is read-only (every mutation but purge is
/// refused); a suspended tenant keeps its data but its API keys do not
/// authenticate; purge needs an offboarding tenant whose grace period is over
/// (or `ignoreGrace`) and the slug typed again as confirmation.
///
/// Audit trail: every mutation appends exactly one event to `log` inside its
/// own transaction (no change without its event, no event without its
/// change; a failed append rolls the change back). A refusal by bad input or
/// the tenant's state records nothing; a refusal by the session's role records
/// one event of the attempted type with outcome Denied (details reason
/// "permission") in a transaction of its own. authenticateApiKey records the
/// key's use (DataRead) with the last-used time, and every refusal of a
/// presented key as AuthenticationFailure (reason "malformed", "unknown_key",
/// "wrong_secret", "key_revoked", "tenant_offboarding"; a suspended tenant's
/// key is outcome Denied with reason "tenant_suspended"). Free text an operator
/// types (suspension reasons, key names, text/URL/e-mail config values) and
/// tenant users' e-mail addresses and names go only into the personal part.
class TenantService final
{
public:
    TenantService(Store& store, const Clock& clock, const Session& session, AuditLog& log);
    ~TenantService();
    Q_DISABLE_COPY_MOVE(TenantService)

    [[nodiscard]] const Session& session() const { return m_session; }

    // Tenants
    [[nodiscard]] QList<TenantSummary> listTenants() const;
    [[nodiscard]] Tenant tenant(TenantId id) const;               ///< NotFound
    [[nodiscard]] Tenant tenantBySlug(const QString& slug) const; ///< NotFound
    Tenant provision(const TenantDraft& draft);
    /// Edits name, contact and region (not slug, tier or status).
    Tenant updateDetails(TenantId id, const QString& name, const QString& contactName,
                         const QString& contactEmail, const QString& region);
    /// Empty when the change is allowed; otherwise each reason it is refused.
    [[nodiscard]] QStringList tierChangeProblems(TenantId id, Tier to) const;
    /// Refuses (QuotaExceeded) a downgrade the tenant's current usage would
    /// break: more active users than the new limit, or peak daily requests over
    /// the last 30 days above the new daily limit. `customPriceCents` only for Enterprise.
    Tenant changeTier(TenantId id, Tier to, std::optional<qint64> customPriceCents = std::nullopt);
    Tenant suspend(TenantId id, const QString& reason);
    Tenant reactivate(TenantId id);
    /// Starts the read-only grace period; purge becomes possible after `graceDays` (0..365).
    Tenant offboard(TenantId id, int graceDays);
    /// Deletes the tenant and everything it owns. `confirmSlug` must equal the slug.
    /// `progress(done, total)` may return false to cancel; nothing is deleted then
    /// and StoreError(Interrupted) is thrown.
    void purge(TenantId id, const QString& confirmSlug, bool ignoreGrace = false,
               const std::function<bool(qint64, qint64)>& progress = {});

    // Custom configuration
    [[nodiscard]] QList<ConfigEntry> config(TenantId id) const;
    /// Validates key and value for the type, stores the canonical value, returns it.
    ConfigEntry setConfig(TenantId id, const ConfigEntry& entry);
    void removeConfig(TenantId id, const QString& key);
    /// Validation shared with the GUI: canonical value or DomainError(Invalid, field "value"/"key").
    /// Canonical forms: integer "-7"; decimal without exponent or redundant zeros ("7.5");
    /// boolean "true"/"false" (from true/false/yes/no/1/0); url fully encoded, lower-case
    /// scheme and host; e-mail with a lower-case domain; duration as one whole number of
    /// the largest exact unit ("120m" -> "2h", "1h30m" -> "90m", at most 3650 days);
    /// strings unchanged (at most 1024 characters).
    static ConfigEntry validateConfig(const ConfigEntry& entry);

    // Users
    /// Without ViewPersonalData, e-mail and name are replaced by a pseudonym
    /// ("user-<8 hex of HMAC>") that is stable per user.
    [[nodiscard]] QList<TenantUser> users(TenantId id) const;
    TenantUser addUser(TenantId id, const QString& email, const QString& displayName, TenantUserRole role);
    TenantUser editUser(TenantId id, qint64 userId, const QString& email, const QString& displayName,
                        TenantUserRole role);
    TenantUser deactivateUser(TenantId id, qint64 userId);
    /// Counts against the quota like adding.
    TenantUser reactivateUser(TenantId id, qint64 userId);

    // API keys
    [[nodiscard]] QList<ApiKey> apiKeys(TenantId id) const;
    NewApiKey createApiKey(TenantId id, const QString& name);
    ApiKey revokeApiKey(TenantId id, qint64 keyId);
    /// Checks a presented key (constant-time hash compare), records its use;
    /// nullopt if unknown, revoked, malformed, or the tenant is not active.
    /// Needs no permission: it is the platform's own check.
    std::optional<ApiKey> authenticateApiKey(const QString& secret);

    // Usage and quotas
    [[nodiscard]] QList<UsageDay> usage(TenantId id, int days = 30) const;
    [[nodiscard]] QuotaStatus userQuota(TenantId id) const;
    [[nodiscard]] QuotaStatus requestQuotaToday(TenantId id) const;

    /// Pseudonymous audit subject of a tenant user ("user-<16 hex>", keyed by
    /// tenant and user id, so it survives a change of e-mail address): the
    /// personal parts of that user's events are erased under this subject.
    [[nodiscard]] QString auditSubjectOfUser(TenantId id, qint64 userId) const;

private:
    /// A draft by the session's operator about `resource`.
    [[nodiscard]] AuditEventDraft auditDraft(AuditEventType type, std::optional<TenantId> tenant,
                                             const QString& resource) const;
    /// The event of a change to one tenant user.
    void recordUserEvent(AuditEventType type, const TenantUser& user, const QJsonObject& details);
    /// Records a refused API key in a transaction of its own.
    void recordKeyRefusal(AuditOutcome outcome, const QString& reason, std::optional<TenantId> tenant,
                          const QString& resource, const QString& prefix);

    Tenant requireTenant(TenantId id) const;   ///< NotFound
    /// NotFound, or Conflict while the tenant is offboarding (read-only).
    Tenant requireWritable(TenantId id) const;
    [[nodiscard]] QStringList problemsFor(const Tenant& t, Tier to) const;
    [[nodiscard]] TenantUser visible(TenantUser u) const;
    [[nodiscard]] QByteArray pseudonymKey() const;
    [[nodiscard]] QDate todayUtc() const;

    Store& m_store;
    const Clock& m_clock;
    const Session& m_session;
    AuditLog& m_log;
    std::unique_ptr<TenantRepository> m_repo;
    mutable QByteArray m_pseudonymKey;
};

} // namespace gc
