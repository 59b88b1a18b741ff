#pragma once

#include "auth/Session.h"
#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace gc {

class AuditLog;
class Clock;
class ExportDefinitionModel;
class ExportRunModel;
class ExportScheduleService;
class Store;

/// File ▸ Scheduled Exports… (docs/export-schedules.md, "In the console"): the
/// definitions with Enable/Disable, Delete and Run Now, and the selected
/// one's run history. Every change goes through ExportScheduleService, whose
/// refusals (by role, by owner) are shown as it words them.
class ExportSchedulesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `store`, `log` and `clock` must outlive the dialog.
    ExportSchedulesDialog(
        Store& store, AuditLog& log, const Session& session, const Clock& clock, QWidget* parent = nullptr);
    ~ExportSchedulesDialog() override;

    [[nodiscard]] ExportDefinitionModel* definitionModel() const { return m_definitions; }
    [[nodiscard]] ExportRunModel* runModel() const { return m_runs; }
    /// Selects the definition `name`; false when it is not listed.
    bool selectDefinition(const QString& name);
    /// The selected definition's name; empty when none is.
    [[nodiscard]] QString selectedName() const;
    /// The last refusal or failure shown; empty after a change that worked.
    [[nodiscard]] QString errorText() const;
    /// What the last action did ("Disabled …", the outcome of Run Now).
    [[nodiscard]] QString statusText() const;

    /// Reads the definitions again, keeping the selection.
    void reload();

private:
    void toggleEnabled();
    void deleteSelected();
    void runSelected();
    void showHistory();
    void updateButtons();
    void showError(const QString& message);
    /// Runs `work` against the service; a refusal or a store failure is shown
    /// as the service words it and turns into false.
    template<typename F>
    bool attempt(F&& work)
    {
        try {
            work();
            return true;
        } catch (const DomainError& e) {
            showError(e.message());
        } catch (const StoreError& e) {
            showError(e.message());
        }
        return false;
    }

    const Clock& m_clock;
    std::unique_ptr<ExportScheduleService> m_service;
    ExportDefinitionModel* m_definitions;
    ExportRunModel* m_runs;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QTableView* m_history;
    QLabel* m_historyTitle;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_enable;
    QPushButton* m_delete;
    QPushButton* m_runNow;
};

} // namespace gc
