#include "TenancyFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

using namespace gc;
using namespace gc::test;
using Kind = DomainError::Kind;

namespace {

QString email(int i)
{
    return QStringLiteral("user%1@acme.example").arg(i);
}

} // namespace

class TestTenantUsersKeys : public QObject
{
    Q_OBJECT

private slots:
    void userQuotaAtExactlyTheLimit()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << s.addUser(t.id, email(i), QStringLiteral("User %1").arg(i), TenantUserRole::Viewer).id;
        QCOMPARE(s.userQuota(t.id).used, 5);
        QCOMPARE(s.userQuota(t.id).limit, std::optional<qint64>(5));
        QCOMPARE(s.userQuota(t.id).level(), QuotaStatus::Level::Exceeded);

        const auto before = f.allRows();
        QString message;
        QVERIFY(throwsDomain([&] { s.addUser(t.id, email(6), QStringLiteral("Six"), TenantUserRole::Viewer); },
                             Kind::QuotaExceeded, {}, &message));
        QVERIFY2(message.contains(QLatin1String("5")) && message.contains(tierDisplayName(Tier::Free)),
                 qPrintable(message));
        QCOMPARE(f.allRows(), before);

        // Deactivating frees a seat; the deactivated user stays listed.
        const TenantUser off = s.deactivateUser(t.id, ids[0]);
        QVERIFY(!off.active);
        QCOMPARE(off.deactivatedAt, std::optional<QDateTime>(f.clock.nowUtc()));
        QVERIFY(throwsDomain([&] { s.deactivateUser(t.id, ids[0]); }, Kind::Conflict));
        QCOMPARE(s.userQuota(t.id).used, 4);
        QCOMPARE(s.userQuota(t.id).level(), QuotaStatus::Level::Warning);
        const qint64 sixth = s.addUser(t.id, email(6), QStringLiteral("Six"), TenantUserRole::Viewer).id;
        QCOMPARE(s.users(t.id).size(), 6);

        // Reactivation counts like adding.
        QVERIFY(throwsDomain([&] { s.reactivateUser(t.id, ids[0]); }, Kind::QuotaExceeded));
        QVERIFY(!s.users(t.id).first().active);
        s.deactivateUser(t.id, sixth);
        const TenantUser back = s.reactivateUser(t.id, ids[0]);
        QVERIFY(back.active);
        QVERIFY(!back.deactivatedAt);
        QVERIFY(throwsDomain([&] { s.reactivateUser(t.id, ids[0]); }, Kind::Conflict));
        QCOMPARE(s.userQuota(t.id).used, 5);

