#include "TenantService.h"

#include "SqliteTenantRepository.h"

#include "audit/AuditLog.h"
#include "audit/AuditedPermission.h"
#include "core/DomainError.h"
#include "store/PseudonymSecret.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace gc {

namespace {

using Kind = DomainError::Kind;

constexpr int kMaxNameLength = 120;
constexpr int kMaxStringConfigLength = 1024;
constexpr int kMaxGraceDays = 365;
constexpr int kPeakWindowDays = 30;
constexpr qint64 kMaxDurationSecs = 3650LL * 86'400; // ten years
const QString kKeyScheme = QStringLiteral("gck_");

[[noreturn]] void fail(Kind kind, const QString& message, const QString& field = {})
{
    throw DomainError(kind, message, field);
}

bool matches(const QRegularExpression& re, const QString& text)
{
    return re.match(text).hasMatch();
}

const QRegularExpression& slugPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"));
    return re;
}

const QRegularExpression& configKeyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.]{0,63}$"));
    return re;
}

/// A practical address check (RFC 5321 lengths, a dotted domain, no spaces);
/// deliverability is not something a console can know.
bool isEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
        "[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return email.size() <= 254 && matches(re, email) && !email.startsWith(u'.')
        && !email.contains(QLatin1String("..")) && !email.section(u'@', 0, 0).endsWith(u'.');
}

/// Lower-cases the domain; the local part is the mailbox owner's business.
QString canonicalEmail(const QString& email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    return email.left(at + 1) + email.mid(at + 1).toLower();
}

QString checkedEmail(const QString& raw, const QString& field)
{
    const QString email = raw.trimmed();
    if (email.isEmpty())
        fail(Kind::Invalid, QCoreApplication::translate("TenantService", "Enter an e-mail address."), field);
    if (!isEmail(email))
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService", "“%1” is not a valid e-mail address.").arg(email), field);
    return canonicalEmail(email);
}

QString checkedName(const QString& raw, const QString& field, bool required)
{
    const QString name = raw.simplified();
    if (required && name.isEmpty())
        fail(Kind::Invalid, QCoreApplication::translate("TenantService", "Enter a name."), field);
    if (name.size() > kMaxNameLength)
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService", "A name can have at most %1 characters.")
                 .arg(kMaxNameLength),
             field);
    return name;
}

QString checkedRegion(const QString& raw)
{
    const QString region = raw.trimmed().toLower();
    if (!knownRegions().contains(region))
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService", "“%1” is not a known region. Choose one of: %2.")
                 .arg(raw.trimmed(), knownRegions().join(QLatin1String(", "))),
             QStringLiteral("region"));
    return region;
}

void checkPrice(Tier tier, std::optional<qint64> priceCents)
{
    if (!priceCents)
        return;
    if (tier != Tier::Enterprise)
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService",
                                         "Only Enterprise tenants have a custom price; the %1 tier has a fixed price.")
                 .arg(tierDisplayName(tier)),
             QStringLiteral("customPriceCents"));
    if (*priceCents < 0)
        fail(Kind::Invalid, QCoreApplication::translate("TenantService", "The custom price cannot be negative."),
             QStringLiteral("customPriceCents"));
}

QString tenantLabel(const Tenant& t)
{
    return t.name.isEmpty() ? t.slug : t.name;
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

// ---------------------------------------------------------------- config values

[[noreturn]] void badValue(const QString& message)
{
    fail(Kind::Invalid, message, QStringLiteral("value"));
}

QString canonicalInteger(const QString& raw)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]{1,19}$"));
    const QString text = raw.trimmed();
    bool ok = false;
    const qint64 v = matches(re, text) ? text.toLongLong(&ok) : 0;
    if (!ok)
        badValue(QCoreApplication::translate("TenantService",
                                             "“%1” is not a whole number between %2 and %3.")
                     .arg(text, QString::number(std::numeric_limits<qint64>::min()),
                          QString::number(std::numeric_limits<qint64>::max())));
    return QString::number(v);
}

/// Plain decimal notation, no exponent: sign only when negative, no leading
/// zeros, no trailing fractional zeros ("+007.50" -> "7.5", "-0.0" -> "0").
QString canonicalDecimal(const QString& raw)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?)([0-9]{0,30})(?:\\.([0-9]{0,30}))?$"));
    const QString text = raw.trimmed();
    const auto m = re.match(text);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        badValue(QCoreApplication::translate("TenantService",
                                             "“%1” is not a decimal number (for example 12.5 or -0.25).")
                     .arg(text));
    QString whole = m.captured(2);
    QString fraction = m.captured(3);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString out = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    if (m.captured(1) == QLatin1String("-") && out != QLatin1String("0"))
        out.prepend(u'-');
    return out;
}

QString canonicalBoolean(const QString& raw)
{
    const QString text = raw.trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1"))
        return QStringLiteral("true");
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("0"))
        return QStringLiteral("false");
    badValue(QCoreApplication::translate("TenantService",
                                         "“%1” is not a yes/no value (use true, false, yes, no, 1 or 0).")
                 .arg(raw.trimmed()));
}

