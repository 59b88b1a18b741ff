#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/DomainError.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace gc;

namespace {

constexpr PasswordHasher::Cost kCheap { 10, 8, 1 };
const QDateTime kStart(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

QString adminPassword()
{
    return QStringLiteral("admin password 1");
}

QString userPassword()
{
    return QStringLiteral("user password 22");
}

/// Runs `call` and returns the DomainError it throws; fails the test if none.
DomainError expectError(const std::function<void()>& call)
{
    try {
        call();
    } catch (const DomainError& e) {
        return e;
    }
    QTest::qFail("no DomainError was thrown", __FILE__, __LINE__);
    return DomainError(DomainError::Kind::Invalid, QStringLiteral("<none thrown>"), QStringLiteral("<none>"));
}

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<AuthService> m_auth;

    Session signInAdmin()
    {
        m_auth->createFirstAdministrator(
            QStringLiteral("root"), QStringLiteral("Root Admin"), adminPassword());
        return m_auth->signIn(QStringLiteral("root"), adminPassword());
    }

    qint64 operatorCount() { return m_store->db().scalarInt("SELECT count(*) FROM operators"); }

    QString storedHash(const QString& username)
    {
        auto st = m_store->db().prepare("SELECT password_hash FROM operators WHERE username = ?");
        st.bind(1, username);
        return st.step() ? st.text(0) : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = Store::open(m_dir->filePath(QStringLiteral("auth.sqlite3")));
        m_clock = std::make_unique<ManualClock>(kStart);
        m_auditLog = std::make_unique<AuditLog>(*m_store, *m_clock);
        m_auth = std::make_unique<AuthService>(*m_store, *m_clock, *m_auditLog, kCheap);
    }

    void cleanup()
    {
        m_auth.reset();
        m_auditLog.reset();
        m_store.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void firstAdministrator()
    {
        QVERIFY(m_auth->needsFirstAdministrator());
        const Operator admin = m_auth->createFirstAdministrator(
            QStringLiteral("  Root.Admin "), QStringLiteral("  Root  Admin "), adminPassword());
        QVERIFY(admin.id > 0);
        QCOMPARE(admin.username, QStringLiteral("root.admin"));
        QCOMPARE(admin.displayName, QStringLiteral("Root Admin"));
        QCOMPARE(admin.role, Role::Administrator);
        QVERIFY(admin.active);
        QCOMPARE(admin.createdAt, kStart);
        QVERIFY(!admin.lastLoginAt);
        QVERIFY(!m_auth->needsFirstAdministrator());

        QCOMPARE(m_store->db().scalarText("SELECT username FROM operators"), QStringLiteral("root.admin"));
        QCOMPARE(m_store->db().scalarText("SELECT role FROM operators"), QStringLiteral("administrator"));
        QCOMPARE(m_store->db().scalarInt("SELECT created_at FROM operators"), kStart.toSecsSinceEpoch());
        const QString hash = storedHash(QStringLiteral("root.admin"));
        QVERIFY(hash.startsWith(QStringLiteral("$scrypt$ln=10,r=8,p=1$")));
        QVERIFY(!hash.contains(adminPassword()));
    }

    void secondFirstAdministratorIsRefused()
    {
        signInAdmin();
        const DomainError e = expectError([&] {
            m_auth->createFirstAdministrator(
                QStringLiteral("intruder"), QStringLiteral("Intruder"), QStringLiteral("intruder password"));
        });
        QCOMPARE(e.kind(), DomainError::Kind::Conflict);
        QCOMPARE(operatorCount(), qint64(1));
    }

    void firstAdministratorIsValidated()
    {
        auto e = expectError([&] {
            m_auth->createFirstAdministrator(QStringLiteral("x"), QStringLiteral("X"), adminPassword());
        });
        QCOMPARE(e.kind(), DomainError::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("username"));
        e = expectError([&] {
            m_auth->createFirstAdministrator(
                QStringLiteral("root"), QStringLiteral("Root"), QStringLiteral("short"));
        });
        QCOMPARE(e.field(), QStringLiteral("password"));
        QVERIFY(m_auth->needsFirstAdministrator());
        QCOMPARE(operatorCount(), qint64(0));
    }

    void signInSucceeds()
    {
        const Session admin = signInAdmin();
        QCOMPARE(admin.op().username, QStringLiteral("root"));
        QCOMPARE(admin.role(), Role::Administrator);
        // User names are case-insensitive and may carry stray blanks.
        const Session again = m_auth->signIn(QStringLiteral(" ROOT "), adminPassword());
        QCOMPARE(again.op().id, admin.op().id);
    }

    void signInFailuresShareOneMessage()
    {
        const Session admin = signInAdmin();
        const Operator ana = m_auth->addOperator(
            admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analyst, userPassword());
        const Operator gone = m_auth->addOperator(
            admin, QStringLiteral("gone"), QStringLiteral("Gone"), Role::Auditor, userPassword());
        m_auth->setActive(admin, gone.id, false);

        const DomainError wrong
            = expectError([&] { m_auth->signIn(QStringLiteral("ana"), adminPassword()); });
        const DomainError unknown
            = expectError([&] { m_auth->signIn(QStringLiteral("nobody"), userPassword()); });
        const DomainError deactivated
            = expectError([&] { m_auth->signIn(QStringLiteral("gone"), userPassword()); });
        const DomainError empty = expectError([&] { m_auth->signIn(QString(), QString()); });
        for (const DomainError* e : { &wrong, &unknown, &deactivated, &empty }) {
            QCOMPARE(e->kind(), DomainError::Kind::Authentication);
            QCOMPARE(e->message(), wrong.message());
            QVERIFY(e->field().isEmpty());
        }
        QVERIFY(!wrong.message().isEmpty());
        // No failed attempt recorded a sign-in.
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM operators WHERE username IN ('ana','gone') "
                                         "AND last_login_at IS NOT NULL"),
            qint64(0));
        // The deactivated account signs in again once reactivated.
        m_auth->setActive(admin, gone.id, true);
        QCOMPARE(m_auth->signIn(QStringLiteral("gone"), userPassword()).op().id, gone.id);
        QCOMPARE(m_auth->signIn(QStringLiteral("ana"), userPassword()).op().id, ana.id);
    }

