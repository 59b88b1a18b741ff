#pragma once

#include "export/ExportRequest.h"

#include <QFuture>
#include <QList>
#include <QWizardPage>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace gc {

class ExportPreview;
class ExportWizard;

/// Step 2: which columns in which order, which rows (filter conditions in the
/// engine's grammar, each checked by the engine as it is typed, its message
/// shown under it), the sort, and a live preview of the first rows read by the
/// engine's own source reader on a thread of its own. Edits refresh the
/// preview after a short pause; the answer of a replaced preview is dropped.
class ExportWizardPageColumns final : public QWizardPage
{
    Q_OBJECT
public:
    /// Rows the preview shows.
    static constexpr int kPreviewRows = 50;

    explicit ExportWizardPageColumns(ExportWizard& wizard);
    ~ExportWizardPageColumns() override;

    /// Writes columns, filters, sort and clear personal data into `request`.
    void fill(ExportRequest& request) const;

    /// Adds a filter row; returns its index.
    int addFilter(const QString& column = {}, ExportOperator op = ExportOperator::Equal, const QString& value = {});
    void removeFilter(int index);
    [[nodiscard]] int filterCount() const { return int(m_filters.size()); }
    /// The engine's message for filter `index`, empty when it is fine.
    [[nodiscard]] QString filterError(int index) const;
    [[nodiscard]] QLineEdit* filterValueEdit(int index) const;
    [[nodiscard]] QComboBox* filterColumnCombo(int index) const;
    [[nodiscard]] QComboBox* filterOperatorCombo(int index) const;
    /// The conditions the filter rows describe, rows without a column left out.
    [[nodiscard]] QList<ExportCondition> conditions() const;
    /// The checked columns in order.
    [[nodiscard]] QStringList columns() const;

    [[nodiscard]] QListWidget* columnList() const { return m_columns; }
    [[nodiscard]] QCheckBox* clearPersonalCheck() const { return m_clear; }
    [[nodiscard]] QStandardItemModel* previewModel() const { return m_previewModel; }
    /// "First 50 of 1,234 rows", "No rows match the filters.", "Reading…", an error.
    [[nodiscard]] QString previewStatus() const;
    /// True while a preview is waiting for its pause or being read.
    [[nodiscard]] bool isPreviewPending() const;
    /// The message above the preview: a request the engine refuses as a whole.
    [[nodiscard]] QString requestError() const;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

private:
    struct FilterRow
    {
        QWidget* box = nullptr;
        QComboBox* column = nullptr;
        QComboBox* op = nullptr;
        QLineEdit* value = nullptr;
        QToolButton* remove = nullptr;
        QLabel* error = nullptr;
    };
    struct PreviewOutcome;

    void load(ExportSourceId source, const ExportRequest& request);
    void fillColumnCombo(QComboBox* combo, const QString& current) const;
    void updatePersonal();
    void moveCurrent(int delta);
    void changed();
    void validate();
    void startPreview();
    void previewDone(int generation, const std::shared_ptr<PreviewOutcome>& outcome);
    void showPreviewMessage(const QString& text, bool isError = false);
    [[nodiscard]] ExportRequest previewRequest() const;

    ExportWizard& m_wizard;
    std::optional<ExportSourceId> m_source;
    QListWidget* m_columns;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_all;
    QCheckBox* m_clear;
    QLabel* m_notes;
    QVBoxLayout* m_filterLayout;
    QPushButton* m_addFilter;
    QList<FilterRow> m_filters;
    QComboBox* m_sortColumn;
    QComboBox* m_sortOrder;
    QLabel* m_requestError;
    QLabel* m_previewLabel;
    QStackedWidget* m_previewStack;
    QLabel* m_previewEmpty;
    QTableView* m_previewView;
    QStandardItemModel* m_previewModel;
    QTimer* m_previewTimer;

    bool m_loading = false;
    bool m_valid = false;
    QString m_previewRefusal; ///< the engine refused the request while reading it (audit conditions)
    int m_generation = 0;
    bool m_previewRunning = false;
    std::shared_ptr<ExportPreview> m_preview;
    QList<QFuture<void>> m_running;
};

} // namespace gc