QString canonicalUrl(const QString& raw)
{
    const QString text = raw.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        badValue(QCoreApplication::translate("TenantService",
                                             "“%1” is not a web address (it must start with http:// or https:// "
                                             "and name a host).")
                     .arg(text));
    return url.toString(QUrl::FullyEncoded);
}

/// Accepts one or more number-unit groups ("90s", "15m", "2h", "7d",
/// "1h30m"); stores the total in the largest unit that divides it exactly
/// ("120m" -> "2h", "1h30m" -> "90m", "0d" -> "0s").
QString canonicalDuration(const QString& raw)
{
    static const QRegularExpression whole(QStringLiteral("^(?:[0-9]{1,10}[smhd])+$"));
    static const QRegularExpression part(QStringLiteral("([0-9]{1,10})([smhd])"));
    const QString text = raw.simplified().remove(u' ').toLower();
    const auto invalid = [&] {
        badValue(QCoreApplication::translate("TenantService",
                                             "“%1” is not a duration (for example 30s, 15m, 2h or 7d; at most "
                                             "3650 days).")
                     .arg(raw.trimmed()));
    };
    if (!matches(whole, text))
        invalid();
    qint64 total = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 factor = unit == u'd' ? 86'400 : unit == u'h' ? 3'600 : unit == u'm' ? 60 : 1;
        if (n > kMaxDurationSecs / factor)
            invalid();
        total += n * factor;
        if (total > kMaxDurationSecs)
            invalid();
    }
    if (total == 0)
        return QStringLiteral("0s");
    static constexpr std::pair<qint64, char16_t> kUnits[] = {{86'400, u'd'}, {3'600, u'h'}, {60, u'm'}, {1, u's'}};
    for (const auto& [secs, unit] : kUnits) {
        if (total % secs == 0)
            return QString::number(total / secs) + QChar(unit);
    }
    return QString::number(total) + u's';
}

// ---------------------------------------------------------------- API keys

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), n) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    return bytes;
}

