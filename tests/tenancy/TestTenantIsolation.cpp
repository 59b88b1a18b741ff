// A seeded randomized property test of tenant isolation: thousands of mixed
// operations, each made for one tenant A but often with ids that belong to
// other tenants. An in-memory oracle predicts every outcome; after every
// operation the rows of all tenants but A must be exactly as before, and A's
// data as the service reports it must equal the oracle.
//
// Reproduce a failure with GC_ISOLATION_SEED=<seed printed on failure>.

#include "TenancyFixture.h"

#include <QRandomGenerator>

using namespace gc;
using namespace gc::test;
using Kind = DomainError::Kind;

namespace {

constexpr int kTenants = 60;
constexpr int kOperations = 6000;

struct UserO
{
    QString email;
    QString name;
    TenantUserRole role = TenantUserRole::Viewer;
    bool active = true;
};

struct KeyO
{
    QString name;
    QString secret;
    bool revoked = false;
};

struct TenantO
{
    TenantId id;
    Tier tier = Tier::Free;
    QMap<qint64, UserO> users;
    QMap<qint64, KeyO> keys;
    QMap<QString, ConfigEntry> config;
    QMap<QDate, qint64> requests;

    [[nodiscard]] int activeUsers() const
    {
        return int(std::count_if(users.cbegin(), users.cend(), [](const UserO& u) { return u.active; }));
    }
    [[nodiscard]] bool emailTaken(const QString& email, qint64 except) const
    {
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.key() != except && it->email.compare(email, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    [[nodiscard]] bool quotaFull() const
    {
        const auto max = tierLimits(tier).maxUsers;
        return max && activeUsers() >= *max;
    }
};

QString kindName(std::optional<Kind> k)
{
    if (!k)
        return QStringLiteral("success");
    static const char* names[] = {"Invalid", "Conflict", "QuotaExceeded", "PermissionDenied", "NotFound",
                                  "Authentication"};
    return QString::fromLatin1(names[int(*k)]);
}

} // namespace

class TestTenantIsolation : public QObject
{
    Q_OBJECT

private:
    quint64 m_seed = 0;

    /// One string per tenant holding every row it owns, built in SQL so the
    /// check after each of thousands of operations stays cheap.
    static QMap<qint64, QString> snapshot(Database& db)
    {
        QMap<qint64, QString> out;
        for (const char* table : {"tenants", "tenant_config", "tenant_users", "api_keys", "request_log",
                                  "predictions"}) {
            QStringList cols;
            auto info = db.prepare(std::string("PRAGMA table_info(") + table + ")");
            while (info.step())
                cols << QStringLiteral("quote(") + info.text(1) + u')';
            const QString owner = qstrcmp(table, "tenants") == 0 ? QStringLiteral("id")
                                                                  : QStringLiteral("tenant_id");
            const QString sql = QStringLiteral("SELECT %1, group_concat(%2, ';') FROM (SELECT * FROM %3 ORDER BY 1, "
                                               "2, 3) GROUP BY %1")
                                    .arg(owner, cols.join(QStringLiteral("||','||")), QLatin1String(table));
            const QByteArray utf8 = sql.toUtf8();
            auto st = db.prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
            while (st.step())
                out[st.int64(0)] += QLatin1String(table) + u'[' + st.text(1) + u']';
        }
        return out;
    }

