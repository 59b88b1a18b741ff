#include "ConsoleStartup.h"

#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UiErrors.h"
#include "UiSettings.h"

#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "export/ExportScheduleRunner.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMutex>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace gc {

namespace {

/// Gives the start-up flow's free functions a translation context.
struct ConsoleStartup
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleStartup)
};

std::unique_ptr<Store> openStore(const QString& path)
{
    try {
        return Store::open(path);
    } catch (const StoreError& e) {
        QMessageBox::critical(nullptr, ConsoleStartup::tr("Cannot Open the Store"), e.message());
    }
    return nullptr;
}

/// Fills the store at `path` on a worker thread, with its own Store, while a
/// progress dialog runs here. Returns after the worker has finished (also on
/// cancel, once the generator has rolled back).
void generateDemo(const QString& path, const DemoOptions& demo)
{
    struct Shared
    {
        std::atomic<int> percent{0};
        std::atomic<bool> cancel{false};
        QMutex mutex;
        QString stage;
    };
    auto shared = std::make_shared<Shared>();

    QProgressDialog progress(ConsoleStartup::tr("Generating demo data…"), ConsoleStartup::tr("Cancel"), 0, 100);
    progress.setObjectName(QStringLiteral("demoProgressDialog"));
    progress.setWindowTitle(ConsoleStartup::tr("Demo Data"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(420);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [shared] { shared->cancel = true; });

    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, demo, shared]() -> QString {
        try {
            std::unique_ptr<Store> store = Store::open(path);
            DemoGenerator::generate(*store, demo, [shared](int percent, const QString& stage) {
                shared->percent = percent;
                {
                    QMutexLocker lock(&shared->mutex);
                    shared->stage = stage;
                }
                return !shared->cancel.load();
            });
            return {};
        } catch (const DomainError& e) {
            return e.message();
        } catch (const StoreError& e) {
            return e.message();
        } catch (const std::exception& e) {
            return QString::fromLocal8Bit(e.what());
        }
    }));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&progress, shared] {
        if (shared->cancel)
            return;
        progress.setValue(qBound(0, shared->percent.load(), 100));
        QMutexLocker lock(&shared->mutex);
        if (!shared->stage.isEmpty())
            progress.setLabelText(ConsoleStartup::tr("Generating demo data: %1").arg(shared->stage));
    });
    poll.start(100);
    progress.show();
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    progress.hide();

    const QString error = watcher.result();
    if (!error.isEmpty() && !shared->cancel)
        QMessageBox::warning(nullptr, ConsoleStartup::tr("Demo Data"),
                             ConsoleStartup::tr("The demo data could not be generated: %1\nThe store stays empty.").arg(error));
}

} // namespace

int runConsole(QApplication& app, const StartupOptions& options)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("GeoClimate"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("geoconsole"));

    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(MainWindow::applicationIcon());
    const SystemClock clock;
    // The window's close ends the event loop explicitly; dialogs shown before it
    // must not end the application on their own.
    const bool quitOnLastWindow = app.quitOnLastWindowClosed();
    app.setQuitOnLastWindowClosed(false);

    QString path = options.storePath.isEmpty() ? Store::defaultPath() : options.storePath;
    QString previousPath;
    QString username = options.username;
    bool offerDemo = options.offerDemoIfNew;
    bool notifyShown = true;
    int rc = 0;
    for (;;) {
        std::unique_ptr<Store> store = openStore(path);
        if (!store && !previousPath.isEmpty()) {
            // The store chosen from the File menu failed: go back to the one that worked.
            path = std::exchange(previousPath, QString());
            continue;
        }
        if (!store) {
            rc = 2;
            break;
        }
        if (store->created() && offerDemo
            && QMessageBox::question(nullptr, ConsoleStartup::tr("New Store"),
                                     ConsoleStartup::tr("The store %1 is new.\n\nFill the new store with demo data?").arg(path))
                == QMessageBox::Yes) {
            store.reset();
            generateDemo(path, options.demo);
            store = openStore(path);
            if (!store) {
                rc = 2;
                break;
            }
        }

        AuditSigningConfig signing;
        signing.keyPath = qEnvironmentVariable("GEOCONSOLE_AUDIT_KEY");
        std::unique_ptr<AuditLog> auditLog;
        std::unique_ptr<AlertEngine> alerts;
        bool firstRun = false;
        try {
            auditLog = std::make_unique<AuditLog>(*store, clock, signing);
            // Before the login dialog: failed sign-ins are events the rules count.
            alerts = std::make_unique<AlertEngine>(*auditLog, clock);
            firstRun = AuthService(*store, clock, *auditLog).needsFirstAdministrator();
        } catch (const StoreError& e) {
            showStoreError(nullptr, e);
            rc = 2;
            break;
        }
        AuthService auth(*store, clock, *auditLog);
        if (firstRun) {
            FirstRunDialog first(auth);
            if (first.exec() != QDialog::Accepted)
                break;
            username = first.createdUsername();
        }

        bool demo = false;
        try {
            demo = SettingsRepository(store->db()).value(QStringLiteral("demo.generated")) == QStringLiteral("1");
        } catch (const StoreError&) {
            // Only decides whether to list demo accounts; a failure here is not worth stopping for.
        }
        UiSettings settings;
        if (username.isEmpty())
            username = settings.lastUsername.get();
        LoginDialog login(auth, store->path(), demo, username);
        if (login.exec() != QDialog::Accepted || !login.session())
            break;
        const Session session = *login.session();
        settings.lastUsername.set(session.op().username);

        QString nextPath;
        {
            MainWindow window(*store, clock, session, *auditLog, *alerts);
            // Scheduled exports that come due while the console is open run here
            // (docs/export-schedules.md); what went wrong shows in the status bar.
            ExportScheduleRunner exportSchedules(*store, clock, session, *auditLog);
            QObject::connect(&exportSchedules, &ExportScheduleRunner::failed, &window,
                             [&window](const QString& message) { window.statusBar()->showMessage(message); });
            QObject::connect(&exportSchedules, &ExportScheduleRunner::ran, &window,
                             [&window](const QList<ExportRun>& runs) {
                                 for (const ExportRun& r : runs) {
                                     if (r.outcome == ExportRunOutcome::Failed)
                                         window.statusBar()->showMessage(
                                             ConsoleStartup::tr("Scheduled export “%1” failed: %2")
                                                 .arg(r.definitionName, r.message));
                                 }
                             });
            exportSchedules.start();
            QObject::connect(&window, &MainWindow::openStoreRequested, &window,
                             [&nextPath](const QString& p) { nextPath = p; });
            QObject::connect(&window, &MainWindow::closed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
            if (notifyShown && options.onMainWindowShown)
                QObject::connect(&window, &MainWindow::firstShown, &window, options.onMainWindowShown);
            notifyShown = false;
            window.show();
            rc = app.exec();
        }
        try {
            auth.signOut(session);
        } catch (const StoreError& e) {
            showStoreError(nullptr, e);
        }
        if (nextPath.isEmpty())
            break;
        previousPath = path;
        path = nextPath;
        username.clear();
    }
    app.setQuitOnLastWindowClosed(quitOnLastWindow);
    return rc;
}

} // namespace gc
