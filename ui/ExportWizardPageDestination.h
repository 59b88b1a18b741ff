#pragma once

#include "export/ExportRequest.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gc {

class ExportWizard;

/// Step 4: the file to write. Suggests "<source>-<date>.<ext>" in the last
/// folder used, follows the format while the name was not edited, and asks
/// before replacing a file that exists.
class ExportWizardPageDestination final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExportWizardPageDestination(ExportWizard& wizard);

    [[nodiscard]] QString path() const;
    void setPath(const QString& path);
    /// The name suggested for `request` (source, today's date, the format's
    /// extension; ".zip" for a ZIP archive).
    [[nodiscard]] static QString suggestedName(const ExportRequest& request, const QDate& day);
    /// The files the export will write that exist already (the main file, or
    /// the first part and the manifest of a split export).
    [[nodiscard]] static QStringList existingTargets(const ExportRequest& request);

    /// "Save as a scheduled export" and its name and schedule.
    [[nodiscard]] QCheckBox* scheduleCheck() const { return m_scheduled; }
    [[nodiscard]] QCheckBox* runNowCheck() const { return m_runNow; }
    [[nodiscard]] QLineEdit* scheduleNameEdit() const { return m_scheduleName; }
    [[nodiscard]] QLineEdit* scheduleEdit() const { return m_schedule; }
    /// ExportSchedule::parse's message for the schedule typed; empty when it parses.
    [[nodiscard]] QString scheduleError() const;

    void initializePage() override;
    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

private:
    void browse();
    void suggest();
    void updateNote();
    void updateSummary();
    void updateSchedule();
    bool saveDefinition();

    ExportWizard& m_wizard;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_note;
    QLabel* m_summary;
    QLabel* m_error;
    QCheckBox* m_scheduled;
    QWidget* m_scheduleBox;
    QLineEdit* m_scheduleName;
    QLineEdit* m_schedule;
    QLabel* m_scheduleError;
    QCheckBox* m_runNow;
    bool m_edited = false;
    bool m_settingPath = false;
};

} // namespace gc
