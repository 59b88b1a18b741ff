#pragma once

#include "auth/Session.h"
#include "export/ExportScheduleTypes.h"
#include "export/ExportRequest.h"

#include <QByteArray>
#include <QWizard>

#include <optional>

namespace gc {

class AuditLog;
class Clock;
class ExportWizardPageColumns;
class ExportWizardPageDestination;
class ExportWizardPageFormat;
class ExportWizardPageRun;
class ExportWizardPageSource;
class Store;
struct AuditFilter;

/// The export wizard (docs/export.md, "Export wizard"): source → columns,
/// filters and sort with a live preview of the first rows → format and its
/// options, splitting and packaging → destination → run with progress and
/// Cancel. The export itself is an ExportJob: prepare() and record() on this
/// (the store's) thread, write() on a worker thread. The last choices are
/// remembered per source (QSettings) and restored the next time.
class ExportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        SourcePage,
        ColumnsPage,
        FormatPage,
        DestinationPage,
        RunPage
    };

    /// `store`, `log` and `clock` must outlive the wizard.
    ExportWizard(Store& store, AuditLog& log, const Session& session, const Clock& clock, QWidget* parent = nullptr);
    ~ExportWizard() override;

    /// Opens on `source` with `filters` instead of the remembered ones (a
    /// pane's "Export…": the rows the pane shows). `notes` name what the pane
    /// filters by that the export cannot express; the columns page shows them.
    void preset(ExportSourceId source, const QList<ExportCondition>& filters, const QStringList& notes = {});

    /// The export the pages describe now.
    [[nodiscard]] ExportRequest request() const;
    /// What was remembered for `source` (defaults when nothing or something unreadable was).
    [[nodiscard]] ExportRequest rememberedRequest(ExportSourceId source) const;
    /// Remembers `request` as the last choices for its source.
    void remember(const ExportRequest& request);

    /// The pane filter of the audit trail as export conditions. What the
    /// grammar cannot say (several severities or outcomes at once: conditions
    /// combine with AND) goes to `notes` instead.
    static QList<ExportCondition> auditFilterConditions(const AuditFilter& filter, QStringList* notes = nullptr);

    /// The store's pseudonym secret (tenant users only); read on this thread
    /// because reading may create it. Throws StoreError.
    QByteArray pseudonymKey();

    [[nodiscard]] Store& store() const { return m_store; }
    [[nodiscard]] AuditLog& auditLog() const { return m_log; }
    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    [[nodiscard]] ExportWizardPageSource* sourcePage() const { return m_sourcePage; }
    [[nodiscard]] ExportWizardPageColumns* columnsPage() const { return m_columnsPage; }
    [[nodiscard]] ExportWizardPageFormat* formatPage() const { return m_formatPage; }
    [[nodiscard]] ExportWizardPageDestination* destinationPage() const { return m_destinationPage; }
    [[nodiscard]] ExportWizardPageRun* runPage() const { return m_runPage; }

    /// The preset filters for `source`, once (the columns page takes them).
    std::optional<QList<ExportCondition>> takePreset(ExportSourceId source);
    /// What the pane's filter said that the preset for `source` could not.
    [[nodiscard]] QStringList presetNotes(ExportSourceId source) const;

    /// The scheduled export the destination page saved (docs/export-schedules.md),
    /// and whether the export should also run now; empty when it saved none.
    [[nodiscard]] const std::optional<ExportDefinition>& savedDefinition() const { return m_savedDefinition; }
    void setSavedDefinition(std::optional<ExportDefinition> definition, bool runNow);
    [[nodiscard]] bool runAfterSaving() const { return m_runAfterSaving; }

    /// The folder the last export went to (Documents before the first).
    [[nodiscard]] QString lastFolder() const;

public slots:
    void reject() override;

private:
    Store& m_store;
    AuditLog& m_log;
    Session m_session;
    const Clock& m_clock;
    std::optional<QByteArray> m_pseudonymKey;
    std::optional<ExportSourceId> m_presetSource;
    QList<ExportCondition> m_presetFilters;
    QStringList m_presetNotes;
    std::optional<ExportSourceId> m_notesSource;
    std::optional<ExportDefinition> m_savedDefinition;
    bool m_runAfterSaving = true;

    ExportWizardPageSource* m_sourcePage;
    ExportWizardPageColumns* m_columnsPage;
    ExportWizardPageFormat* m_formatPage;
    ExportWizardPageDestination* m_destinationPage;
    ExportWizardPageRun* m_runPage;
};

} // namespace gc
