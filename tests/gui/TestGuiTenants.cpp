#include "GuiFixture.h"

#include "ApiKeySecretDialog.h"
#include "ChangeTierDialog.h"
#include "CreateApiKeyDialog.h"
#include "EditTenantDialog.h"
#include "MainWindow.h"
#include "ProvisionTenantDialog.h"
#include "SuspendDialog.h"
#include "QuotaBar.h"
#include "TenantsPane.h"
#include "UsageChartView.h"

#include "tenancy/TenantService.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gc;
using gc::testing::GuiFixture;

class TestGuiTenants : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_f.setUp(); }
    void cleanup() { m_f.tearDown(); }

    void emptyStateAndFirstShown();
    void provisionThroughDialog();
    void auditorCannotMutate();
    void actionsFollowTenantState();
    void createApiKeyShowsSecretOnce();
    void remembersLastAreaAndTenant();
    void slugSuggestion();
    void keyboardShortcuts();
    void changeTierShowsProblemsLive();
    void suspendNeedsReason();
    void editTenantThroughDialog();
    void editFollowsPermissionAndState();

private:
    Tenant provisionDirect(const QString& slug, const QString& name)
    {
        TenantService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        TenantDraft d;
        d.slug = slug;
        d.name = name;
        d.tier = Tier::Free;
        d.contactName = QStringLiteral("Casey Contact");
        d.contactEmail = QStringLiteral("casey@example.org");
        d.region = knownRegions().constFirst();
        return service.provision(d);
    }

    template<typename T>
    static T* child(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static bool selectRow(MainWindow& w, int row)
    {
        auto* table = w.findChild<QTableView*>(QStringLiteral("tenantTable"));
        if (!table || row >= table->model()->rowCount())
            return false;
        table->selectRow(row);
        return w.tenantsPane()->selectedTenant().has_value();
    }

    GuiFixture m_f;
};

void TestGuiTenants::emptyStateAndFirstShown()
{
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    QSignalSpy shown(&w, &MainWindow::firstShown);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(child<QWidget>(&w, "emptyTenantsPage")->isVisible());
    QVERIFY(child<QLabel>(&w, "emptyTenantsLabel")->text().contains(QStringLiteral("No tenants yet")));
    QVERIFY(child<QPushButton>(&w, "provisionFirstButton")->isEnabled());
    QVERIFY(!child<QWidget>(&w, "tenantDetailPanel")->isVisible());
    QVERIFY(child<QLabel>(&w, "signedInLabel")->text().contains(QStringLiteral("Ada Admin")));
    QVERIFY(child<QLabel>(&w, "storePathLabel")->toolTip() == m_f.store->path());
    // The icon comes from the resources compiled into the ui library.
    QVERIFY(!w.windowIcon().pixmap(32, 32).isNull());
    w.hide();
    w.show();
    QTest::qWait(20);
    QCOMPARE(shown.count(), 1);
}

void TestGuiTenants::provisionThroughDialog()
{
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* provision = child<QAction>(&w, "provisionAction");
    QVERIFY(provision && provision->isEnabled());
    provision->trigger();

    QPointer<ProvisionTenantDialog> dialog;
    QTRY_VERIFY((dialog = w.findChild<ProvisionTenantDialog*>()) && dialog->isVisible());
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    auto* slug = child<QLineEdit>(dialog, "slugEdit");
    QTest::keyClicks(name, QStringLiteral("Northwind Air Quality"));
    QCOMPARE(slug->text(), QStringLiteral("northwind-air-quality"));
    child<QLineEdit>(dialog, "contactNameEdit")->setText(QStringLiteral("Nora North"));
    child<QLineEdit>(dialog, "contactEmailEdit")->setText(QStringLiteral("nora@northwind.example"));

    // An invalid slug: the message appears next to the field and the dialog stays.
    slug->setText(QStringLiteral("Bad Slug!"));
    auto* slugError = child<QLabel>(dialog, "slugError");
    QVERIFY(slugError->isHidden());
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(slugError->isVisible());
    QVERIFY(!slugError->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog).listTenants().size(), 0);

    slug->setText(QStringLiteral("northwind"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    const Tenant stored = TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog).tenantBySlug(QStringLiteral("northwind"));
    QCOMPARE(stored.name, QStringLiteral("Northwind Air Quality"));
    QCOMPARE(stored.contactEmail, QStringLiteral("nora@northwind.example"));

    auto* table = child<QTableView>(&w, "tenantTable");
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    bool found = false;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        found = found || table->model()->index(0, c).data().toString() == QStringLiteral("Northwind Air Quality");
    QVERIFY(found);
    // The new tenant is selected and its details are shown.
    QTRY_COMPARE(child<QLabel>(&w, "tenantNameLabel")->text(), QStringLiteral("Northwind Air Quality"));
    QVERIFY(child<QWidget>(&w, "tenantDetailsPage")->isVisible());
    auto* users = child<QuotaBar>(&w, "usersQuotaBar");
    QCOMPARE(users->level(), QuotaBar::Level::Normal);
    QVERIFY(users->valueText().contains(QStringLiteral("/ 5")));
    QVERIFY(child<UsageChartView>(&w, "usageChart")->isEmptyState());
}

