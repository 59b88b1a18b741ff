#include "DemoGenerator.h"

#include "DemoAuditHistory.h"
#include "DemoCatalog.h"
#include "DemoRandom.h"
#include "SqliteDemoWriter.h"

#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/SqliteOperatorRepository.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "tenancy/SqliteTenantRepository.h"
#include "tenancy/TenantService.h"
#include "tenancy/TenantTypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <future>
#include <limits>
#include <numbers>
#include <numeric>
#include <vector>

namespace gc {

const QList<DemoAccount>& demoAccounts()
{
    static const QList<DemoAccount> accounts {
        { "admin", "geoclimate-admin", "administrator" },
        { "officer", "geoclimate-officer", "compliance_officer" },
        { "analyst", "geoclimate-analyst", "analyst" },
        { "auditor", "geoclimate-auditor", "auditor" },
    };
    return accounts;
}

namespace {

constexpr qint64 kHour = 3'600;
constexpr qint64 kDay = 86'400;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

constexpr int kMaxTenants = 100'000;
constexpr int kMaxDays = 3'650;
constexpr qint64 kMaxPredictions = 100'000'000;
constexpr qint64 kMaxAuditEvents = 100'000'000;
/// Progress units of one audit event relative to one prediction row.
constexpr double kAuditEventUnits = 4.0;
/// Request log days of a generated tenant (see DemoOptions::days).
constexpr int kGeneratedLogDays = 2;
/// Predictions between two progress reports.
constexpr qint64 kPredictionBatch = 16'384;

constexpr std::array<const char*, 4> kEndpoints { "/v1/predictions", "/v1/forecast", "/v1/stations",
    "/v1/history" };
constexpr std::array<double, 4> kEndpointShare { 0.45, 0.30, 0.15, 0.10 };
constexpr const char* kUnit = "µg/m³";

// Operator display names, in demoAccounts() order.
constexpr const char* kOperatorNames[]
    = { "Avery Morgan", "Priya Raman", "Tomás Herrera", "Helena Lindqvist" };

/// Independent random streams (see DemoRandom::stream).
enum Purpose : quint64
{
    TenantStream = 1,
    GeneratedTenantStream,
    UserStream,
    ApiKeyStream,
    ConfigStream,
    RequestLogStream,
    PredictionStream,
};

double sq(double x)
{
    return x * x;
}

qint64 clampTime(qint64 t, qint64 lo, qint64 hi)
{
    return hi < lo ? lo : std::clamp(t, lo, hi);
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

/// Lower-case ASCII letters and digits of `text`, accents removed ("Tromsø" ->
/// "tromso"); other characters become `separator` (dropped when it is null),
/// never doubled and never at either end.
QString asciiFold(const QString& text, QChar separator = QChar())
{
    QString out;
    out.reserve(text.size());
    const auto addSeparator = [&] {
        if (!separator.isNull() && !out.isEmpty() && out.back() != separator)
            out.append(separator);
    };
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(QChar(u));
        else if (c.category() == QChar::Mark_NonSpacing || u == u'\'' || u == u'\u2019')
            continue;
        else if (u == u'ø')
            out.append(u'o');
        else if (u == u'ð' || u == u'đ')
            out.append(u'd');
        else if (u == u'æ')
            out.append(QLatin1String("ae"));
        else if (u == u'ß')
            out.append(QLatin1String("ss"));
        else if (u == u'þ')
            out.append(QLatin1String("th"));
        else if (u == u'ł')
            out.append(u'l');
        else
            addSeparator();
    }
    while (!separator.isNull() && out.endsWith(separator))
        out.chop(1);
    return out;
}

/// `dashed` cut to at most `max` characters, at a dash if one lies in the
/// second half, with no dash at the end.
QString cutAtDash(QString dashed, qsizetype max)
{
    if (dashed.size() > max) {
        dashed.truncate(max);
        const qsizetype cut = dashed.lastIndexOf(u'-');
        if (cut >= max / 2)
            dashed.truncate(cut);
        while (dashed.endsWith(u'-'))
            dashed.chop(1);
    }
    return dashed;
}

/// A slug of at most 40 characters, cut at a word boundary where possible.
QString slugFor(const QString& name)
{
    return cutAtDash(asciiFold(name, u'-'), 40);
}

QString cancelledMessage()
{
    return QCoreApplication::translate(
        "DemoGenerator", "Generating the demo data was cancelled. Nothing was written.");
}

/// Turns work done into the percentage passed to the caller's callback, and
/// turns a "stop" answer into the exception that rolls everything back.
class ProgressReporter final
{
public:
    ProgressReporter(const std::function<bool(int, const QString&)>& callback, double totalUnits)
        : m_callback(callback)
        , m_total(std::max(1.0, totalUnits))
    { }