    /// A's data, as the service and the repository return it, against the oracle.
    static QString mismatch(Fixture& f, const TenantO& o)
    {
        TenantService& s = *f.adminService;
        const auto users = s.users(o.id);
        if (users.size() != o.users.size())
            return QStringLiteral("user count %1 != %2").arg(users.size()).arg(o.users.size());
        for (const TenantUser& u : users) {
            const auto it = o.users.constFind(u.id);
            if (u.tenantId != o.id || it == o.users.cend())
                return QStringLiteral("foreign or unknown user %1").arg(u.id);
            if (u.email != it->email || u.displayName != it->name || u.role != it->role || u.active != it->active)
                return QStringLiteral("user %1 differs").arg(u.id);
        }
        const auto keys = s.apiKeys(o.id);
        if (keys.size() != o.keys.size())
            return QStringLiteral("key count %1 != %2").arg(keys.size()).arg(o.keys.size());
        for (const ApiKey& k : keys) {
            const auto it = o.keys.constFind(k.id);
            if (k.tenantId != o.id || it == o.keys.cend())
                return QStringLiteral("foreign or unknown key %1").arg(k.id);
            if (k.name != it->name || k.revoked() != it->revoked || k.prefix != it->secret.left(12))
                return QStringLiteral("key %1 differs").arg(k.id);
        }
        const auto config = s.config(o.id);
        if (config.size() != o.config.size())
            return QStringLiteral("config count %1 != %2").arg(config.size()).arg(o.config.size());
        for (const ConfigEntry& e : config) {
            const auto it = o.config.constFind(e.key);
            if (it == o.config.cend() || it->value != e.value || it->type != e.type)
                return QStringLiteral("config %1 differs").arg(e.key);
        }
        for (const UsageDay& d : s.usage(o.id, 45)) {
            if (d.requests != o.requests.value(d.day))
                return QStringLiteral("usage on %1: %2 != %3")
                    .arg(d.day.toString(Qt::ISODate))
                    .arg(d.requests)
                    .arg(o.requests.value(d.day));
        }
        if (s.userQuota(o.id).used != o.activeUsers())
            return QStringLiteral("user quota differs");
        return {};
    }

private slots:
    void initTestCase()
    {
        bool ok = false;
        m_seed = qEnvironmentVariable("GC_ISOLATION_SEED").toULongLong(&ok);
        if (!ok)
            m_seed = QRandomGenerator::system()->generate64();
        qInfo("isolation seed: %llu", static_cast<unsigned long long>(m_seed));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning("FAILED with seed %llu: rerun with GC_ISOLATION_SEED=%llu",
                     static_cast<unsigned long long>(m_seed), static_cast<unsigned long long>(m_seed));
    }

