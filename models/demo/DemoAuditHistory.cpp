#include "DemoAuditHistory.h"

#include "DemoRandom.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>

namespace gc {

namespace {

constexpr qint64 kHour = 3'600;
constexpr qint64 kDay = 86'400;
constexpr qint64 kMs = 1'000;

/// Random streams of the history, apart from the generator's own (DemoRandom::stream).
enum Purpose : quint64
{
    LifecycleStream = 101,
    OperatorStream,
    PatternStream,
    GdprStream,
    AddressStream,
    HourStream,
};

/// Operators in demoAccounts() order.
enum OperatorIndex
{
    Admin = 0,
    Officer = 1,
    Analyst = 2,
    Auditor = 3,
};

struct Timed
{
    qint64 ms = 0;
    AuditEventDraft draft;
    /// An event an alert rule may fire on. The AlertRaised event takes the
    /// log's clock, so a batch ends with such an event and the clock shows its time.
    bool alertable = false;
};

bool alertable(const AuditEventDraft& d)
{
    return d.type == AuditEventType::LoginFailed || d.type == AuditEventType::DataExported
        || (d.outcome == AuditOutcome::Denied
            && d.details.value(QStringLiteral("reason")).toString() == QLatin1String("tenant_suspended"));
}

QJsonValue orNull(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString tenantResource(qint64 id)
{
    return QStringLiteral("tenant/") + QString::number(id);
}

QString dayId(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date().toString(Qt::ISODate);
}

bool weekend(qint64 secs)
{
    return ((secs / kDay) + 3) % 7 >= 5; // 1970-01-01 was a Thursday
}

/// Addresses from the documentation ranges (RFC 5737): believable, owned by no one.
QString address(DemoRandom& rng, int net)
{
    static constexpr const char* kNets[] = { "192.0.2.", "198.51.100.", "203.0.113." };
    return QString::fromLatin1(kNets[net]) + QString::number(rng.between(2, 254));
}

class History final
{
public:
    History(AuditLog& log, const DemoAuditFacts& facts)
        : m_facts(facts)
    {
        // Pseudonyms come from the store's secret; made here, on the writer's
        // thread, so the producer thread never touches the log.
        for (const Operator& op : facts.operators) {
            m_opActor << log.operatorActor(op);
            AuditPersonalData p = log.operatorPersonal(op);
            p.sourceAddress = QStringLiteral("198.51.100.") + QString::number(10 + m_opActor.size());
            m_opPersonal << p;
        }
        m_rootActor = log.pseudonym(QStringLiteral("op"), QStringLiteral("root"));
        for (const auto& u : facts.users)
            m_userActor.push_back(log.pseudonym(QStringLiteral("user"),
                QString::number(facts.tenants[size_t(u.tenant)].id) + u'/' + QString::number(u.id)));
        for (const auto& k : facts.keys)
            m_keyActor.push_back(log.pseudonym(QStringLiteral("key"), k.prefix));
        m_userRange.assign(facts.tenants.size(), { 0, 0 });
        m_keyRange.assign(facts.tenants.size(), { 0, 0 });
        // Users and keys come grouped by tenant: each tenant's are one range.
        const auto ranges = [](const auto& rows, std::vector<std::pair<size_t, size_t>>& out) {
            for (size_t i = 0; i < rows.size(); ++i) {
                auto& r = out[size_t(rows[i].tenant)];
                if (r.second == 0)
                    r.first = i;
                r.second = i + 1;
            }
        };
        ranges(facts.users, m_userRange);
        ranges(facts.keys, m_keyRange);
        DemoRandom ips = DemoRandom::stream(facts.seed, AddressStream);
        for (size_t i = 0; i < facts.users.size(); ++i)
            m_userAddress.push_back(address(ips, int(ips.below(2))));
        double total = 0;
        for (const auto& t : facts.tenants) {
            total += std::max(0.01, t.weight);
            m_tenantCumulative.push_back(total);
        }
    }

    // ------------------------------------------------------------ drafts

    static AuditEventDraft draft(std::optional<qint64> tenant, const QString& actor, AuditEventType type,
        const QString& resource, QJsonObject details)
    {
        AuditEventDraft d;
        if (tenant)
            d.tenant = TenantId(*tenant);
        d.actorId = actor;
        d.type = type;
        d.resource = resource;
        d.details = std::move(details);
        return d;
    }

    AuditEventDraft byOperator(int op, AuditEventType type, std::optional<qint64> tenant,
        const QString& resource, QJsonObject details) const
    {
        AuditEventDraft d = draft(tenant, m_opActor.value(op), type, resource, std::move(details));
        d.personal = m_opPersonal.value(op);
        return d;
    }

    AuditEventDraft byUser(size_t user, AuditEventType type, QJsonObject details) const
    {
        const auto& u = m_facts.users[user];
        const qint64 tenant = m_facts.tenants[size_t(u.tenant)].id;
        AuditEventDraft d
            = draft(tenant, m_userActor[user], type, tenantResource(tenant), std::move(details));
        d.personal.actorName = u.name;
        d.personal.actorEmail = u.email;
        d.personal.sourceAddress = m_userAddress[user];
        d.subject = m_userActor[user];
        return d;
    }

    AuditEventDraft byKey(size_t key, AuditEventType type, QJsonObject details) const
    {
        const auto& k = m_facts.keys[key];
        details.insert(QStringLiteral("key_id"), k.id);
        details.insert(QStringLiteral("prefix"), k.prefix);
        return draft(m_facts.tenants[size_t(k.tenant)].id, m_keyActor[key], type,
            QStringLiteral("api_key/") + QString::number(k.id), std::move(details));
    }

    /// An operator adding, changing or removing a tenant user (as TenantService records it).
    AuditEventDraft userEvent(
        int op, size_t user, AuditEventType type, bool active, const QString& change) const
    {
        const auto& u = m_facts.users[user];
        QJsonObject details { { QStringLiteral("user_id"), u.id },
            { QStringLiteral("subject"), m_userActor[user] },
            { QStringLiteral("role"), tenantUserRoleId(u.role) }, { QStringLiteral("active"), active } };
        if (!change.isEmpty())
            details.insert(QStringLiteral("change"), change);
        AuditEventDraft d = byOperator(op, type, m_facts.tenants[size_t(u.tenant)].id,
            QStringLiteral("tenant_user/") + QString::number(u.id), details);
        d.personal.details = QJsonObject { { QStringLiteral("user_email"), u.email },
            { QStringLiteral("user_name"), u.name } };
        d.subject = m_userActor[user];
        return d;
    }

    AuditEventDraft failedLogin(
        const QString& typed, const QString& actor, const QString& reason, const QString& from) const
    {
        AuditEventDraft d = draft(std::nullopt, actor, AuditEventType::LoginFailed,
            QStringLiteral("operator"), { { QStringLiteral("reason"), reason } });
        d.outcome = AuditOutcome::Failure;
        d.personal.details = QJsonObject { { QStringLiteral("username"), typed } };
        d.personal.sourceAddress = from;
        return d;
    }

    AuditEventDraft login(int op, AuditEventType type) const
    {
        const Operator& o = m_facts.operators.at(op);
        QJsonObject details { { QStringLiteral("operator_id"), o.id },
            { QStringLiteral("operator"), m_opActor.value(op) } };
        if (type == AuditEventType::Login)
            details.insert(QStringLiteral("rehashed"), false);
        return byOperator(
            op, type, std::nullopt, QStringLiteral("operator/") + QString::number(o.id), details);
    }

    [[nodiscard]] bool userActiveAt(size_t user, qint64 t) const
    {
        const auto& u = m_facts.users[user];
        return t >= u.createdAt && t < u.leftAt;
    }
    [[nodiscard]] bool keyActiveAt(size_t key, qint64 t) const
    {
        const auto& k = m_facts.keys[key];
        return t >= k.createdAt && t < k.revokedAt;
    }
    [[nodiscard]] bool tenantActiveAt(size_t tenant, qint64 t) const
    {
        const auto& x = m_facts.tenants[tenant];
        return t >= x.createdAt && t < x.activeUntil;
    }

    /// A user of `tenant` active at `t` (and allowed to export when `exporter`), or -1.
    qint64 pickUser(DemoRandom& rng, size_t tenant, qint64 t, bool exporter) const
    {
        const auto [from, to] = m_userRange[tenant];
        if (to <= from)
            return -1;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const size_t u = from + size_t(rng.below(qint64(to - from)));
            if (userActiveAt(u, t) && (!exporter || m_facts.users[u].role != TenantUserRole::Viewer))
                return qint64(u);
        }
        return -1;
    }
    qint64 pickKey(DemoRandom& rng, size_t tenant, qint64 t) const
    {
        const auto [from, to] = m_keyRange[tenant];
        if (to <= from)
            return -1;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const size_t k = from + size_t(rng.below(qint64(to - from)));
            if (keyActiveAt(k, t))
                return qint64(k);
        }
        return -1;
    }
    /// The newest key of `tenant` in use at `t` (the one its traffic comes from), or -1.
    qint64 newestKey(size_t tenant, qint64 t) const
    {
        const auto [from, to] = m_keyRange[tenant];
        for (size_t k = to; k > from; --k) {
            if (keyActiveAt(k - 1, t))
                return qint64(k - 1);
        }
        return -1;
    }