void TestGuiTenants::auditorCannotMutate()
{
    provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    MainWindow w(*m_f.store, m_f.clock, *m_f.auditor, *m_f.auditLog, *m_f.alerts);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.areas().contains(QStringLiteral("operators")));
    QVERIFY(w.operatorsPane() == nullptr);
    QVERIFY(child<QWidget>(&w, "noTenantSelectedLabel")->isVisible());
    QVERIFY(selectRow(w, 0));
    QVERIFY(!child<QWidget>(&w, "noTenantSelectedLabel")->isVisible());
    for (const char* name : {"provisionAction", "editTenantAction", "changeTierAction", "suspendAction",
                             "reactivateAction", "offboardAction", "purgeAction"})
        QVERIFY2(!child<QAction>(&w, name)->isEnabled(), name);
    QVERIFY(child<QAction>(&w, "reloadAction")->isEnabled());
    for (const char* name : {"addUserButton", "createApiKeyButton", "setConfigButton"})
        QVERIFY2(!child<QPushButton>(&w, name)->isEnabled(), name);
    // The domain layer refuses too: the disabled action is only the mirror.
    w.tenantsPane()->provision();
    QTest::qWait(20);
    QVERIFY(w.findChild<ProvisionTenantDialog*>() == nullptr);

    MainWindow adminWindow(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    QCOMPARE(adminWindow.areas(),
             (QStringList{QStringLiteral("tenants"), QStringLiteral("operators"), QStringLiteral("audit"), QStringLiteral("alerts")}));
    QVERIFY(selectRow(adminWindow, 0));
    for (const char* name : {"provisionAction", "changeTierAction", "suspendAction", "offboardAction"})
        QVERIFY2(child<QAction>(&adminWindow, name)->isEnabled(), name);
    QVERIFY(child<QPushButton>(&adminWindow, "addUserButton")->isEnabled());
}

void TestGuiTenants::actionsFollowTenantState()
{
    const Tenant t = provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog).suspend(t.id, QStringLiteral("Unpaid invoice"));
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(selectRow(w, 0));
    QVERIFY(child<QAction>(&w, "reactivateAction")->isEnabled());
    QVERIFY(!child<QAction>(&w, "suspendAction")->isEnabled());
    QVERIFY(!child<QAction>(&w, "purgeAction")->isEnabled());
    QVERIFY(child<QLabel>(&w, "tenantStatusDetailLabel")->text().contains(QStringLiteral("Unpaid invoice")));

    child<QAction>(&w, "reactivateAction")->trigger();
    QTRY_VERIFY(child<QAction>(&w, "suspendAction")->isEnabled());
    QVERIFY(!child<QAction>(&w, "reactivateAction")->isEnabled());
    QCOMPARE(TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog).tenant(t.id).status, TenantStatus::Active);

    TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog).offboard(t.id, 30);
    child<QAction>(&w, "reloadAction")->trigger();
    QTRY_VERIFY(child<QAction>(&w, "purgeAction")->isEnabled());
    QVERIFY(!child<QAction>(&w, "changeTierAction")->isEnabled());
    QVERIFY(!child<QPushButton>(&w, "addUserButton")->isEnabled());
}