    void randomOperationsNeverCrossTenants()
    {
        QRandomGenerator rng(m_seed);
        Fixture f;
        TenantService& s = *f.adminService;
        const auto pick = [&](int n) { return int(rng.bounded(n)); };
        const auto chance = [&](int percent) { return pick(100) < percent; };

        QList<TenantO> tenants;
        for (int i = 0; i < kTenants; ++i) {
            TenantO o;
            o.tier = std::array{Tier::Free, Tier::Free, Tier::Basic, Tier::Pro, Tier::Enterprise}[size_t(pick(5))];
            o.id = s.provision(draftFor(QStringLiteral("tenant-%1").arg(i), o.tier)).id;
            tenants << o;
        }
        // Predictions are owned rows that no operation here touches: they must survive intact.
        for (int i = 0; i < kTenants; i += 7)
            f.addPredictions(tenants[i].id, 20);

        const auto randomEmail = [&](int tenantIndex) -> QString {
            QString local = QStringLiteral("u%1").arg(pick(12));
            if (chance(30))
                local[0] = u'U';
            return local + QStringLiteral("@t%1.example").arg(tenantIndex % 3);
        };
        const auto otherThan = [&](int a) {
            int b = pick(kTenants - 1);
            return b >= a ? b + 1 : b;
        };
        // An id of A's (when it has one and the dice say so), of another tenant's, or of nobody's.
        const auto pickId = [&](int a, auto member) -> std::pair<qint64, bool> {
            const auto& own = tenants[a].*member;
            const int roll = pick(100);
            if (roll < 50 && !own.isEmpty())
                return {own.keys().at(pick(int(own.size()))), true};
            if (roll < 92) {
                for (int tries = 0; tries < 10; ++tries) {
                    const auto& theirs = tenants[otherThan(a)].*member;
                    if (!theirs.isEmpty())
                        return {theirs.keys().at(pick(int(theirs.size()))), false};
                }
            }
            return {qint64(1'000'000 + pick(1000)), false};
        };

        QMap<qint64, QString> before = snapshot(f.db());
        QHash<int, int> counts;
        int crossTenantCalls = 0;
        for (int op = 0; op < kOperations; ++op) {
            const int a = pick(kTenants);
            TenantO& o = tenants[a];
            std::optional<Kind> expected;
            std::function<void()> call;
            TenantId touched = o.id; // whose rows may change
            const int kind = pick(100);
            QString what;

            if (kind < 18) {
                const QString email = randomEmail(a);
                const QString name = QStringLiteral("Name %1").arg(pick(1000));
                const auto role = TenantUserRole(pick(3));
                what = QStringLiteral("addUser ") + email;
                expected = o.emailTaken(email, 0) ? std::optional(Kind::Conflict)
                    : o.quotaFull()               ? std::optional(Kind::QuotaExceeded)
                                                  : std::nullopt;
                call = [&, email, name, role] {
                    const TenantUser u = s.addUser(o.id, email, name, role);
                    QVERIFY(u.tenantId == o.id);
                    o.users.insert(u.id, {email, name, role, true});
                };
            } else if (kind < 28) {
                const auto [id, own] = pickId(a, &TenantO::users);
                const QString email = randomEmail(a);
                const QString name = QStringLiteral("Edited %1").arg(pick(1000));
                const auto role = TenantUserRole(pick(3));
                what = QStringLiteral("editUser %1").arg(id);
                crossTenantCalls += own ? 0 : 1;
                expected = !own                        ? std::optional(Kind::NotFound)
                    : o.emailTaken(email, id)          ? std::optional(Kind::Conflict)
                                                       : std::nullopt;
                call = [&, id, email, name, role] {
                    s.editUser(o.id, id, email, name, role);
                    UserO& u = o.users[id];
                    u.email = email;
                    u.name = name;
                    u.role = role;
                };
            } else if (kind < 36) {
                const auto [id, own] = pickId(a, &TenantO::users);
                what = QStringLiteral("deactivateUser %1").arg(id);
                crossTenantCalls += own ? 0 : 1;
                expected = !own                 ? std::optional(Kind::NotFound)
                    : !o.users.value(id).active ? std::optional(Kind::Conflict)
                                                : std::nullopt;
                call = [&, id] {
                    QVERIFY(!s.deactivateUser(o.id, id).active);
                    o.users[id].active = false;
                };
            } else if (kind < 43) {
                const auto [id, own] = pickId(a, &TenantO::users);
                what = QStringLiteral("reactivateUser %1").arg(id);
                crossTenantCalls += own ? 0 : 1;
                expected = !own                ? std::optional(Kind::NotFound)
                    : o.users.value(id).active ? std::optional(Kind::Conflict)
                    : o.quotaFull()            ? std::optional(Kind::QuotaExceeded)
                                               : std::nullopt;
                call = [&, id] {
                    QVERIFY(s.reactivateUser(o.id, id).active);
                    o.users[id].active = true;
                };
            } else if (kind < 50) {
                const QString name = QStringLiteral("key %1").arg(pick(1000));
                what = QStringLiteral("createApiKey");
                call = [&, name] {
                    const NewApiKey k = s.createApiKey(o.id, name);
                    QVERIFY(k.key.tenantId == o.id);
                    o.keys.insert(k.key.id, {name, k.secret, false});
                };
            } else if (kind < 57) {
                const auto [id, own] = pickId(a, &TenantO::keys);
                what = QStringLiteral("revokeApiKey %1").arg(id);
                crossTenantCalls += own ? 0 : 1;
                expected = !own                ? std::optional(Kind::NotFound)
                    : o.keys.value(id).revoked ? std::optional(Kind::Conflict)
                                               : std::nullopt;
                call = [&, id] {
                    QVERIFY(s.revokeApiKey(o.id, id).revoked());
                    o.keys[id].revoked = true;
                };
            } else if (kind < 67) {
                ConfigEntry e{QStringLiteral("key.%1").arg(pick(8)), ConfigType::String, {}};
                switch (pick(3)) {
                case 0:
                    e.type = ConfigType::Integer;
                    e.value = QString::number(qint64(rng.generate()) - 2'000'000'000);
                    break;
                case 1:
                    e.type = ConfigType::Boolean;
                    e.value = chance(50) ? QStringLiteral("true") : QStringLiteral("false");
                    break;
                default:
                    e.value = QStringLiteral("value %1 of tenant %2").arg(pick(100)).arg(a);
                }
                what = QStringLiteral("setConfig ") + e.key;
                call = [&, e] {
                    QCOMPARE(s.setConfig(o.id, e).value, e.value);
                    o.config.insert(e.key, e);
                };
            } else if (kind < 75) {
                // Keys of another tenant's configuration, which A may or may not share.
                const auto& source = chance(50) ? o.config : tenants[otherThan(a)].config;
                const QString key = source.isEmpty() ? QStringLiteral("key.none")
                                                     : source.keys().at(pick(int(source.size())));
                what = QStringLiteral("removeConfig ") + key;
                crossTenantCalls += o.config.contains(key) ? 0 : 1;
                expected = o.config.contains(key) ? std::nullopt : std::optional(Kind::NotFound);
                call = [&, key] {
                    s.removeConfig(o.id, key);
                    o.config.remove(key);
                };
            } else if (kind < 85) {
                const qint64 at = f.clock.nowSecs() - qint64(pick(40 * 24)) * 3600 - pick(3600);
                const qint64 n = 1 + pick(5000);
                const QString endpoint = chance(50) ? QStringLiteral("/v1/forecast") : QStringLiteral("/v1/history");
                what = QStringLiteral("recordRequests");
                call = [&, at, n, endpoint] {
                    f.store->transact([&] { f.repo->recordRequests(o.id, at, endpoint, n, n / 10); });
                    o.requests[QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date()] += n;
                };
            } else if (kind < 93) {
                // Direct repository reads and writes with foreign ids find nothing.
                const auto [userId, ownUser] = pickId(a, &TenantO::users);
                const auto [keyId, ownKey] = pickId(a, &TenantO::keys);
                what = QStringLiteral("repository lookups %1 %2").arg(userId).arg(keyId);
                crossTenantCalls += (ownUser ? 0 : 1) + (ownKey ? 0 : 1);
                call = [&, userId, ownUser, keyId, ownKey] {
                    const auto u = f.repo->user(o.id, userId);
                    QCOMPARE(u.has_value(), ownUser);
                    if (u)
                        QVERIFY(u->tenantId == o.id);
                    const auto k = f.repo->apiKey(o.id, keyId);
                    QCOMPARE(k.has_value(), ownKey);
                    if (!ownKey) {
                        // A revoke or touch aimed at another tenant's key changes nothing.
                        f.store->transact([&] {
                            QVERIFY(!f.repo->revokeApiKey(o.id, keyId, 1));
                            f.repo->touchApiKey(o.id, keyId, 2);
                        });
                    }
                    if (!ownUser) {
                        TenantUser stray;
                        stray.id = userId;
                        stray.email = QStringLiteral("stray@x.example");
                        stray.displayName = QStringLiteral("Stray");
                        stray.createdAt = f.clock.nowUtc();
                        f.store->transact([&] { QVERIFY(!f.repo->updateUser(o.id, stray)); });
                    }
                    QCOMPARE(f.repo->activeUserCount(o.id), o.activeUsers());
                };
            } else {
                // The platform authenticates a key of any tenant: it resolves to its owner only.
                const int b = pick(kTenants);
                TenantO& owner = tenants[b];
                touched = owner.id;
                what = QStringLiteral("authenticate key of tenant %1").arg(b);
                if (owner.keys.isEmpty()) {
                    call = [&] { QVERIFY(!s.authenticateApiKey(QStringLiteral("gck_00000000_") + QString(43, u'A'))); };
                } else {
                    const qint64 id = owner.keys.keys().at(pick(int(owner.keys.size())));
                    call = [&, id] {
                        const KeyO& k = owner.keys[id];
                        const auto got = s.authenticateApiKey(k.secret);
                        QCOMPARE(got.has_value(), !k.revoked);
                        if (got) {
                            QVERIFY(got->tenantId == owner.id);
                            QCOMPARE(got->id, id);
                        }
                    };
                }
            }
            ++counts[kind / 10];

            std::optional<Kind> actual;
            try {
                call();
            } catch (const DomainError& e) {
                actual = e.kind();
            }
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("op %1 (%2) failed a check").arg(op).arg(what)));
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("op %1 (%2 for tenant %3): expected %4, got %5")
                                     .arg(op)
                                     .arg(what)
                                     .arg(o.id.value)
                                     .arg(kindName(expected), kindName(actual))));

            const QMap<qint64, QString> after = snapshot(f.db());
            for (const TenantO& other : std::as_const(tenants)) {
                if (other.id == touched)
                    continue;
                if (after.value(other.id.value) != before.value(other.id.value))
                    QFAIL(qPrintable(QStringLiteral("op %1 (%2 for tenant %3) changed rows of tenant %4")
                                         .arg(op)
                                         .arg(what)
                                         .arg(o.id.value)
                                         .arg(other.id.value)));
            }
            before = after;
            const QString diff = mismatch(f, o);
            if (!diff.isEmpty())
                QFAIL(qPrintable(QStringLiteral("op %1 (%2): tenant %3: %4").arg(op).arg(what).arg(o.id.value).arg(diff)));
        }

        for (const TenantO& o : std::as_const(tenants)) {
            const QString diff = mismatch(f, o);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QVERIFY2(crossTenantCalls > kOperations / 10, "too few calls with other tenants' ids");
        qInfo("%d operations, %d with other tenants' ids", kOperations, crossTenantCalls);
    }
};

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "TestTenantIsolation.moc"
