// Every mutation of TenantService and AuthService records exactly one audit
// event in its own transaction: no change without its event, no event without
// its change.
#include "TenancyFixture.h"

#include "audit/AuditLog.h"
#include "audit/AuditRepository.h"
#include "auth/AuthService.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace gc;
using namespace gc::test;

namespace {

constexpr PasswordHasher::Cost kCheap { 10, 8, 1 };
const QString kRootPassword = QStringLiteral("correct horse battery");
const QString kAnaPassword = QStringLiteral("staple battery horse");

/// A store with a tenant ("acme", Basic: room for users) that has one user
/// and one API key, a real administrator "root" and an operator "ana".
struct Env
{
    Fixture f;
    std::unique_ptr<AuthService> auth;
    std::optional<Session> root;
    std::optional<Session> ana;
    qint64 anaId = 0;
    TenantId tenant;
    qint64 userId = 0;
    qint64 keyId = 0;
    QString secret;
    QString prefix;

    Env()
    {
        auth = std::make_unique<AuthService>(*f.store, f.clock, *f.auditLog, kCheap);
        auth->createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Rita Root"), kRootPassword);
        root.emplace(auth->signIn(QStringLiteral("root"), kRootPassword));
        anaId = auth->addOperator(
                        *root, QStringLiteral("ana"), QStringLiteral("Ana Lyst"), Role::Analyst, kAnaPassword)
                    .id;
        tenant = f.adminService->provision(draftFor(QStringLiteral("acme"), Tier::Basic)).id;
        userId = f.adminService
                     ->addUser(tenant, QStringLiteral("jo@acme.example"), QStringLiteral("Jo Smith"),
                         TenantUserRole::Viewer)
                     .id;
        const NewApiKey key = f.adminService->createApiKey(tenant, QStringLiteral("ingest"));
        keyId = key.key.id;
        secret = key.secret;
        prefix = key.key.prefix;
    }

    AuditLog& log() { return *f.auditLog; }
    TenantService& admin() { return *f.adminService; }
    [[nodiscard]] QString tenantActor() { return log().operatorActor(f.admin.op()); }
    [[nodiscard]] QString rootActor() { return log().operatorActor(root->op()); }

    /// The events appended after sequence number `after`, oldest first.
    QList<AuditEvent> eventsAfter(qint64 after)
    {
        AuditPageRequest request;
        request.order = AuditPageRequest::Order::OldestFirst;
        request.afterSeq = after;
        request.limit = 1000;
        return log().repository().page(request);
    }

    /// Everything a mutation could touch: every domain table and the audit trail.
    QMap<QString, QStringList> snapshot()
    {
        QMap<QString, QStringList> out = f.allRows();
        for (const char* table : { "audit_events", "audit_personal", "audit_subject_keys", "audit_alerts" })
            out.insert(QLatin1String(table), f.rows(table));
        return out;
    }

    /// Makes every write to the domain tables fail, as a full disk or a
    /// constraint would in the middle of a change.
    void breakDomainWrites()
    {
        for (const char* table : { "tenants", "tenant_config", "tenant_users", "api_keys", "operators",
                 "predictions", "request_log" }) {
            for (const char* op : { "INSERT", "UPDATE", "DELETE" }) {
                const QByteArray sql = QByteArray("CREATE TEMP TRIGGER break_") + op + '_' + table
                    + " BEFORE " + op + " ON main." + table
                    + " BEGIN SELECT RAISE(ABORT, 'forced failure'); END";
                f.db().exec(std::string_view(sql.constData(), size_t(sql.size())));
            }
        }
    }

