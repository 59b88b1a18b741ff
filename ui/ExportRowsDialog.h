#pragma once

#include "auth/Session.h"
#include "export/ExportJob.h"
#include "export/ExportTableSnapshot.h"
#include "tenancy/TenantTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace gc {

class AuditLog;
class Store;

/// Exports the rows a pane shows (docs/export.md, "Exporting what a pane
/// shows"): the format and its main options (CSV delimiter and header, JSON
/// indentation, Parquet compression), the file, and Export. The rows were
/// taken when the dialog opened. Runs an ExportTableJob on the calling thread
/// (a pane's table is small); a failure is shown in the dialog, which stays
/// open so another folder or format can be chosen, and leaves no file.
class ExportRowsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `table` is the export's name (an identifier: file name, XML element,
    /// XLSX sheet, audit resource), `title` what the pane calls it.
    ExportRowsDialog(Store& store, AuditLog& log, const Session& session, ExportTableSnapshot rows,
        const QString& table, const QString& title, std::optional<TenantId> tenant, QWidget* parent = nullptr);

    [[nodiscard]] const ExportTableSnapshot& rows() const { return m_rows; }
    /// Selects a format by id (csv, json, ndjson, xlsx, parquet, xml, yaml); false for an unknown one.
    bool setFormatId(const QString& id);
    [[nodiscard]] QString formatId() const;
    void setPath(const QString& path);
    [[nodiscard]] QString path() const;
    /// The options the controls describe now.
    [[nodiscard]] ExportOptions options() const;
    /// What the last export wrote; nullopt before one succeeded.
    [[nodiscard]] const std::optional<ExportResult>& result() const { return m_result; }
    /// The message of the last failure; empty when there was none.
    [[nodiscard]] QString errorText() const;

public slots:
    /// Writes the file (the Export button). Accepts the dialog on success.
    void exportRows();

private:
    void formatChanged();
    void browse();
    static QString lastFolder();

    Store& m_store;
    AuditLog& m_log;
    Session m_session;
    ExportTableSnapshot m_rows;
    QString m_table;
    std::optional<TenantId> m_tenant;
    std::optional<ExportResult> m_result;
    QString m_confirmedPath; ///< a file the file dialog already asked to replace

    QComboBox* m_format;
    QStackedWidget* m_options;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QCheckBox* m_bom;
    QCheckBox* m_pretty;
    QComboBox* m_compression;
    QLineEdit* m_path;
    QLabel* m_error;
    QPushButton* m_export;
};

} // namespace gc