    void stage(const QString& name)
    {
        m_stage = name;
        report();
    }
    void advance(double units) { m_done += units; }
    void report(int percent = -1)
    {
        if (!m_callback)
            return;
        if (percent < 0)
            percent = std::clamp(int(m_done * 100.0 / m_total), 0, 99);
        if (!m_callback(percent, m_stage))
            throw StoreError(StoreError::Kind::Interrupted, cancelledMessage());
    }

private:
    const std::function<bool(int, const QString&)>& m_callback;
    double m_total;
    double m_done = 0;
    QString m_stage;
};

/// The demo period: `days` whole UTC days ending with the end day.
struct Period
{
    qint64 start = 0; ///< first second
    qint64 end = 0; ///< one past the last second (midnight after the end day)
    int days = 0;
    [[nodiscard]] qint64 endDayStart() const { return end - kDay; }
    [[nodiscard]] qint64 span() const { return end - start; }
    /// A moment given as a fraction of the period, on a whole hour.
    [[nodiscard]] qint64 at(double fraction) const
    {
        return start + qint64(std::floor(fraction * double(span()) / double(kHour))) * kHour;
    }
};

/// What the later stages need to know about a tenant once it is written.
struct TenantPlan
{
    qint64 id = 0;
    quint64 stream = 0; ///< index for its random streams
    bool handWritten = false;
    Tier tier = Tier::Free;
    qint64 createdAt = 0;
    qint64 activeUntil = kNever; ///< suspended or offboarding since
    std::vector<int> cities; ///< indices into demo::cities()
    std::vector<int> pollutants; ///< indices into demo::pollutants()
    double predictionWeight = 0;
    qint64 requestsPerDayAtEnd = 0;
    double growth = 0;
    double weekendFactor = 1;
    double errorRate = 0;
    int logDays = 0;
    std::vector<int> endpoints; ///< indices into kEndpoints
    int utcOffsetHours = 0;
};

struct ModelSpan
{
    qint64 id = 0;
    int pollutant = 0;
    qint64 from = 0;
    qint64 until = kNever;
};

int pollutantIndex(const char* name)
{
    const auto all = demo::pollutants();
    for (size_t i = 0; i < all.size(); ++i) {
        if (std::strcmp(all[i], name) == 0)
            return int(i);
    }
    return -1;
}

std::vector<int> parseCities(const char* list)
{
    std::vector<int> out;
    for (const QString& name : QString::fromUtf8(list).split(u',', Qt::SkipEmptyParts)) {
        const int i = demo::cityIndex(name.toUtf8().constData());
        Q_ASSERT(i >= 0);
        if (i >= 0)
            out.push_back(i);
    }
    return out;
}

std::vector<int> parsePollutants(const char* list)
{
    std::vector<int> out;
    for (const QString& name : QString::fromLatin1(list).split(u',', Qt::SkipEmptyParts)) {
        const int i = pollutantIndex(name.toLatin1().constData());
        Q_ASSERT(i >= 0);
        if (i >= 0)
            out.push_back(i);
    }
    return out;
}

std::vector<int> citiesOfRegion(const QString& region)
{
    std::vector<int> out;
    const auto all = demo::cities();
    for (size_t i = 0; i < all.size(); ++i) {
        if (region == QLatin1String(all[i].region))
            out.push_back(int(i));
    }
    return out;
}

/// Typical value of `pollutant` in `city` at hour `t`: the city's level times
/// the season (stronger away from the equator, mirrored south of it), the
/// daily rush-hour or afternoon-sun cycle in local solar time, a weekend dip,
/// and log-normal "weather".
double pollutionValue(const demo::City& city, int pollutant, qint64 t, DemoRandom& rng)
{
    const double localHour = std::fmod(double(t) / double(kHour) + city.longitude / 15.0 + 48.0, 24.0);
    const double yearFraction = std::fmod(double(t) / (365.2425 * double(kDay)), 1.0);
    const double seasonality
        = std::min(1.0, std::abs(city.latitude) / 50.0) * (city.latitude < 0 ? -1.0 : 1.0);
    const double winter = seasonality * std::cos(2.0 * std::numbers::pi * (yearFraction - 0.04));
    const bool weekend = ((t / kDay) + 3) % 7 >= 5; // 1970-01-01 was a Thursday
    const double rush = std::exp(-sq(localHour - 8.0) / 4.0) + std::exp(-sq(localHour - 18.5) / 5.0);
    double v = 0;
    switch (pollutant) {
    case 0: // PM2.5
        v = city.pm25 * (1.0 + 0.3 * winter) * (0.85 + 0.35 * rush) * (weekend ? 0.92 : 1.0)
            * rng.logNormal(0.38);
        break;
    case 1: // PM10
        v = city.pm25 * 1.75 * (1.0 + 0.2 * winter) * (0.85 + 0.3 * rush) * (weekend ? 0.9 : 1.0)
            * rng.logNormal(0.4);
        break;
    case 2: // NO2
        v = city.no2 * (1.0 + 0.2 * winter) * (0.7 + 0.8 * rush) * (weekend ? 0.78 : 1.0)
            * rng.logNormal(0.3);
        break;
    default: { // O3: sunshine makes it, traffic NO titrates it away
        const double base
            = 48.0 + 28.0 * std::cos(city.latitude * std::numbers::pi / 180.0) - 0.35 * city.no2;
        const double sun = std::max(0.0, std::cos(2.0 * std::numbers::pi * (localHour - 15.0) / 24.0));
        v = base * (1.0 - 0.25 * winter) * (0.75 + 0.45 * sun) * rng.logNormal(0.25);
        break;
    }
    }
    return std::max(0.5, std::round(v * 10.0) / 10.0);
}

class Generation final
{
public:
    Generation(
        Store& store, const DemoOptions& options, const std::function<bool(int, const QString&)>& progress)
        : m_store(store)
        , m_options(options)
        , m_writer(store.db())
        , m_tenants(store.db())
        , m_progress(progress, totalUnits(options))
    {
        const QDate endDay
            = options.endDay.isValid() ? options.endDay : QDateTime::currentDateTimeUtc().date();
        m_period.days = options.days;
        m_period.end = QDate(1970, 1, 1).daysTo(endDay.addDays(1)) * kDay;
        m_period.start = m_period.end - qint64(options.days) * kDay;
    }

