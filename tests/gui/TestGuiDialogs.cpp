#include "GuiFixture.h"

#include "ChangePasswordDialog.h"
#include "ConfigEntryDialog.h"
#include "MainWindow.h"
#include "OffboardDialog.h"
#include "OperatorDialog.h"
#include "PurgeDialog.h"
#include "TenantUserDialog.h"

#include "core/DomainError.h"
#include "tenancy/TenantService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace gc;
using gc::testing::GuiFixture;

class TestGuiDialogs : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_f.setUp();
        m_service = std::make_unique<TenantService>(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        TenantDraft d;
        d.slug = QStringLiteral("acme");
        d.name = QStringLiteral("Acme Air");
        d.contactName = QStringLiteral("Casey Contact");
        d.contactEmail = QStringLiteral("casey@example.org");
        d.region = knownRegions().constFirst();
        m_tenant = m_service->provision(d);
    }
    void cleanup()
    {
        m_service.reset();
        m_f.tearDown();
    }

    void configEntryValidatesByType();
    void tenantUserErrorsStayInline();
    void offboardThenPurge();
    void operatorDialogAddsOperator();
    void changeOwnPassword();
    void changePasswordForEveryRole();

private:
    template<typename T>
    static T* child(QWidget* root, const char* name)
    {
        return root->findChild<T*>(QString::fromLatin1(name));
    }

    GuiFixture m_f;
    std::unique_ptr<TenantService> m_service;
    Tenant m_tenant;
};

void TestGuiDialogs::configEntryValidatesByType()
{
    ConfigEntryDialog dialog(*m_service, m_tenant.id);
    auto* key = child<QLineEdit>(&dialog, "keyEdit");
    auto* type = child<QComboBox>(&dialog, "typeCombo");
    auto* value = child<QLineEdit>(&dialog, "valueEdit");
    auto* ok = child<QPushButton>(&dialog, "okButton");
    auto* valueError = child<QLabel>(&dialog, "valueError");
    QVERIFY(key && type && value && ok && valueError);
    QVERIFY(!ok->isEnabled());

    key->setText(QStringLiteral("alerts.max_stations"));
    type->setCurrentIndex(type->findData(int(ConfigType::Integer)));
    value->setText(QStringLiteral("twelve"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!valueError->isHidden());
    QVERIFY(!valueError->text().isEmpty());

    value->setText(QStringLiteral("12"));
    QVERIFY(ok->isEnabled());
    QVERIFY(valueError->isHidden());

    // Booleans get a check box instead of free text.
    type->setCurrentIndex(type->findData(int(ConfigType::Boolean)));
    QVERIFY(value->isHidden());
    child<QCheckBox>(&dialog, "valueCheck")->setChecked(true);
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto config = m_service->config(m_tenant.id);
    QCOMPARE(config.size(), 1);
    QCOMPARE(config.constFirst().key, QStringLiteral("alerts.max_stations"));
    QCOMPARE(config.constFirst().type, ConfigType::Boolean);
    QCOMPARE(config.constFirst().value, QStringLiteral("true"));
}

void TestGuiDialogs::tenantUserErrorsStayInline()
{
    TenantUserDialog dialog(*m_service, m_tenant.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("not an address"));
    child<QLineEdit>(&dialog, "displayNameEdit")->setText(QStringLiteral("Nina"));
    child<QPushButton>(&dialog, "okButton")->click();
    auto* emailError = child<QLabel>(&dialog, "emailError");
    QVERIFY(emailError->isVisible());
    QVERIFY(dialog.isVisible());
    QVERIFY(m_service->users(m_tenant.id).isEmpty());

    child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("nina@acme.example"));
    child<QPushButton>(&dialog, "okButton")->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_service->users(m_tenant.id).size(), 1);
}