    // ------------------------------------------------------------ lifecycle

    /// Everything that is not hourly traffic: lifecycle, sessions, backups,
    /// quota warnings, GDPR, the alert patterns. Sorted by time.
    std::vector<Timed> lifecycle()
    {
        std::vector<Timed> out;
        const auto add = [&out](qint64 secs, AuditEventDraft d, qint64 ms = 0) {
            const bool cut = alertable(d);
            out.push_back({ secs * kMs + ms, std::move(d), cut });
        };
        for (size_t ti = 0; ti < m_facts.tenants.size(); ++ti)
            tenantLifecycle(ti, add);
        operatorSessions(add);
        nightly(add);
        quotaWarnings(add);
        gdpr(add);
        patterns(add);
        std::stable_sort(out.begin(), out.end(), [](const Timed& a, const Timed& b) { return a.ms < b.ms; });
        return out;
    }

    template <typename Add> void tenantLifecycle(size_t ti, Add& add)
    {
        const auto& t = m_facts.tenants[ti];
        DemoRandom rng = DemoRandom::stream(m_facts.seed, LifecycleStream, ti);
        const qint64 lastActivity = std::min(t.activeUntil, m_facts.periodEnd);
        // Higher tiers mostly started one tier lower and were upgraded later.
        Tier initial = t.tier;
        qint64 upgradedAt = 0;
        if ((t.tier == Tier::Pro || t.tier == Tier::Enterprise) && lastActivity - t.createdAt > 20 * kDay
            && rng.chance(0.6)) {
            initial = t.tier == Tier::Pro ? Tier::Basic : Tier::Pro;
            upgradedAt = t.createdAt + qint64(rng.uniform(0.2, 0.8) * double(lastActivity - t.createdAt));
            upgradedAt = upgradedAt / kDay * kDay + rng.between(9, 16) * kHour + rng.below(3'600);
            upgradedAt = std::clamp(upgradedAt, t.createdAt + kDay, lastActivity - kHour);
        }
        const int provisioner = rng.chance(0.7) ? Admin : Officer;
        QJsonArray configKeys;
        for (const ConfigEntry& c : t.config)
            configKeys.append(c.key);
        add(t.createdAt - 60,
            byOperator(provisioner, AuditEventType::TenantProvisioned, t.id, tenantResource(t.id),
                { { QStringLiteral("slug"), t.slug }, { QStringLiteral("tier"), tierId(initial) },
                    { QStringLiteral("region"), t.region },
                    { QStringLiteral("custom_price_cents"),
                        initial == Tier::Enterprise ? orNull(t.customPriceCents)
                                                    : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("config_keys"), configKeys } }));
        if (upgradedAt > 0)
            add(upgradedAt,
                byOperator(rng.chance(0.5) ? Admin : Officer, AuditEventType::TenantTierChanged, t.id,
                    tenantResource(t.id),
                    { { QStringLiteral("from"), tierId(initial) }, { QStringLiteral("to"), tierId(t.tier) },
                        { QStringLiteral("from_price_cents"), QJsonValue(QJsonValue::Null) },
                        { QStringLiteral("to_price_cents"), orNull(t.customPriceCents) } }));
        // A setting changed again some weeks after provisioning.
        if (!t.config.isEmpty() && t.handWritten) {
            const ConfigEntry& c = t.config.at(qsizetype(rng.below(t.config.size())));
            const qint64 at
                = t.createdAt + qint64(rng.uniform(0.3, 0.9) * double(lastActivity - t.createdAt));
            if (at > t.createdAt + kDay)
                add(at,
                    byOperator(Admin, AuditEventType::ConfigurationChanged, t.id, tenantResource(t.id),
                        { { QStringLiteral("change"), QStringLiteral("set") },
                            { QStringLiteral("key"), c.key },
                            { QStringLiteral("type"), configTypeId(c.type) },
                            { QStringLiteral("created"), false } }));
        }
        const auto [userFrom, userTo] = m_userRange[ti];
        for (size_t u = userFrom; u < userTo; ++u) {
            const auto& user = m_facts.users[u];
            add(user.createdAt,
                userEvent(rng.chance(0.75) ? Admin : Officer, u, AuditEventType::TenantUserAdded, true, {}));
            if (user.leftAt < m_facts.periodEnd)
                add(user.leftAt,
                    userEvent(rng.chance(0.75) ? Admin : Officer, u, AuditEventType::TenantUserChanged, false,
                        QStringLiteral("deactivated")));
        }
        const auto [keyFrom, keyTo] = m_keyRange[ti];
        for (size_t k = keyFrom; k < keyTo; ++k) {
            const auto& key = m_facts.keys[k];
            const int creator = key.createdBy == QLatin1String("officer") ? Officer : Admin;
            AuditEventDraft created = byOperator(creator, AuditEventType::ApiKeyCreated, t.id,
                QStringLiteral("api_key/") + QString::number(key.id),
                { { QStringLiteral("key_id"), key.id }, { QStringLiteral("prefix"), key.prefix } });
            created.personal.details.insert(QStringLiteral("key_name"), key.name);
            add(key.createdAt, created);
            if (key.revokedAt < m_facts.periodEnd)
                add(key.revokedAt,
                    byOperator(creator, AuditEventType::ApiKeyRevoked, t.id,
                        QStringLiteral("api_key/") + QString::number(key.id),
                        { { QStringLiteral("key_id"), key.id }, { QStringLiteral("prefix"), key.prefix } }));
        }
        if (t.status == TenantStatus::Suspended) {
            AuditEventDraft d = byOperator(Officer, AuditEventType::TenantSuspended, t.id,
                tenantResource(t.id), { { QStringLiteral("from"), QStringLiteral("active") } });
            d.personal.details.insert(QStringLiteral("reason"), t.statusReason);
            add(t.statusChangedAt, d);
            suspendedAccess(ti, t.statusChangedAt, m_facts.periodEnd, rng, add);
        } else if (t.status == TenantStatus::Offboarding) {
            add(t.statusChangedAt,
                byOperator(Admin, AuditEventType::TenantOffboarded, t.id, tenantResource(t.id),
                    { { QStringLiteral("from"), QStringLiteral("active") },
                        { QStringLiteral("grace_days"), 30 },
                        { QStringLiteral("purge_after"), t.statusChangedAt + 30 * kDay } }));
        }
    }

    /// Clients that keep calling a suspended tenant's API, and a user who
    /// tries the dashboard: refused, reason "tenant_suspended".
    template <typename Add>
    void suspendedAccess(size_t ti, qint64 from, qint64 until, DemoRandom& rng, Add& add)
    {
        for (int burst = 0; burst < 3; ++burst) {
            const qint64 start = from + kHour * (2 + burst * rng.between(10, 30)) + rng.below(3'000);
            if (start >= until)
                break;
            const qint64 key = newestKey(ti, from - 1);
            const int attempts = rng.between(2, 6);
            for (int a = 0; a < attempts && key >= 0; ++a) {
                AuditEventDraft d = byKey(size_t(key), AuditEventType::AuthenticationFailure,
                    { { QStringLiteral("reason"), QStringLiteral("tenant_suspended") } });
                d.outcome = AuditOutcome::Denied;
                add(std::min(until - 1, start + a * rng.between(20, 300)), d, rng.below(1'000));
            }
            const qint64 user = pickUser(rng, ti, from - 1, false);
            if (user >= 0 && burst == 0) {
                AuditEventDraft d = byUser(size_t(user), AuditEventType::DataRead,
                    { { QStringLiteral("via"), QStringLiteral("dashboard") },
                        { QStringLiteral("reason"), QStringLiteral("tenant_suspended") } });
                d.outcome = AuditOutcome::Denied;
                add(std::min(until - 1, start + 900), d);
            }
        }
    }

    // ------------------------------------------------------------ operators

    template <typename Add> void operatorSessions(Add& add)
    {
        DemoRandom rng = DemoRandom::stream(m_facts.seed, OperatorStream);
        static constexpr double kWorkday[] = { 0.95, 0.9, 0.85, 0.35 };
        for (qint64 day = m_facts.periodStart; day < m_facts.periodEnd; day += kDay) {
            for (int op = 0; op < int(m_facts.operators.size()) && op < 4; ++op) {
                if (!rng.chance(weekend(day) ? 0.08 : kWorkday[op]))
                    continue;
                const qint64 in = day + 7 * kHour + rng.below(2 * kHour + 1'800);
                if (rng.chance(0.05))
                    add(in - rng.between(15, 90),
                        failedLogin(m_facts.operators.at(op).username, m_opActor.value(op),
                            QStringLiteral("wrong_password"), m_opPersonal.value(op).sourceAddress));
                add(in, login(op, AuditEventType::Login));
                // Sessions without a sign-out end by closing the window.
                if (rng.chance(0.8))
                    add(std::min(m_facts.periodEnd - 1, in + 5 * kHour + rng.below(4 * kHour)),
                        login(op, AuditEventType::Logout));
            }
        }
    }

    // ------------------------------------------------------------ system

    template <typename Add> void nightly(Add& add)
    {
        DemoRandom rng = DemoRandom::stream(m_facts.seed, OperatorStream, 1);
        double bytes = 1.8e9;
        for (qint64 day = m_facts.periodStart; day < m_facts.periodEnd; day += kDay) {
            bytes *= rng.uniform(1.001, 1.006);
            AuditEventDraft d;
            d.type = AuditEventType::BackupCompleted;
            d.resource = QStringLiteral("store");
            d.details = QJsonObject { { QStringLiteral("kind"), QStringLiteral("nightly") },
                { QStringLiteral("bytes"), qint64(bytes) },
                { QStringLiteral("duration_ms"), qint64(bytes / 9.0e5 * rng.logNormal(0.2)) },
                { QStringLiteral("file"),
                    QString(QStringLiteral("geoconsole-") + dayId(day).remove(u'-')
                        + QStringLiteral(".sqlite3")) } };
            add(day + 2 * kHour + rng.below(1'200), d);
        }
        // The platform's own settings changed twice in the period.
        const qint64 span = m_facts.periodEnd - m_facts.periodStart;
        add(m_facts.periodStart + span / 9 + 10 * kHour,
            byOperator(Admin, AuditEventType::ConfigurationChanged, std::nullopt, QStringLiteral("settings"),
                { { QStringLiteral("change"), QStringLiteral("set") },
                    { QStringLiteral("key"), QStringLiteral("backup.retention_days") },
                    { QStringLiteral("old_value"), 30 }, { QStringLiteral("value"), 45 } }));
        add(m_facts.periodStart + span / 2 + 14 * kHour,
            byOperator(Officer, AuditEventType::ConfigurationChanged, std::nullopt,
                QStringLiteral("alert_rule/export_burst"),
                { { QStringLiteral("change"), QStringLiteral("alert_rule") },
                    { QStringLiteral("rule"), QStringLiteral("export_burst") },
                    { QStringLiteral("enabled"), true }, { QStringLiteral("threshold"), 20 },
                    { QStringLiteral("window_seconds"), 600 }, { QStringLiteral("old_enabled"), true },
                    { QStringLiteral("old_threshold"), 20 },
                    { QStringLiteral("old_window_seconds"), 600 } }));
    }

    /// 80 % and 100 % of a tier's daily request quota, from the request log.
    template <typename Add> void quotaWarnings(Add& add)
    {
        DemoRandom rng = DemoRandom::stream(m_facts.seed, OperatorStream, 2);
        qint64 day = -1;
        int tenant = -1;
        qint64 used = 0;
        int level = 0;
        for (const auto& h : m_facts.hours) {
            const qint64 d = h.hour - h.hour % kDay;
            if (h.tenant != tenant || d != day) {
                tenant = h.tenant;
                day = d;
                used = 0;
                level = 0;
            }
            const auto& t = m_facts.tenants[size_t(h.tenant)];
            const auto limit = tierLimits(t.tier).maxRequestsPerDay;
            used += h.requests;
            if (!limit || level >= 2)
                continue;
            const int now = used >= *limit ? 2 : used * 5 >= *limit * 4 ? 1 : 0;
            for (int l = level + 1; l <= now; ++l) {
                AuditEventDraft e;
                e.tenant = TenantId(t.id);
                e.type = l == 2 ? AuditEventType::QuotaExceeded : AuditEventType::QuotaWarning;
                e.resource = tenantResource(t.id);
                e.details = QJsonObject { { QStringLiteral("quota"), QStringLiteral("requests_per_day") },
                    { QStringLiteral("day"), dayId(d) }, { QStringLiteral("used"), used },
                    { QStringLiteral("limit"), *limit }, { QStringLiteral("percent"), l == 2 ? 100 : 80 } };
                add(h.hour + kHour - 1 - rng.below(600), e, l);
            }
            level = std::max(level, now);
        }
    }

    // ------------------------------------------------------------ GDPR

    template <typename Add> void gdpr(Add& add)
    {
        DemoRandom rng = DemoRandom::stream(m_facts.seed, GdprStream);
        const qint64 span = m_facts.periodEnd - m_facts.periodStart;
        int number = 0;
        for (int i = 0; i < 6 && !m_facts.users.empty(); ++i) {
            const bool erasure = i % 3 == 2;
            const qint64 at = m_facts.periodStart
                + qint64(rng.uniform(0.05, 0.8) * double(span)) / kHour * kHour + rng.between(8, 15) * kHour;
            qint64 user = -1;
            for (int attempt = 0; attempt < 40 && user < 0; ++attempt) {
                const auto u = size_t(rng.below(qint64(m_facts.users.size())));
                const auto& x = m_facts.users[u];
                // Erasure is asked for by people who have left; access by anyone.
                const bool fits = erasure ? (x.leftAt < at && x.createdAt < at) : userActiveAt(u, at);
                if (fits && !m_gdprUsers.contains(u))
                    user = qint64(u);
            }
            if (user < 0 || at >= m_facts.periodEnd - kDay)
                continue;
            m_gdprUsers.insert(size_t(user));
            const auto& u = m_facts.users[size_t(user)];
            const QString request = QStringLiteral("GDPR-%1-%2")
                                        .arg(QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date().year())
                                        .arg(++number, 4, 10, QLatin1Char('0'));
            const QString resource = QStringLiteral("tenant_user/") + QString::number(u.id);
            const qint64 tenant = m_facts.tenants[size_t(u.tenant)].id;
            QJsonObject details { { QStringLiteral("request_id"), request },
                { QStringLiteral("kind"), erasure ? QStringLiteral("erasure") : QStringLiteral("access") },
                { QStringLiteral("subject"), m_userActor[size_t(user)] } };
            AuditEventDraft received
                = byOperator(Officer, AuditEventType::GdprRequestReceived, tenant, resource, details);
            received.personal.details = QJsonObject { { QStringLiteral("user_email"), u.email } };
            received.subject = m_userActor[size_t(user)];
            add(at, received);
            const qint64 done
                = std::min(m_facts.periodEnd - 1, at + rng.between(2, 12) * kDay + rng.below(6 * kHour));
            if (erasure) {
                add(done,
                    byOperator(Officer, AuditEventType::GdprErasureCompleted, tenant, resource, details));
                m_erased << m_userActor[size_t(user)];
            } else {
                details.insert(QStringLiteral("format"), QStringLiteral("json"));
                add(done,
                    byOperator(Officer, AuditEventType::GdprExportCompleted, tenant, resource, details));
            }
        }
    }

    // ------------------------------------------------------------ patterns

    template <typename Add> void patterns(Add& add)
    {
        DemoRandom rng = DemoRandom::stream(m_facts.seed, PatternStream);
        const qint64 span = m_facts.periodEnd - m_facts.periodStart;
        const auto at = [&](double fraction, int hour) {
            return m_facts.periodStart + qint64(fraction * double(span)) / kDay * kDay + hour * kHour;
        };
        // Someone guessing the administrator's password at night.
        const QString attacker = address(rng, 2);
        qint64 t = at(0.22, 2) + rng.below(1'800);
        for (int i = 0; i < 9; ++i) {
            t += rng.between(8, 30);
            add(t,
                failedLogin(QStringLiteral("admin"), m_opActor.value(Admin), QStringLiteral("wrong_password"),
                    attacker));
        }
        // Trying account names that do not exist.
        const QString scanner = address(rng, 2);
        t = at(0.55, 3) + rng.below(1'800);
        for (int i = 0; i < 14; ++i) {
            t += rng.between(5, 25);
            add(t, failedLogin(QStringLiteral("root"), m_rootActor, QStringLiteral("unknown_user"), scanner));
        }
        // The analyst forgot a changed password, then got it right.
        t = at(0.8, 8) + rng.below(1'800);
        for (int i = 0; i < 6; ++i) {
            t += rng.between(30, 90);
            add(t,
                failedLogin(QStringLiteral("analyst"), m_opActor.value(Analyst),
                    QStringLiteral("wrong_password"), m_opPersonal.value(Analyst).sourceAddress));
        }
        add(t + 120, login(Analyst, AuditEventType::Login));
        // One user exporting far more than usual within minutes.
        t = at(0.65, 13) + rng.below(1'800);
        qint64 exporter = -1;
        for (size_t ti = 0; ti < m_facts.tenants.size() && exporter < 0; ++ti) {
            if (tenantActiveAt(ti, t) && m_facts.tenants[ti].handWritten)
                exporter = pickUser(rng, ti, t, true);
        }
        if (exporter >= 0) {
            static constexpr const char* kViews[] = { "predictions", "history", "stations" };
            for (int i = 0; i < 32; ++i) {
                t += rng.between(5, 18);
                AuditEventDraft d = byUser(size_t(exporter), AuditEventType::DataExported,
                    { { QStringLiteral("via"), QStringLiteral("dashboard") },
                        { QStringLiteral("view"), QString::fromLatin1(kViews[i % 3]) },
                        { QStringLiteral("format"), QStringLiteral("csv") },
                        { QStringLiteral("rows"), rng.between(5'000, 50'000) } });
                add(t, d);
            }
        }
        // A customer suspended for late payment, refused for two days, then reactivated.
        for (size_t ti = 0; ti < m_facts.tenants.size(); ++ti) {
            const auto& x = m_facts.tenants[ti];
            const qint64 from = at(0.35, 10) + rng.below(3'600);
            const qint64 until = from + 2 * kDay + 5 * kHour;
            if (!x.handWritten || x.tier != Tier::Basic || x.status != TenantStatus::Active
                || x.createdAt > from || until >= m_facts.periodEnd)
                continue;
            AuditEventDraft d = byOperator(Officer, AuditEventType::TenantSuspended, x.id,
                tenantResource(x.id), { { QStringLiteral("from"), QStringLiteral("active") } });
            d.personal.details.insert(
                QStringLiteral("reason"), QStringLiteral("Payment overdue for more than 30 days."));
            add(from, d);
            suspendedAccess(ti, from, until, rng, add);
            add(until,
                byOperator(Officer, AuditEventType::TenantReactivated, x.id, tenantResource(x.id), {}));
            break;
        }
    }

    // ------------------------------------------------------------ hourly traffic

    AuditEventDraft predictionBucket(const DemoAuditFacts::Hour& h) const
    {
        const auto& t = m_facts.tenants[size_t(h.tenant)];
        const qint64 key = newestKey(size_t(h.tenant), h.hour + kHour / 2);
        AuditEventDraft d;
        d.tenant = TenantId(t.id);
        d.type = AuditEventType::PredictionRequested;
        d.outcome = h.errors * 4 > h.predictions ? AuditOutcome::Failure : AuditOutcome::Success;
        d.resource = tenantResource(t.id);
        d.details = QJsonObject { { QStringLiteral("window_start"), h.hour },
            { QStringLiteral("window_seconds"), kHour }, { QStringLiteral("requests"), h.predictions },
            { QStringLiteral("errors"), h.errors } };
        if (key >= 0) {
            d.actorId = m_keyActor[size_t(key)];
            d.details.insert(QStringLiteral("key_id"), m_facts.keys[size_t(key)].id);
        }
        return d;
    }

    /// One of the everyday reads and exports that fill the hours.
    AuditEventDraft everyday(DemoRandom& rng, qint64 t) const
    {
        static constexpr const char* kViews[]
            = { "predictions", "predictions", "forecast_map", "usage", "stations", "history" };
        static constexpr const char* kEndpoints[] = { "/v1/stations", "/v1/history" };
        static constexpr const char* kOperatorViews[] = { "tenant_detail", "usage", "users", "api_keys" };
        size_t tenant = m_facts.tenants.size();
        for (int attempt = 0; attempt < 8; ++attempt) {
            const double r = rng.uniform() * m_tenantCumulative.back();
            const auto i = size_t(std::upper_bound(m_tenantCumulative.begin(), m_tenantCumulative.end(), r)
                - m_tenantCumulative.begin());
            const size_t pick = std::min(i, m_facts.tenants.size() - 1);
            if (tenantActiveAt(pick, t)) {
                tenant = pick;
                break;
            }
        }
        const double kind = rng.uniform();
        if (tenant < m_facts.tenants.size() && kind < 0.975) {
            qint64 user = -1;
            if (kind >= 0.70 && kind < 0.94) {
                const qint64 key = pickKey(rng, tenant, t);
                if (key >= 0)
                    return byKey(size_t(key), AuditEventType::DataRead,
                        { { QStringLiteral("via"), QStringLiteral("api_key") },
                            { QStringLiteral("endpoint"), QString::fromLatin1(rng.pick(kEndpoints)) } });
            }
            const bool exports = kind >= 0.94;
            user = pickUser(rng, tenant, t, exports);
            if (user < 0 && exports)
                user = pickUser(rng, tenant, t, false);
            if (user >= 0) {
                const bool exported = exports && m_facts.users[size_t(user)].role != TenantUserRole::Viewer;
                QJsonObject details { { QStringLiteral("via"), QStringLiteral("dashboard") },
                    { QStringLiteral("view"), QString::fromLatin1(rng.pick(kViews)) },
                    { QStringLiteral("rows"), rng.between(20, exported ? 20'000 : 2'000) } };
                if (exported)
                    details.insert(QStringLiteral("format"),
                        rng.chance(0.7) ? QStringLiteral("csv") : QStringLiteral("json"));
                return byUser(size_t(user),
                    exported ? AuditEventType::DataExported : AuditEventType::DataRead, details);
            }
        }
        // An operator looking at a tenant (or at the tenant list).
        const int op = rng.chance(0.5) ? Officer : rng.chance(0.6) ? Admin : Analyst;
        if (tenant < m_facts.tenants.size()) {
            const qint64 id = m_facts.tenants[tenant].id;
            return byOperator(op, AuditEventType::DataRead, id, tenantResource(id),
                { { QStringLiteral("via"), QStringLiteral("console") },
                    { QStringLiteral("view"), QString::fromLatin1(rng.pick(kOperatorViews)) } });
        }
        return byOperator(op, AuditEventType::DataRead, std::nullopt, QStringLiteral("tenant"),
            { { QStringLiteral("via"), QStringLiteral("console") },
                { QStringLiteral("view"), QStringLiteral("tenant_list") } });
    }

    [[nodiscard]] const QStringList& erasedSubjects() const { return m_erased; }
    [[nodiscard]] const QString& officerActor() const { return m_opActor.at(Officer); }

private:
    const DemoAuditFacts& m_facts;
    QStringList m_opActor;
    QList<AuditPersonalData> m_opPersonal;
    QString m_rootActor;
    std::vector<QString> m_userActor;
    std::vector<QString> m_keyActor;
    std::vector<QString> m_userAddress;
    std::vector<std::pair<size_t, size_t>> m_userRange;
    std::vector<std::pair<size_t, size_t>> m_keyRange;
    std::vector<double> m_tenantCumulative;
    QSet<size_t> m_gdprUsers;
    QStringList m_erased;
};

/// One batch for appendBatch, and whether the weekly checkpoint follows it.
struct Batch
{
    std::vector<AuditEventDraft> drafts;
    qint64 lastMs = 0;
    std::optional<qint64> checkpointAtMs;
    bool done = false;
};

/// Produces the events in time order, batch by batch (on a thread of its own).
class Producer final
{
public:
    Producer(const History& history, const DemoAuditFacts& facts, std::vector<Timed> lifecycle, qint64 count)
        : m_history(history)
        , m_facts(facts)
        , m_lifecycle(std::move(lifecycle))
        , m_rng(DemoRandom::stream(facts.seed, HourStream))
    {
        // Mondays 09:00 UTC within the period: the officer signs a checkpoint.
        const qint64 end = m_facts.historyEnd;
        for (qint64 day = m_facts.periodStart; day + 9 * kHour < end; day += kDay) {
            if (((day / kDay) + 3) % 7 == 0 && day > m_facts.periodStart)
                m_checkpoints.push_back(day + 9 * kHour);
        }
        std::erase_if(m_lifecycle, [end](const Timed& t) { return t.ms >= end * kMs; });
        std::vector<const DemoAuditFacts::Hour*> traffic;
        for (const auto& h : m_facts.hours) {
            if (h.predictions > 0 && h.hour + kHour <= end)
                traffic.push_back(&h);
        }
        std::stable_sort(
            traffic.begin(), traffic.end(), [](const auto* a, const auto* b) { return a->hour < b->hour; });

        // The budget: lifecycle first, then the checkpoints, then the hourly
        // traffic (thinned evenly), and the everyday reads fill the rest.
        qint64 left = count;
        const auto take = [&left](qint64 wanted) {
            const qint64 n = std::clamp<qint64>(wanted, 0, left);
            left -= n;
            return n;
        };
        m_lifecycle.resize(size_t(take(qint64(m_lifecycle.size()))));
        m_checkpoints.resize(size_t(take(qint64(m_checkpoints.size()))));
        const auto trafficTotal = qint64(traffic.size());
        const qint64 trafficKept = take(trafficTotal);
        for (qint64 i = 0; i < trafficTotal; ++i) {
            if ((i + 1) * trafficKept / trafficTotal > i * trafficKept / trafficTotal)
                m_traffic.push_back(traffic[size_t(i)]);
        }
        spreadEveryday(left);
    }

    [[nodiscard]] qint64 checkpoints() const { return qint64(m_checkpoints.size()); }

    Batch next()
    {
        Batch batch;
        batch.drafts.reserve(DemoAuditHistory::kBatch);
        while (int(batch.drafts.size()) < DemoAuditHistory::kBatch) {
            if (m_pos == m_hourEvents.size()) {
                m_hourEvents.clear();
                m_pos = 0;
                if (!fillNextHour(batch))
                    break;
                continue;
            }
            Timed& next = m_hourEvents[m_pos++];
            batch.lastMs = next.ms;
            next.draft.timeUtcMs = next.ms;
            batch.drafts.push_back(std::move(next.draft));
            if (next.alertable)
                break;
        }
        batch.done = batch.drafts.empty() && !batch.checkpointAtMs;
        return batch;
    }

private:
    /// Everyday events per hour of the period, shaped by office hours,
    /// weekends and growth, summing to exactly `total`.
    void spreadEveryday(qint64 total)
    {
        const qint64 hours = (m_facts.historyEnd - m_facts.periodStart + kHour - 1) / kHour;
        std::vector<double> weight(size_t(std::max<qint64>(hours, 0)));
        double sum = 0;
        for (qint64 h = 0; h < hours; ++h) {
            const qint64 t = m_facts.periodStart + h * kHour;
            const int hourOfDay = int((t % kDay) / kHour);
            const double office = 0.15 + std::exp(-std::pow(hourOfDay - 10.0, 2) / 12.0)
                + 0.8 * std::exp(-std::pow(hourOfDay - 15.0, 2) / 10.0);
            const double w = office * (weekend(t) ? 0.35 : 1.0) * (1.0 + 0.5 * double(h) / double(hours));
            weight[size_t(h)] = w;
            sum += w;
        }
        m_everyday.resize(weight.size());
        double cumulative = 0;
        qint64 given = 0;
        for (size_t h = 0; h < weight.size(); ++h) {
            cumulative += weight[h];
            const qint64 upTo
                = h + 1 == weight.size() ? total : qint64(std::floor(double(total) * cumulative / sum));
            m_everyday[h] = std::max<qint64>(0, upTo - given);
            given += m_everyday[h];
        }
    }

    /// Loads the events of the next hour (or of everything before the
    /// period); false when there are none left. Stops at a checkpoint.
    bool fillNextHour(Batch& batch)
    {
        if (m_hour < 0) {
            // Lifecycle before the period: tenants and users from earlier years.
            m_hour = m_facts.periodStart;
            while (m_life < m_lifecycle.size() && m_lifecycle[m_life].ms < m_hour * kMs)
                m_hourEvents.push_back(std::move(m_lifecycle[m_life++]));
            return true;
        }
        if (m_hour >= m_facts.historyEnd) {
            while (m_life < m_lifecycle.size())
                m_hourEvents.push_back(std::move(m_lifecycle[m_life++]));
            return !m_hourEvents.empty();
        }
        if (m_nextCheckpoint < m_checkpoints.size() && m_checkpoints[m_nextCheckpoint] <= m_hour) {
            // End the batch here: the checkpoint covers everything before this hour.
            batch.checkpointAtMs = m_checkpoints[m_nextCheckpoint++] * kMs;
            return false;
        }
        const qint64 end = m_hour + kHour;
        while (m_life < m_lifecycle.size() && m_lifecycle[m_life].ms < end * kMs)
            m_hourEvents.push_back(std::move(m_lifecycle[m_life++]));
        while (m_nextTraffic < m_traffic.size() && m_traffic[m_nextTraffic]->hour < end) {
            // The hour's bucket is closed and logged at its end.
            m_hourEvents.push_back({ end * kMs - 1, m_history.predictionBucket(*m_traffic[m_nextTraffic]) });
            ++m_nextTraffic;
        }
        const qint64 everyday = m_everyday[size_t((m_hour - m_facts.periodStart) / kHour)];
        const qint64 length = std::min(kHour, m_facts.historyEnd - m_hour);
        for (qint64 i = 0; i < everyday; ++i) {
            const qint64 t = m_hour + m_rng.below(length);
            m_hourEvents.push_back({ t * kMs + m_rng.below(kMs), m_history.everyday(m_rng, t) });
        }
        std::stable_sort(m_hourEvents.begin(), m_hourEvents.end(),
            [](const Timed& a, const Timed& b) { return a.ms < b.ms; });
        m_hour = end;
        return true;
    }

    const History& m_history;
    const DemoAuditFacts& m_facts;
    std::vector<Timed> m_lifecycle;
    std::vector<const DemoAuditFacts::Hour*> m_traffic;
    std::vector<qint64> m_everyday;
    std::vector<qint64> m_checkpoints; ///< unix seconds
    DemoRandom m_rng;
    std::vector<Timed> m_hourEvents;
    size_t m_pos = 0;
    size_t m_life = 0;
    size_t m_nextTraffic = 0;
    size_t m_nextCheckpoint = 0;
    qint64 m_hour = -1;
};

} // namespace

void DemoAuditHistory::write(AuditLog& log, ManualClock& clock, const DemoAuditFacts& facts, qint64 count,
    const std::function<bool(qint64)>& progress)
{
    if (count <= 0)
        return;
    History history(log, facts);
    Producer producer(history, facts, history.lifecycle(), count);
    const auto cancelled = [] {
        return StoreError(StoreError::Kind::Interrupted,
            QCoreApplication::translate(
                "DemoGenerator", "Generating the demo data was cancelled. Nothing was written."));
    };
    qint64 done = 0;
    auto pending = std::async(std::launch::async, [&producer] { return producer.next(); });
    for (;;) {
        Batch batch = pending.get();
        if (batch.done)
            break;
        pending = std::async(std::launch::async, [&producer] { return producer.next(); });
        if (!batch.drafts.empty()) {
            // Automatic checkpoints are signed "when" their last event happened.
            clock.set(QDateTime::fromMSecsSinceEpoch(batch.lastMs, Qt::UTC));
            log.appendBatch(batch.drafts);
            done += qint64(batch.drafts.size());
        }
        if (batch.checkpointAtMs) {
            clock.set(QDateTime::fromMSecsSinceEpoch(*batch.checkpointAtMs, Qt::UTC));
            log.checkpoint(history.officerActor());
            ++done;
        }
        if (progress && !progress(done)) {
            pending.wait();
            throw cancelled();
        }
    }
    for (const QString& subject : history.erasedSubjects())
        log.eraseSubject(subject);
}

} // namespace gc
