#include "GuiLaunch.h"

#include "ConsoleStartup.h"
#include "MainWindow.h"
#include "cli/Cli.h"

#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace gc {

namespace {

QElapsedTimer g_sinceMain;
double g_beforeMainMs = 0;

/// Time the kernel says passed between the process's start and now, from
/// /proc/self/stat (start in clock ticks since boot) and CLOCK_BOOTTIME.
double kernelMsSinceStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Field 2 (the command) may contain spaces; fields are counted after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // starttime is field 22 overall, the 20th after the command.
    if (fields.size() < 20)
        return 0;
    const double startTicks = fields.at(19).toDouble();
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now {};
    if (hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return 0;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return std::max(0.0, nowMs - startTicks * 1000.0 / double(hz));
}

void reportStartup()
{
    std::printf("startup_ms=%.0f\n", msSinceProcessStart());
    std::fflush(stdout);
}

/// Signs in with the environment's credentials and shows the window directly,
/// so the measurement covers store, sign-in and window without a person typing.
int benchSignedIn(QApplication& app, const QString& storePath, const QString& user, const QString& password)
{
    try {
        Store::Options options;
        options.create = false;
        auto store = Store::open(storePath, options);
        SystemClock clock;
        AuditSigningConfig signing;
        signing.keyPath = qEnvironmentVariable("GEOCONSOLE_AUDIT_KEY");
        AuditLog auditLog(*store, clock, signing);
        AlertEngine alerts(auditLog, clock);
        AuthService auth(*store, clock, auditLog);
        const Session session = auth.signIn(user, password);
        int rc = 0;
        {
            MainWindow window(*store, clock, session, auditLog, alerts);
            QObject::connect(&window, &MainWindow::firstShown, &app, [] {
                reportStartup();
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            });
            window.show();
            rc = app.exec();
        }
        auth.signOut(session);
        return rc;
    } catch (const DomainError& e) {
        std::fprintf(stderr, "geoconsole: %s\n", qPrintable(e.message()));
        return 4;
    } catch (const StoreError& e) {
        std::fprintf(stderr, "geoconsole: %s\n", qPrintable(e.message()));
        return 3;
    }
}

} // namespace

void markMainEntered()
{
    g_beforeMainMs = kernelMsSinceStart();
    g_sinceMain.start();
}

double msSinceProcessStart()
{
    return g_beforeMainMs + (g_sinceMain.isValid() ? double(g_sinceMain.nsecsElapsed()) / 1e6 : 0.0);
}

int runGui(QApplication& app)
{
    QCommandLineParser parser;
    cli::Cli::setupTopLevel(parser);
    parser.parse(QCoreApplication::arguments());

    StartupOptions options;
    options.username = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                            : qEnvironmentVariable("GEOCONSOLE_USER");
    if (parser.isSet(QStringLiteral("store"))) {
        options.storePath = parser.value(QStringLiteral("store"));
    } else {
        options.storePath = Store::defaultPath();
        // The default location's folder is ours to make; a named one is the user's.
        QDir().mkpath(QFileInfo(options.storePath).absolutePath());
    }

    if (parser.isSet(QStringLiteral("bench-startup"))) {
        const QString password = qEnvironmentVariable("GEOCONSOLE_PASSWORD");
        if (!options.username.isEmpty() && !password.isEmpty())
            return benchSignedIn(app, options.storePath, options.username, password);
        options.offerDemoIfNew = false;
        options.onMainWindowShown = [] {
            reportStartup();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        };
    }
    return runConsole(app, options);
}

} // namespace gc
