#pragma once

#include "export/ExportJob.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gc {

class ExportWizard;

/// Step 5: runs the export. ExportJob::prepare() and record() on this (the
/// store's) thread, write() on a worker thread; progress with rows, rows/s
/// and the time left; Cancel stops the job (nothing is left under the
/// requested name). Shows the file, rows and SHA-256 with a button that opens
/// the folder, or the engine's message.
class ExportWizardPageRun final : public QWizardPage
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Succeeded,
        Failed,
        Cancelled,
        Saved ///< saved as a scheduled export, not run now
    };

    explicit ExportWizardPageRun(ExportWizard& wizard);
    ~ExportWizardPageRun() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    /// The last successful export's result.
    [[nodiscard]] const ExportResult& result() const { return m_result; }
    /// What the page says now (progress, result or failure).
    [[nodiscard]] QString statusText() const;
    /// Asks the running export to stop. `thenClose`: close the wizard once it has.
    void cancel(bool thenClose = false);
    /// "1,024 of 5,000 rows · 9,800 rows/s · about 1 s left · part 2", as the
    /// page shows it (the scheduled exports' Run Now shows the same).
    [[nodiscard]] static QString progressText(const ExportProgress& progress);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

signals:
    /// The export finished (any outcome).
    void finished();

private:
    struct Outcome;
    void start();
    void showProgress(const ExportProgress& progress);
    void done();
    [[nodiscard]] QString savedText() const;
    void setState(State state);

    ExportWizard& m_wizard;
    State m_state = State::Idle;
    QProgressBar* m_progress;
    QLabel* m_rates;
    QLabel* m_status;
    QLabel* m_details;
    QPushButton* m_cancel;
    QPushButton* m_openFolder;
    std::unique_ptr<ExportJob> m_job;
    ExportResult m_result;
    QString m_destination;
    bool m_closeWhenStopped = false;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};

} // namespace gc
