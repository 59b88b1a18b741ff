#pragma once

#include "auth/Operator.h"
#include "tenancy/TenantTypes.h"
#include "tenancy/Tier.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace gc {

class AuditLog;
class ManualClock;

/// What the demo generator wrote, as the audit history needs it: the history
/// tells how these rows came to be, so it is made from them.
struct DemoAuditFacts
{
    struct Tenant
    {
        qint64 id = 0;
        QString slug;
        Tier tier = Tier::Free;
        TenantStatus status = TenantStatus::Active;
        QString statusReason;
        QString region;
        std::optional<qint64> customPriceCents;
        qint64 createdAt = 0; ///< unix seconds, as every time here
        qint64 statusChangedAt = 0; ///< when not active
        qint64 activeUntil = 0; ///< statusChangedAt, or past the period for an active tenant
        QList<ConfigEntry> config;
        double weight = 1; ///< share of the platform's traffic
        bool handWritten = false;
    };
    struct User
    {
        int tenant = 0; ///< index into tenants
        qint64 id = 0;
        QString name;
        QString email;
        TenantUserRole role = TenantUserRole::Viewer;
        qint64 createdAt = 0;
        qint64 leftAt = 0; ///< deactivation, or past the period
    };
    struct Key
    {
        int tenant = 0;
        qint64 id = 0;
        QString prefix;
        QString name;
        QString createdBy; ///< operator user name
        qint64 createdAt = 0;
        qint64 revokedAt = 0; ///< or past the period
    };
    /// Prediction traffic of one tenant in one hour (from the request log).
    struct Hour
    {
        int tenant = 0;
        qint64 hour = 0;
        qint64 predictions = 0; ///< /v1/predictions and /v1/forecast requests
        qint64 errors = 0;
        qint64 requests = 0; ///< all endpoints (for the quota warnings)
    };

    quint64 seed = 0;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    /// No event is later than this (unix seconds, <= periodEnd): the log's
    /// times never decrease, so a history that ran into the future would
    /// push every real event after it to its end.
    qint64 historyEnd = 0;
    std::vector<Tenant> tenants;
    std::vector<User> users; ///< grouped by tenant, in tenant order
    std::vector<Key> keys; ///< grouped by tenant
    std::vector<Hour> hours; ///< grouped by tenant, hours ascending
    QList<Operator> operators; ///< in demoAccounts() order, with ids
};

/// Writes the demo's audit trail: tenants provisioned at their creation,
/// tier changes, suspensions, users and API keys, operator sign-ins with some
/// failed ones, data reads and exports, prediction traffic as one event per
/// tenant and hour, quota warnings, GDPR requests, nightly backups, weekly
/// checkpoints signed by the compliance officer, and the patterns the alert
/// rules look for (a password-guessing run, an export burst, access to a
/// suspended tenant).
///
/// Events go through AuditLog::appendBatch in time order with their times
/// set, in batches of their own transactions (made on a second thread while
/// the previous batch is written); `clock` follows the events, so automatic
/// checkpoints carry the time of the events they follow.
class DemoAuditHistory final
{
public:
    static constexpr int kBatch = 10'000;

    /// Appends exactly `count` events of its own (weekly CheckpointSigned
    /// included); alert rules watching the log may add AlertRaised events.
    /// With fewer than the lifecycle events need, the earliest `count` of
    /// those are written. Everything is decided by `facts.seed` except the
    /// log's salts, keys and pseudonyms, which are random by design.
    /// `progress(eventsDone)` is called after every batch; false cancels
    /// (StoreError Interrupted; the batches before stay written). Finally the
    /// personal parts of the users whose erasure the history completed are erased.
    static void write(AuditLog& log, ManualClock& clock, const DemoAuditFacts& facts, qint64 count,
        const std::function<bool(qint64)>& progress = {});
};

} // namespace gc