    void signInRecordsLastLogin()
    {
        signInAdmin();
        m_clock->advanceSecs(3600);
        const Session s = m_auth->signIn(QStringLiteral("root"), adminPassword());
        const QDateTime expected = kStart.addSecs(3600);
        QVERIFY(s.op().lastLoginAt);
        QCOMPARE(*s.op().lastLoginAt, expected);
        QCOMPARE(m_store->db().scalarInt("SELECT last_login_at FROM operators WHERE username = 'root'"),
            expected.toSecsSinceEpoch());
        m_clock->advanceSecs(60);
        m_auth->signIn(QStringLiteral("root"), adminPassword());
        QCOMPARE(m_store->db().scalarInt("SELECT last_login_at FROM operators WHERE username = 'root'"),
            expected.toSecsSinceEpoch() + 60);
        const auto listed = m_auth->operators(s);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().lastLoginAt, std::optional<QDateTime>(expected.addSecs(60)));
    }

    void signInRehashesWeakerHash()
    {
        signInAdmin();
        const QString before = storedHash(QStringLiteral("root"));
        QVERIFY(before.startsWith(QStringLiteral("$scrypt$ln=10,")));
        AuthService stronger(*m_store, *m_clock, *m_auditLog, PasswordHasher::Cost { 11, 8, 1 });
        stronger.signIn(QStringLiteral("root"), adminPassword());
        const QString after = storedHash(QStringLiteral("root"));
        QVERIFY2(after.startsWith(QStringLiteral("$scrypt$ln=11,r=8,p=1$")), qPrintable(after));
        QVERIFY(PasswordHasher::verify(adminPassword(), after));
        // A hash already at the cost is left alone.
        stronger.signIn(QStringLiteral("root"), adminPassword());
        QCOMPARE(storedHash(QStringLiteral("root")), after);
        // A failed sign-in never rehashes.
        AuthService strongest(*m_store, *m_clock, *m_auditLog, PasswordHasher::Cost { 12, 8, 1 });
        expectError([&] { strongest.signIn(QStringLiteral("root"), QStringLiteral("wrong password!")); });
        QCOMPARE(storedHash(QStringLiteral("root")), after);
    }

    void addOperatorValidates()
    {
        const Session admin = signInAdmin();
        struct Case
        {
            QString username;
            QString displayName;
            QString password;
            QString field;
        };
        const QList<Case> cases {
            { QStringLiteral("ab"), QStringLiteral("Ab"), userPassword(), QStringLiteral("username") },
            { QStringLiteral("1abc"), QStringLiteral("One"), userPassword(), QStringLiteral("username") },
            { QStringLiteral("_abc"), QStringLiteral("Under"), userPassword(), QStringLiteral("username") },
            { QStringLiteral("ab cd"), QStringLiteral("Space"), userPassword(), QStringLiteral("username") },
            { QStringLiteral("jörg"), QStringLiteral("Jörg"), userPassword(), QStringLiteral("username") },
            { QStringLiteral("a") + QString(32, QLatin1Char('b')), QStringLiteral("Long"), userPassword(),
                QStringLiteral("username") },
            { QString(), QStringLiteral("Empty"), userPassword(), QStringLiteral("username") },
            { QStringLiteral("valid.name"), QStringLiteral("   "), userPassword(),
                QStringLiteral("displayName") },
            { QStringLiteral("valid.name"), QString(), userPassword(), QStringLiteral("displayName") },
            { QStringLiteral("valid.name"), QStringLiteral("Valid"), QStringLiteral("123456789"),
                QStringLiteral("password") },
            // Nine characters, eighteen UTF-16 units: still too short.
            { QStringLiteral("valid.name"), QStringLiteral("Valid"), QStringLiteral("🔑🔑🔑🔑🔑🔑🔑🔑🔑"),
                QStringLiteral("password") },
        };
        for (const Case& c : cases) {
            const DomainError e = expectError(
                [&] { m_auth->addOperator(admin, c.username, c.displayName, Role::Analyst, c.password); });
            QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            QVERIFY2(e.field() == c.field, qPrintable(c.username + QStringLiteral(": ") + e.field()));
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(operatorCount(), qint64(1));

        // Boundaries that are allowed: 3 and 32 characters, '.', '_', '-', exactly 10 characters.
        m_auth->addOperator(
            admin, QStringLiteral("abc"), QStringLiteral("Abc"), Role::Auditor, QStringLiteral("0123456789"));
        m_auth->addOperator(admin, QStringLiteral("a") + QString(31, QLatin1Char('b')),
            QStringLiteral("Long"), Role::Auditor, QStringLiteral("🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑"));
        m_auth->addOperator(
            admin, QStringLiteral("a.b_c-d9"), QStringLiteral("Punct"), Role::Auditor, userPassword());
        QCOMPARE(operatorCount(), qint64(4));
        QCOMPARE(m_auth->signIn(QStringLiteral("ABC"), QStringLiteral("0123456789")).role(), Role::Auditor);
    }

    void usernameTakenIgnoringCase()
    {
        const Session admin = signInAdmin();
        m_auth->addOperator(
            admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analyst, userPassword());
        const DomainError e = expectError([&] {
            m_auth->addOperator(
                admin, QStringLiteral("ANA"), QStringLiteral("Other Ana"), Role::Auditor, userPassword());
        });
        QCOMPARE(e.kind(), DomainError::Kind::Conflict);
        QCOMPARE(e.field(), QStringLiteral("username"));
        QCOMPARE(operatorCount(), qint64(2));
    }

    void lastAdministratorIsProtected()
    {
        const Session admin = signInAdmin();
        const qint64 rootId = admin.op().id;
        auto e = expectError([&] { m_auth->setActive(admin, rootId, false); });
        QCOMPARE(e.kind(), DomainError::Kind::Conflict);
        e = expectError([&] { m_auth->setRole(admin, rootId, Role::ComplianceOfficer); });
        QCOMPARE(e.kind(), DomainError::Kind::Conflict);
        QCOMPARE(m_store->db().scalarText("SELECT role FROM operators WHERE id = 1"),
            QStringLiteral("administrator"));
        QCOMPARE(m_store->db().scalarInt("SELECT active FROM operators WHERE id = 1"), qint64(1));

        // A deactivated administrator does not count as the one that remains.
        const Operator second = m_auth->addOperator(
            admin, QStringLiteral("second"), QStringLiteral("Second"), Role::Administrator, userPassword());
        m_auth->setActive(admin, second.id, false);
        e = expectError([&] { m_auth->setRole(admin, rootId, Role::Auditor); });
        QCOMPARE(e.kind(), DomainError::Kind::Conflict);

        // With a second active administrator, the first may step down.
        m_auth->setActive(admin, second.id, true);
        m_auth->setRole(admin, rootId, Role::Auditor);
        const DomainError last = expectError([&] {
            m_auth->setActive(m_auth->signIn(QStringLiteral("second"), userPassword()), second.id, false);
        });
        QCOMPARE(last.kind(), DomainError::Kind::Conflict);
        // Demoting or deactivating a non-administrator is unaffected.
        m_auth->setActive(m_auth->signIn(QStringLiteral("second"), userPassword()), rootId, false);
        QCOMPARE(m_store->db().scalarInt(
                     "SELECT count(*) FROM operators WHERE role = 'administrator' AND active = 1"),
            qint64(1));
    }

    void roleChange()
    {
        const Session admin = signInAdmin();
        const Operator ana = m_auth->addOperator(
            admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analyst, userPassword());
        QVERIFY(!m_auth->signIn(QStringLiteral("ana"), userPassword()).can(Action::ViewPersonalData));
        m_auth->setRole(admin, ana.id, Role::ComplianceOfficer);
        const Session promoted = m_auth->signIn(QStringLiteral("ana"), userPassword());
        QCOMPARE(promoted.role(), Role::ComplianceOfficer);
        QVERIFY(promoted.can(Action::ViewPersonalData));
        QCOMPARE(m_store->db().scalarText("SELECT role FROM operators WHERE username = 'ana'"),
            QStringLiteral("compliance_officer"));

        const DomainError missing = expectError([&] { m_auth->setRole(admin, 4242, Role::Auditor); });
        QCOMPARE(missing.kind(), DomainError::Kind::NotFound);
    }

    void resetPassword()
    {
        const Session admin = signInAdmin();
        const Operator ana = m_auth->addOperator(
            admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analyst, userPassword());
        const QString fresh = QStringLiteral("a fresh password");
        auto e = expectError([&] { m_auth->resetPassword(admin, ana.id, QStringLiteral("short")); });
        QCOMPARE(e.kind(), DomainError::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("password"));
        m_auth->resetPassword(admin, ana.id, fresh);
        expectError([&] { m_auth->signIn(QStringLiteral("ana"), userPassword()); });
        QCOMPARE(m_auth->signIn(QStringLiteral("ana"), fresh).op().id, ana.id);
        e = expectError([&] { m_auth->resetPassword(admin, 4242, fresh); });
        QCOMPARE(e.kind(), DomainError::Kind::NotFound);
    }

    void changeOwnPassword()
    {
        const Session admin = signInAdmin();
        m_auth->addOperator(
            admin, QStringLiteral("aud"), QStringLiteral("Aud"), Role::Auditor, userPassword());
        const Session auditor = m_auth->signIn(QStringLiteral("aud"), userPassword());
        const QString fresh = QStringLiteral("my new password");

        auto e = expectError(
            [&] { m_auth->changeOwnPassword(auditor, QStringLiteral("not my password"), fresh); });
        QCOMPARE(e.kind(), DomainError::Kind::Authentication);
        QCOMPARE(e.field(), QStringLiteral("currentPassword"));
        e = expectError([&] { m_auth->changeOwnPassword(auditor, userPassword(), QStringLiteral("tiny")); });
        QCOMPARE(e.kind(), DomainError::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("password"));
        QCOMPARE(m_auth->signIn(QStringLiteral("aud"), userPassword()).op().id, auditor.op().id);

        // An auditor may change their own password without ManageOperators.
        QVERIFY(!auditor.can(Action::ManageOperators));
        m_auth->changeOwnPassword(auditor, userPassword(), fresh);
        expectError([&] { m_auth->signIn(QStringLiteral("aud"), userPassword()); });
        QCOMPARE(m_auth->signIn(QStringLiteral("aud"), fresh).role(), Role::Auditor);
        // Nobody else's password changed.
        QCOMPARE(m_auth->signIn(QStringLiteral("root"), adminPassword()).op().id, admin.op().id);
    }

    void operatorsAreListed()
    {
        const Session admin = signInAdmin();
        m_auth->addOperator(
            admin, QStringLiteral("zed"), QStringLiteral("Zed"), Role::Auditor, userPassword());
        m_auth->addOperator(
            admin, QStringLiteral("bea"), QStringLiteral("Bea"), Role::ComplianceOfficer, userPassword());
        const QList<Operator> all = m_auth->operators(admin);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).username, QStringLiteral("bea"));
        QCOMPARE(all.at(0).role, Role::ComplianceOfficer);
        QCOMPARE(all.at(1).username, QStringLiteral("root"));
        QCOMPARE(all.at(2).username, QStringLiteral("zed"));
        QCOMPARE(all.at(2).displayName, QStringLiteral("Zed"));
        QVERIFY(all.at(2).active);
        QCOMPARE(all.at(2).createdAt, kStart);
    }

    void failedMutationLeavesStoreUnchanged()
    {
        const Session admin = signInAdmin();
        const QString before = m_store->db().scalarText(
            "SELECT group_concat(id || username || role || active || password_hash, '|') FROM operators");
        expectError([&] { m_auth->setActive(admin, admin.op().id, false); });
        expectError([&] { m_auth->setRole(admin, admin.op().id, Role::Analyst); });
        expectError([&] {
            m_auth->addOperator(
                admin, QStringLiteral("root"), QStringLiteral("Dup"), Role::Analyst, userPassword());
        });
        QCOMPARE(
            m_store->db().scalarText(
                "SELECT group_concat(id || username || role || active || password_hash, '|') FROM operators"),
            before);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