    void run()
    {
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Checking the store"));
        m_store.transact([this] {
            if (!m_writer.storeIsEmpty())
                throw DomainError(DomainError::Kind::Conflict,
                    QCoreApplication::translate("DemoGenerator",
                        "Demo data can only be generated into an empty store. "
                        "This store already holds data."));
            // scrypt is slow on purpose: hash on the other core while tenants
            // and predictions are written.
            auto hashes = std::async(std::launch::async, [] {
                QStringList out;
                for (const DemoAccount& a : demoAccounts())
                    out << PasswordHasher::hash(QString::fromUtf8(a.password));
                return out;
            });
            writeTenants();
            writeRequestLog();
            writeModels();
            writePredictions();
            writeOperators(hashes.get());
            m_writer.markGenerated();
            m_progress.stage(QCoreApplication::translate("DemoGenerator", "Saving"));
            if (m_options.auditEvents <= 0)
                m_progress.report(100);
        });
        writeAuditHistory();
        m_writer.checkpoint();
    }

private:
    static double totalUnits(const DemoOptions& o)
    {
        // Rough relative costs, so the bar moves evenly: a tenant with its
        // users and keys ≈ 60 rows, the index build ≈ half the predictions.
        const int handWritten = std::min(o.tenants, int(demo::handWrittenTenants().size()));
        const double logRows = double(handWritten) * o.days * 24 * 4
            + double(o.tenants - handWritten) * std::min(o.days, kGeneratedLogDays) * 24 * 1.5;
        return double(o.tenants) * 60 + logRows + double(o.predictions) * 1.5
            + double(o.auditEvents) * kAuditEventUnits;
    }

    // ------------------------------------------------------------ tenants

    void writeTenants()
    {
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Creating tenants"));
        const auto seeds = demo::handWrittenTenants();
        for (int i = 0; i < m_options.tenants; ++i) {
            if (size_t(i) < seeds.size())
                writeHandWrittenTenant(seeds[size_t(i)], quint64(i));
            else
                writeGeneratedTenant(quint64(i));
            m_progress.advance(60);
            if (i % 256 == 255)
                m_progress.report();
        }
    }

    void writeHandWrittenTenant(const demo::TenantSeed& seed, quint64 index)
    {
        DemoRandom rng = DemoRandom::stream(m_options.seed, TenantStream, index);
        const qint64 endDay = m_period.endDayStart();
        Tenant t;
        t.slug = QString::fromUtf8(seed.slug);
        t.name = QString::fromUtf8(seed.name);
        t.tier = seed.tier;
        t.status = seed.status;
        t.contactName = QString::fromUtf8(seed.contactName);
        t.contactEmail = QString::fromUtf8(seed.contactLocalPart) + u'@' + QString::fromUtf8(seed.domain);
        t.region = QString::fromLatin1(seed.region);
        if (seed.customPriceCents > 0)
            t.customPriceCents = seed.customPriceCents;
        const qint64 created
            = endDay - qint64(seed.createdDaysAgo) * kDay + rng.between(7, 17) * kHour + rng.below(60) * 60;
        t.createdAt = utc(created);
        TenantPlan plan;
        plan.activeUntil = kNever;
        if (seed.status != TenantStatus::Active) {
            const qint64 changed = endDay - qint64(seed.statusDaysAgo) * kDay + rng.between(8, 16) * kHour;
            t.statusChangedAt = utc(changed);
            t.statusReason = QString::fromUtf8(seed.statusReason);
            if (seed.status == TenantStatus::Offboarding)
                t.purgeAfter = utc(changed + qint64(seed.graceDays) * kDay);
            plan.activeUntil = changed;
        }
        plan.id = m_tenants.insertTenant(t).value;
        plan.stream = index;
        plan.handWritten = true;
        plan.tier = seed.tier;
        plan.createdAt = created;
        plan.cities = parseCities(seed.cities);
        plan.pollutants = parsePollutants(seed.pollutants);
        plan.predictionWeight = seed.predictionShare * 100.0;
        plan.requestsPerDayAtEnd = seed.requestsPerDayAtEnd;
        plan.growth = seed.growth;
        plan.weekendFactor = seed.weekendFactor;
        plan.errorRate = seed.errorRate;
        plan.logDays = m_period.days;
        plan.endpoints = { 0, 1, 2, 3 };
        plan.utcOffsetHours = plan.cities.empty()
            ? 0
            : int(std::lround(demo::cities()[size_t(plan.cities.front())].longitude / 15.0));

        for (const demo::ConfigSeed& c : seed.config) {
            if (c.key)
                m_tenants.upsertConfig(TenantId(plan.id),
                    TenantService::validateConfig(
                        { QString::fromLatin1(c.key), c.type, QString::fromUtf8(c.value) }));
        }
        QList<ConfigEntry> config;
        for (const demo::ConfigSeed& c : seed.config) {
            if (c.key)
                config << TenantService::validateConfig(
                    { QString::fromLatin1(c.key), c.type, QString::fromUtf8(c.value) });
        }
        noteTenant(plan, t, config);
        writeUsers(plan, t, QString::fromLatin1(seed.domain), seed.activeUsers, seed.inactiveUsers);
        writeApiKeys(plan, seed.apiKeys, seed.revokedKeys);
        m_plans.push_back(std::move(plan));
    }