    /// Makes appending an audit event fail.
    void breakAppends()
    {
        f.db().exec("CREATE TEMP TRIGGER break_audit BEFORE INSERT ON main.audit_events"
                    " BEGIN SELECT RAISE(ABORT, 'forced audit failure'); END");
    }
};

struct Expected
{
    AuditEventType type;
    QString actor;
    std::optional<TenantId> tenant;
    QString resource;
    AuditOutcome outcome = AuditOutcome::Success;
};

struct Mutation
{
    const char* name;
    /// Brings the store into the state the mutation needs.
    std::function<void(Env&)> prepare;
    std::function<void(Env&)> act;
    std::function<Expected(Env&)> expected;
    /// False for calls that record an event but change nothing else (sign-out,
    /// a failed sign-in): there is no change to break.
    bool changes = true;
};

QString tenantRes(const Env& e)
{
    return QStringLiteral("tenant/%1").arg(e.tenant.value);
}

void none(Env&) { }

QList<Mutation> allMutations()
{
    QList<Mutation> m;
    // ------------------------------------------------------------ TenantService
    m << Mutation { "provision", none,
        [](Env& e) { e.admin().provision(draftFor(QStringLiteral("globex"))); },
        [](Env& e) {
            const TenantId id = e.f.repo->tenantBySlug(QStringLiteral("globex")).value().id;
            return Expected { AuditEventType::TenantProvisioned, e.tenantActor(), id,
                QStringLiteral("tenant/%1").arg(id.value) };
        } };
    m << Mutation { "updateDetails", none,
        [](Env& e) {
            e.admin().updateDetails(e.tenant, QStringLiteral("Acme Ltd"), QStringLiteral("Zed"),
                QStringLiteral("zed@acme.example"), QStringLiteral("eu-west"));
        },
        [](Env& e) {
            return Expected { AuditEventType::DataUpdated, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "changeTier", none, [](Env& e) { e.admin().changeTier(e.tenant, Tier::Pro); },
        [](Env& e) {
            return Expected { AuditEventType::TenantTierChanged, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "suspend", none,
        [](Env& e) { e.admin().suspend(e.tenant, QStringLiteral("Unpaid invoice")); },
        [](Env& e) {
            return Expected { AuditEventType::TenantSuspended, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "reactivate",
        [](Env& e) { e.admin().suspend(e.tenant, QStringLiteral("Unpaid invoice")); },
        [](Env& e) { e.admin().reactivate(e.tenant); },
        [](Env& e) {
            return Expected { AuditEventType::TenantReactivated, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "offboard", none, [](Env& e) { e.admin().offboard(e.tenant, 30); },
        [](Env& e) {
            return Expected { AuditEventType::TenantOffboarded, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "purge",
        [](Env& e) {
            e.f.addPredictions(e.tenant, 3);
            e.admin().offboard(e.tenant, 0);
        },
        [](Env& e) { e.admin().purge(e.tenant, QStringLiteral("acme")); },
        [](Env& e) {
            return Expected { AuditEventType::TenantPurged, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "setConfig", none,
        [](Env& e) {
            e.admin().setConfig(e.tenant,
                ConfigEntry { QStringLiteral("rate.limit"), ConfigType::Integer, QStringLiteral("100") });
        },
        [](Env& e) {
            return Expected { AuditEventType::ConfigurationChanged, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "removeConfig",
        [](Env& e) {
            e.admin().setConfig(e.tenant,
                ConfigEntry { QStringLiteral("rate.limit"), ConfigType::Integer, QStringLiteral("100") });
        },
        [](Env& e) { e.admin().removeConfig(e.tenant, QStringLiteral("rate.limit")); },
        [](Env& e) {
            return Expected { AuditEventType::ConfigurationChanged, e.tenantActor(), e.tenant, tenantRes(e) };
        } };
    m << Mutation { "addUser", none,
        [](Env& e) {
            e.admin().addUser(e.tenant, QStringLiteral("kim@acme.example"), QStringLiteral("Kim Lee"),
                TenantUserRole::Analyst);
        },
        [](Env& e) {
            qint64 id = 0;
            for (const TenantUser& u : e.f.repo->users(e.tenant))
                id = std::max(id, u.id);
            return Expected { AuditEventType::TenantUserAdded, e.tenantActor(), e.tenant,
                QStringLiteral("tenant_user/%1").arg(id) };
        } };
    m << Mutation { "editUser", none,
        [](Env& e) {
            e.admin().editUser(e.tenant, e.userId, QStringLiteral("jo.smith@acme.example"),
                QStringLiteral("Jo Smith"), TenantUserRole::Admin);
        },
        [](Env& e) {
            return Expected { AuditEventType::TenantUserChanged, e.tenantActor(), e.tenant,
                QStringLiteral("tenant_user/%1").arg(e.userId) };
        } };
    m << Mutation { "deactivateUser", none, [](Env& e) { e.admin().deactivateUser(e.tenant, e.userId); },
        [](Env& e) {
            return Expected { AuditEventType::TenantUserChanged, e.tenantActor(), e.tenant,
                QStringLiteral("tenant_user/%1").arg(e.userId) };
        } };
    m << Mutation { "reactivateUser", [](Env& e) { e.admin().deactivateUser(e.tenant, e.userId); },
        [](Env& e) { e.admin().reactivateUser(e.tenant, e.userId); },
        [](Env& e) {
            return Expected { AuditEventType::TenantUserChanged, e.tenantActor(), e.tenant,
                QStringLiteral("tenant_user/%1").arg(e.userId) };
        } };
    m << Mutation { "createApiKey", none,
        [](Env& e) { e.admin().createApiKey(e.tenant, QStringLiteral("export")); },
        [](Env& e) {
            qint64 id = 0;
            for (const ApiKey& k : e.f.repo->apiKeys(e.tenant))
                id = std::max(id, k.id);
            return Expected { AuditEventType::ApiKeyCreated, e.tenantActor(), e.tenant,
                QStringLiteral("api_key/%1").arg(id) };
        } };
    m << Mutation { "revokeApiKey", none, [](Env& e) { e.admin().revokeApiKey(e.tenant, e.keyId); },
        [](Env& e) {
            return Expected { AuditEventType::ApiKeyRevoked, e.tenantActor(), e.tenant,
                QStringLiteral("api_key/%1").arg(e.keyId) };
        } };
    m << Mutation { "authenticateApiKey", none,
        [](Env& e) { QVERIFY(e.admin().authenticateApiKey(e.secret)); },
        [](Env& e) {
            return Expected { AuditEventType::DataRead, e.log().pseudonym(QStringLiteral("key"), e.prefix),
                e.tenant, QStringLiteral("api_key/%1").arg(e.keyId) };
        } };
    // ------------------------------------------------------------ AuthService
    m << Mutation { "createFirstAdministrator",
        [](Env& e) {
            // A store of its own: the first administrator needs an empty one.
            e.f.db().exec("DELETE FROM operators");
        },
        [](Env& e) {
            e.auth->createFirstAdministrator(
                QStringLiteral("first"), QStringLiteral("Fay First"), kRootPassword);
        },
        [](Env& e) {
            const Operator op = e.auth->signIn(QStringLiteral("first"), kRootPassword).op();
            return Expected { AuditEventType::RoleChanged, e.log().operatorActor(op), std::nullopt,
                QStringLiteral("operator/%1").arg(op.id) };
        } };
    m << Mutation { "signIn", none, [](Env& e) { e.auth->signIn(QStringLiteral("ana"), kAnaPassword); },
        [](Env& e) {
            Operator ana;
            ana.id = e.anaId;
            ana.username = QStringLiteral("ana");
            return Expected { AuditEventType::Login, e.log().operatorActor(ana), std::nullopt,
                QStringLiteral("operator/%1").arg(e.anaId) };
        } };
    m << Mutation { "signInFailed", none,
        [](Env& e) {
            QVERIFY(
                throwsDomain([&] { e.auth->signIn(QStringLiteral(" ANA "), QStringLiteral("wrong one!")); },
                    DomainError::Kind::Authentication));
        },
        [](Env& e) {
            Operator ana;
            ana.id = e.anaId;
            ana.username = QStringLiteral("ana");
            return Expected { AuditEventType::LoginFailed, e.log().operatorActor(ana), std::nullopt,
                QStringLiteral("operator"), AuditOutcome::Failure };
        },
        false };
    m << Mutation { "signOut", none, [](Env& e) { e.auth->signOut(*e.root); },
        [](Env& e) {
            return Expected { AuditEventType::Logout, e.rootActor(), std::nullopt,
                QStringLiteral("operator/%1").arg(e.root->op().id) };
        },
        false };
    m << Mutation { "addOperator", none,
        [](Env& e) {
            e.auth->addOperator(
                *e.root, QStringLiteral("otto"), QStringLiteral("Otto Op"), Role::Auditor, kAnaPassword);
        },
        [](Env& e) {
            qint64 id = 0;
            for (const Operator& op : e.auth->operators(*e.root))
                id = std::max(id, op.id);
            return Expected { AuditEventType::RoleChanged, e.rootActor(), std::nullopt,
                QStringLiteral("operator/%1").arg(id) };
        } };
    m << Mutation { "setRole", none,
        [](Env& e) { e.auth->setRole(*e.root, e.anaId, Role::ComplianceOfficer); },
        [](Env& e) {
            return Expected { AuditEventType::RoleChanged, e.rootActor(), std::nullopt,
                QStringLiteral("operator/%1").arg(e.anaId) };
        } };
    m << Mutation { "setActive", none, [](Env& e) { e.auth->setActive(*e.root, e.anaId, false); },
        [](Env& e) {
            return Expected { AuditEventType::RoleChanged, e.rootActor(), std::nullopt,
                QStringLiteral("operator/%1").arg(e.anaId) };
        } };
    m << Mutation { "resetPassword", none,
        [](Env& e) { e.auth->resetPassword(*e.root, e.anaId, QStringLiteral("a brand new password")); },
        [](Env& e) {
            return Expected { AuditEventType::PasswordChanged, e.rootActor(), std::nullopt,
                QStringLiteral("operator/%1").arg(e.anaId) };
        } };
    m << Mutation { "changeOwnPassword", none,
        [](Env& e) {
            e.auth->changeOwnPassword(*e.root, kRootPassword, QStringLiteral("a brand new password"));
        },
        [](Env& e) {
            return Expected { AuditEventType::PasswordChanged, e.rootActor(), std::nullopt,
                QStringLiteral("operator/%1").arg(e.root->op().id) };
        } };
    return m;
}

/// One refused call: what it throws and whether it records a Denied event.
struct Refusal
{
    const char* name;
    std::function<void(Env&)> prepare;
    std::function<void(Env&)> act;
    DomainError::Kind kind;
    std::optional<AuditEventType> deniedType; ///< recorded with outcome Denied; nullopt: nothing recorded
};

QList<Refusal> allRefusals()
{
    using K = DomainError::Kind;
    QList<Refusal> r;
    // Bad input, state and quota: nothing recorded.
    r << Refusal { "provision bad slug", none,
        [](Env& e) { e.admin().provision(draftFor(QStringLiteral("-bad-"))); }, K::Invalid, std::nullopt };
    r << Refusal { "provision taken slug", none,
        [](Env& e) { e.admin().provision(draftFor(QStringLiteral("acme"))); }, K::Conflict, std::nullopt };
    r << Refusal { "update bad e-mail", none,
        [](Env& e) {
            e.admin().updateDetails(
                e.tenant, QStringLiteral("Acme"), {}, QStringLiteral("nope"), QStringLiteral("eu-west"));
        },
        K::Invalid, std::nullopt };
    r << Refusal { "same tier", none, [](Env& e) { e.admin().changeTier(e.tenant, Tier::Basic); },
        K::Conflict, std::nullopt };
    r << Refusal { "suspend without reason", none,
        [](Env& e) { e.admin().suspend(e.tenant, QStringLiteral("  ")); }, K::Invalid, std::nullopt };
    r << Refusal { "reactivate active", none, [](Env& e) { e.admin().reactivate(e.tenant); }, K::Conflict,
        std::nullopt };
    r << Refusal { "purge active", none, [](Env& e) { e.admin().purge(e.tenant, QStringLiteral("acme")); },
        K::Conflict, std::nullopt };
    r << Refusal { "bad config value", none,
        [](Env& e) {
            e.admin().setConfig(
                e.tenant, ConfigEntry { QStringLiteral("n"), ConfigType::Integer, QStringLiteral("x") });
        },
        K::Invalid, std::nullopt };
    r << Refusal { "remove missing config", none,
        [](Env& e) { e.admin().removeConfig(e.tenant, QStringLiteral("nope")); }, K::NotFound, std::nullopt };
    r << Refusal { "add duplicate user", none,
        [](Env& e) {
            e.admin().addUser(
                e.tenant, QStringLiteral("jo@acme.example"), QStringLiteral("Jo"), TenantUserRole::Viewer);
        },
        K::Conflict, std::nullopt };
    r << Refusal { "edit missing user", none,
        [](Env& e) {
            e.admin().editUser(
                e.tenant, 999, QStringLiteral("x@acme.example"), QStringLiteral("X"), TenantUserRole::Viewer);
        },
        K::NotFound, std::nullopt };
    r << Refusal { "reactivate active user", none,
        [](Env& e) { e.admin().reactivateUser(e.tenant, e.userId); }, K::Conflict, std::nullopt };
    r << Refusal { "revoke twice", [](Env& e) { e.admin().revokeApiKey(e.tenant, e.keyId); },
        [](Env& e) { e.admin().revokeApiKey(e.tenant, e.keyId); }, K::Conflict, std::nullopt };
    r << Refusal { "weak operator password", none,
        [](Env& e) {
            e.auth->addOperator(
                *e.root, QStringLiteral("weak"), QStringLiteral("W"), Role::Analyst, QStringLiteral("short"));
        },
        K::Invalid, std::nullopt };
    r << Refusal { "last administrator", none,
        [](Env& e) { e.auth->setActive(*e.root, e.root->op().id, false); }, K::Conflict, std::nullopt };
    r << Refusal { "wrong current password", none,
        [](Env& e) {
            e.auth->changeOwnPassword(
                *e.root, QStringLiteral("not the one!"), QStringLiteral("a brand new password"));
        },
        K::Authentication, std::nullopt };
    r << Refusal { "second first administrator", none,
        [](Env& e) {
            e.auth->createFirstAdministrator(QStringLiteral("again"), QStringLiteral("A"), kRootPassword);
        },
        K::Conflict, std::nullopt };
    // The role refuses: one Denied event of the attempted type.
    r << Refusal { "analyst suspends", none,
        [](Env& e) { e.f.analystService->suspend(e.tenant, QStringLiteral("x")); }, K::PermissionDenied,
        AuditEventType::TenantSuspended };
    r << Refusal { "auditor provisions", none,
        [](Env& e) { e.f.auditorService->provision(draftFor(QStringLiteral("initech"))); },
        K::PermissionDenied, AuditEventType::TenantProvisioned };
    r << Refusal { "auditor purges", none,
        [](Env& e) { e.f.auditorService->purge(e.tenant, QStringLiteral("acme")); }, K::PermissionDenied,
        AuditEventType::TenantPurged };
    r << Refusal { "analyst creates key", none,
        [](Env& e) { e.f.analystService->createApiKey(e.tenant, QStringLiteral("k")); }, K::PermissionDenied,
        AuditEventType::ApiKeyCreated };
    r << Refusal { "analyst manages operators",
        [](Env& e) { e.ana.emplace(e.auth->signIn(QStringLiteral("ana"), kAnaPassword)); },
        [](Env& e) { e.auth->setRole(*e.ana, e.root->op().id, Role::Analyst); }, K::PermissionDenied,
        AuditEventType::RoleChanged };
    return r;
}

} // namespace

class TestAuditRecording : public QObject
{
    Q_OBJECT

private slots:
    void eachMutationRecordsOneEvent_data()
    {
        QTest::addColumn<int>("index");
        const auto all = allMutations();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void eachMutationRecordsOneEvent()
    {
        QFETCH(int, index);
        const Mutation m = allMutations().at(index);
        Env e;
        m.prepare(e);
        const qint64 before = e.log().size();
        m.act(e);
        if (QTest::currentTestFailed())
            return;
        const QList<AuditEvent> events = e.eventsAfter(before);
        QCOMPARE(events.size(), 1);
        QCOMPARE(e.log().size(), before + 1);
        const AuditRecord& r = events.constFirst().record;
        const Expected x = m.expected(e);
        QCOMPARE(auditEventTypeId(r.type), auditEventTypeId(x.type));
        QCOMPARE(r.actorId, x.actor);
        QVERIFY(!r.actorId.isEmpty());
        QCOMPARE(r.tenant.has_value(), x.tenant.has_value());
        if (x.tenant)
            QCOMPARE(r.tenant->value, x.tenant->value);
        QCOMPARE(r.resource, x.resource);
        QCOMPARE(auditOutcomeId(r.outcome), auditOutcomeId(x.outcome));
        QCOMPARE(r.timeUtcMs, e.f.clock.nowUtc().toMSecsSinceEpoch());
    }

    void failedAppendRollsTheChangeBack_data() { eachMutationRecordsOneEvent_data(); }

    void failedAppendRollsTheChangeBack()
    {
        QFETCH(int, index);
        const Mutation m = allMutations().at(index);
        Env e;
        m.prepare(e);
        const auto before = e.snapshot();
        e.breakAppends();
        QVERIFY_THROWS_EXCEPTION(StoreError, m.act(e));
        QCOMPARE(e.snapshot(), before);
    }

    void failedChangeRecordsNothing_data()
    {
        QTest::addColumn<int>("index");
        const auto all = allMutations();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).changes)
                QTest::newRow(all.at(i).name) << i;
        }
    }

    void failedChangeRecordsNothing()
    {
        QFETCH(int, index);
        const Mutation m = allMutations().at(index);
        Env e;
        m.prepare(e);
        const auto before = e.snapshot();
        e.breakDomainWrites();
        QVERIFY_THROWS_EXCEPTION(StoreError, m.act(e));
        QCOMPARE(e.snapshot(), before);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("index");
        const auto all = allRefusals();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    /// A refused call changes nothing; only a refusal by the role records
    /// one event, of the attempted type, with outcome Denied.
    void refusals()
    {
        QFETCH(int, index);
        const Refusal r = allRefusals().at(index);
        Env e;
        r.prepare(e);
        const auto before = e.f.allRows();
        const qint64 seq = e.log().size();
        QVERIFY(throwsDomain([&] { r.act(e); }, r.kind));
        QCOMPARE(e.f.allRows(), before);
        const QList<AuditEvent> events = e.eventsAfter(seq);
        if (!r.deniedType) {
            QCOMPARE(events.size(), 0);
            return;
        }
        QCOMPARE(events.size(), 1);
        const AuditRecord& rec = events.constFirst().record;
        QCOMPARE(auditEventTypeId(rec.type), auditEventTypeId(*r.deniedType));
        QCOMPARE(rec.outcome, AuditOutcome::Denied);
        QCOMPARE(rec.details.value(QStringLiteral("reason")).toString(), QStringLiteral("permission"));
        QVERIFY(!rec.actorId.isEmpty());
    }

    void suspendedTenantKeyIsDenied()
    {
        Env e;
        e.admin().suspend(e.tenant, QStringLiteral("Unpaid invoice"));
        const qint64 seq = e.log().size();
        const auto keys = e.f.rows("api_keys");
        QVERIFY(!e.admin().authenticateApiKey(e.secret));
        QCOMPARE(e.f.rows("api_keys"), keys); // last use not touched
        const QList<AuditEvent> events = e.eventsAfter(seq);
        QCOMPARE(events.size(), 1);
        const AuditRecord& r = events.constFirst().record;
        QCOMPARE(r.type, AuditEventType::AuthenticationFailure);
        QCOMPARE(r.outcome, AuditOutcome::Denied);
        QCOMPARE(r.details.value(QStringLiteral("reason")).toString(), QStringLiteral("tenant_suspended"));
        QCOMPARE(r.tenant->value, e.tenant.value);
        QCOMPARE(r.resource, QStringLiteral("api_key/%1").arg(e.keyId));
        QCOMPARE(r.details.value(QStringLiteral("prefix")).toString(), e.prefix);
        QVERIFY(!r.details.contains(QStringLiteral("secret")));
    }

    void refusedKeysAreRecordedWithoutTheSecret()
    {
        Env e;
        const qint64 seq = e.log().size();
        QString wrong = e.secret;
        wrong[wrong.size() - 1] = wrong.back() == u'A' ? u'B' : u'A';
        QVERIFY(!e.admin().authenticateApiKey(QStringLiteral("not a key")));
        QVERIFY(!e.admin().authenticateApiKey(wrong));
        QVERIFY(!e.admin().authenticateApiKey(QStringLiteral("gck_00000000_") + QString(43, u'x')));
        const QList<AuditEvent> events = e.eventsAfter(seq);
        QCOMPARE(events.size(), 3);
        QStringList reasons;
        for (const AuditEvent& ev : events) {
            QCOMPARE(ev.record.type, AuditEventType::AuthenticationFailure);
            QCOMPARE(ev.record.outcome, AuditOutcome::Failure);
            reasons << ev.record.details.value(QStringLiteral("reason")).toString();
            const QByteArray json = QJsonDocument(ev.record.details).toJson();
            QVERIFY(!json.contains(wrong.mid(13).toUtf8()));
            QVERIFY(!json.contains(e.secret.mid(13).toUtf8()));
        }
        QCOMPARE(reasons,
            (QStringList { QStringLiteral("malformed"), QStringLiteral("wrong_secret"),
                QStringLiteral("unknown_key") }));
    }

    /// Names, e-mail addresses and free text stay out of the hashed record.
    void personalDataStaysInThePersonalPart()
    {
        Env e;
        const qint64 seq = e.log().size();
        e.admin().suspend(e.tenant, QStringLiteral("Asked by Jo Smith"));
        e.admin().editUser(e.tenant, e.userId, QStringLiteral("jo.smith@acme.example"),
            QStringLiteral("Jo Smyth"), TenantUserRole::Viewer);
        e.admin().setConfig(e.tenant,
            ConfigEntry {
                QStringLiteral("notify"), ConfigType::Email, QStringLiteral("alerts@acme.example") });
        QVERIFY_THROWS_EXCEPTION(
            DomainError, e.auth->signIn(QStringLiteral("jo.smith"), QStringLiteral("guess guess")));
        const QList<AuditEvent> events = e.eventsAfter(seq);
        QCOMPARE(events.size(), 4);
        for (const AuditEvent& ev : events) {
            const QString record = QString::fromUtf8(QJsonDocument(ev.record.details).toJson())
                + ev.record.actorId + ev.record.resource;
            for (const char* personal : { "Jo Smith", "jo.smith", "Smyth", "alerts@acme.example", "admin" })
                QVERIFY2(!record.contains(QLatin1String(personal)), qPrintable(record));
            QVERIFY(ev.personal.has_value());
        }
        QCOMPARE(events.at(0).personal->data.details.value(QStringLiteral("reason")).toString(),
            QStringLiteral("Asked by Jo Smith"));
        QCOMPARE(events.at(1).personal->data.details.value(QStringLiteral("user_email")).toString(),
            QStringLiteral("jo.smith@acme.example"));
        QCOMPARE(events.at(1).record.details.value(QStringLiteral("fields")).toArray(),
            (QJsonArray { QStringLiteral("email"), QStringLiteral("display_name") }));
        QCOMPARE(events.at(2).personal->data.details.value(QStringLiteral("value")).toString(),
            QStringLiteral("alerts@acme.example"));
        QCOMPARE(events.at(3).personal->data.details.value(QStringLiteral("username")).toString(),
            QStringLiteral("jo.smith"));
        // The tenant user's personal part is filed under the user's own subject.
        QCOMPARE(e.log().repository().personal(events.at(1).record.sequence)->subject,
            e.admin().auditSubjectOfUser(e.tenant, e.userId));
    }

    void purgeRecordsRowCounts()
    {
        Env e;
        e.f.addPredictions(e.tenant, 5);
        e.admin().offboard(e.tenant, 0);
        const qint64 seq = e.log().size();
        e.admin().purge(e.tenant, QStringLiteral("acme"));
        const QList<AuditEvent> events = e.eventsAfter(seq);
        QCOMPARE(events.size(), 1);
        const QJsonObject rows = events.constFirst().record.details.value(QStringLiteral("rows")).toObject();
        QCOMPARE(rows.value(QStringLiteral("predictions")).toInteger(), 5);
        QCOMPARE(rows.value(QStringLiteral("tenant_users")).toInteger(), 1);
        QCOMPARE(rows.value(QStringLiteral("api_keys")).toInteger(), 1);
        QCOMPARE(rows.value(QStringLiteral("tenants")).toInteger(), 1);
        QCOMPARE(events.constFirst().record.details.value(QStringLiteral("slug")).toString(),
            QStringLiteral("acme"));
    }

    void cancelledPurgeRecordsNothing()
    {
        Env e;
        e.admin().offboard(e.tenant, 0);
        const auto before = e.snapshot();
        QVERIFY_THROWS_EXCEPTION(StoreError,
            e.admin().purge(e.tenant, QStringLiteral("acme"), false, [](qint64, qint64) { return false; }));
        QCOMPARE(e.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditRecording)
#include "TestAuditRecording.moc"