/// A key is 32 random bytes: far beyond guessing, so a plain SHA-256 is the
/// right storage. A slow KDF only helps low-entropy secrets such as passwords.
QByteArray keyHash(const QString& secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

/// "gck_" + 8 hex, the part that is stored in clear and shown in lists.
constexpr qsizetype kPrefixLength = 12;
constexpr qsizetype kSecretLength = kPrefixLength + 1 + 43;

bool wellFormedSecret(const QString& secret)
{
    static const QRegularExpression re(QStringLiteral("^gck_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$"));
    return secret.size() == kSecretLength && matches(re, secret);
}

// ---------------------------------------------------------------- audit

QString tenantResource(TenantId id)
{
    return QStringLiteral("tenant/") + QString::number(id.value);
}

QString keyResource(qint64 keyId)
{
    return QStringLiteral("api_key/") + QString::number(keyId);
}

QString userResource(qint64 userId)
{
    return QStringLiteral("tenant_user/") + QString::number(userId);
}

QJsonValue jsonPrice(std::optional<qint64> cents)
{
    return cents ? QJsonValue(*cents) : QJsonValue(QJsonValue::Null);
}

/// Numbers, yes/no values and durations say nothing about a person; text,
/// addresses and web addresses may, so their values stay in the personal part.
bool configValueIsPersonal(ConfigType type)
{
    switch (type) {
    case ConfigType::Integer:
    case ConfigType::Decimal:
    case ConfigType::Boolean:
    case ConfigType::Duration:
        return false;
    case ConfigType::String:
    case ConfigType::Url:
    case ConfigType::Email:
        break;
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------- basics

TenantService::TenantService(Store& store, const Clock& clock, const Session& session, AuditLog& log)
    : m_store(store), m_clock(clock), m_session(session), m_log(log),
      m_repo(std::make_unique<SqliteTenantRepository>(store.db()))
{
}

TenantService::~TenantService() = default;

QDate TenantService::todayUtc() const
{
    return m_clock.nowUtc().date();
}

AuditEventDraft TenantService::auditDraft(AuditEventType type, std::optional<TenantId> tenant,
                                         const QString& resource) const
{
    AuditEventDraft d;
    d.tenant = tenant;
    m_log.attributeTo(d, m_session.op());
    d.type = type;
    d.resource = resource;
    return d;
}

QString TenantService::auditSubjectOfUser(TenantId id, qint64 userId) const
{
    return m_log.pseudonym(QStringLiteral("user"), QString::number(id.value) + u'/' + QString::number(userId));
}

void TenantService::recordUserEvent(AuditEventType type, const TenantUser& user, const QJsonObject& details)
{
    AuditEventDraft d = auditDraft(type, user.tenantId, userResource(user.id));
    d.details = details;
    d.details.insert(QStringLiteral("user_id"), user.id);
    d.details.insert(QStringLiteral("subject"), auditSubjectOfUser(user.tenantId, user.id));
    d.details.insert(QStringLiteral("role"), tenantUserRoleId(user.role));
    d.details.insert(QStringLiteral("active"), user.active);
    d.personal.details = QJsonObject{{QStringLiteral("user_email"), user.email},
                                     {QStringLiteral("user_name"), user.displayName}};
    d.subject = auditSubjectOfUser(user.tenantId, user.id);
    m_log.append(d);
}

void TenantService::recordKeyRefusal(AuditOutcome outcome, const QString& reason, std::optional<TenantId> tenant,
                                     const QString& resource, const QString& prefix)
{
    AuditEventDraft d;
    d.tenant = tenant;
    // The presenter of a key is known only by the key it presented.
    if (!prefix.isEmpty())
        d.actorId = m_log.pseudonym(QStringLiteral("key"), prefix);
    d.type = AuditEventType::AuthenticationFailure;
    d.outcome = outcome;
    d.resource = resource;
    d.details = QJsonObject{{QStringLiteral("reason"), reason}};
    if (!prefix.isEmpty())
        d.details.insert(QStringLiteral("prefix"), prefix);
    m_store.transact([&] { m_log.append(d); });
}

Tenant TenantService::requireTenant(TenantId id) const
{
    auto t = m_repo->tenant(id);
    if (!t)
        fail(Kind::NotFound, QCoreApplication::translate("TenantService", "The tenant does not exist."));
    return *t;
}

Tenant TenantService::requireWritable(TenantId id) const
{
    Tenant t = requireTenant(id);
    if (t.status == TenantStatus::Offboarding)
        fail(Kind::Conflict,
             QCoreApplication::translate("TenantService",
                                         "The tenant “%1” is being offboarded and is read-only.")
                 .arg(tenantLabel(t)));
    return t;
}

// ---------------------------------------------------------------- tenants

QList<TenantSummary> TenantService::listTenants() const
{
    m_session.require(Action::ViewTenants);
    return m_repo->listSummaries(QDateTime(todayUtc(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

Tenant TenantService::tenant(TenantId id) const
{
    m_session.require(Action::ViewTenants);
    return requireTenant(id);
}

Tenant TenantService::tenantBySlug(const QString& slug) const
{
    m_session.require(Action::ViewTenants);
    auto t = m_repo->tenantBySlug(slug.trimmed());
    if (!t)
        fail(Kind::NotFound,
             QCoreApplication::translate("TenantService", "There is no tenant “%1”.").arg(slug.trimmed()));
    return *t;
}

Tenant TenantService::provision(const TenantDraft& draft)
{
    requireRecorded(m_log, m_session, Action::ProvisionTenant, AuditEventType::TenantProvisioned,
                    std::nullopt, QStringLiteral("tenant"));

    Tenant t;
    t.slug = draft.slug.trimmed();
    if (!matches(slugPattern(), t.slug))
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService",
                                         "The slug must be 3 to 40 characters of lower-case letters, digits and "
                                         "hyphens, and cannot start or end with a hyphen."),
             QStringLiteral("slug"));
    t.name = checkedName(draft.name, QStringLiteral("name"), true);
    t.contactName = checkedName(draft.contactName, QStringLiteral("contactName"), false);
    t.contactEmail = checkedEmail(draft.contactEmail, QStringLiteral("contactEmail"));
    t.region = checkedRegion(draft.region);
    checkPrice(draft.tier, draft.customPriceCents);
    t.tier = draft.tier;
    t.customPriceCents = draft.customPriceCents;
    t.status = TenantStatus::Active;
    t.createdAt = m_clock.nowUtc();

    QList<ConfigEntry> config;
    QStringList keys;
    for (const ConfigEntry& e : draft.config) {
        ConfigEntry valid = validateConfig(e);
        if (keys.contains(valid.key))
            fail(Kind::Invalid,
                 QCoreApplication::translate("TenantService", "The configuration key “%1” is given twice.")
                     .arg(valid.key),
                 QStringLiteral("key"));
        keys << valid.key;
        config << valid;
    }

    return m_store.transact([&] {
        if (m_repo->tenantBySlug(t.slug))
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService", "The slug “%1” is already taken by another tenant.")
                     .arg(t.slug),
                 QStringLiteral("slug"));
        Tenant stored = t;
        stored.id = m_repo->insertTenant(t);
        for (const ConfigEntry& e : config)
            m_repo->upsertConfig(stored.id, e);
        AuditEventDraft d = auditDraft(AuditEventType::TenantProvisioned, stored.id, tenantResource(stored.id));
        QJsonArray keys;
        for (const ConfigEntry& e : config)
            keys.append(e.key);
        d.details = QJsonObject{{QStringLiteral("slug"), stored.slug},
                                {QStringLiteral("tier"), tierId(stored.tier)},
                                {QStringLiteral("region"), stored.region},
                                {QStringLiteral("custom_price_cents"), jsonPrice(stored.customPriceCents)},
                                {QStringLiteral("config_keys"), keys}};
        m_log.append(d);
        return stored;
    });
}

Tenant TenantService::updateDetails(TenantId id, const QString& name, const QString& contactName,
                                    const QString& contactEmail, const QString& region)
{
    requireRecorded(m_log, m_session, Action::EditTenant, AuditEventType::DataUpdated, id, tenantResource(id));
    const QString newName = checkedName(name, QStringLiteral("name"), true);
    const QString newContact = checkedName(contactName, QStringLiteral("contactName"), false);
    const QString newEmail = checkedEmail(contactEmail, QStringLiteral("contactEmail"));
    const QString newRegion = checkedRegion(region);

    return m_store.transact([&] {
        Tenant t = requireWritable(id);
        QJsonArray changed;
        const auto note = [&changed](const QString& before, const QString& after, const char* field) {
            if (before != after)
                changed.append(QLatin1String(field));
        };
        note(t.name, newName, "name");
        note(t.contactName, newContact, "contact_name");
        note(t.contactEmail, newEmail, "contact_email");
        note(t.region, newRegion, "region");
        t.name = newName;
        t.contactName = newContact;
        t.contactEmail = newEmail;
        t.region = newRegion;
        m_repo->updateTenant(t);
        AuditEventDraft d = auditDraft(AuditEventType::DataUpdated, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("change"), QStringLiteral("details")},
                                {QStringLiteral("fields"), changed}};
        m_log.append(d);
        return t;
    });
}

QStringList TenantService::problemsFor(const Tenant& t, Tier to) const
{
    QStringList problems;
    const TierLimits limits = tierLimits(to);
    if (limits.maxUsers) {
        const int active = m_repo->activeUserCount(t.id);
        if (active > *limits.maxUsers)
            problems << QCoreApplication::translate("TenantService",
                                                    "The tenant has %1 active users; the %2 tier allows %3. "
                                                    "Deactivate %4 users first.")
                            .arg(formatCount(active), tierDisplayName(to), formatCount(*limits.maxUsers),
                                 formatCount(active - *limits.maxUsers));
    }
    if (limits.maxRequestsPerDay) {
        const QDate today = todayUtc();
        const auto days = m_repo->usageByDay(t.id, today.addDays(-(kPeakWindowDays - 1)), today);
        const UsageDay* peak = nullptr;
        for (const UsageDay& d : days) {
            if (!peak || d.requests > peak->requests)
                peak = &d;
        }
        if (peak && peak->requests > *limits.maxRequestsPerDay)
            problems << QCoreApplication::translate("TenantService",
                                                    "The tenant made %1 requests on %2 (its peak in the last %3 "
                                                    "days); the %4 tier allows %5 per day.")
                            .arg(formatCount(peak->requests), QLocale().toString(peak->day, QLocale::ShortFormat),
                                 QString::number(kPeakWindowDays), tierDisplayName(to),
                                 formatCount(*limits.maxRequestsPerDay));
    }
    return problems;
}

QStringList TenantService::tierChangeProblems(TenantId id, Tier to) const
{
    m_session.require(Action::ViewTenants);
    return problemsFor(requireTenant(id), to);
}

Tenant TenantService::changeTier(TenantId id, Tier to, std::optional<qint64> customPriceCents)
{
    requireRecorded(m_log, m_session, Action::ChangeTier, AuditEventType::TenantTierChanged, id, tenantResource(id));
    checkPrice(to, customPriceCents);

    return m_store.transact([&] {
        Tenant t = requireWritable(id);
        if (t.tier == to && t.customPriceCents == customPriceCents)
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService", "The tenant “%1” is already on the %2 tier.")
                     .arg(tenantLabel(t), tierDisplayName(to)),
                 QStringLiteral("tier"));
        const QStringList problems = problemsFor(t, to);
        if (!problems.isEmpty())
            fail(Kind::QuotaExceeded,
                 QCoreApplication::translate("TenantService", "The tenant “%1” cannot move to the %2 tier: %3")
                     .arg(tenantLabel(t), tierDisplayName(to), problems.join(u' ')),
                 QStringLiteral("tier"));
        AuditEventDraft d = auditDraft(AuditEventType::TenantTierChanged, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("from"), tierId(t.tier)},
                                {QStringLiteral("to"), tierId(to)},
                                {QStringLiteral("from_price_cents"), jsonPrice(t.customPriceCents)},
                                {QStringLiteral("to_price_cents"), jsonPrice(customPriceCents)}};
        t.tier = to;
        t.customPriceCents = customPriceCents;
        m_repo->updateTenant(t);
        m_log.append(d);
        return t;
    });
}

Tenant TenantService::suspend(TenantId id, const QString& reason)
{
    requireRecorded(m_log, m_session, Action::SuspendTenant, AuditEventType::TenantSuspended, id, tenantResource(id));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        fail(Kind::Invalid, QCoreApplication::translate("TenantService", "Give a reason for the suspension."),
             QStringLiteral("reason"));

    return m_store.transact([&] {
        Tenant t = requireWritable(id);
        if (t.status == TenantStatus::Suspended)
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService", "The tenant “%1” is already suspended.")
                     .arg(tenantLabel(t)));
        AuditEventDraft d = auditDraft(AuditEventType::TenantSuspended, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("from"), tenantStatusId(t.status)}};
        // Free text may name people: it goes with the personal part.
        d.personal.details.insert(QStringLiteral("reason"), why);
        t.status = TenantStatus::Suspended;
        t.statusReason = why;
        t.statusChangedAt = m_clock.nowUtc();
        m_repo->updateTenant(t);
        m_log.append(d);
        return t;
    });
}

