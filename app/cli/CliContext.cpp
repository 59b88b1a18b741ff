#include "CliContext.h"

#include "CliErrors.h"
#include "CliTerminal.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace gc::cli {

namespace {

const QString kStore = QStringLiteral("store");
const QString kJson = QStringLiteral("json");
const QString kUser = QStringLiteral("user");
const QString kLang = QStringLiteral("lang");

} // namespace

CliContext::CliContext(GlobalOptions globals)
    : m_globals(std::move(globals))
{ }

CliContext::~CliContext()
{
    closeStore();
}

void CliContext::addGlobalOptions(QCommandLineParser& parser, bool withStore)
{
    if (withStore)
        parser.addOption({ kStore,
            QCoreApplication::translate("Cli", "Store file to use (default: %1).").arg(Store::defaultPath()),
            QCoreApplication::translate("Cli", "PATH") });
    parser.addOption({ kJson, QCoreApplication::translate("Cli", "Print machine-readable JSON on stdout.") });
    parser.addOption(
        { kUser, QCoreApplication::translate("Cli", "Operator to sign in as (default: $GEOCONSOLE_USER)."),
            QCoreApplication::translate("Cli", "NAME") });
    parser.addOption({ kLang,
        QCoreApplication::translate("Cli", "Language of messages, e.g. \"de\" (default: the system's)."),
        QCoreApplication::translate("Cli", "CODE") });
}

void CliContext::readGlobalOptions(const QCommandLineParser& parser, bool withStore)
{
    if (withStore && parser.isSet(kStore))
        m_globals.storePath = parser.value(kStore);
    if (parser.isSet(kJson))
        m_globals.json = true;
    if (parser.isSet(kUser))
        m_globals.user = parser.value(kUser);
    if (parser.isSet(kLang))
        m_globals.lang = parser.value(kLang);
}

QString CliContext::storePath() const
{
    return m_globals.storePath ? *m_globals.storePath : Store::defaultPath();
}

Store& CliContext::openStore(bool create)
{
    if (m_store)
        return *m_store;
    const QString path = storePath();
    if (create && !storeGiven()) {
        // Only the default location is ours to make; a folder the user named
        // that does not exist is more likely a typo.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    Store::Options options;
    options.create = create;
    m_store = Store::open(path, options);
    AuditSigningConfig signing;
    signing.keyPath = qEnvironmentVariable("GEOCONSOLE_AUDIT_KEY");
    m_auditLog = std::make_unique<AuditLog>(*m_store, m_clock, signing);
    // Before any service: a failed sign-in is already an event the rules count.
    m_alerts = std::make_unique<AlertEngine>(*m_auditLog, m_clock);
    m_auth = std::make_unique<AuthService>(*m_store, m_clock, *m_auditLog);
    return *m_store;
}

Store& CliContext::openStoreToFill()
{
    const QFileInfo before(storePath());
    m_existedBefore = before.exists();
    Store& store = openStore(true);
    m_filling = store.created();
    return store;
}

void CliContext::discardCreatedStore()
{
    const bool created = m_filling;
    const QString path = m_store ? m_store->path() : QString();
    closeStore();
    if (!created || path.isEmpty())
        return;
    for (const char* suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    if (m_existedBefore)
        QFile::resize(path, 0);
    else
        QFile::remove(path);
    m_filling = false;
}

const Session& CliContext::signIn()
{
    if (m_session)
        return *m_session;
    QString user = m_globals.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("GEOCONSOLE_USER");
    if (user.isEmpty()) {
        if (auto typed = promptLine(QCoreApplication::translate("Cli", "User name: ")))
            user = typed->trimmed();
    }
    if (user.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "Cli", "no operator to sign in as: use --user NAME or set GEOCONSOLE_USER"));
    QString password = qEnvironmentVariable("GEOCONSOLE_PASSWORD");
    if (password.isEmpty()) {
        if (auto typed = promptHidden(QCoreApplication::translate("Cli", "Password for %1: ").arg(user)))
            password = *typed;
        else
            throw UsageError(QCoreApplication::translate(
                "Cli", "no password: set GEOCONSOLE_PASSWORD or run on a terminal to be asked"));
    }
    openStore(false);
    m_session.emplace(m_auth->signIn(user, password));
    m_tenants = std::make_unique<TenantService>(*m_store, m_clock, *m_session, *m_auditLog);
    return *m_session;
}

AuthService& CliContext::auth()
{
    if (!m_auth)
        throw std::logic_error("CliContext::auth() before the store was opened");
    return *m_auth;
}

AuditLog& CliContext::auditLog()
{
    if (!m_auditLog)
        throw std::logic_error("CliContext::auditLog() before the store was opened");
    return *m_auditLog;
}

AlertEngine& CliContext::alerts()
{
    if (!m_alerts)
        throw std::logic_error("CliContext::alerts() before the store was opened");
    return *m_alerts;
}

TenantService& CliContext::tenants()
{
    signIn();
    return *m_tenants;
}

const Session& CliContext::session()
{
    return signIn();
}

void CliContext::closeStore()
{
    m_tenants.reset();
    m_session.reset();
    m_auth.reset();
    m_alerts.reset();
    m_auditLog.reset();
    m_store.reset();
}

QString CliContext::newPassword()
{
    const QString fromEnv = qEnvironmentVariable("GEOCONSOLE_NEW_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const auto first = promptHidden(QCoreApplication::translate("Cli", "New password: "));
    if (!first)
        throw UsageError(QCoreApplication::translate(
            "Cli", "no new password: set GEOCONSOLE_NEW_PASSWORD or run on a terminal to be asked"));
    const auto second = promptHidden(QCoreApplication::translate("Cli", "Repeat the new password: "));
    if (!second || *second != *first)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("Cli", "the two passwords differ; nothing was changed"),
            QStringLiteral("password"));
    return *first;
}

} // namespace gc::cli
