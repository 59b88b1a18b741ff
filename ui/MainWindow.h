#pragma once

#include <QMainWindow>

#include <memory>

class QIcon;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace gc {

class AlertEngine;
class AlertsPane;
class AuditLog;
class AuditIntegrityMonitor;
class AuditPane;
class AuthService;
class Clock;
class ExportWizard;
class OperatorsPane;
class PaneExport;
class Session;
class Store;
class TenantService;
class TenantsPane;
class UiSettings;

/// The console window: a navigation list of the areas the session may use, one
/// pane per area, and a status bar naming the store and the operator. The
/// composition root hands in the store, clock, session, the store's audit log
/// and the alert engine watching it; the window builds the services on top of
/// them (every change they make is recorded in `auditLog`).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store& store, const Clock& clock, const Session& session, AuditLog& auditLog, AlertEngine& alerts,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The console's icon, for every top-level window.
    static QIcon applicationIcon();

    /// Area ids in navigation order ("tenants", "operators"), as this session sees them.
    [[nodiscard]] QStringList areas() const;
    /// Shows an area by id; false if the session has no such area.
    bool showArea(const QString& id);
    [[nodiscard]] QString currentArea() const;
    [[nodiscard]] TenantsPane* tenantsPane() const { return m_tenants; }
    /// nullptr when the session may not manage operators.
    [[nodiscard]] OperatorsPane* operatorsPane() const { return m_operators; }
    /// nullptr when the session may not view the audit log.
    [[nodiscard]] AuditPane* auditPane() const { return m_audit; }
    /// nullptr when the session may not view the audit log.
    [[nodiscard]] AlertsPane* alertsPane() const { return m_alertsPane; }
    /// "Export…" of the panes' tables that are not export sources.
    [[nodiscard]] PaneExport* paneExport() const { return m_paneExport; }
    /// Opens the export wizard (File > Export Data…; a pane's "Export…" presets it). Deleted on close.
    ExportWizard* openExportWizard();
    /// Verifies the audit trail for the status-bar badge; nullptr without ViewAuditLog.
    [[nodiscard]] AuditIntegrityMonitor* auditIntegrity() const { return m_auditIntegrity; }

signals:
    /// Emitted once, from the event loop right after the first show: the window
    /// is painted and takes input (start-up benchmarks measure up to here).
    void firstShown();
    /// The operator chose another store; the start-up flow reopens with it.
    void openStoreRequested(const QString& path);
    /// The window was closed (not hidden).
    void closed();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    /// "Export…" in every pane table's context menu.
    void buildPaneExports();
    void buildStatusBar();
    void addArea(const QString& id, const QString& title, QWidget* pane, int iconHint);
    void openStore();
    void changeOwnPassword();
    void about();
    void openComplianceReport();
    void openExportSchedules();
    void signCheckpoint();

    Store& m_store;
    const Clock& m_clock;
    const Session& m_session;
    AuditLog& m_auditLog;
    AlertEngine& m_alerts;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<TenantService> m_tenantService;
    std::unique_ptr<AuthService> m_auth;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    TenantsPane* m_tenants = nullptr;
    OperatorsPane* m_operators = nullptr;
    AuditPane* m_audit = nullptr;
    AlertsPane* m_alertsPane = nullptr;
    PaneExport* m_paneExport = nullptr;
    AuditIntegrityMonitor* m_auditIntegrity = nullptr;
    QLabel* m_storeLabel = nullptr;
    bool m_shown = false;
};

} // namespace gc