Tenant TenantService::reactivate(TenantId id)
{
    requireRecorded(m_log, m_session, Action::SuspendTenant, AuditEventType::TenantReactivated,
                    id, tenantResource(id));

    return m_store.transact([&] {
        Tenant t = requireWritable(id);
        if (t.status != TenantStatus::Suspended)
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService", "The tenant “%1” is not suspended.")
                     .arg(tenantLabel(t)));
        t.status = TenantStatus::Active;
        t.statusReason.clear();
        t.statusChangedAt = m_clock.nowUtc();
        m_repo->updateTenant(t);
        m_log.append(auditDraft(AuditEventType::TenantReactivated, id, tenantResource(id)));
        return t;
    });
}

Tenant TenantService::offboard(TenantId id, int graceDays)
{
    requireRecorded(m_log, m_session, Action::OffboardTenant, AuditEventType::TenantOffboarded,
                    id, tenantResource(id));
    if (graceDays < 0 || graceDays > kMaxGraceDays)
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService", "The grace period must be between 0 and %1 days.")
                 .arg(kMaxGraceDays),
             QStringLiteral("graceDays"));

    return m_store.transact([&] {
        Tenant t = requireWritable(id);
        const QDateTime now = m_clock.nowUtc();
        t.status = TenantStatus::Offboarding;
        t.statusChangedAt = now;
        t.statusReason.clear();
        AuditEventDraft d = auditDraft(AuditEventType::TenantOffboarded, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("from"), tenantStatusId(t.status)},
                                {QStringLiteral("grace_days"), graceDays}};
        t.purgeAfter = now.addDays(graceDays);
        m_repo->updateTenant(t);
        d.details.insert(QStringLiteral("purge_after"), t.purgeAfter->toSecsSinceEpoch());
        m_log.append(d);
        return t;
    });
}

