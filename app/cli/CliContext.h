#pragma once

#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "tenancy/TenantService.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

namespace gc::cli {

/// The options every subcommand accepts; those given before the command name
/// are defaults for the ones given after it.
struct GlobalOptions
{
    std::optional<QString> storePath;
    bool json = false;
    QString user;
    QString lang;
};

/// What one subcommand run needs: its global options, and the store, clock,
/// services and session, each made only when the command asks for it, so a
/// command that fails its argument checks never opens the store.
class CliContext final
{
public:
    explicit CliContext(GlobalOptions globals);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    /// Adds --store (unless `withStore` is false), --json, --user and --lang.
    static void addGlobalOptions(QCommandLineParser& parser, bool withStore = true);
    /// Takes the global options a subcommand parser saw.
    void readGlobalOptions(const QCommandLineParser& parser, bool withStore = true);

    [[nodiscard]] bool json() const { return m_globals.json; }
    /// --store, or the default store path.
    [[nodiscard]] QString storePath() const;
    [[nodiscard]] bool storeGiven() const { return m_globals.storePath.has_value(); }

    /// Opens the store at storePath(). With `create`, a missing store is
    /// created (and the default location's folder made); without, a missing
    /// store is a StoreError.
    Store& openStore(bool create);
    /// Uses `path` as the store from now on (demo --out).
    void setStorePath(const QString& path) { m_globals.storePath = path; }
    /// Opens, creating it if missing, a store that the command is about to
    /// fill; discardCreatedStore() undoes the creation if the command fails.
    Store& openStoreToFill();
    /// Closes the store and, if openStoreToFill() created it, removes it again
    /// (an empty file that was there before is left empty), so a failed or
    /// cancelled command leaves nothing behind.
    void discardCreatedStore();
    /// Opens an existing store and signs in with --user/GEOCONSOLE_USER and
    /// GEOCONSOLE_PASSWORD (or asks on the terminal). Credentials are resolved
    /// before the store is opened.
    const Session& signIn();
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    /// Available after openStore() (std::logic_error before).
    AuthService& auth();
    /// The store's audit trail writer; available after openStore() (std::logic_error before).
    /// The signing key file is $GEOCONSOLE_AUDIT_KEY, else AuditLog::defaultKeyPath().
    AuditLog& auditLog();
    /// The alert rules, watching every event auditLog() appends; available after openStore().
    AlertEngine& alerts();
    /// The signed-in session's services; signs in first if need be.
    TenantService& tenants();
    const Session& session();
    /// Closes the store (and everything that refers to it).
    void closeStore();

    /// A new password from GEOCONSOLE_NEW_PASSWORD, or asked twice on the terminal.
    [[nodiscard]] static QString newPassword();

private:
    GlobalOptions m_globals;
    SystemClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<AlertEngine> m_alerts;
    bool m_filling = false;
    bool m_existedBefore = false;
    std::unique_ptr<AuthService> m_auth;
    std::optional<Session> m_session;
    std::unique_ptr<TenantService> m_tenants;
};

} // namespace gc::cli
