#include "TenancyFixture.h"

using namespace gc;
using namespace gc::test;
using Kind = DomainError::Kind;

Q_DECLARE_METATYPE(gc::ConfigType)

class TestTenantLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void tierLimitsAreExact()
    {
        const TierLimits free = tierLimits(Tier::Free);
        QCOMPARE(free.maxUsers, std::optional<int>(5));
        QCOMPARE(free.maxRequestsPerDay, std::optional<qint64>(1'000));
        QCOMPARE(free.priceCentsPerMonth, std::optional<qint64>(0));
        const TierLimits basic = tierLimits(Tier::Basic);
        QCOMPARE(basic.maxUsers, std::optional<int>(25));
        QCOMPARE(basic.maxRequestsPerDay, std::optional<qint64>(50'000));
        QCOMPARE(basic.priceCentsPerMonth, std::optional<qint64>(9'900));
        const TierLimits pro = tierLimits(Tier::Pro);
        QCOMPARE(pro.maxUsers, std::optional<int>(100));
        QCOMPARE(pro.maxRequestsPerDay, std::optional<qint64>(1'000'000));
        QCOMPARE(pro.priceCentsPerMonth, std::optional<qint64>(49'900));
        const TierLimits enterprise = tierLimits(Tier::Enterprise);
        QVERIFY(!enterprise.maxUsers);
        QVERIFY(!enterprise.maxRequestsPerDay);
        QVERIFY(!enterprise.priceCentsPerMonth);

        QCOMPARE(allTiers().size(), 4);
        for (Tier t : allTiers()) {
            QCOMPARE(tierFromId(tierId(t)), std::optional<Tier>(t));
            QCOMPARE(tierFromId(tierId(t).toUpper()), std::optional<Tier>(t));
            QVERIFY(!tierDisplayName(t).isEmpty());
        }
        QVERIFY(!tierFromId(QStringLiteral("gold")));
        QVERIFY(tierRank(Tier::Free) < tierRank(Tier::Basic));
        QVERIFY(tierRank(Tier::Basic) < tierRank(Tier::Pro));
        QVERIFY(tierRank(Tier::Pro) < tierRank(Tier::Enterprise));
        QVERIFY(knownRegions().contains(QStringLiteral("eu-west")));
        QVERIFY(knownRegions().contains(QStringLiteral("af-south")));
    }

    void enumIdsRoundTrip()
    {
        for (auto s : {TenantStatus::Active, TenantStatus::Suspended, TenantStatus::Offboarding})
            QCOMPARE(tenantStatusFromId(tenantStatusId(s)), std::optional<TenantStatus>(s));
        for (auto r : {TenantUserRole::Viewer, TenantUserRole::Analyst, TenantUserRole::Admin})
            QCOMPARE(tenantUserRoleFromId(tenantUserRoleId(r)), std::optional<TenantUserRole>(r));
        for (int i = 0; i <= int(ConfigType::Duration); ++i) {
            const auto t = ConfigType(i);
            QCOMPARE(configTypeFromId(configTypeId(t)), std::optional<ConfigType>(t));
            QVERIFY(!configTypeDisplayName(t).isEmpty());
        }
        QVERIFY(!tenantStatusFromId(QStringLiteral("deleted")));
    }

    void provisionValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");

        QTest::newRow("slug too short") << "slug" << "ab" << "slug";
        QTest::newRow("slug upper case") << "slug" << "Acme" << "slug";
        QTest::newRow("slug leading hyphen") << "slug" << "-acme" << "slug";
        QTest::newRow("slug trailing hyphen") << "slug" << "acme-" << "slug";
        QTest::newRow("slug underscore") << "slug" << "ac_me" << "slug";
        QTest::newRow("slug too long") << "slug" << QString(41, u'a') << "slug";
        QTest::newRow("name empty") << "name" << "   " << "name";
        QTest::newRow("name too long") << "name" << QString(121, u'n') << "name";
        QTest::newRow("contact name too long") << "contactName" << QString(121, u'c') << "contactName";
        QTest::newRow("contact email empty") << "contactEmail" << "" << "contactEmail";
        QTest::newRow("contact email no at") << "contactEmail" << "ops.example.org" << "contactEmail";
        QTest::newRow("contact email no domain dot") << "contactEmail" << "ops@localhost" << "contactEmail";
        QTest::newRow("contact email space") << "contactEmail" << "o ps@example.org" << "contactEmail";
        QTest::newRow("region unknown") << "region" << "mars-1" << "region";
        QTest::newRow("region empty") << "region" << "" << "region";
        QTest::newRow("price on free") << "price" << "100" << "customPriceCents";
        QTest::newRow("price negative") << "enterprisePrice" << "-1" << "customPriceCents";
        QTest::newRow("config key") << "configKey" << "Bad-Key" << "key";
        QTest::newRow("config value") << "configValue" << "twelve" << "value";
    }

    void provisionValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        Fixture f;
        TenantDraft d = draftFor(QStringLiteral("acme"));
        if (field == QLatin1String("slug"))
            d.slug = value;
        else if (field == QLatin1String("name"))
            d.name = value;
        else if (field == QLatin1String("contactName"))
            d.contactName = value;
        else if (field == QLatin1String("contactEmail"))
            d.contactEmail = value;
        else if (field == QLatin1String("region"))
            d.region = value;
        else if (field == QLatin1String("price"))
            d.customPriceCents = value.toLongLong();
        else if (field == QLatin1String("enterprisePrice")) {
            d.tier = Tier::Enterprise;
            d.customPriceCents = value.toLongLong();
        } else if (field == QLatin1String("configKey"))
            d.config << ConfigEntry{value, ConfigType::String, QStringLiteral("x")};
        else if (field == QLatin1String("configValue"))
            d.config << ConfigEntry{QStringLiteral("alerts.max"), ConfigType::Integer, value};
        const auto before = f.allRows();
        QVERIFY(throwsDomain([&] { f.adminService->provision(d); }, Kind::Invalid, expectedField));
        QCOMPARE(f.allRows(), before);
    }

    void provisionStoresCanonicalValues()
    {
        Fixture f;
        TenantDraft d = draftFor(QStringLiteral("acme-air"), Tier::Enterprise);
        d.name = QStringLiteral("  Acme   Air  ");
        d.contactEmail = QStringLiteral(" Ops@ACME.Example ");
        d.region = QStringLiteral("EU-Central");
        d.customPriceCents = 250'000;
        d.config << ConfigEntry{QStringLiteral("alerts.enabled"), ConfigType::Boolean, QStringLiteral("Yes")};
        const Tenant t = f.adminService->provision(d);
        QVERIFY(t.id.value > 0);
        QCOMPARE(t.name, QStringLiteral("Acme Air"));
        QCOMPARE(t.contactEmail, QStringLiteral("Ops@acme.example"));
        QCOMPARE(t.region, QStringLiteral("eu-central"));
        QCOMPARE(t.status, TenantStatus::Active);
        QCOMPARE(t.createdAt, f.clock.nowUtc());
        const Tenant again = f.adminService->tenant(t.id);
        QCOMPARE(again.slug, QStringLiteral("acme-air"));
        QCOMPARE(again.customPriceCents, std::optional<qint64>(250'000));
        QCOMPARE(again.createdAt, f.clock.nowUtc());
        QCOMPARE(f.adminService->tenantBySlug(QStringLiteral("acme-air")).id, t.id);
        const auto config = f.adminService->config(t.id);
        QCOMPARE(config.size(), 1);
        QCOMPARE(config.first().value, QStringLiteral("true"));
        QVERIFY(throwsDomain([&] { (void)f.adminService->tenant(TenantId(t.id.value + 1)); }, Kind::NotFound));
        QVERIFY(throwsDomain([&] { (void)f.adminService->tenantBySlug(QStringLiteral("nope")); }, Kind::NotFound));
        // The shortest and longest slugs the pattern allows.
        f.adminService->provision(draftFor(QStringLiteral("a1b")));
        f.adminService->provision(draftFor(QString(40, u'z')));
    }

    void duplicateSlugIsConflict()
    {
        Fixture f;
        f.adminService->provision(draftFor(QStringLiteral("acme")));
        const auto before = f.allRows();
        QVERIFY(throwsDomain([&] { f.adminService->provision(draftFor(QStringLiteral("acme"))); }, Kind::Conflict,
                             QStringLiteral("slug")));
        QCOMPARE(f.allRows(), before);
    }

    void upgradeAndDowngradeByUsers()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme"), Tier::Basic));
        QList<qint64> users;
        for (int i = 0; i < 7; ++i)
            users << s.addUser(t.id, QStringLiteral("u%1@acme.example").arg(i), QStringLiteral("U %1").arg(i),
                               TenantUserRole::Viewer)
                         .id;
        QVERIFY(s.tierChangeProblems(t.id, Tier::Pro).isEmpty());
        QCOMPARE(s.changeTier(t.id, Tier::Pro).tier, Tier::Pro);
        QCOMPARE(s.tenant(t.id).tier, Tier::Pro);

        const QStringList problems = s.tierChangeProblems(t.id, Tier::Free);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("7")), qPrintable(problems.first()));
        const auto before = f.allRows();
        QString message;
        QVERIFY(throwsDomain([&] { s.changeTier(t.id, Tier::Free); }, Kind::QuotaExceeded, {}, &message));
        QVERIFY(message.contains(problems.first()));
        QCOMPARE(f.allRows(), before);

        s.deactivateUser(t.id, users[0]);
        s.deactivateUser(t.id, users[1]);
        QVERIFY(s.tierChangeProblems(t.id, Tier::Free).isEmpty()); // exactly 5 active: allowed
        QCOMPARE(s.changeTier(t.id, Tier::Free).tier, Tier::Free);
        QVERIFY(throwsDomain([&] { s.changeTier(t.id, Tier::Free); }, Kind::Conflict));
    }

    void downgradeRefusedByRequestPeak()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme"), Tier::Pro));
        for (int i = 0; i < 6; ++i)
            s.addUser(t.id, QStringLiteral("u%1@acme.example").arg(i), QStringLiteral("U"), TenantUserRole::Viewer);
        // A big day 40 days ago is outside the window; one 12 days ago is not.
        f.recordRequests(t.id, 900'000, -40);
        QCOMPARE(s.tierChangeProblems(t.id, Tier::Basic).size(), 0);
        f.recordRequests(t.id, 30'000, -12);
        f.recordRequests(t.id, 30'000, -12); // same bucket: adds up to 60,000
        QCOMPARE(s.tierChangeProblems(t.id, Tier::Basic).size(), 1);
        const QStringList both = s.tierChangeProblems(t.id, Tier::Free);
        QCOMPARE(both.size(), 2); // 6 users > 5 and 60,000 requests > 1,000
        QString message;
        QVERIFY(throwsDomain([&] { s.changeTier(t.id, Tier::Free); }, Kind::QuotaExceeded, {}, &message));
        for (const QString& p : both)
            QVERIFY2(message.contains(p), qPrintable(message));
        QVERIFY(throwsDomain([&] { s.changeTier(t.id, Tier::Basic); }, Kind::QuotaExceeded));
        QCOMPARE(s.tenant(t.id).tier, Tier::Pro);

        // Thirty days later the peak has left the window.
        f.clock.advanceSecs(19 * 86'400);
        QVERIFY(s.tierChangeProblems(t.id, Tier::Basic).isEmpty());
        QCOMPARE(s.changeTier(t.id, Tier::Basic).tier, Tier::Basic);
    }

    void customPriceOnlyForEnterprise()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        QVERIFY(throwsDomain([&] { s.changeTier(t.id, Tier::Pro, 100); }, Kind::Invalid,
                             QStringLiteral("customPriceCents")));
        QVERIFY(throwsDomain([&] { s.changeTier(t.id, Tier::Enterprise, -5); }, Kind::Invalid,
                             QStringLiteral("customPriceCents")));
        QCOMPARE(s.changeTier(t.id, Tier::Enterprise, 120'000).customPriceCents, std::optional<qint64>(120'000));
        QCOMPARE(s.changeTier(t.id, Tier::Enterprise, 0).customPriceCents, std::optional<qint64>(0));
        const Tenant down = s.changeTier(t.id, Tier::Basic);
        QVERIFY(!down.customPriceCents);
        QVERIFY(!s.tenant(t.id).customPriceCents);
    }

    void updateDetails()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        const Tenant u = s.updateDetails(t.id, QStringLiteral("Acme Two"), QStringLiteral("Bo"),
                                         QStringLiteral("bo@acme.example"), QStringLiteral("us-west"));
        QCOMPARE(s.tenant(t.id).name, QStringLiteral("Acme Two"));
        QCOMPARE(u.region, QStringLiteral("us-west"));
        QCOMPARE(u.slug, t.slug);
        QVERIFY(throwsDomain([&] { s.updateDetails(t.id, {}, {}, QStringLiteral("bo@acme.example"),
                                                   QStringLiteral("us-west")); },
                             Kind::Invalid, QStringLiteral("name")));
        QVERIFY(throwsDomain([&] { s.updateDetails(t.id, QStringLiteral("A"), {}, QStringLiteral("bad"),
                                                   QStringLiteral("us-west")); },
                             Kind::Invalid, QStringLiteral("contactEmail")));
        QVERIFY(throwsDomain([&] { s.updateDetails(TenantId(999), QStringLiteral("A"), {},
                                                   QStringLiteral("a@b.example"), QStringLiteral("us-west")); },
                             Kind::NotFound));
    }

    void suspendReactivateOffboardPurge()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        const Tenant other = s.provision(draftFor(QStringLiteral("other")));
        const qint64 user = s.addUser(t.id, QStringLiteral("a@acme.example"), QStringLiteral("A"),
                                      TenantUserRole::Admin).id;
        s.addUser(other.id, QStringLiteral("a@acme.example"), QStringLiteral("A"), TenantUserRole::Admin);
        const qint64 key = s.createApiKey(t.id, QStringLiteral("ingest")).key.id;
        s.createApiKey(other.id, QStringLiteral("ingest"));
        s.setConfig(t.id, {QStringLiteral("retention"), ConfigType::Duration, QStringLiteral("7d")});
        s.setConfig(other.id, {QStringLiteral("retention"), ConfigType::Duration, QStringLiteral("7d")});
        f.recordRequests(t.id, 10);
        f.recordRequests(other.id, 10);
        f.addPredictions(t.id, 50);
        f.addPredictions(other.id, 50);
        const auto otherRows = f.tenantRows(other.id);

        QVERIFY(throwsDomain([&] { s.suspend(t.id, QStringLiteral("  ")); }, Kind::Invalid, QStringLiteral("reason")));
        const Tenant suspended = s.suspend(t.id, QStringLiteral("Unpaid invoice"));
        QCOMPARE(suspended.status, TenantStatus::Suspended);
        QCOMPARE(suspended.statusReason, QStringLiteral("Unpaid invoice"));
        QCOMPARE(s.tenant(t.id).statusChangedAt, std::optional<QDateTime>(f.clock.nowUtc()));
        QVERIFY(throwsDomain([&] { s.suspend(t.id, QStringLiteral("again")); }, Kind::Conflict));
        QCOMPARE(s.reactivate(t.id).status, TenantStatus::Active);
        QVERIFY(s.tenant(t.id).statusReason.isEmpty());
        QVERIFY(throwsDomain([&] { s.reactivate(t.id); }, Kind::Conflict));

        QVERIFY(throwsDomain([&] { s.purge(t.id, QStringLiteral("acme")); }, Kind::Conflict)); // not offboarding
        QVERIFY(throwsDomain([&] { s.offboard(t.id, -1); }, Kind::Invalid, QStringLiteral("graceDays")));
        QVERIFY(throwsDomain([&] { s.offboard(t.id, 366); }, Kind::Invalid, QStringLiteral("graceDays")));
        const Tenant off = s.offboard(t.id, 30);
        QCOMPARE(off.status, TenantStatus::Offboarding);
        QCOMPARE(off.purgeAfter, std::optional<QDateTime>(f.clock.nowUtc().addDays(30)));

        // Read-only: every mutation but purge is refused, and nothing changes.
        const auto frozen = f.allRows();
        const auto readOnly = [&](auto&& call) {
            QString message;
            const bool ok = throwsDomain(call, Kind::Conflict, {}, &message);
            return ok && message.contains(QLatin1String("read-only"));
        };
        QVERIFY(readOnly([&] { s.updateDetails(t.id, QStringLiteral("X"), {}, QStringLiteral("x@y.example"),
                                               QStringLiteral("eu-west")); }));
        QVERIFY(readOnly([&] { s.changeTier(t.id, Tier::Pro); }));
        QVERIFY(readOnly([&] { s.suspend(t.id, QStringLiteral("why")); }));
        QVERIFY(readOnly([&] { s.reactivate(t.id); }));
        QVERIFY(readOnly([&] { s.offboard(t.id, 5); }));
        QVERIFY(readOnly([&] { s.setConfig(t.id, {QStringLiteral("a"), ConfigType::String, QStringLiteral("b")}); }));
        QVERIFY(readOnly([&] { s.removeConfig(t.id, QStringLiteral("retention")); }));
        QVERIFY(readOnly([&] { s.addUser(t.id, QStringLiteral("b@acme.example"), QStringLiteral("B"),
                                         TenantUserRole::Viewer); }));
        QVERIFY(readOnly([&] { s.editUser(t.id, user, QStringLiteral("c@acme.example"), QStringLiteral("C"),
                                          TenantUserRole::Viewer); }));
        QVERIFY(readOnly([&] { s.deactivateUser(t.id, user); }));
        QVERIFY(readOnly([&] { s.reactivateUser(t.id, user); }));
        QVERIFY(readOnly([&] { s.createApiKey(t.id, QStringLiteral("k")); }));
        QVERIFY(readOnly([&] { s.revokeApiKey(t.id, key); }));
        QCOMPARE(f.allRows(), frozen);
        // Reads still work.
        QCOMPARE(s.users(t.id).size(), 1);
        QCOMPARE(s.config(t.id).size(), 1);

        QVERIFY(throwsDomain([&] { s.purge(t.id, QStringLiteral("acm")); }, Kind::Invalid,
                             QStringLiteral("confirmation")));
        QVERIFY(throwsDomain([&] { s.purge(t.id, QStringLiteral("other")); }, Kind::Invalid,
                             QStringLiteral("confirmation")));
        QVERIFY(throwsDomain([&] { s.purge(t.id, QStringLiteral("acme")); }, Kind::Conflict)); // grace not over
        f.clock.advanceSecs(30 * 86'400 - 1);
        QVERIFY(throwsDomain([&] { s.purge(t.id, QStringLiteral("acme")); }, Kind::Conflict));
        QCOMPARE(f.allRows(), frozen);
        f.clock.advanceSecs(1);

        QList<std::pair<qint64, qint64>> steps;
        s.purge(t.id, QStringLiteral("acme"), false, [&](qint64 done, qint64 total) {
            steps << std::pair(done, total);
            return true;
        });
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().first, steps.last().second);
        for (const auto& [table, rows] : f.tenantRows(t.id).asKeyValueRange())
            QVERIFY2(rows.isEmpty(), qPrintable(table));
        QCOMPARE(f.tenantRows(other.id), otherRows);
        QVERIFY(throwsDomain([&] { (void)s.tenant(t.id); }, Kind::NotFound));
        QCOMPARE(s.listTenants().size(), 1);
    }

    void purgeInChunksAndCancel()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        const Tenant other = s.provision(draftFor(QStringLiteral("other")));
        s.addUser(t.id, QStringLiteral("a@acme.example"), QStringLiteral("A"), TenantUserRole::Admin);
        f.addPredictions(t.id, 45'000);
        f.addPredictions(other.id, 10);
        s.offboard(t.id, 10);
        const auto before = f.allRows();

        int calls = 0;
        try {
            s.purge(t.id, QStringLiteral("acme"), true, [&](qint64 done, qint64) { return ++calls < 2 && done >= 0; });
            QFAIL("cancelled purge did not throw");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
        }
        QCOMPARE(calls, 2); // the start, then the first chunk
        QCOMPARE(f.allRows(), before);
        QCOMPARE(f.rows("predictions", QStringLiteral("tenant_id = %1").arg(t.id.value)).size(), 45'000);

        QList<qint64> done;
        s.purge(t.id, QStringLiteral("acme"), true, [&](qint64 d, qint64 total) {
            done << d;
            return total == 45'000 + 2;
        });
        QVERIFY2(done.size() >= 4, "predictions were not deleted in chunks");
        QCOMPARE(done.at(1), qint64(SqliteTenantRepository::kPurgeChunk));
        QCOMPARE(done.last(), qint64(45'000 + 2));
        QCOMPARE(f.rows("predictions").size(), 10);
        QCOMPARE(f.tenantRows(other.id).value(QStringLiteral("tenants")).size(), 1);
    }

    void configValidation_data()
    {
        QTest::addColumn<ConfigType>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");

        const auto ok = [](const char* name, ConfigType t, const QString& in, const QString& out) {
            QTest::newRow(name) << t << in << true << out;
        };
        const auto bad = [](const char* name, ConfigType t, const QString& in) {
            QTest::newRow(name) << t << in << false << QString();
        };
        using T = ConfigType;
        ok("string plain", T::String, QStringLiteral(" keep spaces "), QStringLiteral(" keep spaces "));
        ok("string empty", T::String, QString(), QString());
        ok("string max", T::String, QString(1024, u'x'), QString(1024, u'x'));
        bad("string too long", T::String, QString(1025, u'x'));
        ok("integer", T::Integer, QStringLiteral(" 42 "), QStringLiteral("42"));
        ok("integer plus", T::Integer, QStringLiteral("+7"), QStringLiteral("7"));
        ok("integer leading zeros", T::Integer, QStringLiteral("-007"), QStringLiteral("-7"));
        ok("integer max", T::Integer, QStringLiteral("9223372036854775807"), QStringLiteral("9223372036854775807"));
        ok("integer min", T::Integer, QStringLiteral("-9223372036854775808"),
           QStringLiteral("-9223372036854775808"));
        bad("integer overflow", T::Integer, QStringLiteral("9223372036854775808"));
        bad("integer decimal", T::Integer, QStringLiteral("1.5"));
        bad("integer word", T::Integer, QStringLiteral("ten"));
        bad("integer empty", T::Integer, QString());
        ok("decimal", T::Decimal, QStringLiteral("+007.500"), QStringLiteral("7.5"));
        ok("decimal negative zero", T::Decimal, QStringLiteral("-0.000"), QStringLiteral("0"));
        ok("decimal leading dot", T::Decimal, QStringLiteral(".25"), QStringLiteral("0.25"));
        ok("decimal whole", T::Decimal, QStringLiteral("12."), QStringLiteral("12"));
        ok("decimal negative", T::Decimal, QStringLiteral("-3.14"), QStringLiteral("-3.14"));
        bad("decimal exponent", T::Decimal, QStringLiteral("1e5"));
        bad("decimal comma", T::Decimal, QStringLiteral("1,5"));
        bad("decimal dot only", T::Decimal, QStringLiteral("."));
        ok("boolean yes", T::Boolean, QStringLiteral("YES"), QStringLiteral("true"));
        ok("boolean 1", T::Boolean, QStringLiteral("1"), QStringLiteral("true"));
        ok("boolean true", T::Boolean, QStringLiteral("True"), QStringLiteral("true"));
        ok("boolean no", T::Boolean, QStringLiteral("no"), QStringLiteral("false"));
        ok("boolean 0", T::Boolean, QStringLiteral("0"), QStringLiteral("false"));
        ok("boolean false", T::Boolean, QStringLiteral(" false "), QStringLiteral("false"));
        bad("boolean maybe", T::Boolean, QStringLiteral("maybe"));
        bad("boolean 2", T::Boolean, QStringLiteral("2"));
        ok("url https", T::Url, QStringLiteral("https://hooks.example.org/aq?x=1"),
           QStringLiteral("https://hooks.example.org/aq?x=1"));
        ok("url host case", T::Url, QStringLiteral("HTTP://Example.ORG"), QStringLiteral("http://example.org"));
        bad("url ftp", T::Url, QStringLiteral("ftp://example.org/file"));
        bad("url no host", T::Url, QStringLiteral("https://"));
        bad("url relative", T::Url, QStringLiteral("/path/only"));
        bad("url spaces", T::Url, QStringLiteral("https://exa mple.org"));
        ok("email", T::Email, QStringLiteral(" Alerts@Example.ORG "), QStringLiteral("Alerts@example.org"));
        bad("email no at", T::Email, QStringLiteral("alerts.example.org"));
        bad("email double dot", T::Email, QStringLiteral("a..b@example.org"));
        bad("email no tld", T::Email, QStringLiteral("a@example"));
        ok("duration seconds", T::Duration, QStringLiteral("30s"), QStringLiteral("30s"));
        ok("duration minutes", T::Duration, QStringLiteral("15m"), QStringLiteral("15m"));
        ok("duration to hours", T::Duration, QStringLiteral("120m"), QStringLiteral("2h"));
        ok("duration days", T::Duration, QStringLiteral("7d"), QStringLiteral("7d"));
        ok("duration combined", T::Duration, QStringLiteral("1h 30m"), QStringLiteral("90m"));
        ok("duration upper", T::Duration, QStringLiteral("2H"), QStringLiteral("2h"));
        ok("duration zero", T::Duration, QStringLiteral("0d"), QStringLiteral("0s"));
        ok("duration max", T::Duration, QStringLiteral("3650d"), QStringLiteral("3650d"));
        bad("duration too long", T::Duration, QStringLiteral("3651d"));
        bad("duration no unit", T::Duration, QStringLiteral("30"));
        bad("duration weeks", T::Duration, QStringLiteral("2w"));
        bad("duration negative", T::Duration, QStringLiteral("-5m"));
        bad("duration empty", T::Duration, QString());
    }

    void configValidation()
    {
        QFETCH(ConfigType, type);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const ConfigEntry entry{QStringLiteral("some.key_1"), type, input};
        if (!valid) {
            QVERIFY(throwsDomain([&] { TenantService::validateConfig(entry); }, Kind::Invalid,
                                 QStringLiteral("value")));
            return;
        }
        const ConfigEntry out = TenantService::validateConfig(entry);
        QCOMPARE(out.value, canonical);
        QCOMPARE(out.type, type);
        // Canonical values are fixed points.
        QCOMPARE(TenantService::validateConfig(out).value, canonical);

        Fixture f;
        const Tenant t = f.adminService->provision(draftFor(QStringLiteral("acme")));
        QCOMPARE(f.adminService->setConfig(t.id, entry).value, canonical);
        QCOMPARE(f.adminService->config(t.id).value(0).value, canonical);
    }

    void configKeysAndRemoval()
    {
        for (const char* key : {"", "1abc", "Abc", "a-b", "a b", "é"}) {
            QVERIFY2(throwsDomain([&] { TenantService::validateConfig({QString::fromUtf8(key), ConfigType::String,
                                                                        QStringLiteral("v")}); },
                                  Kind::Invalid, QStringLiteral("key")),
                     key);
        }
        QVERIFY(throwsDomain([&] { TenantService::validateConfig({QString(65, u'a'), ConfigType::String, {}}); },
                             Kind::Invalid, QStringLiteral("key")));
        TenantService::validateConfig({QString(64, u'a'), ConfigType::String, {}});
        TenantService::validateConfig({QStringLiteral("a"), ConfigType::String, {}});

        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        s.setConfig(t.id, {QStringLiteral("limit"), ConfigType::Integer, QStringLiteral("5")});
        s.setConfig(t.id, {QStringLiteral("limit"), ConfigType::Decimal, QStringLiteral("5.50")});
        const auto config = s.config(t.id);
        QCOMPARE(config.size(), 1);
        QCOMPARE(config.first().type, ConfigType::Decimal);
        QCOMPARE(config.first().value, QStringLiteral("5.5"));
        QVERIFY(throwsDomain([&] { s.removeConfig(t.id, QStringLiteral("missing")); }, Kind::NotFound));
        s.removeConfig(t.id, QStringLiteral("limit"));
        QVERIFY(s.config(t.id).isEmpty());
    }

    void listSummariesScalesTo10000Tenants()
    {
        Fixture f;
        constexpr int kCount = 10'000;
        const qint64 now = f.clock.nowSecs();
        f.store->transact([&] {
            for (int i = 0; i < kCount; ++i) {
                Tenant t;
                t.slug = QStringLiteral("tenant-%1").arg(i);
                t.name = QStringLiteral("Tenant %1").arg(i, 5, 10, QLatin1Char('0'));
                t.contactEmail = QStringLiteral("ops@example.org");
                t.region = QStringLiteral("eu-west");
                t.tier = allTiers().at(i % 4);
                t.createdAt = f.clock.nowUtc();
                const TenantId id = f.repo->insertTenant(t);
                // Two days of hourly buckets: only today's 12 hours may count.
                for (int h = 0; h < 36; ++h)
                    f.repo->recordRequests(id, now - h * 3600, QStringLiteral("/v1/forecast"), i % 100 + 1, 0);
                if (i % 10 == 0) {
                    TenantUser u;
                    u.email = QStringLiteral("a@example.org");
                    u.displayName = QStringLiteral("A");
                    u.createdAt = f.clock.nowUtc();
                    f.repo->insertUser(id, u);
                }
            }
        });
        QElapsedTimer timer;
        timer.start();
        const QList<TenantSummary> list = f.adminService->listTenants();
        const qint64 ms = timer.elapsed();
        qInfo("listTenants over %d tenants: %lld ms", kCount, ms);
        QCOMPARE(list.size(), kCount);
        QVERIFY2(ms < 2'000, "the tenant list query does not scale");
        // Sorted by name; today's requests are 13 buckets (12:xx back to 00:xx).
        QCOMPARE(list.first().tenant.name, QStringLiteral("Tenant 00000"));
        QCOMPARE(list.at(7).requestsToday, qint64(13 * 8));
        QCOMPARE(list.at(10).activeUsers, 1);
        QCOMPARE(list.at(11).activeUsers, 0);
    }

    void readOnlyRolesAreRefusedEverything_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("analyst") << int(Role::Analyst);
        QTest::newRow("auditor") << int(Role::Auditor);
    }

    void readOnlyRolesAreRefusedEverything()
    {
        QFETCH(int, role);
        Fixture f;
        TenantService& admin = *f.adminService;
        const Tenant t = admin.provision(draftFor(QStringLiteral("acme"), Tier::Pro));
        const Tenant gone = admin.provision(draftFor(QStringLiteral("gone")));
        admin.offboard(gone.id, 0);
        const qint64 user = admin.addUser(t.id, QStringLiteral("a@acme.example"), QStringLiteral("A"),
                                          TenantUserRole::Admin).id;
        const qint64 inactive = admin.addUser(t.id, QStringLiteral("b@acme.example"), QStringLiteral("B"),
                                              TenantUserRole::Admin).id;
        admin.deactivateUser(t.id, inactive);
        const qint64 key = admin.createApiKey(t.id, QStringLiteral("k")).key.id;
        admin.setConfig(t.id, {QStringLiteral("x"), ConfigType::String, QStringLiteral("y")});
        const Tenant suspended = admin.provision(draftFor(QStringLiteral("paused")));
        admin.suspend(suspended.id, QStringLiteral("r"));

        const Session session = sessionFor(Role(role), "reader");
        TenantService s(*f.store, f.clock, session, *f.auditLog);
        const auto before = f.allRows();
        const auto denied = [](auto&& call) { return throwsDomain(call, Kind::PermissionDenied); };
        QVERIFY(denied([&] { s.provision(draftFor(QStringLiteral("new-one"))); }));
        QVERIFY(denied([&] { s.updateDetails(t.id, QStringLiteral("X"), {}, QStringLiteral("x@y.example"),
                                             QStringLiteral("eu-west")); }));
        QVERIFY(denied([&] { s.changeTier(t.id, Tier::Enterprise); }));
        QVERIFY(denied([&] { s.suspend(t.id, QStringLiteral("why")); }));
        QVERIFY(denied([&] { s.reactivate(suspended.id); }));
        QVERIFY(denied([&] { s.offboard(t.id, 5); }));
        QVERIFY(denied([&] { s.purge(gone.id, QStringLiteral("gone"), true); }));
        QVERIFY(denied([&] { s.setConfig(t.id, {QStringLiteral("a"), ConfigType::String, QStringLiteral("b")}); }));
        QVERIFY(denied([&] { s.removeConfig(t.id, QStringLiteral("x")); }));
        QVERIFY(denied([&] { s.addUser(t.id, QStringLiteral("c@acme.example"), QStringLiteral("C"),
                                       TenantUserRole::Viewer); }));
        QVERIFY(denied([&] { s.editUser(t.id, user, QStringLiteral("d@acme.example"), QStringLiteral("D"),
                                        TenantUserRole::Viewer); }));
        QVERIFY(denied([&] { s.deactivateUser(t.id, user); }));
        QVERIFY(denied([&] { s.reactivateUser(t.id, inactive); }));
        QVERIFY(denied([&] { s.createApiKey(t.id, QStringLiteral("k2")); }));
        QVERIFY(denied([&] { s.revokeApiKey(t.id, key); }));
        // Permission comes first: even invalid input is refused as a permission problem.
        QVERIFY(denied([&] { s.provision(TenantDraft{}); }));
        QVERIFY(denied([&] { s.suspend(TenantId(424242), {}); }));
        QCOMPARE(f.allRows(), before);
        // Reading is allowed.
        QCOMPARE(s.listTenants().size(), 3);
        QCOMPARE(s.tenant(t.id).slug, QStringLiteral("acme"));
    }
};

QTEST_GUILESS_MAIN(TestTenantLifecycle)
#include "TestTenantLifecycle.moc"
