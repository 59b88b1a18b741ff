#include "GuiFixture.h"

#include "ConsoleStartup.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "demo/DemoGenerator.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace gc;
using gc::testing::GuiFixture;

namespace {

/// Answers the modal dialogs of the start-up flow in order: each step gets
/// the active modal widget and returns true once it has dealt with it.
class ModalScript final
{
public:
    using Step = std::function<bool(QWidget*)>;
    explicit ModalScript(QList<Step> steps) : m_steps(std::move(steps))
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal->isVisible() && m_next < m_steps.size() && m_steps.at(m_next)(modal))
                ++m_next;
        });
        m_timer.start(20);
    }
    [[nodiscard]] qsizetype done() const { return m_next; }

private:
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QTimer m_timer;
};

void setText(QWidget* root, const char* name, const QString& text)
{
    root->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
}

void click(QWidget* root, const char* name)
{
    root->findChild<QPushButton*>(QString::fromLatin1(name))->click();
}

/// Closes the main window as soon as it is shown; records what it showed.
std::function<void()> closeMainWindow(QStringList* areas)
{
    return [areas] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* main = qobject_cast<MainWindow*>(w); main && main->isVisible()) {
                *areas = main->areas();
                main->close();
            }
        }
    };
}

} // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_f.setUp(); }
    void cleanupTestCase() { m_f.tearDown(); }

    void refusesAFileThatIsNotAStore();
    void firstRunThenSignIn();
    void demoStoreListsItsAccounts();

private:
    GuiFixture m_f;
    QTemporaryDir m_dir;
};

void TestGuiStartup::refusesAFileThatIsNotAStore()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArrayLiteral("these are my notes, not a database\n");
    file.write(content);
    file.close();

    QString shown;
    ModalScript script({[&](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        if (!box)
            return false;
        shown = box->text();
        box->accept();
        return true;
    }});
    StartupOptions options;
    options.storePath = path;
    QCOMPARE(runConsole(*qApp, options), 2);
    QCOMPARE(script.done(), 1);
    QVERIFY(!shown.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestGuiStartup::firstRunThenSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite3"));
    const QString password = QStringLiteral("a long enough password");
    QString loginError;
    ModalScript script({
        [&](QWidget* w) {
            if (!qobject_cast<FirstRunDialog*>(w))
                return false;
            setText(w, "usernameEdit", QStringLiteral("root"));
            setText(w, "displayNameEdit", QStringLiteral("Rita Root"));
            setText(w, "passwordEdit", password);
            setText(w, "repeatPasswordEdit", password);
            click(w, "okButton");
            return true;
        },
        [&](QWidget* w) {
            if (!qobject_cast<LoginDialog*>(w))
                return false;
            // Pre-filled with the administrator just created.
            if (w->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text() != QStringLiteral("root"))
                return false;
            setText(w, "passwordEdit", QStringLiteral("wrong password!"));
            click(w, "signInButton");
            loginError = w->findChild<QLabel*>(QStringLiteral("loginErrorLabel"))->text();
            return true;
        },
        [&](QWidget* w) {
            if (!qobject_cast<LoginDialog*>(w))
                return false;
            setText(w, "passwordEdit", password);
            click(w, "signInButton");
            return true;
        },
    });
    QStringList areas;
    StartupOptions options;
    options.storePath = path;
    options.offerDemoIfNew = false;
    options.onMainWindowShown = closeMainWindow(&areas);
    QCOMPARE(runConsole(*qApp, options), 0);
    QCOMPARE(script.done(), 3);
    QVERIFY(!loginError.isEmpty());
    QCOMPARE(areas, (QStringList{QStringLiteral("tenants"), QStringLiteral("operators")}));

    auto store = Store::open(path);
    AuthService auth(*store, m_f.clock);
    QVERIFY(!auth.needsFirstAdministrator());
    QVERIFY(auth.signIn(QStringLiteral("root"), password).op().lastLoginAt.has_value());
}

void TestGuiStartup::demoStoreListsItsAccounts()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite3"));
    QVERIFY(!demoAccounts().isEmpty());
    const DemoAccount account = demoAccounts().constFirst();
    int listed = 0;
    ModalScript script({
        [&](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box)
                return false;
            box->button(QMessageBox::Yes)->click();
            return true;
        },
        [&](QWidget* w) {
            if (!qobject_cast<LoginDialog*>(w))
                return false;
            auto* list = w->findChild<QTreeWidget*>(QStringLiteral("demoAccountsList"));
            listed = list ? list->topLevelItemCount() : 0;
            setText(w, "usernameEdit", QString::fromUtf8(account.username));
            setText(w, "passwordEdit", QString::fromUtf8(account.password));
            click(w, "signInButton");
            return true;
        },
    });
    QStringList areas;
    StartupOptions options;
    options.storePath = path;
    options.onMainWindowShown = closeMainWindow(&areas);
    QCOMPARE(runConsole(*qApp, options), 0);
    QCOMPARE(script.done(), 2);
    QCOMPARE(listed, int(demoAccounts().size()));
    QVERIFY(areas.contains(QStringLiteral("tenants")));

    auto store = Store::open(path);
    QCOMPARE(SettingsRepository(store->db()).value(QStringLiteral("demo.generated")).value_or(QString()),
             QStringLiteral("1"));
}

QTEST_MAIN(TestGuiStartup)
#include "TestGuiStartup.moc"
