#pragma once

#include "PaneExport.h"

#include "tenancy/TenantTypes.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace gc {

class ApiKeyModel;
class Clock;
class QuotaBar;
class TenantConfigModel;
class TenantService;
class TenantUserModel;
class UiSettings;
class UsageChartView;

/// Everything about the selected tenant: header, quotas, 30-day usage and the
/// tabs for its users, API keys and configuration.
class TenantDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    TenantDetailPanel(TenantService& service, const Clock& clock, UiSettings& settings, QWidget* parent = nullptr);
    ~TenantDetailPanel() override;

    /// Shows `id`, or the "select a tenant" hint for nullopt.
    void setTenant(std::optional<TenantId> id);
    [[nodiscard]] std::optional<TenantId> tenantId() const;
    /// The users tab's table (the tenants pane adds its export action to it).
    [[nodiscard]] QTableView* usersView() const { return m_usersView; }
    [[nodiscard]] QTableView* apiKeysView() const { return m_keysView; }
    [[nodiscard]] QTableView* configView() const { return m_configView; }
    /// The 30-day usage chart (the tenants pane adds its export action to it).
    [[nodiscard]] UsageChartView* usageChart() const { return m_chart; }
    /// The first and last day (UTC) the usage chart covers; nullopt without a tenant.
    [[nodiscard]] std::optional<std::pair<QDate, QDate>> usageRange() const { return m_usageRange; }
    /// The API keys and configuration tables, for "Export…" (the users table
    /// is the tenant_users source: the tenants pane presets the wizard for it).
    /// API keys are exported as the table shows them: name, prefix, dates,
    /// creator and status; the key itself is never stored, so never exported.
    [[nodiscard]] QList<PaneExport::Table> exportTables() const;
    /// Re-reads the shown tenant (after a change elsewhere).
    void reload();

signals:
    /// Something of the tenant changed here; the list's figures are stale.
    void tenantChanged(gc::TenantId id);

private:
    QWidget* buildHeader();
    QWidget* buildUsersTab();
    QWidget* buildApiKeysTab();
    QWidget* buildConfigTab();
    void showTenant(const Tenant& tenant);
    void updateButtons();
    void afterChange();
    [[nodiscard]] int selectedRow(QTableView* view) const;

    void addUser();
    void editUser();
    void setUserActive(bool active);
    void createApiKey();
    void revokeApiKey();
    /// Opens the entry dialog: for the selected entry, or a new one.
    void setConfig(bool editSelected);
    void removeConfig();

    TenantService& m_service;
    const Clock& m_clock;
    UiSettings& m_settings;
    std::optional<Tenant> m_tenant;
    std::optional<std::pair<QDate, QDate>> m_usageRange;

    QStackedWidget* m_stack;
    QLabel* m_name;
    QLabel* m_slug;
    QLabel* m_tier;
    QLabel* m_status;
    QLabel* m_statusDetail;
    QLabel* m_contact;
    QLabel* m_region;
    QuotaBar* m_usersQuota;
    QuotaBar* m_requestsQuota;
    UsageChartView* m_chart;
    QSplitter* m_splitter;
    QTabWidget* m_tabs;

    TenantUserModel* m_users;
    ApiKeyModel* m_keys;
    TenantConfigModel* m_config;
    QTableView* m_usersView;
    QTableView* m_keysView;
    QTableView* m_configView;
    QPushButton* m_addUser;
    QPushButton* m_editUser;
    QPushButton* m_deactivateUser;
    QPushButton* m_reactivateUser;
    QPushButton* m_createKey;
    QPushButton* m_revokeKey;
    QPushButton* m_setConfig;
    QPushButton* m_removeConfig;
};

} // namespace gc
