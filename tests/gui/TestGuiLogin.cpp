#include "GuiFixture.h"

#include "FirstRunDialog.h"
#include "LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace gc;
using gc::testing::GuiFixture;

class TestGuiLogin : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_f.setUp(); }
    void cleanup() { m_f.tearDown(); }

    void wrongThenRightPassword();
    void demoAccountsListed();
    void firstAdministrator();

private:
    GuiFixture m_f;
};

void TestGuiLogin::wrongThenRightPassword()
{
    LoginDialog dialog(*m_f.auth, m_f.store->path(), false, QStringLiteral("admin"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QTreeWidget*>(QStringLiteral("demoAccountsList")) == nullptr);
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginErrorLabel"));
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(password && error && signIn);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("admin"));

    QTest::keyClicks(password, QStringLiteral("not the password"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(password->text().isEmpty());
    QVERIFY(!dialog.session().has_value());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QTest::keyClicks(password, GuiFixture::kAdminPassword);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.session().has_value());
    QCOMPARE(dialog.session()->op().username, QStringLiteral("admin"));
    QCOMPARE(dialog.session()->role(), Role::Administrator);
}

void TestGuiLogin::demoAccountsListed()
{
    LoginDialog dialog(*m_f.auth, m_f.store->path(), true);
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("demoAccountsList"));
    QVERIFY(list);
    QVERIFY(list->topLevelItemCount() > 0);
    QTreeWidgetItem* first = list->topLevelItem(0);
    QVERIFY(!first->text(0).isEmpty());
    QVERIFY(!first->text(1).isEmpty());
    // Picking an account fills the form.
    emit list->itemClicked(first, 0);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(), first->text(0));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text(), first->text(1));
}

void TestGuiLogin::firstAdministrator()
{
    m_f.tearDown();
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("first.sqlite3")));
    AuditLog auditLog(*store, m_f.clock);
    AuthService auth(*store, m_f.clock, auditLog, GuiFixture::kCheap);
    QVERIFY(auth.needsFirstAdministrator());
    FirstRunDialog dialog(auth);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto edit = [&](const char* name) { return dialog.findChild<QLineEdit*>(QString::fromLatin1(name)); };
    const auto label = [&](const char* name) { return dialog.findChild<QLabel*>(QString::fromLatin1(name)); };
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
    edit("usernameEdit")->setText(QStringLiteral("root"));
    edit("displayNameEdit")->setText(QStringLiteral("Rita Root"));

    edit("passwordEdit")->setText(QStringLiteral("long enough password"));
    edit("repeatPasswordEdit")->setText(QStringLiteral("another password"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(label("repeatPasswordError")->isVisible());
    QVERIFY(auth.needsFirstAdministrator());

    // Too short: the domain's message lands next to the password field.
    edit("passwordEdit")->setText(QStringLiteral("short"));
    edit("repeatPasswordEdit")->setText(QStringLiteral("short"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(label("passwordError")->isVisible());
    QVERIFY(label("repeatPasswordError")->isHidden());
    QVERIFY(dialog.isVisible());
    QVERIFY(auth.needsFirstAdministrator());

    edit("passwordEdit")->setText(QStringLiteral("long enough password"));
    edit("repeatPasswordEdit")->setText(QStringLiteral("long enough password"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdUsername(), QStringLiteral("root"));
    QVERIFY(!auth.needsFirstAdministrator());
    QCOMPARE(auth.signIn(QStringLiteral("root"), QStringLiteral("long enough password")).role(), Role::Administrator);
}

QTEST_MAIN(TestGuiLogin)
#include "TestGuiLogin.moc"
