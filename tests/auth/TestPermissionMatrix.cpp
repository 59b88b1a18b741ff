#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/Permission.h"
#include "auth/Role.h"
#include "auth/Session.h"
#include "core/DomainError.h"
#include "store/Store.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace gc;

namespace {

/// The matrix as the product owner wrote it, kept apart from Permission.cpp
/// on purpose: a change to one without the other fails this test.
/// Key: actionId; value: the set of roleIds that may perform it.
QMap<QString, QSet<QString>> expectedMatrix()
{
    const QString admin = QStringLiteral("administrator");
    const QString compliance = QStringLiteral("compliance_officer");
    const QString analyst = QStringLiteral("analyst");
    const QString auditor = QStringLiteral("auditor");
    return {
        { QStringLiteral("view_tenants"), { admin, compliance, analyst, auditor } },
        { QStringLiteral("provision_tenant"), { admin } },
        { QStringLiteral("edit_tenant"), { admin } },
        { QStringLiteral("change_tier"), { admin } },
        { QStringLiteral("suspend_tenant"), { admin, compliance } },
        { QStringLiteral("offboard_tenant"), { admin } },
        { QStringLiteral("purge_tenant"), { admin } },
        { QStringLiteral("view_tenant_users"), { admin, compliance, analyst, auditor } },
        { QStringLiteral("view_personal_data"), { admin, compliance } },
        { QStringLiteral("manage_tenant_users"), { admin } },
        { QStringLiteral("view_api_keys"), { admin, compliance, auditor } },
        { QStringLiteral("manage_api_keys"), { admin } },
        { QStringLiteral("view_usage"), { admin, compliance, analyst, auditor } },
        { QStringLiteral("manage_operators"), { admin } },
        { QStringLiteral("generate_demo_data"), { admin } },
        { QStringLiteral("view_audit_log"), { admin, compliance, auditor } },
        { QStringLiteral("manage_audit_log"), { admin, compliance } },
        { QStringLiteral("export_audit_evidence"), { admin, compliance, auditor } },
        { QStringLiteral("export_data"), { admin, compliance, analyst, auditor } },
        { QStringLiteral("manage_export_schedules"), { admin, compliance, analyst } },
    };
}

Session sessionFor(Role role)
{
    Operator op;
    op.id = 1;
    op.username = QStringLiteral("someone");
    op.displayName = QStringLiteral("Some One");
    op.role = role;
    return Session(op);
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyActionHasAnExpectedRow()
    {
        const auto expected = expectedMatrix();
        QSet<QString> ids;
        for (Action a : allActions()) {
            const QString id = actionId(a);
            QVERIFY2(!id.isEmpty(), "an action has no id");
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY2(expected.contains(id), qPrintable(QStringLiteral("no expected row for ") + id));
            QVERIFY(!actionDisplayName(a).isEmpty());
        }
        QCOMPARE(ids.size(), expected.size());
        // allActions() must list every enumerator: the last one closes the enum.
        QCOMPARE(allActions().size(), int(Action::ManageExportSchedules) + 1);
    }

    void rolesRoundTrip()
    {
        QCOMPARE(allRoles().size(), 4);
        for (Role r : allRoles()) {
            QCOMPARE(roleFromId(roleId(r)), std::optional<Role>(r));
            QVERIFY(!roleDisplayName(r).isEmpty());
        }
        QCOMPARE(roleFromId(QStringLiteral("root")), std::nullopt);
        QCOMPARE(roleFromId(QString()), std::nullopt);
        QCOMPARE(roleDisplayName(Role::ComplianceOfficer), QStringLiteral("Compliance Officer"));
    }

    void matrixMatchesEveryCell()
    {
        const auto expected = expectedMatrix();
        int allowed = 0;
        int refused = 0;
        for (Role r : allRoles()) {
            for (Action a : allActions()) {
                const bool want = expected.value(actionId(a)).contains(roleId(r));
                const QString cell = roleId(r) + QStringLiteral(" x ") + actionId(a);
                QVERIFY2(roleAllows(r, a) == want, qPrintable(cell));
                QVERIFY2(sessionFor(r).can(a) == want, qPrintable(cell));
                want ? ++allowed : ++refused;
            }
        }
        // Both kinds of cell were really checked.
        QCOMPARE(allowed + refused, allRoles().size() * allActions().size());
        QVERIFY(allowed > 0);
        QVERIFY(refused > 0);
    }

    void requireThrowsExactlyOnRefusedCells()
    {
        const auto expected = expectedMatrix();
        for (Role r : allRoles()) {
            const Session s = sessionFor(r);
            for (Action a : allActions()) {
                const bool want = expected.value(actionId(a)).contains(roleId(r));
                const QString cell = roleId(r) + QStringLiteral(" x ") + actionId(a);
                try {
                    s.require(a);
                    QVERIFY2(want, qPrintable(cell + QStringLiteral(": allowed but should be refused")));
                } catch (const DomainError& e) {
                    QVERIFY2(!want, qPrintable(cell + QStringLiteral(": refused but should be allowed")));
                    QCOMPARE(e.kind(), DomainError::Kind::PermissionDenied);
                    QVERIFY2(e.message().contains(roleDisplayName(r)), qPrintable(e.message()));
                    QVERIFY2(e.message().contains(actionDisplayName(a)), qPrintable(e.message()));
                }
            }
        }
    }

    void refusalMessageNamesRoleAndAction()
    {
        try {
            sessionFor(Role::Analyst).require(Action::ProvisionTenant);
            QFAIL("an analyst may not provision tenants");
        } catch (const DomainError& e) {
            QCOMPARE(
                e.message(), QStringLiteral("Your role (Analyst) does not allow you to provision tenants."));
            QVERIFY(e.field().isEmpty());
        }
    }

    void serviceRefusesAnalystManagingOperators()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite3")));
        const ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        AuditLog auditLog(*store, clock);
        AuthService auth(*store, clock, auditLog, PasswordHasher::Cost { 10, 8, 1 });
        const QString password = QStringLiteral("correct horse battery");
        const Operator admin
            = auth.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"), password);
        const Session adminSession = auth.signIn(QStringLiteral("root"), password);
        auth.addOperator(
            adminSession, QStringLiteral("ana"), QStringLiteral("Ana Lyst"), Role::Analyst, password);
        const Session analyst = auth.signIn(QStringLiteral("ana"), password);
        QCOMPARE(analyst.role(), Role::Analyst);

        const qint64 before = store->db().scalarInt("SELECT count(*) FROM operators");
        const QString rolesBefore = store->db().scalarText("SELECT group_concat(role, ',') FROM operators");
        const auto expectDenied = [](const std::function<void()>& call) {
            try {
                call();
                QFAIL("an analyst managed operators");
            } catch (const DomainError& e) {
                QCOMPARE(e.kind(), DomainError::Kind::PermissionDenied);
            }
        };
        expectDenied([&] {
            auth.addOperator(
                analyst, QStringLiteral("mallory"), QStringLiteral("Mallory"), Role::Administrator, password);
        });
        expectDenied([&] { auth.setRole(analyst, analyst.op().id, Role::Administrator); });
        expectDenied([&] { auth.setActive(analyst, admin.id, false); });
        expectDenied([&] { auth.resetPassword(analyst, admin.id, QStringLiteral("taken over 12345")); });
        expectDenied([&] { (void)auth.operators(analyst); });

        QCOMPARE(store->db().scalarInt("SELECT count(*) FROM operators"), before);
        QCOMPARE(store->db().scalarText("SELECT group_concat(role, ',') FROM operators"), rolesBefore);
        QCOMPARE(
            store->db().scalarInt("SELECT count(*) FROM operators WHERE username = 'mallory'"), qint64(0));
        // The administrator's password still works: the reset was refused.
        QCOMPARE(auth.signIn(QStringLiteral("root"), password).op().id, admin.id);
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