void TenantService::purge(TenantId id, const QString& confirmSlug, bool ignoreGrace,
                          const std::function<bool(qint64, qint64)>& progress)
{
    requireRecorded(m_log, m_session, Action::PurgeTenant, AuditEventType::TenantPurged, id, tenantResource(id));

    m_store.transact([&] {
        const Tenant t = requireTenant(id);
        if (t.status != TenantStatus::Offboarding)
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService",
                                             "The tenant “%1” must be offboarded before it can be purged.")
                     .arg(tenantLabel(t)));
        if (confirmSlug.trimmed() != t.slug)
            fail(Kind::Invalid,
                 QCoreApplication::translate("TenantService",
                                             "Type the tenant's slug “%1” exactly to confirm the purge.")
                     .arg(t.slug),
                 QStringLiteral("confirmation"));
        if (!ignoreGrace && t.purgeAfter && m_clock.nowUtc() < *t.purgeAfter)
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService",
                                             "The grace period of “%1” runs until %2; it cannot be purged before.")
                     .arg(tenantLabel(t), QLocale().toString(t.purgeAfter->toLocalTime(), QLocale::ShortFormat)));
        const QMap<QString, qint64> deleted = m_repo->purgeTenant(id, progress);
        QJsonObject rows;
        for (auto it = deleted.cbegin(); it != deleted.cend(); ++it)
            rows.insert(it.key(), it.value());
        AuditEventDraft d = auditDraft(AuditEventType::TenantPurged, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("slug"), t.slug},
                                {QStringLiteral("ignored_grace"), ignoreGrace},
                                {QStringLiteral("rows"), rows}};
        m_log.append(d);
    });
}

// ---------------------------------------------------------------- configuration

QList<ConfigEntry> TenantService::config(TenantId id) const
{
    m_session.require(Action::ViewTenants);
    requireTenant(id);
    return m_repo->config(id);
}

ConfigEntry TenantService::validateConfig(const ConfigEntry& entry)
{
    ConfigEntry out = entry;
    out.key = entry.key.trimmed();
    if (!matches(configKeyPattern(), out.key))
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService",
                                         "“%1” is not a valid key: use 1 to 64 lower-case letters, digits, “_” and "
                                         "“.”, starting with a letter.")
                 .arg(out.key),
             QStringLiteral("key"));
    switch (entry.type) {
    case ConfigType::String:
        if (entry.value.size() > kMaxStringConfigLength)
            badValue(QCoreApplication::translate("TenantService", "A text value can have at most %1 characters.")
                         .arg(kMaxStringConfigLength));
        out.value = entry.value;
        break;
    case ConfigType::Integer:
        out.value = canonicalInteger(entry.value);
        break;
    case ConfigType::Decimal:
        out.value = canonicalDecimal(entry.value);
        break;
    case ConfigType::Boolean:
        out.value = canonicalBoolean(entry.value);
        break;
    case ConfigType::Url:
        out.value = canonicalUrl(entry.value);
        break;
    case ConfigType::Email:
        out.value = checkedEmail(entry.value, QStringLiteral("value"));
        break;
    case ConfigType::Duration:
        out.value = canonicalDuration(entry.value);
        break;
    }
    return out;
}