        // Upgrading raises the limit; Enterprise has none.
        s.changeTier(t.id, Tier::Basic);
        s.reactivateUser(t.id, sixth);
        QCOMPARE(s.userQuota(t.id).limit, std::optional<qint64>(25));
        s.changeTier(t.id, Tier::Enterprise);
        QVERIFY(!s.userQuota(t.id).limit);
        QCOMPARE(s.userQuota(t.id).level(), QuotaStatus::Level::Ok);
    }

    void userValidationAndEmailUniqueness()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme"), Tier::Pro));
        const Tenant other = s.provision(draftFor(QStringLiteral("other"), Tier::Pro));
        QVERIFY(throwsDomain([&] { s.addUser(t.id, QStringLiteral("nope"), QStringLiteral("N"),
                                             TenantUserRole::Viewer); },
                             Kind::Invalid, QStringLiteral("email")));
        QVERIFY(throwsDomain([&] { s.addUser(t.id, email(1), QStringLiteral(" "), TenantUserRole::Viewer); },
                             Kind::Invalid, QStringLiteral("displayName")));
        QVERIFY(throwsDomain([&] { s.addUser(TenantId(999), email(1), QStringLiteral("A"),
                                             TenantUserRole::Viewer); },
                             Kind::NotFound));

        const TenantUser ana = s.addUser(t.id, QStringLiteral("ana@acme.example"), QStringLiteral("Ana"),
                                         TenantUserRole::Admin);
        QCOMPARE(ana.tenantId, t.id);
        QCOMPARE(ana.role, TenantUserRole::Admin);
        QVERIFY(throwsDomain([&] { s.addUser(t.id, QStringLiteral(" ANA@acme.example"), QStringLiteral("Ana 2"),
                                             TenantUserRole::Viewer); },
                             Kind::Conflict, QStringLiteral("email")));
        // Another tenant may have the same address.
        s.addUser(other.id, QStringLiteral("ana@acme.example"), QStringLiteral("Ana"), TenantUserRole::Viewer);

        const TenantUser bo = s.addUser(t.id, QStringLiteral("bo@acme.example"), QStringLiteral("Bo"),
                                        TenantUserRole::Viewer);
        QVERIFY(throwsDomain([&] { s.editUser(t.id, bo.id, QStringLiteral("Ana@Acme.example"), QStringLiteral("Bo"),
                                              TenantUserRole::Viewer); },
                             Kind::Conflict, QStringLiteral("email")));
        // Keeping one's own address is not a clash.
        const TenantUser edited = s.editUser(t.id, bo.id, QStringLiteral("bo@acme.example"), QStringLiteral("Bo B"),
                                             TenantUserRole::Analyst);
        QCOMPARE(edited.displayName, QStringLiteral("Bo B"));
        QCOMPARE(edited.role, TenantUserRole::Analyst);
        QCOMPARE(s.users(t.id).at(1).role, TenantUserRole::Analyst);
        QVERIFY(throwsDomain([&] { s.editUser(t.id, 98765, QStringLiteral("x@acme.example"), QStringLiteral("X"),
                                              TenantUserRole::Viewer); },
                             Kind::NotFound));
    }

    void analystSeesPseudonymsOnly()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        const QStringList emails{QStringLiteral("marie.curie@acme.example"), QStringLiteral("ada@acme.example")};
        const QStringList names{QStringLiteral("Marie Curie"), QStringLiteral("Ada Lovelace")};
        for (int i = 0; i < emails.size(); ++i)
            s.addUser(t.id, emails[i], names[i], TenantUserRole::Viewer);
        QCOMPARE(s.users(t.id).first().email, emails.first()); // administrators see personal data

        QVERIFY(f.analyst.can(Action::ViewTenantUsers));
        QVERIFY(!f.analyst.can(Action::ViewPersonalData));
        const QList<TenantUser> seen = f.analystService->users(t.id);
        QCOMPARE(seen.size(), 2);
        static const QRegularExpression emailPattern(QStringLiteral("^user-[0-9a-f]{8}$"));
        static const QRegularExpression namePattern(QStringLiteral("^User [0-9a-f]{8}$"));
        QSet<QString> tags;
        for (const TenantUser& u : seen) {
            QVERIFY2(emailPattern.match(u.email).hasMatch(), qPrintable(u.email));
            QVERIFY2(namePattern.match(u.displayName).hasMatch(), qPrintable(u.displayName));
            QCOMPARE(u.email.mid(5), u.displayName.mid(5));
            tags << u.email;
            for (const QString& field : {u.email, u.displayName}) {
                for (const QString& real : emails + names) {
                    QVERIFY(!field.contains(real, Qt::CaseInsensitive));
                    QVERIFY(!field.contains(real.section(u'@', 0, 0), Qt::CaseInsensitive));
                }
            }
        }
        QCOMPARE(tags.size(), 2);

        // Stable across calls and across services on the same store.
        TenantService again(*f.store, f.clock, f.analyst, *f.auditLog);
        QCOMPARE(again.users(t.id).first().email, seen.first().email);
        QVERIFY(f.rows("settings", QStringLiteral("key = 'pseudonym.secret'")).size() == 1);

        // A pseudonym is the HMAC of the user id under the store's secret.
        const QString secretHex = f.db().scalarText("SELECT value FROM settings WHERE key = 'pseudonym.secret'");
        const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray::number(seen.first().id),
                                                                QByteArray::fromHex(secretHex.toLatin1()),
                                                                QCryptographicHash::Sha256);
        QCOMPARE(seen.first().email, QStringLiteral("user-") + QString::fromLatin1(mac.left(4).toHex()));
    }

    void apiKeyShownOnceStoredAsHash()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        QVERIFY(throwsDomain([&] { s.createApiKey(t.id, QStringLiteral("  ")); }, Kind::Invalid,
                             QStringLiteral("name")));
        const NewApiKey created = s.createApiKey(t.id, QStringLiteral("Ingest"));
        static const QRegularExpression secretPattern(QStringLiteral("^gck_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$"));
        QVERIFY2(secretPattern.match(created.secret).hasMatch(), qPrintable(created.secret));
        QCOMPARE(created.secret.left(12), created.key.prefix);
        QCOMPARE(created.key.createdBy, QStringLiteral("admin"));
        QCOMPARE(created.key.createdAt, f.clock.nowUtc());
        QVERIFY(!created.key.revoked());
        const QByteArray random = QByteArray::fromBase64(created.secret.mid(13).toLatin1(),
                                                         QByteArray::Base64UrlEncoding);
        QCOMPARE(random.size(), 32);

        const QList<ApiKey> keys = s.apiKeys(t.id);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().prefix, created.key.prefix);
        QCOMPARE(keys.first().name, QStringLiteral("Ingest"));

        // The table holds the prefix and SHA-256 of the secret, never the secret.
        auto st = f.db().prepare("SELECT * FROM api_keys");
        QByteArray tableBytes;
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                tableBytes += st.blob(c);
        }
        QVERIFY(!tableBytes.contains(created.secret.toUtf8()));
        QVERIFY(!tableBytes.contains(created.secret.mid(13).toUtf8()));
        QVERIFY(!tableBytes.contains(random));
        QVERIFY(tableBytes.contains(created.key.prefix.toUtf8()));
        QCOMPARE(f.db().scalarText("SELECT hex(key_hash) FROM api_keys").toLatin1(),
                 QCryptographicHash::hash(created.secret.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper());
        // Nor anywhere in the file.
        f.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(f.store->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray fileBytes = file.readAll();
        QVERIFY(!fileBytes.contains(created.secret.mid(13).toUtf8()));
        QVERIFY(!fileBytes.contains(random));

        // Two keys never share a prefix or a secret.
        const NewApiKey second = s.createApiKey(t.id, QStringLiteral("Second"));
        QVERIFY(second.key.prefix != created.key.prefix);
        QVERIFY(second.secret != created.secret);
    }

    void authenticate()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        const Tenant other = s.provision(draftFor(QStringLiteral("other")));
        const NewApiKey k = s.createApiKey(t.id, QStringLiteral("Ingest"));
        const NewApiKey otherKey = s.createApiKey(other.id, QStringLiteral("Ingest"));
        TenantService& platform = *f.auditorService; // needs no permission

        f.clock.advanceSecs(3600);
        const auto ok = platform.authenticateApiKey(k.secret);
        QVERIFY(ok);
        QCOMPARE(ok->id, k.key.id);
        QCOMPARE(ok->tenantId, t.id);
        QCOMPARE(ok->lastUsedAt, std::optional<QDateTime>(f.clock.nowUtc()));
        QCOMPARE(s.apiKeys(t.id).first().lastUsedAt, std::optional<QDateTime>(f.clock.nowUtc()));
        QCOMPARE(platform.authenticateApiKey(otherKey.secret)->tenantId, other.id);

        // Wrong: same prefix, one character of the random part changed.
        QString wrong = k.secret;
        wrong[20] = wrong[20] == u'A' ? u'B' : u'A';
        const auto before = f.allRows();
        QVERIFY(!platform.authenticateApiKey(wrong));
        // Another key's random part behind this key's prefix.
        QVERIFY(!platform.authenticateApiKey(k.key.prefix + otherKey.secret.mid(12)));
        QCOMPARE(f.allRows(), before);

        // Malformed.
        const QStringList malformed{QString(),
                                    QStringLiteral("gck_"),
                                    k.key.prefix,
                                    k.secret.left(k.secret.size() - 1),
                                    k.secret + u'x',
                                    QStringLiteral("xyz") + k.secret.mid(3),
                                    k.secret.toUpper(),
                                    QString(k.secret).replace(12, 1, u'-'),
                                    QStringLiteral(" ") + k.secret};
        for (const QString& bad : malformed)
            QVERIFY2(!platform.authenticateApiKey(bad), qPrintable(bad));
        // Unknown prefix.
        QVERIFY(!platform.authenticateApiKey(QStringLiteral("gck_00000000_") + k.secret.mid(13)));

        // Suspended tenant: refused until reactivated.
        s.suspend(t.id, QStringLiteral("unpaid"));
        QVERIFY(!platform.authenticateApiKey(k.secret));
        s.reactivate(t.id);
        QVERIFY(platform.authenticateApiKey(k.secret));

        // Revoked.
        const ApiKey revoked = s.revokeApiKey(t.id, k.key.id);
        QCOMPARE(revoked.revokedAt, std::optional<QDateTime>(f.clock.nowUtc()));
        QVERIFY(s.apiKeys(t.id).first().revoked());
        QVERIFY(throwsDomain([&] { s.revokeApiKey(t.id, k.key.id); }, Kind::Conflict));
        QVERIFY(throwsDomain([&] { s.revokeApiKey(t.id, otherKey.key.id); }, Kind::NotFound));
        QVERIFY(!platform.authenticateApiKey(k.secret));

        // Offboarding tenant.
        s.offboard(other.id, 30);
        QVERIFY(!platform.authenticateApiKey(otherKey.secret));
    }

    void requestQuotaLevels()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        QCOMPARE(s.requestQuotaToday(t.id).limit, std::optional<qint64>(1'000));
        f.recordRequests(t.id, 5'000, -1); // yesterday does not count
        QCOMPARE(s.requestQuotaToday(t.id).used, 0);
        f.recordRequests(t.id, 799);
        QCOMPARE(s.requestQuotaToday(t.id).level(), QuotaStatus::Level::Ok);
        f.recordRequests(t.id, 1);
        QCOMPARE(s.requestQuotaToday(t.id).used, 800);
        QCOMPARE(s.requestQuotaToday(t.id).level(), QuotaStatus::Level::Warning);
        f.recordRequests(t.id, 199);
        QCOMPARE(s.requestQuotaToday(t.id).level(), QuotaStatus::Level::Warning);
        f.recordRequests(t.id, 1);
        QCOMPARE(s.requestQuotaToday(t.id).used, 1'000);
        QCOMPARE(s.requestQuotaToday(t.id).level(), QuotaStatus::Level::Exceeded);

        // Users: 3 of 5 ok, 4 of 5 warning, 5 of 5 exceeded.
        for (int i = 1; i <= 3; ++i)
            s.addUser(t.id, email(i), QStringLiteral("U"), TenantUserRole::Viewer);
        QCOMPARE(s.userQuota(t.id).level(), QuotaStatus::Level::Ok);
        s.addUser(t.id, email(4), QStringLiteral("U"), TenantUserRole::Viewer);
        QCOMPARE(s.userQuota(t.id).level(), QuotaStatus::Level::Warning);
        s.addUser(t.id, email(5), QStringLiteral("U"), TenantUserRole::Viewer);
        QCOMPARE(s.userQuota(t.id).level(), QuotaStatus::Level::Exceeded);

        s.changeTier(t.id, Tier::Enterprise);
        QVERIFY(!s.requestQuotaToday(t.id).limit);
        QCOMPARE(s.requestQuotaToday(t.id).level(), QuotaStatus::Level::Ok);
    }

    void usageByDayIsZeroFilledPerUtcDay()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        const Tenant other = s.provision(draftFor(QStringLiteral("other")));
        // 23:xx and 00:xx of adjacent UTC days fall on different days.
        const qint64 today = QDateTime(f.clock.nowUtc().date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        f.store->transact([&] {
            f.repo->recordRequests(t.id, today - 1, QStringLiteral("/a"), 7, 1);
            f.repo->recordRequests(t.id, today, QStringLiteral("/a"), 11, 0);
            f.repo->recordRequests(t.id, today + 3600 * 5 + 17, QStringLiteral("/b"), 4, 2);
            f.repo->recordRequests(other.id, today, QStringLiteral("/a"), 1000, 0);
        });
        const QList<UsageDay> days = s.usage(t.id, 3);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0].day, f.clock.nowUtc().date().addDays(-2));
        QCOMPARE(days[0].requests, 0);
        QCOMPARE(days[1].requests, 7);
        QCOMPARE(days[1].errors, 1);
        QCOMPARE(days[2].day, f.clock.nowUtc().date());
        QCOMPARE(days[2].requests, 15);
        QCOMPARE(days[2].errors, 2);
        QCOMPARE(s.usage(t.id).size(), 30);
        QVERIFY(throwsDomain([&] { (void)s.usage(t.id, 0); }, Kind::Invalid, QStringLiteral("days")));
        QCOMPARE(f.rows("request_log", QStringLiteral("tenant_id = %1").arg(t.id.value)).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTenantUsersKeys)
#include "TestTenantUsersKeys.moc"
