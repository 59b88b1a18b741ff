#pragma once

#include "auth/Session.h"
#include "core/DomainError.h"
#include "export/ExportJob.h"
#include "store/StoreError.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QProgressBar;
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
struct ExportRun;
struct ScheduledExport;

/// File ▸ Scheduled Exports… (docs/export-schedules.md, "In the console"): the
/// definitions with Enable/Disable, Delete and Run Now, and the selected
/// one's run history. Every change goes through ExportScheduleService, whose
/// refusals (by role, by owner) are shown as it words them.
///
/// Run Now claims and prepares the run on this (the store's) thread and
/// writes it on a worker thread (ExportJob's threading rules), so the dialog
/// stays responsive: a progress bar with rows and rows/s, Cancel Run, Run Now
/// disabled until the run ends (one at a time), Delete disabled for the
/// running definition. The run is completed (history, audit trail) back on
/// this thread. Closing while a run is active cancels it and closes once it
/// has stopped; destroying the dialog cancels it and waits.
class ExportSchedulesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `store`, `log` and `clock` must outlive the dialog. `writerFactory`
    /// makes the format writers (default: makeExportWriter).
    ExportSchedulesDialog(Store& store, AuditLog& log, const Session& session, const Clock& clock,
        QWidget* parent = nullptr, ExportJob::WriterFactory writerFactory = {});
    ~ExportSchedulesDialog() override;

    /// True from Run Now until the run's history row is stored.
    [[nodiscard]] bool isRunning() const { return m_running != nullptr; }
    /// The definition being run; empty when none is.
    [[nodiscard]] QString runningName() const;
    /// Asks the running export to stop (it ends as cancelled); no-op when none runs.
    void cancelRun();
    /// Cancels a running export first; the dialog closes once it has stopped.
    void reject() override;

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
    struct Written;
    void toggleEnabled();
    void deleteSelected();
    void runSelected();
    void showProgress(const ExportProgress& progress);
    /// Completes the run on this thread and shows its outcome.
    void runFinished();
    void showOutcome(const ExportRun& run);
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
    QProgressBar* m_progress;
    QLabel* m_rates;
    QPushButton* m_cancelRun;
    std::unique_ptr<ScheduledExport> m_running; ///< the claimed run being written
    QFutureWatcher<std::shared_ptr<Written>> m_watcher;
    bool m_closeWhenStopped = false;
};

} // namespace gc
