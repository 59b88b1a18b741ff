#pragma once

#include "PaneExport.h"

#include "tenancy/TenantTypes.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace gc {

class Clock;
class TenantDetailPanel;
class TenantFilterModel;
class TenantService;
class TenantTableModel;
class UiSettings;

/// The tenant list with its filters and lifecycle actions, and the selected
/// tenant's details underneath.
class TenantsPane final : public QWidget
{
    Q_OBJECT
public:
    TenantsPane(TenantService& service, const Clock& clock, UiSettings& settings, QWidget* parent = nullptr);
    ~TenantsPane() override;

    /// The tenant selected in the list, if any.
    [[nodiscard]] std::optional<TenantSummary> selectedTenant() const;
    /// Selects `id` in the list (clearing filters that hide it); false if unknown.
    bool selectTenant(TenantId id);
    /// "Export Users…": the selected tenant's users, in the export wizard (the main window opens it).
    [[nodiscard]] QAction* exportUsersAction() const { return m_exportUsers; }
    /// "Export…" in the usage chart's context menu: the selected tenant's usage
    /// over the chart's days, in the export wizard (the main window opens it).
    [[nodiscard]] QAction* exportUsageAction() const { return m_exportUsage; }
    [[nodiscard]] TenantDetailPanel* detailPanel() const { return m_detail; }
    /// The tables whose shown rows "Export…" writes: the tenant list (as
    /// filtered and sorted), the selected tenant's API keys and configuration.
    [[nodiscard]] QList<PaneExport::Table> exportTables() const;

public slots:
    /// Re-reads the list and the details, keeping the selection.
    void reload();
    void focusSearch();
    void provision();
    /// Opens the edit dialog for the selected tenant when the session may edit it.
    void editSelected();

private:
    void buildActions();
    void updateActions();
    void updateEmptyState();
    void onSelectionChanged();
    void afterLifecycleChange(TenantId id);
    /// Opens dialog D(service, selected tenant, extra..., this); reloads when accepted.
    template<typename D, typename... Extra>
    void openForSelected(const Extra&... extra);
    void changeTier();
    void suspend();
    void reactivate();
    void offboard();
    void purge();

    TenantService& m_service;
    const Clock& m_clock;
    UiSettings& m_settings;
    TenantTableModel* m_model;
    TenantFilterModel* m_filter;

    QAction* m_provision = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_changeTier = nullptr;
    QAction* m_suspend = nullptr;
    QAction* m_reactivate = nullptr;
    QAction* m_offboard = nullptr;
    QAction* m_purge = nullptr;
    QAction* m_reload = nullptr;
    QAction* m_find = nullptr;
    QAction* m_exportUsers = nullptr;
    QAction* m_exportUsersEntry = nullptr;
    QAction* m_exportUsage = nullptr;

    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_tierFilter;
    QLabel* m_count;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    QSplitter* m_splitter;
    TenantDetailPanel* m_detail;
};

} // namespace gc
