#pragma once

#include "PaneExport.h"

#include "audit/AuditRepository.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace gc {

class AlertEngine;
class Session;

/// The audit trail's alerts: the raised alerts (open only, or all) with a
/// resolve action that asks for a note, and an editor of the rules'
/// thresholds, windows and on/off switches. Resolving and editing rules need
/// ManageAuditLog (AlertEngine checks it; the pane only mirrors it by
/// disabling the controls). An empty list says what would appear there.
class AlertsPane final : public QWidget
{
    Q_OBJECT
public:
    AlertsPane(AlertEngine& engine, const Session& session, QWidget* parent = nullptr);
    ~AlertsPane() override;

    /// Open alerts as of the last reload.
    [[nodiscard]] int openCount() const { return m_openCount; }
    /// Selects the alert with `id` in the list; false when it is not listed.
    bool selectAlert(qint64 id);
    /// The alert list, for "Export…" in its context menu (the rows shown; the
    /// id as an integer, the time raised as a timestamp).
    [[nodiscard]] PaneExport::Table exportTable() const;

public slots:
    /// Reads alerts and rules again.
    void reload();

signals:
    /// After every reload, with the number of open alerts (for a badge in the navigation).
    void openAlertsChanged(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadAlerts();
    void reloadRules();
    void updateActions();
    void resolveSelected();
    void applyRules();
    [[nodiscard]] const AuditAlert* selected() const;
    [[nodiscard]] QList<AuditAlertRuleConfig> editedRules() const;

    AlertEngine& m_engine;
    const Session& m_session;
    QList<AuditAlert> m_alerts;
    QList<AuditAlertRuleConfig> m_rules;
    int m_openCount = 0;
    QAction* m_openOnly;
    QAction* m_resolve;
    QAction* m_reload;
    QStackedWidget* m_listStack;
    QTableWidget* m_table;
    QLabel* m_empty;
    QTableWidget* m_rulesTable;
    QPushButton* m_applyRules;
    QPushButton* m_revertRules;
};

} // namespace gc