void TestGuiTenants::createApiKeyShowsSecretOnce()
{
    provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(selectRow(w, 0));
    QTest::mouseClick(child<QPushButton>(&w, "createApiKeyButton"), Qt::LeftButton);
    QPointer<CreateApiKeyDialog> create;
    QTRY_VERIFY((create = w.findChild<CreateApiKeyDialog*>()) && create->isVisible());
    child<QLineEdit>(create, "keyNameEdit")->setText(QStringLiteral("Production ingest"));
    QTest::mouseClick(child<QPushButton>(create, "okButton"), Qt::LeftButton);
    QPointer<ApiKeySecretDialog> secret;
    QTRY_VERIFY((secret = w.findChild<ApiKeySecretDialog*>()) && secret->isVisible());
    const QString shown = child<QLineEdit>(secret, "secretEdit")->text();
    QVERIFY(shown.startsWith(QStringLiteral("gck_")));

    TenantService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
    const auto keys = service.apiKeys(service.tenantBySlug(QStringLiteral("acme")).id);
    QCOMPARE(keys.size(), 1);
    QVERIFY(shown.startsWith(keys.constFirst().prefix));
    QVERIFY(service.authenticateApiKey(shown).has_value());
    auto* keysTable = child<QTableView>(&w, "apiKeysTable");
    QTRY_COMPARE(keysTable->model()->rowCount(), 1);
    secret->accept();
}

void TestGuiTenants::remembersLastAreaAndTenant()
{
    provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    provisionDirect(QStringLiteral("zephyr"), QStringLiteral("Zephyr Monitoring"));
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        QVERIFY(w.tenantsPane()->selectTenant(TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog)
                                                  .tenantBySlug(QStringLiteral("zephyr"))
                                                  .id));
        QVERIFY(w.showArea(QStringLiteral("operators")));
    }
    MainWindow again(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    QCOMPARE(again.currentArea(), QStringLiteral("operators"));
    const auto selected = again.tenantsPane()->selectedTenant();
    QVERIFY(selected.has_value());
    QCOMPARE(selected->tenant.slug, QStringLiteral("zephyr"));
}

void TestGuiTenants::slugSuggestion()
{
    QCOMPARE(ProvisionTenantDialog::suggestSlug(QStringLiteral("Acme Air, Inc.")), QStringLiteral("acme-air-inc"));
    QCOMPARE(ProvisionTenantDialog::suggestSlug(QStringLiteral("  Zürich Luft  ")), QStringLiteral("zurich-luft"));
    QCOMPARE(ProvisionTenantDialog::suggestSlug(QStringLiteral("!!!")), QString());
    QVERIFY(ProvisionTenantDialog::suggestSlug(QString(60, QLatin1Char('a'))).size() <= 40);
}

void TestGuiTenants::keyboardShortcuts()
{
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto* search = child<QLineEdit>(&w, "tenantSearchEdit");
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // F5 picks up tenants another operator provisioned meanwhile.
    provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    auto* table = child<QTableView>(&w, "tenantTable");
    QCOMPARE(table->model()->rowCount(), 0);
    QTest::keyClick(&w, Qt::Key_F5);
    QTRY_COMPARE(table->model()->rowCount(), 1);

    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QPointer<ProvisionTenantDialog> dialog;
    QTRY_VERIFY((dialog = w.findChild<ProvisionTenantDialog*>()) && dialog->isVisible());
    dialog->reject();

    // Ctrl+2 switches to the operators area, where Ctrl+N does nothing.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(w.currentArea(), QStringLiteral("operators"));
}

void TestGuiTenants::changeTierShowsProblemsLive()
{
    const Tenant t = provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    TenantService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
    service.changeTier(t.id, Tier::Basic);
    for (int i = 0; i < 6; ++i)
        service.addUser(t.id, QStringLiteral("u%1@acme.example").arg(i), QStringLiteral("User %1").arg(i),
                        TenantUserRole::Viewer);
    ChangeTierDialog dialog(service, service.tenant(t.id));
    auto* tier = child<QComboBox>(&dialog, "tierCombo");
    auto* ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled()); // still the current tier
    tier->setCurrentIndex(tier->findData(int(Tier::Free)));
    QVERIFY(!dialog.problems().isEmpty());
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "problemsLabel")->text().contains(dialog.problems().constFirst()));
    tier->setCurrentIndex(tier->findData(int(Tier::Pro)));
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(service.tenant(t.id).tier, Tier::Pro);
}