    void writeGeneratedTenant(quint64 index)
    {
        DemoRandom rng = DemoRandom::stream(m_options.seed, GeneratedTenantStream, index);
        const qint64 endDay = m_period.endDayStart();
        const QString region = knownRegions().at(qsizetype(rng.below(knownRegions().size())));
        const auto places = demo::placesFor(region);

        QString name;
        QString slug;
        for (int attempt = 0;; ++attempt) {
            const QString qualifier
                = QString::fromUtf8(rng.chance(0.6) ? "" : rng.pick(demo::nameQualifiers()));
            name = qualifier + QString::fromUtf8(rng.pick(places)) + u' '
                + QString::fromUtf8(rng.pick(demo::organisationKinds()));
            if (attempt >= 40)
                name += u' ' + QString::number(index + 1);
            slug = slugFor(name);
            if (!m_names.contains(name) && !m_slugs.contains(slug))
                break;
        }
        m_names.insert(name);
        m_slugs.insert(slug);

        const double r = rng.uniform();
        const Tier tier = r < 0.5 ? Tier::Free
            : r < 0.8             ? Tier::Basic
            : r < 0.95            ? Tier::Pro
                                  : Tier::Enterprise;
        const demo::NamePool& people = demo::namesFor(region);
        const QString first = QString::fromUtf8(rng.pick(people.first));
        const QString last = QString::fromUtf8(rng.pick(people.last));
        const QString domain = cutAtDash(slug, 30) + u'.' + QString::fromLatin1(demo::topLevelDomain(region));

        Tenant t;
        t.slug = slug;
        t.name = name;
        t.tier = tier;
        t.region = region;
        t.contactName = first + u' ' + last;
        t.contactEmail = asciiFold(first) + u'.' + asciiFold(last) + u'@' + domain;
        if (tier == Tier::Enterprise)
            t.customPriceCents = qint64(rng.between(30, 250)) * 10'000;
        const qint64 created = endDay - qint64(rng.between(3, 1500)) * kDay + rng.below(24 * 60) * 60;
        t.createdAt = utc(created);

        TenantPlan plan;
        const double s = rng.uniform();
        if (s >= 0.94) {
            static constexpr const char* kSuspendReasons[] = { "Payment overdue for more than 30 days.",
                "Abuse report under review: unusually high request rate from one API key.",
                "Contract renewal pending signature." };
            static constexpr const char* kOffboardReasons[] = { "Customer cancelled the subscription.",
                "Organisation merged into another customer.", "Pilot project ended." };
            const bool suspended = s < 0.98;
            const qint64 changed = std::max(
                created + kDay, endDay - qint64(rng.between(1, 20)) * kDay + rng.between(8, 17) * kHour);
            t.status = suspended ? TenantStatus::Suspended : TenantStatus::Offboarding;
            t.statusChangedAt = utc(changed);
            t.statusReason
                = QString::fromUtf8(suspended ? rng.pick(kSuspendReasons) : rng.pick(kOffboardReasons));
            if (!suspended)
                t.purgeAfter = utc(changed + 30 * kDay);
            plan.activeUntil = changed;
        }
        plan.id = m_tenants.insertTenant(t).value;
        plan.stream = index;
        plan.tier = tier;
        plan.createdAt = created;
        const std::vector<int> regional = citiesOfRegion(region);
        const int cityCount = std::min<int>(rng.between(1, 3), int(regional.size()));
        for (int c = 0; c < cityCount; ++c) {
            const int city = regional[size_t(rng.below(qint64(regional.size())))];
            if (std::find(plan.cities.begin(), plan.cities.end(), city) == plan.cities.end())
                plan.cities.push_back(city);
        }
        plan.pollutants.push_back(0);
        for (int p = 1; p < int(demo::pollutants().size()); ++p) {
            if (rng.chance(0.5))
                plan.pollutants.push_back(p);
        }
        static constexpr double kTierWeight[] = { 0.2, 0.5, 1.2, 3.0 };
        plan.predictionWeight = kTierWeight[int(tier)] * rng.uniform(0.5, 1.5);
        switch (tier) {
        case Tier::Free:
            plan.requestsPerDayAtEnd = qint64(rng.uniform(0.05, 1.02) * 1'000);
            break;
        case Tier::Basic:
            plan.requestsPerDayAtEnd = qint64(rng.uniform(0.05, 0.98) * 50'000);
            break;
        case Tier::Pro:
            plan.requestsPerDayAtEnd = qint64(rng.uniform(0.03, 0.95) * 1'000'000);
            break;
        case Tier::Enterprise:
            plan.requestsPerDayAtEnd = qint64(rng.uniform(100'000, 3'000'000));
            break;
        }
        plan.growth = rng.uniform(-0.1, 0.8);
        plan.weekendFactor = rng.uniform(0.5, 1.0);
        plan.errorRate = rng.uniform(0.002, 0.015);
        plan.logDays = std::min(m_period.days, kGeneratedLogDays);
        plan.endpoints.push_back(int(rng.below(qint64(kEndpoints.size()))));
        if (rng.chance(0.5)) {
            const int second = int(rng.below(qint64(kEndpoints.size())));
            if (second != plan.endpoints.front())
                plan.endpoints.push_back(second);
        }
        plan.utcOffsetHours = int(std::lround(demo::cities()[size_t(plan.cities.front())].longitude / 15.0));

        const int configCount = rng.between(0, 2);
        const int firstTemplate = int(rng.below(6));
        QList<ConfigEntry> config;
        for (int c = 0; c < configCount; ++c) {
            config << TenantService::validateConfig(configTemplate((firstTemplate + c) % 6, domain, rng));
            m_tenants.upsertConfig(TenantId(plan.id), config.constLast());
        }
        noteTenant(plan, t, config);

        static constexpr int kMaxUsers[] = { 5, 10, 16, 24 };
        const int active = rng.between(1, kMaxUsers[int(tier)]);
        writeUsers(plan, t, domain, active, rng.between(0, 2));
        static constexpr int kMaxKeys[] = { 1, 2, 3, 4 };
        const int keys = rng.between(1, kMaxKeys[int(tier)]);
        writeApiKeys(plan, keys, rng.chance(0.15) ? 1 : 0);
        m_plans.push_back(std::move(plan));
    }

    /// Keeps what the audit history needs to know about a tenant just written.
    void noteTenant(const TenantPlan& plan, const Tenant& t, const QList<ConfigEntry>& config)
    {
        DemoAuditFacts::Tenant f;
        f.id = plan.id;
        f.slug = t.slug;
        f.tier = t.tier;
        f.status = t.status;
        f.statusReason = t.statusReason;
        f.region = t.region;
        f.customPriceCents = t.customPriceCents;
        f.createdAt = plan.createdAt;
        f.statusChangedAt = t.statusChangedAt ? t.statusChangedAt->toSecsSinceEpoch() : 0;
        f.activeUntil = plan.activeUntil;
        f.config = config;
        f.weight = plan.predictionWeight;
        f.handWritten = plan.handWritten;
        m_facts.tenants.push_back(std::move(f));
    }

    // ------------------------------------------------------------ audit trail

    /// After the main transaction: AuditLog::appendBatch writes batches in
    /// transactions of their own, with the alert rules watching.
    void writeAuditHistory()
    {
        if (m_options.auditEvents <= 0)
            return;
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Writing the audit history"));
        m_facts.seed = m_options.seed;
        m_facts.periodStart = m_period.start;
        m_facts.periodEnd = m_period.end;
        // Without a fixed end day the demo ends today, and its history now.
        m_facts.historyEnd = m_options.endDay.isValid()
            ? m_period.end
            : std::min(m_period.end, QDateTime::currentSecsSinceEpoch());
        ManualClock clock(utc(m_period.start));
        AuditSigningConfig signing;
        signing.keyPath = m_options.auditKeyPath;
        AuditLog log(m_store, clock, signing);
        const AlertEngine alerts(log, clock);
        qint64 reported = 0;
        DemoAuditHistory::write(log, clock, m_facts, m_options.auditEvents, [&](qint64 done) {
            m_progress.advance(double(done - reported) * kAuditEventUnits);
            reported = done;
            m_progress.report();
            return true;
        });
        m_progress.report(100);
    }

    static ConfigEntry configTemplate(int which, const QString& domain, DemoRandom& rng)
    {
        switch (which) {
        case 0: {
            static constexpr const char* kThresholds[] = { "25", "35", "50" };
            return { QStringLiteral("alerts.pm25_threshold"), ConfigType::Decimal,
                QString::fromLatin1(rng.pick(kThresholds)) };
        }
        case 1: {
            static constexpr const char* kHours[] = { "24", "48", "72" };
            return { QStringLiteral("forecast.horizon_hours"), ConfigType::Integer,
                QString::fromLatin1(rng.pick(kHours)) };
        }
        case 2: {
            static constexpr const char* kRefresh[] = { "5m", "15m", "1h" };
            return { QStringLiteral("dashboard.refresh"), ConfigType::Duration,
                QString::fromLatin1(rng.pick(kRefresh)) };
        }
        case 3:
            return { QStringLiteral("alerts.sms_enabled"), ConfigType::Boolean,
                rng.chance(0.5) ? QStringLiteral("true") : QStringLiteral("false") };
        case 4:
            return { QStringLiteral("reports.recipient"), ConfigType::Email,
                QStringLiteral("reports@") + domain };
        default:
            return { QStringLiteral("alerts.webhook_url"), ConfigType::Url,
                QStringLiteral("https://") + domain + QStringLiteral("/hooks/air-quality") };
        }
    }

    /// The contact person is the first user and an admin; the rest join over
    /// time, and `inactive` of them (never the contact) have left.
    void writeUsers(const TenantPlan& plan, const Tenant& t, const QString& domain, int active, int inactive)
    {
        DemoRandom rng = DemoRandom::stream(m_options.seed, UserStream, plan.stream);
        const demo::NamePool& people = demo::namesFor(t.region);
        if (active < 1)
            inactive = 0; // the contact, user one, is always active
        const int total = active + inactive;
        if (total == 0)
            return;
        const qint64 last = std::min(plan.activeUntil, m_period.endDayStart());
        std::vector<qint64> joined(static_cast<size_t>(total));
        for (qint64& j : joined)
            j = clampTime(plan.createdAt + qint64(rng.uniform() * double(last - plan.createdAt)),
                plan.createdAt + kHour, last);
        std::sort(joined.begin(), joined.end());
        joined.front() = plan.createdAt + 10 * 60;
        std::vector<bool> leaves(size_t(total), false);
        for (int n = 0; n < inactive;) {
            const auto i = size_t(1 + rng.below(total - 1));
            if (!leaves[i]) {
                leaves[i] = true;
                ++n;
            }
        }

        QSet<QString> emails;
        for (int i = 0; i < total; ++i) {
            TenantUser u;
            u.tenantId = TenantId(plan.id);
            if (i == 0) {
                u.displayName = t.contactName;
                u.email = t.contactEmail;
                u.role = TenantUserRole::Admin;
            } else {
                const QString first = QString::fromUtf8(rng.pick(people.first));
                const QString lastName = QString::fromUtf8(rng.pick(people.last));
                u.displayName = first + u' ' + lastName;
                const QString local = asciiFold(first, u'-') + u'.' + asciiFold(lastName, u'-');
                u.email = local + u'@' + domain;
                for (int n = 2; emails.contains(u.email.toLower()); ++n)
                    u.email = local + QString::number(n) + u'@' + domain;
                const double r = rng.uniform();
                u.role = r < 0.08 ? TenantUserRole::Admin
                    : r < 0.38    ? TenantUserRole::Analyst
                                  : TenantUserRole::Viewer;
            }
            emails.insert(u.email.toLower());
            u.createdAt = utc(joined[size_t(i)]);
            u.active = !leaves[size_t(i)];
            if (!u.active)
                u.deactivatedAt = utc(
                    clampTime(joined[size_t(i)] + qint64(rng.uniform() * double(last - joined[size_t(i)])),
                        joined[size_t(i)] + kHour, last));
            const qint64 id = m_tenants.insertUser(TenantId(plan.id), u);
            m_facts.users.push_back({ int(m_facts.tenants.size() - 1), id, u.displayName, u.email, u.role,
                u.createdAt.toSecsSinceEpoch(),
                u.deactivatedAt ? u.deactivatedAt->toSecsSinceEpoch() : kNever });
        }
    }

    /// The oldest `revoked` keys are revoked; the newest may be unused yet. Secrets come from the seeded
    /// stream like everything else, so the demo's hashes are reproducible;
    /// they are demo keys and the secrets are shown nowhere.
    void writeApiKeys(const TenantPlan& plan, int count, int revoked)
    {
        DemoRandom rng = DemoRandom::stream(m_options.seed, ApiKeyStream, plan.stream);
        const auto names = demo::apiKeyNames();
        const size_t firstName = size_t(rng.below(qint64(names.size())));
        const qint64 lastActivity = std::min(plan.activeUntil, m_period.end);
        std::vector<qint64> created(static_cast<size_t>(count));
        for (qint64& c : created)
            c = clampTime(
                plan.createdAt + kDay + qint64(rng.uniform() * double(lastActivity - plan.createdAt)),
                plan.createdAt + kHour, lastActivity - 2 * kDay);
        std::sort(created.begin(), created.end());

        for (int i = 0; i < count; ++i) {
            ApiKey k;
            k.tenantId = TenantId(plan.id);
            k.name = QString::fromUtf8(names[(firstName + size_t(i)) % names.size()]);
            do {
                k.prefix
                    = QStringLiteral("gck_") + QString::number(rng.next() >> 32, 16).rightJustified(8, u'0');
            } while (m_prefixes.contains(k.prefix));
            m_prefixes.insert(k.prefix);
            QByteArray secretBytes(32, Qt::Uninitialized);
            for (int b = 0; b < 32; b += 8) {
                const quint64 word = rng.next();
                std::memcpy(secretBytes.data() + b, &word, 8);
            }
            const QString secret = k.prefix + u'_'
                + QString::fromLatin1(
                    secretBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            const qint64 c = created[size_t(i)];
            k.createdAt = utc(c);
            k.createdBy = QString::fromLatin1(rng.chance(0.7) ? "admin" : "officer");
            if (i < revoked) {
                const qint64 revokedAt = clampTime(
                    c + qint64(rng.uniform() * double(lastActivity - c)), c + kHour, lastActivity - kHour);
                k.revokedAt = utc(revokedAt);
                k.lastUsedAt = utc(
                    clampTime(revokedAt - qint64(rng.uniform(0.5, 72.0) * double(kHour)), c, revokedAt));
            } else if (i + 1 < count || !rng.chance(0.35)) {
                // Only the newest key may still be waiting for its first call.
                k.lastUsedAt = utc(clampTime(
                    lastActivity - qint64(rng.uniform(0.05, 30.0) * double(kHour)), c, lastActivity));
            }
            const qint64 id = m_tenants.insertApiKey(
                TenantId(plan.id), k, QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256));
            m_facts.keys.push_back({ int(m_facts.tenants.size() - 1), id, k.prefix, k.name, k.createdBy, c,
                k.revokedAt ? k.revokedAt->toSecsSinceEpoch() : kNever });
        }
    }

    // ------------------------------------------------------------ request log

    void writeRequestLog()
    {
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Writing the request log"));
        qint64 sinceReport = 0;
        for (const TenantPlan& plan : m_plans) {
            const qint64 rows = writeRequestLog(plan);
            m_progress.advance(double(rows));
            sinceReport += rows;
            if (sinceReport >= 20'000) {
                m_progress.report();
                sinceReport = 0;
            }
        }
    }

    qint64 writeRequestLog(const TenantPlan& plan)
    {
        DemoRandom rng = DemoRandom::stream(m_options.seed, RequestLogStream, plan.stream);
        std::array<double, 24> hourShare {};
        const double flat = plan.weekendFactor >= 0.95 ? 0.6 : 0.2;
        for (int h = 0; h < 24; ++h) {
            const double office = std::exp(-sq(h - 10.5) / 10.0) + 0.8 * std::exp(-sq(h - 15.0) / 8.0);
            hourShare[size_t(h)] = flat + (1.0 - flat) * office;
        }
        const double hourSum = std::accumulate(hourShare.begin(), hourShare.end(), 0.0);
        for (double& s : hourShare)
            s /= hourSum;
        std::array<double, 4> share {};
        double shareSum = 0;
        for (int e : plan.endpoints) {
            share[size_t(e)] = kEndpointShare[size_t(e)] * rng.logNormal(0.2);
            shareSum += share[size_t(e)];
        }
        std::vector<int> endpoints = plan.endpoints;
        std::sort(endpoints.begin(), endpoints.end(),
            [](int a, int b) { return std::strcmp(kEndpoints[size_t(a)], kEndpoints[size_t(b)]) < 0; });

        const qint64 firstDay = m_period.end - qint64(plan.logDays) * kDay;
        // One bad afternoon per tenant: an outage shows up as an error spike.
        const qint64 incidentStart = firstDay + rng.below(plan.logDays) * kDay + rng.between(9, 18) * kHour;
        const double startLevel = double(plan.requestsPerDayAtEnd) / (1.0 + plan.growth);
        qint64 rows = 0;
        for (qint64 day = firstDay; day < m_period.end; day += kDay) {
            const double x = double(day - m_period.start + kDay) / double(m_period.span());
            const int weekday = int(((day / kDay) + 3) % 7);
            const double level = startLevel * (1.0 + plan.growth * x)
                * (weekday >= 5 ? plan.weekendFactor : 1.0) * rng.logNormal(0.06);
            for (qint64 hour = day; hour < day + kDay; hour += kHour) {
                if (hour < plan.createdAt || hour >= plan.activeUntil)
                    continue;
                const int localHour = int(((hour / kHour) + plan.utcOffsetHours + 48) % 24);
                const bool incident = hour >= incidentStart && hour < incidentStart + 3 * kHour;
                DemoAuditFacts::Hour traffic { int(&plan - m_plans.data()), hour, 0, 0, 0 };
                for (int e : endpoints) {
                    const auto requests = qint64(std::llround(level * hourShare[size_t(localHour)]
                        * share[size_t(e)] / shareSum * rng.logNormal(0.12)));
                    if (requests <= 0)
                        continue;
                    const double rate
                        = incident ? rng.uniform(0.15, 0.4) : plan.errorRate * rng.logNormal(0.5);
                    const qint64 errors = std::min(requests, qint64(std::llround(double(requests) * rate)));
                    m_writer.insertRequestBucket(plan.id, hour, kEndpoints[size_t(e)], requests, errors);
                    ++rows;
                    traffic.requests += requests;
                    if (e <= 1) { // /v1/predictions and /v1/forecast
                        traffic.predictions += requests;
                        traffic.errors += errors;
                    }
                }
                if (traffic.requests > 0)
                    m_facts.hours.push_back(traffic);
            }
        }
        return rows;
    }

    // ------------------------------------------------------------ models

    void writeModels()
    {
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Registering forecast models"));
        for (const demo::ModelSeed& m : demo::modelRegistry()) {
            DemoModelRow row;
            row.name = QString::fromLatin1(m.name);
            row.pollutant = QString::fromLatin1(m.pollutant);
            row.version = QString::fromLatin1(m.version);
            row.algorithm = QString::fromLatin1(m.algorithm);
            row.status = QString::fromLatin1(m.status);
            row.trainedAt = m_period.at(m.trainedAt);
            if (!std::isnan(m.deployedAt))
                row.deployedAt = m_period.at(m.deployedAt);
            if (!std::isnan(m.retiredAt))
                row.retiredAt = m_period.at(m.retiredAt);
            if (!std::isnan(m.mae)) {
                row.mae = m.mae;
                row.rmse = m.rmse;
            }
            const qint64 id = m_writer.insertModel(row);
            if (row.deployedAt)
                m_modelSpans.push_back(
                    { id, pollutantIndex(m.pollutant), *row.deployedAt, row.retiredAt.value_or(kNever) });
        }
    }

    qint64 modelFor(int pollutant, qint64 t) const
    {
        for (const ModelSpan& s : m_modelSpans) {
            if (s.pollutant == pollutant && t >= s.from && t < s.until)
                return s.id;
        }
        // The registry deploys a model for every pollutant from before the
        // period on; this is only reached if that table is edited badly.
        throw StoreError(StoreError::Kind::Internal,
            QCoreApplication::translate("DemoGenerator", "No forecast model covers %1 at that time.")
                .arg(QString::fromLatin1(demo::pollutants()[size_t(pollutant)])));
    }

    // ------------------------------------------------------------ predictions

    void writePredictions()
    {
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Writing predictions"));
        m_writer.beginPredictions();
        std::vector<double> cumulative;
        std::vector<size_t> candidates;
        double total = 0;
        size_t fallback = 0;
        for (size_t i = 0; i < m_plans.size(); ++i) {
            const TenantPlan& p = m_plans[i];
            if (p.predictionWeight <= 0 || p.cities.empty() || p.pollutants.empty())
                continue;
            total += p.predictionWeight;
            cumulative.push_back(total);
            candidates.push_back(i);
            const TenantPlan& f = m_plans[fallback];
            if (p.activeUntil == kNever && (f.activeUntil != kNever || p.createdAt < f.createdAt))
                fallback = i;
        }

        DemoRandom rng = DemoRandom::stream(m_options.seed, PredictionStream);
        const qint64 count = m_options.predictions;
        const auto hours = qint64(m_period.days) * 24;
        // Demand grows over the period: the density of forecast times rises
        // linearly to 1 + kGrowth times its start; inverting its distribution
        // function keeps them in time order, so row ids follow time.
        constexpr double kGrowth = 0.6;
        const auto cityTable = demo::cities();
        const auto pollutantNames = demo::pollutants();
        for (qint64 k = 0; k < count; ++k) {
            const double u = (double(k) + 0.5) / double(count);
            const double x = (std::sqrt(1.0 + 2.0 * kGrowth * u * (1.0 + kGrowth / 2.0)) - 1.0) / kGrowth;
            const qint64 t = m_period.start + std::min(hours - 1, qint64(x * double(hours))) * kHour;

            const TenantPlan* plan = nullptr;
            for (int attempt = 0; attempt < 8 && !plan; ++attempt) {
                const double r = rng.uniform() * total;
                const auto at
                    = size_t(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
                const TenantPlan& p = m_plans[candidates[std::min(at, candidates.size() - 1)]];
                if (t >= p.createdAt && t < p.activeUntil)
                    plan = &p;
            }
            if (!plan)
                plan = &m_plans[fallback];

            const int cityIdx = plan->cities[size_t(rng.below(qint64(plan->cities.size())))];
            const int pollutant = plan->pollutants[size_t(rng.below(qint64(plan->pollutants.size())))];
            const demo::City& city = cityTable[size_t(cityIdx)];
            DemoPredictionRow row;
            row.tenantId = plan->id;
            row.city = city.name;
            row.latitude = city.latitude;
            row.longitude = city.longitude;
            row.pollutant = pollutantNames[size_t(pollutant)];
            row.value = pollutionValue(city, pollutant, t, rng);
            row.unit = kUnit;
            row.modelId = modelFor(pollutant, t);
            row.forecastTime = t;
            m_writer.insertPrediction(row);
            if ((k + 1) % kPredictionBatch == 0) {
                m_progress.advance(double(kPredictionBatch));
                m_progress.report();
            }
        }
        m_progress.advance(double(count % kPredictionBatch));
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Building indexes"));
        m_writer.endPredictions();
        m_progress.advance(double(count) * 0.5);
    }

    // ------------------------------------------------------------ operators

    void writeOperators(const QStringList& hashes)
    {
        m_progress.stage(QCoreApplication::translate("DemoGenerator", "Creating operator accounts"));
        const qint64 created = m_period.endDayStart() - 400 * kDay + 9 * kHour;
        const auto& accounts = demoAccounts();
        SqliteOperatorRepository operators(m_store.db());
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            Operator op;
            op.username = QString::fromUtf8(accounts[i].username);
            op.displayName = QString::fromUtf8(kOperatorNames[i]);
            op.role = roleFromId(QString::fromLatin1(accounts[i].role)).value_or(Role::Auditor);
            op.createdAt = utc(created + i * kHour);
            op.id = operators.insert(op, hashes.at(i));
            m_facts.operators << op;
        }
    }

    Store& m_store;
    const DemoOptions& m_options;
    SqliteDemoWriter m_writer;
    SqliteTenantRepository m_tenants;
    ProgressReporter m_progress;
    Period m_period;
    std::vector<TenantPlan> m_plans;
    std::vector<ModelSpan> m_modelSpans;
    QSet<QString> m_names;
    QSet<QString> m_slugs;
    QSet<QString> m_prefixes;
    DemoAuditFacts m_facts;
};

void validate(const DemoOptions& o)
{
    using Kind = DomainError::Kind;
    if (o.tenants < 1 || o.tenants > kMaxTenants)
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate("DemoGenerator", "The number of tenants must be between 1 and %1.")
                .arg(kMaxTenants),
            QStringLiteral("tenants"));
    if (o.days < 1 || o.days > kMaxDays)
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate("DemoGenerator", "The number of days must be between 1 and %1.")
                .arg(kMaxDays),
            QStringLiteral("days"));
    if (o.auditEvents < 0 || o.auditEvents > kMaxAuditEvents)
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate(
                "DemoGenerator", "The number of audit events must be between 0 and %1.")
                .arg(kMaxAuditEvents),
            QStringLiteral("auditEvents"));
    if (o.predictions < 0 || o.predictions > kMaxPredictions)
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate(
                "DemoGenerator", "The number of predictions must be between 0 and %1.")
                .arg(kMaxPredictions),
            QStringLiteral("predictions"));
}

} // namespace

void DemoGenerator::generate(
    Store& store, const DemoOptions& options, const std::function<bool(int, const QString&)>& progress)
{
    validate(options);
    Generation(store, options, progress).run();
}

} // namespace gc
