#include "GuiFixture.h"

#include "ConsoleStartup.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "audit/AuditRepository.h"
#include "demo/DemoGenerator.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QAction>
#include <QFile>
#include <QFileDialog>
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
    void openStoreRestartsTheFlow();

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
    QCOMPARE(areas, (QStringList{QStringLiteral("tenants"), QStringLiteral("operators"), QStringLiteral("audit"), QStringLiteral("alerts")}));

    auto store = Store::open(path);
    AuditLog auditLog(*store, m_f.clock);
    // The whole session is in the audit trail, in order, ending with the sign-out.
    AuditPageRequest request;
    request.order = AuditPageRequest::Order::OldestFirst;
    QStringList types;
    for (const AuditEvent& e : auditLog.repository().page(request))
        types << auditEventTypeId(e.record.type);
    QCOMPARE(types, (QStringList{QStringLiteral("role_changed"), QStringLiteral("login_failed"),
                                 QStringLiteral("login"), QStringLiteral("logout")}));
    AuthService auth(*store, m_f.clock, auditLog);
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
    // The demo's content is tested in tests/demo; here only the start-up flow counts.
    options.demo.predictions = 20'000;
    options.demo.auditEvents = 5'000;
    options.onMainWindowShown = closeMainWindow(&areas);
    QCOMPARE(runConsole(*qApp, options), 0);
    QCOMPARE(script.done(), 2);
    QCOMPARE(listed, int(demoAccounts().size()));
    QVERIFY(areas.contains(QStringLiteral("tenants")));

    auto store = Store::open(path);
    QCOMPARE(SettingsRepository(store->db()).value(QStringLiteral("demo.generated")).value_or(QString()),
             QStringLiteral("1"));
}

void TestGuiStartup::openStoreRestartsTheFlow()
{
    const QString password = QStringLiteral("a long enough password");
    QStringList paths;
    for (const char* name : {"first.sqlite3", "second.sqlite3"}) {
        paths << m_dir.filePath(QString::fromLatin1(name));
        auto store = Store::open(paths.last());
        AuditLog auditLog(*store, m_f.clock);
        AuthService(*store, m_f.clock, auditLog, GuiFixture::kCheap)
            .createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Rita Root"), password);
    }
    const auto signIn = [&](QWidget* w) {
        if (!qobject_cast<LoginDialog*>(w))
            return false;
        setText(w, "usernameEdit", QStringLiteral("root"));
        setText(w, "passwordEdit", password);
        click(w, "signInButton");
        return true;
    };
    QStringList titles;
    // Closes the window showing the second store, once it is there.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, &closer, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* main = qobject_cast<MainWindow*>(w);
            if (main && main->isVisible() && main->windowTitle().contains(QStringLiteral("second"))) {
                titles << main->windowTitle();
                main->close();
            }
        }
    });
    closer.start(20);
    ModalScript script({
        signIn,
        [&](QWidget* w) {
            auto* files = qobject_cast<QFileDialog*>(w);
            if (!files)
                return false;
            // selectFile() waits for the directory model; typing the name is immediate.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return false;
            name->setText(paths.at(1));
            static_cast<QDialog*>(files)->accept(); // QFileDialog::accept is protected
            return true;
        },
        signIn,
    });
    StartupOptions options;
    options.storePath = paths.at(0);
    options.onMainWindowShown = [&titles] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* main = qobject_cast<MainWindow*>(w); main && main->isVisible()) {
                titles << main->windowTitle();
                // Queued: the file dialog runs its own loop and must not start inside this signal.
                QTimer::singleShot(0, main->findChild<QAction*>(QStringLiteral("openStoreAction")), &QAction::trigger);
            }
        }
    };
    QCOMPARE(runConsole(*qApp, options), 0);
    QCOMPARE(script.done(), 3);
    QCOMPARE(titles.size(), 2);
    QVERIFY(titles.at(0).contains(QStringLiteral("first.sqlite3")));
    QVERIFY(titles.at(1).contains(QStringLiteral("second.sqlite3")));
}

QTEST_MAIN(TestGuiStartup)
#include "TestGuiStartup.moc"
