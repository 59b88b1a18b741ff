// Runs the built geoconsole executable (GEOCONSOLE_EXE, set by
// gc_add_cli_test) to its end, the way a person or a script would, for the
// CLI tests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gc::test {

/// How one geoconsole run ended: `code` is -1 when it did not start, crashed
/// or ran past its time.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// The inherited environment without any GEOCONSOLE_* variable, offscreen and
/// UTF-8, with `home` as HOME and XDG data directory so no run ever touches the
/// user's own store; `extra` is added last.
inline QProcessEnvironment cliEnvironment(const QString& home, const QMap<QString, QString>& extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString& key : keys) {
        if (key.startsWith(QLatin1String("GEOCONSOLE_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

/// `cliEnvironment` signed in as `user` with `password`.
inline QProcessEnvironment cliEnvironmentAs(const QString& home, const QString& user, const QString& password)
{
    return cliEnvironment(home,
        { { QStringLiteral("GEOCONSOLE_USER"), user }, { QStringLiteral("GEOCONSOLE_PASSWORD"), password } });
}

/// Runs geoconsole with `args` in `env`, writes `input` to its stdin and closes
/// it, and waits up to `timeoutMs` for it to end; a run past that is killed so
/// a hanging command fails its test instead of blocking the suite.
inline CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {},
    int timeoutMs = 60'000, const QString& workingDirectory = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(GEOCONSOLE_EXE), args);
    if (!p.waitForStarted(10'000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// geoconsole signed in as the demo store's operator `user` (password
/// "geoclimate-<user>"), on `store` (its audit key beside it), run in `dir`
/// with `dir`/home as HOME and a private runtime directory.
inline CliRun runDemoCli(
    const QString& dir, const QString& store, const QString& user, QStringList args, int timeoutMs = 120'000)
{
    const QString runtime = dir + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    args << QStringLiteral("--store") << store;
    return runCli(args,
        cliEnvironment(dir + QStringLiteral("/home"),
            { { QStringLiteral("GEOCONSOLE_USER"), user },
                { QStringLiteral("GEOCONSOLE_PASSWORD"), QStringLiteral("geoclimate-") + user },
                { QStringLiteral("GEOCONSOLE_AUDIT_KEY"), store + QStringLiteral(".audit-key.pem") },
                { QStringLiteral("XDG_RUNTIME_DIR"), runtime } }),
        {}, timeoutMs, dir);
}

/// `geoconsole demo --out store <options>` with `dir`/home as HOME and the
/// store's audit key beside it; makes `dir`/home and `dir`/out first.
inline CliRun makeDemoStore(const QString& dir, const QString& store, const QStringList& options)
{
    QDir().mkpath(dir + QStringLiteral("/home"));
    QDir().mkpath(dir + QStringLiteral("/out"));
    return runCli(QStringList { QStringLiteral("demo"), QStringLiteral("--out"), store } + options,
        cliEnvironment(dir + QStringLiteral("/home"),
            { { QStringLiteral("GEOCONSOLE_AUDIT_KEY"), store + QStringLiteral(".audit-key.pem") } }),
        {}, 120'000);
}

} // namespace gc::test