ConfigEntry TenantService::setConfig(TenantId id, const ConfigEntry& entry)
{
    requireRecorded(m_log, m_session, Action::EditTenant, AuditEventType::ConfigurationChanged,
                    id, tenantResource(id));
    const ConfigEntry valid = validateConfig(entry);

    return m_store.transact([&] {
        requireWritable(id);
        const QList<ConfigEntry> before = m_repo->config(id);
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&valid](const ConfigEntry& e) { return e.key == valid.key; });
        m_repo->upsertConfig(id, valid);
        AuditEventDraft d = auditDraft(AuditEventType::ConfigurationChanged, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("change"), QStringLiteral("set")},
                                {QStringLiteral("key"), valid.key},
                                {QStringLiteral("type"), configTypeId(valid.type)},
                                {QStringLiteral("created"), old == before.cend()}};
        QJsonObject& values = configValueIsPersonal(valid.type) ? d.personal.details : d.details;
        values.insert(QStringLiteral("value"), valid.value);
        if (old != before.cend()) {
            QJsonObject& oldValues = configValueIsPersonal(old->type) ? d.personal.details : d.details;
            oldValues.insert(QStringLiteral("old_value"), old->value);
            d.details.insert(QStringLiteral("old_type"), configTypeId(old->type));
        }
        m_log.append(d);
        return valid;
    });
}

void TenantService::removeConfig(TenantId id, const QString& key)
{
    requireRecorded(m_log, m_session, Action::EditTenant, AuditEventType::ConfigurationChanged,
                    id, tenantResource(id));

    m_store.transact([&] {
        requireWritable(id);
        if (!m_repo->removeConfig(id, key.trimmed()))
            fail(Kind::NotFound,
                 QCoreApplication::translate("TenantService", "The tenant has no configuration key “%1”.")
                     .arg(key.trimmed()),
                 QStringLiteral("key"));
        AuditEventDraft d = auditDraft(AuditEventType::ConfigurationChanged, id, tenantResource(id));
        d.details = QJsonObject{{QStringLiteral("change"), QStringLiteral("unset")},
                                {QStringLiteral("key"), key.trimmed()}};
        m_log.append(d);
    });
}

// ---------------------------------------------------------------- users

QByteArray TenantService::pseudonymKey() const
{
    if (m_pseudonymKey.isEmpty())
        m_pseudonymKey = PseudonymSecret::get(m_store);
    return m_pseudonymKey;
}

TenantUser TenantService::visible(TenantUser u) const
{
    if (m_session.can(Action::ViewPersonalData))
        return u;
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray::number(u.id), pseudonymKey(),
                                                            QCryptographicHash::Sha256);
    const QString tag = QString::fromLatin1(mac.left(4).toHex());
    u.email = QStringLiteral("user-") + tag;
    u.displayName = QCoreApplication::translate("TenantService", "User %1").arg(tag);
    return u;
}

QList<TenantUser> TenantService::users(TenantId id) const
{
    m_session.require(Action::ViewTenantUsers);
    requireTenant(id);
    QList<TenantUser> out = m_repo->users(id);
    for (TenantUser& u : out)
        u = visible(std::move(u));
    return out;
}

namespace {

[[noreturn]] void userQuotaExceeded(const Tenant& t)
{
    const int max = tierLimits(t.tier).maxUsers.value_or(0);
    fail(Kind::QuotaExceeded,
         QCoreApplication::translate("TenantService",
                                     "The %1 tier allows at most %2 active users, and “%3” has reached that limit. "
                                     "Deactivate a user or move to a larger tier.")
             .arg(tierDisplayName(t.tier), formatCount(max), tenantLabel(t)));
}

void requireFreeEmail(const TenantRepository& repo, TenantId id, const QString& email, qint64 exceptUserId)
{
    if (repo.emailTaken(id, email, exceptUserId))
        fail(Kind::Conflict,
             QCoreApplication::translate("TenantService", "The tenant already has a user with the e-mail “%1”.")
                 .arg(email),
             QStringLiteral("email"));
}

[[noreturn]] void userNotFound()
{
    fail(Kind::NotFound, QCoreApplication::translate("TenantService", "The user does not exist for this tenant."));
}

} // namespace

TenantUser TenantService::addUser(TenantId id, const QString& email, const QString& displayName, TenantUserRole role)
{
    requireRecorded(m_log, m_session, Action::ManageTenantUsers, AuditEventType::TenantUserAdded,
                    id, QStringLiteral("tenant_user"));
    TenantUser u;
    u.email = checkedEmail(email, QStringLiteral("email"));
    u.displayName = checkedName(displayName, QStringLiteral("displayName"), true);
    u.role = role;
    u.active = true;
    u.tenantId = id;
    u.createdAt = m_clock.nowUtc();

    const TenantUser stored = m_store.transact([&] {
        const Tenant t = requireWritable(id);
        requireFreeEmail(*m_repo, id, u.email, 0);
        const auto max = tierLimits(t.tier).maxUsers;
        if (max && m_repo->activeUserCount(id) >= *max)
            userQuotaExceeded(t);
        TenantUser row = u;
        row.id = m_repo->insertUser(id, u);
        recordUserEvent(AuditEventType::TenantUserAdded, row, {});
        return row;
    });
    return visible(stored);
}