void TestGuiDialogs::offboardThenPurge()
{
    OffboardDialog offboard(*m_service, m_tenant);
    child<QSpinBox>(&offboard, "graceDaysSpin")->setValue(0);
    child<QPushButton>(&offboard, "okButton")->click();
    QCOMPARE(offboard.result(), int(QDialog::Accepted));
    const Tenant offboarding = m_service->tenant(m_tenant.id);
    QCOMPARE(offboarding.status, TenantStatus::Offboarding);

    PurgeDialog purge(*m_service, offboarding, m_f.clock.nowUtc());
    auto* confirm = child<QLineEdit>(&purge, "confirmSlugEdit");
    auto* ok = child<QPushButton>(&purge, "okButton");
    QVERIFY(!ok->isEnabled());
    confirm->setText(QStringLiteral("acm"));
    QVERIFY(!ok->isEnabled());
    confirm->setText(QStringLiteral("acme"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QVERIFY(purge.purged());
    QCOMPARE(purge.result(), int(QDialog::Accepted));
    QVERIFY(m_service->listTenants().isEmpty());
}

void TestGuiDialogs::operatorDialogAddsOperator()
{
    OperatorDialog dialog(*m_f.auth, *m_f.admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("olga"));
    child<QLineEdit>(&dialog, "displayNameEdit")->setText(QStringLiteral("Olga Analyst"));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("short"));
    child<QLineEdit>(&dialog, "repeatPasswordEdit")->setText(QStringLiteral("short"));
    child<QPushButton>(&dialog, "okButton")->click();
    QVERIFY(child<QLabel>(&dialog, "passwordError")->isVisible());
    QVERIFY(dialog.isVisible());

    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("olga's long password"));
    child<QLineEdit>(&dialog, "repeatPasswordEdit")->setText(QStringLiteral("olga's long password"));
    child<QPushButton>(&dialog, "okButton")->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    bool found = false;
    for (const Operator& op : m_f.auth->operators(*m_f.admin))
        found = found || (op.username == QStringLiteral("olga") && op.role == Role::Analyst);
    QVERIFY(found);
}

void TestGuiDialogs::changeOwnPassword()
{
    MainWindow w(*m_f.store, m_f.clock, *m_f.auditor, *m_f.auditLog, *m_f.alerts);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* action = w.findChild<QAction*>(QStringLiteral("changePasswordAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QPointer<ChangePasswordDialog> dialog;
    QTRY_VERIFY((dialog = w.findChild<ChangePasswordDialog*>()) && dialog->isVisible());
    auto* current = child<QLineEdit>(dialog, "currentPasswordEdit");
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    auto* repeat = child<QLineEdit>(dialog, "repeatPasswordEdit");
    auto* ok = child<QPushButton>(dialog, "okButton");
    auto* currentError = child<QLabel>(dialog, "currentPasswordError");
    auto* repeatError = child<QLabel>(dialog, "repeatPasswordError");
    QVERIFY(current && password && repeat && ok && currentError && repeatError);
    QCOMPARE(current->echoMode(), QLineEdit::Password);
    const QString newPassword = QStringLiteral("a brand new passphrase");

    // The repeat is checked in the dialog, before the service is asked.
    current->setText(GuiFixture::kAuditorPassword);
    password->setText(newPassword);
    repeat->setText(QStringLiteral("a brand new passphrasE"));
    ok->click();
    QVERIFY(repeatError->isVisible());
    QVERIFY(dialog->isVisible());

    current->setText(QStringLiteral("not my password"));
    repeat->setText(newPassword);
    ok->click();
    QVERIFY(currentError->isVisible());
    QVERIFY(!currentError->text().isEmpty());
    QVERIFY(repeatError->isHidden());
    QVERIFY(dialog->isVisible());
    QVERIFY(m_f.auth->signIn(QStringLiteral("audrey"), GuiFixture::kAuditorPassword).op().id > 0);

    current->setText(GuiFixture::kAuditorPassword);
    ok->click();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(m_f.auth->signIn(QStringLiteral("audrey"), newPassword).op().username, QStringLiteral("audrey"));
    QVERIFY_THROWS_EXCEPTION(DomainError, m_f.auth->signIn(QStringLiteral("audrey"), GuiFixture::kAuditorPassword));
}

void TestGuiDialogs::changePasswordForEveryRole()
{
    for (const Role role : allRoles()) {
        const QString name = QStringLiteral("user%1").arg(int(role));
        const QString password = QStringLiteral("initial password %1").arg(int(role));
        m_f.auth->addOperator(*m_f.admin, name, QStringLiteral("User %1").arg(int(role)), role, password);
        const Session s = m_f.auth->signIn(name, password);
        MainWindow w(*m_f.store, m_f.clock, s, *m_f.auditLog, *m_f.alerts);
        QAction* action = w.findChild<QAction*>(QStringLiteral("changePasswordAction"));
        QVERIFY(action && action->isEnabled());
    }
}

QTEST_MAIN(TestGuiDialogs)
#include "TestGuiDialogs.moc"
