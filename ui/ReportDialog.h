#pragma once

#include "audit/ComplianceReportWriter.h"
#include "auth/Session.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace gc {

class AuditLog;
class Clock;
class Store;

/// Generates a compliance report: framework, period (presets or dates),
/// formats and destination folder; builds and writes it on a worker thread
/// with progress and Cancel, then records each file in the audit trail and
/// shows the files with their SHA-256 and an Open button. Sessions without
/// ExportAuditEvidence get the refusal when they press Generate.
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Store& store, AuditLog& log, const Session& session, const Clock& clock, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// The files of the last successful run (empty before).
    [[nodiscard]] const QList<ComplianceReportFile>& files() const { return m_files; }
    /// True while a report is being generated.
    [[nodiscard]] bool isRunning() const;

    /// Sets the destination folder (tests; the Browse button does the same).
    void setFolder(const QString& path);

signals:
    /// A report was written and recorded.
    void reportWritten();

protected:
    void reject() override;

private:
    struct Outcome;
    void applyPreset();
    void generate();
    void finished();
    void setRunning(bool running);
    void openFile();

    Store& m_store;
    AuditLog& m_log;
    Session m_session;
    const Clock& m_clock;

    QComboBox* m_framework;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_through;
    QCheckBox* m_html;
    QCheckBox* m_pdf;
    QCheckBox* m_csv;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QCheckBox* m_checkpoint;
    QProgressBar* m_progress;
    QLabel* m_stage;
    QPlainTextEdit* m_result;
    QPushButton* m_generate;
    QPushButton* m_open;
    QPushButton* m_close;

    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    QList<ComplianceReportFile> m_files;
};

} // namespace gc