TenantUser TenantService::editUser(TenantId id, qint64 userId, const QString& email, const QString& displayName,
                                   TenantUserRole role)
{
    requireRecorded(m_log, m_session, Action::ManageTenantUsers, AuditEventType::TenantUserChanged,
                    id, userResource(userId));
    const QString newEmail = checkedEmail(email, QStringLiteral("email"));
    const QString newName = checkedName(displayName, QStringLiteral("displayName"), true);

    const TenantUser stored = m_store.transact([&] {
        requireWritable(id);
        auto u = m_repo->user(id, userId);
        if (!u)
            userNotFound();
        requireFreeEmail(*m_repo, id, newEmail, userId);
        QJsonArray changed;
        if (u->email != newEmail)
            changed.append(QStringLiteral("email"));
        if (u->displayName != newName)
            changed.append(QStringLiteral("display_name"));
        QJsonObject details{{QStringLiteral("change"), QStringLiteral("edited")}};
        if (u->role != role) {
            changed.append(QStringLiteral("role"));
            details.insert(QStringLiteral("old_role"), tenantUserRoleId(u->role));
        }
        details.insert(QStringLiteral("fields"), changed);
        u->email = newEmail;
        u->displayName = newName;
        u->role = role;
        m_repo->updateUser(id, *u);
        recordUserEvent(AuditEventType::TenantUserChanged, *u, details);
        return *u;
    });
    return visible(stored);
}

TenantUser TenantService::deactivateUser(TenantId id, qint64 userId)
{
    requireRecorded(m_log, m_session, Action::ManageTenantUsers, AuditEventType::TenantUserChanged,
                    id, userResource(userId));

    const TenantUser stored = m_store.transact([&] {
        requireWritable(id);
        auto u = m_repo->user(id, userId);
        if (!u)
            userNotFound();
        if (!u->active)
            fail(Kind::Conflict, QCoreApplication::translate("TenantService", "The user is already deactivated."));
        u->active = false;
        u->deactivatedAt = m_clock.nowUtc();
        m_repo->updateUser(id, *u);
        recordUserEvent(AuditEventType::TenantUserChanged, *u,
                        QJsonObject{{QStringLiteral("change"), QStringLiteral("deactivated")}});
        return *u;
    });
    return visible(stored);
}

TenantUser TenantService::reactivateUser(TenantId id, qint64 userId)
{
    requireRecorded(m_log, m_session, Action::ManageTenantUsers, AuditEventType::TenantUserChanged,
                    id, userResource(userId));

    const TenantUser stored = m_store.transact([&] {
        const Tenant t = requireWritable(id);
        auto u = m_repo->user(id, userId);
        if (!u)
            userNotFound();
        if (u->active)
            fail(Kind::Conflict, QCoreApplication::translate("TenantService", "The user is already active."));
        const auto max = tierLimits(t.tier).maxUsers;
        if (max && m_repo->activeUserCount(id) >= *max)
            userQuotaExceeded(t);
        u->active = true;
        u->deactivatedAt.reset();
        m_repo->updateUser(id, *u);
        recordUserEvent(AuditEventType::TenantUserChanged, *u,
                        QJsonObject{{QStringLiteral("change"), QStringLiteral("reactivated")}});
        return *u;
    });
    return visible(stored);
}

// ---------------------------------------------------------------- API keys

QList<ApiKey> TenantService::apiKeys(TenantId id) const
{
    m_session.require(Action::ViewApiKeys);
    requireTenant(id);
    return m_repo->apiKeys(id);
}