void TestGuiTenants::suspendNeedsReason()
{
    const Tenant t = provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    TenantService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
    SuspendDialog dialog(service, t);
    auto* ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    child<QPlainTextEdit>(&dialog, "reasonEdit")->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    child<QPlainTextEdit>(&dialog, "reasonEdit")->setPlainText(QStringLiteral("Unpaid invoice"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Tenant after = service.tenant(t.id);
    QCOMPARE(after.status, TenantStatus::Suspended);
    QCOMPARE(after.statusReason, QStringLiteral("Unpaid invoice"));
}

void TestGuiTenants::editTenantThroughDialog()
{
    const Tenant t = provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* edit = child<QAction>(&w, "editTenantAction");
    QVERIFY(edit && !edit->isEnabled()); // nothing selected yet
    QVERIFY(selectRow(w, 0));
    QVERIFY(edit->isEnabled());
    edit->trigger();

    QPointer<EditTenantDialog> dialog;
    QTRY_VERIFY((dialog = w.findChild<EditTenantDialog*>()) && dialog->isVisible());
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    auto* email = child<QLineEdit>(dialog, "contactEmailEdit");
    auto* region = child<QComboBox>(dialog, "regionCombo");
    QCOMPARE(name->text(), QStringLiteral("Acme Air"));
    QCOMPARE(email->text(), QStringLiteral("casey@example.org"));
    QCOMPARE(region->currentText(), t.region);

    name->setText(QStringLiteral("Acme Air Monitoring"));
    child<QLineEdit>(dialog, "contactNameEdit")->setText(QStringLiteral("Robin Reyes"));
    email->setText(QStringLiteral("robin at acme"));
    region->setCurrentIndex(region->count() - 1);
    const QString newRegion = region->currentText();
    QVERIFY(newRegion != t.region);
    auto* emailError = child<QLabel>(dialog, "contactEmailError");
    QVERIFY(emailError->isHidden());
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(emailError->isVisible());
    QVERIFY(!emailError->text().isEmpty());
    QVERIFY(dialog->isVisible());
    TenantService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
    QCOMPARE(service.tenant(t.id).name, QStringLiteral("Acme Air")); // nothing stored

    email->setText(QStringLiteral("robin@acme.example"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    const Tenant stored = service.tenant(t.id);
    QCOMPARE(stored.name, QStringLiteral("Acme Air Monitoring"));
    QCOMPARE(stored.contactName, QStringLiteral("Robin Reyes"));
    QCOMPARE(stored.contactEmail, QStringLiteral("robin@acme.example"));
    QCOMPARE(stored.region, newRegion);
    QCOMPARE(stored.slug, t.slug);
    // The list and the details show the new name, still selected.
    QTRY_COMPARE(child<QLabel>(&w, "tenantNameLabel")->text(), QStringLiteral("Acme Air Monitoring"));
    QCOMPARE(w.tenantsPane()->selectedTenant()->tenant.id, t.id);

    // Double-clicking a row opens the same dialog.
    auto* table = child<QTableView>(&w, "tenantTable");
    const QModelIndex index = table->model()->index(0, 0);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTRY_VERIFY((dialog = w.findChild<EditTenantDialog*>()) && dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Acme Air Monitoring"));
    dialog->reject();
}

void TestGuiTenants::editFollowsPermissionAndState()
{
    const Tenant t = provisionDirect(QStringLiteral("acme"), QStringLiteral("Acme Air"));
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.auditor, *m_f.auditLog, *m_f.alerts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(selectRow(w, 0));
        QVERIFY(!child<QAction>(&w, "editTenantAction")->isEnabled());
        // Neither the slot nor a double-click gets round the permission.
        w.tenantsPane()->editSelected();
        auto* table = child<QTableView>(&w, "tenantTable");
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualRect(table->model()->index(0, 0)).center());
        QTest::qWait(20);
        QVERIFY(w.findChild<EditTenantDialog*>() == nullptr);
    }
    TenantService(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog).offboard(t.id, 30);
    MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
    QVERIFY(selectRow(w, 0));
    QVERIFY(!child<QAction>(&w, "editTenantAction")->isEnabled());
}

QTEST_MAIN(TestGuiTenants)
#include "TestGuiTenants.moc"
