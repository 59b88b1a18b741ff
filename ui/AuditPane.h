#pragma once

#include "auth/Session.h"
#include "tenancy/TenantTypes.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace gc {

class AuditDetailPanel;
class AuditEventModel;
class AuditFilterBar;
class Clock;
class Store;
class TenantService;
class UiSettings;

/// The audit trail: a filter bar, the events newest first (read in pages on
/// a background thread, never the whole table), the selected event's details
/// with its inclusion proof, and a live-tail mode that follows new events.
class AuditPane final : public QWidget
{
    Q_OBJECT
public:
    /// `tenants` (may be null) names tenants in the list and the tenant filter.
    /// `store` must outlive the pane; the session needs ViewAuditLog.
    AuditPane(const Store& store, const Session& session, const Clock& clock, const TenantService* tenants,
        UiSettings& settings, QWidget* parent = nullptr);
    ~AuditPane() override;

    [[nodiscard]] AuditEventModel* model() const { return m_model; }
    [[nodiscard]] AuditFilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] AuditDetailPanel* detailPanel() const { return m_detail; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QAction* liveTailAction() const { return m_liveTail; }
    /// "Export…": the events the filter selects, in the export wizard (the main window opens it).
    [[nodiscard]] QAction* exportAction() const { return m_export; }
    /// The table's context menu at `pos` (viewport coordinates): on an event,
    /// filters by its actor, tenant, type and resource, proof and export; off
    /// the rows, export only. The caller owns it.
    [[nodiscard]] std::unique_ptr<QMenu> createContextMenu(const QPoint& pos);
    /// The message shown instead of the list ("No events match the filter."), empty while the list shows.
    [[nodiscard]] QString stateText() const;

public slots:
    void focusSearch();
    /// Reads the tenant names and the events again.
    void reload();
    void setLiveTail(bool on);

private:
    void buildActions();
    void loadTenants();
    void updateState();
    void onCurrentRowChanged();
    void showContextMenu(const QPoint& pos);
    void goToEvent();
    [[nodiscard]] QString tenantName(TenantId id) const;

    const TenantService* m_tenants;
    UiSettings& m_settings;
    QHash<qint64, QString> m_tenantNames;
    AuditEventModel* m_model;
    AuditFilterBar* m_filterBar;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    QLabel* m_stateLabel;
    QPushButton* m_stateButton;
    QSplitter* m_splitter;
    AuditDetailPanel* m_detail;
    QAction* m_liveTail = nullptr;
    QAction* m_reload = nullptr;
    QAction* m_find = nullptr;
    QAction* m_prove = nullptr;
    QAction* m_export = nullptr;
    QLineEdit* m_goTo;
};

} // namespace gc