NewApiKey TenantService::createApiKey(TenantId id, const QString& name)
{
    requireRecorded(m_log, m_session, Action::ManageApiKeys, AuditEventType::ApiKeyCreated,
                    id, QStringLiteral("api_key"));
    const QString keyName = checkedName(name, QStringLiteral("name"), true);

    return m_store.transact([&] {
        requireWritable(id);
        NewApiKey created;
        ApiKey& k = created.key;
        // 2^32 prefixes: a clash is rare but possible, so draw again.
        for (int attempt = 0;; ++attempt) {
            k.prefix = kKeyScheme + QString::fromLatin1(randomBytes(4).toHex());
            if (!m_repo->apiKeyByPrefix(k.prefix))
                break;
            if (attempt == 16)
                throw std::runtime_error("no free API key prefix");
        }
        created.secret = k.prefix + u'_'
            + QString::fromLatin1(
                  randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        k.tenantId = id;
        k.name = keyName;
        k.createdAt = m_clock.nowUtc();
        k.createdBy = m_session.op().username;
        k.id = m_repo->insertApiKey(id, k, keyHash(created.secret));
        // The prefix is public (it is shown in every list); the secret never leaves this call.
        AuditEventDraft d = auditDraft(AuditEventType::ApiKeyCreated, id, keyResource(k.id));
        d.details = QJsonObject{{QStringLiteral("key_id"), k.id}, {QStringLiteral("prefix"), k.prefix}};
        d.personal.details.insert(QStringLiteral("key_name"), k.name);
        m_log.append(d);
        return created;
    });
}

ApiKey TenantService::revokeApiKey(TenantId id, qint64 keyId)
{
    requireRecorded(m_log, m_session, Action::ManageApiKeys, AuditEventType::ApiKeyRevoked, id, keyResource(keyId));

    return m_store.transact([&] {
        requireWritable(id);
        auto k = m_repo->apiKey(id, keyId);
        if (!k)
            fail(Kind::NotFound,
                 QCoreApplication::translate("TenantService", "The API key does not exist for this tenant."));
        if (k->revoked())
            fail(Kind::Conflict,
                 QCoreApplication::translate("TenantService", "The API key “%1” is already revoked.").arg(k->name));
        k->revokedAt = m_clock.nowUtc();
        m_repo->revokeApiKey(id, keyId, k->revokedAt->toSecsSinceEpoch());
        AuditEventDraft d = auditDraft(AuditEventType::ApiKeyRevoked, id, keyResource(keyId));
        d.details = QJsonObject{{QStringLiteral("key_id"), keyId}, {QStringLiteral("prefix"), k->prefix}};
        m_log.append(d);
        return *k;
    });
}

std::optional<ApiKey> TenantService::authenticateApiKey(const QString& secret)
{
    if (!wellFormedSecret(secret)) {
        // Whatever was presented may be a mistyped secret: none of it is recorded.
        recordKeyRefusal(AuditOutcome::Failure, QStringLiteral("malformed"), std::nullopt,
                         QStringLiteral("api_key"), {});
        return std::nullopt;
    }
    const QString prefix = secret.left(kPrefixLength);
    const auto found = m_repo->apiKeyByPrefix(prefix);
    if (!found) {
        recordKeyRefusal(AuditOutcome::Failure, QStringLiteral("unknown_key"), std::nullopt,
                         QStringLiteral("api_key"), prefix);
        return std::nullopt;
    }
    ApiKey key = found->first;
    const QByteArray presented = keyHash(secret);
    const QByteArray& stored = found->second;
    if (stored.size() != presented.size()
        || CRYPTO_memcmp(stored.constData(), presented.constData(), size_t(stored.size())) != 0) {
        recordKeyRefusal(AuditOutcome::Failure, QStringLiteral("wrong_secret"), key.tenantId, keyResource(key.id),
                         prefix);
        return std::nullopt;
    }
    if (key.revoked()) {
        recordKeyRefusal(AuditOutcome::Denied, QStringLiteral("key_revoked"), key.tenantId, keyResource(key.id),
                         prefix);
        return std::nullopt;
    }
    const auto t = m_repo->tenant(key.tenantId);
    if (!t || t->status != TenantStatus::Active) {
        QString reason = QStringLiteral("tenant_missing");
        if (t)
            reason = t->status == TenantStatus::Suspended ? QStringLiteral("tenant_suspended")
                                                          : QStringLiteral("tenant_offboarding");
        recordKeyRefusal(AuditOutcome::Denied, reason, key.tenantId, keyResource(key.id), prefix);
        return std::nullopt;
    }

    key.lastUsedAt = m_clock.nowUtc();
    m_store.transact([&] {
        m_repo->touchApiKey(key.tenantId, key.id, key.lastUsedAt->toSecsSinceEpoch());
        // The key's use is access to the tenant's data; the platform's prediction
        // requests themselves are counted in the request log.
        AuditEventDraft d;
        d.tenant = key.tenantId;
        d.actorId = m_log.pseudonym(QStringLiteral("key"), key.prefix);
        d.type = AuditEventType::DataRead;
        d.resource = keyResource(key.id);
        d.details = QJsonObject{{QStringLiteral("via"), QStringLiteral("api_key")},
                                {QStringLiteral("key_id"), key.id},
                                {QStringLiteral("prefix"), key.prefix}};
        m_log.append(d);
    });
    return key;
}

// ---------------------------------------------------------------- usage and quotas

QList<UsageDay> TenantService::usage(TenantId id, int days) const
{
    m_session.require(Action::ViewUsage);
    if (days < 1 || days > 3660)
        fail(Kind::Invalid,
             QCoreApplication::translate("TenantService", "The usage period must be between 1 and 3660 days."),
             QStringLiteral("days"));
    requireTenant(id);
    const QDate today = todayUtc();
    return m_repo->usageByDay(id, today.addDays(-(days - 1)), today);
}

QuotaStatus TenantService::userQuota(TenantId id) const
{
    m_session.require(Action::ViewTenants);
    const Tenant t = requireTenant(id);
    QuotaStatus q;
    q.used = m_repo->activeUserCount(id);
    if (const auto max = tierLimits(t.tier).maxUsers)
        q.limit = *max;
    return q;
}

QuotaStatus TenantService::requestQuotaToday(TenantId id) const
{
    m_session.require(Action::ViewTenants);
    const Tenant t = requireTenant(id);
    const QDate today = todayUtc();
    const auto days = m_repo->usageByDay(id, today, today);
    QuotaStatus q;
    q.used = days.isEmpty() ? 0 : days.first().requests;
    q.limit = tierLimits(t.tier).maxRequestsPerDay;
    return q;
}

} // namespace gc
