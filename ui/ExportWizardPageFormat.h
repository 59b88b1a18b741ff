#pragma once

#include "export/ExportRequest.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace gc {

class ExportWizard;

/// Step 3: the file format and its options (ExportOptions), splitting into
/// parts by rows or size, and packaging (none, gzip, ZIP).
class ExportWizardPageFormat final : public QWizardPage
{
    Q_OBJECT
public:
    /// The CSV delimiters and the Parquet compressions offered, with their
    /// option values as item data; shared with the pane export dialog.
    static void addDelimiterChoices(QComboBox* combo);
    static void addCompressionChoices(QComboBox* combo);

    explicit ExportWizardPageFormat(ExportWizard& wizard);

    /// Shows `request`'s format, options, split and packaging.
    void load(const ExportRequest& request);
    /// Writes options, split and packaging into `request`.
    void fill(ExportRequest& request) const;
    /// Selects a format by id (csv, json, ndjson, xlsx, parquet, xml, yaml); false for an unknown one.
    bool setFormatId(const QString& id);

    void initializePage() override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

signals:
    /// The format or packaging changed (the file name's extension follows).
    void formatChanged();

private:
    QWidget* buildCsv();
    QWidget* buildJson();
    QWidget* buildXlsx();
    QWidget* buildParquet();
    QWidget* buildXml();
    QWidget* buildYaml();

    ExportWizard& m_wizard;
    bool m_loaded = false;
    ExportSourceId m_loadedSource = ExportSourceId::Predictions;
    QComboBox* m_format;
    QStackedWidget* m_options;
    // CSV
    QComboBox* m_delimiter = nullptr;
    QLineEdit* m_quote = nullptr;
    QCheckBox* m_header = nullptr;
    QLineEdit* m_nullText = nullptr;
    QComboBox* m_lineEnding = nullptr;
    QCheckBox* m_bom = nullptr;
    QCheckBox* m_formula = nullptr;
    // JSON
    QCheckBox* m_ndjson = nullptr;
    QCheckBox* m_jsonPretty = nullptr;
    // XLSX
    QLineEdit* m_sheetName = nullptr;
    // Parquet
    QComboBox* m_compression = nullptr;
    QSpinBox* m_rowGroup = nullptr;
    QSpinBox* m_zstdLevel = nullptr;
    QCheckBox* m_dictionary = nullptr;
    // XML
    QCheckBox* m_xmlPretty = nullptr;
    // Parts and packaging
    QCheckBox* m_splitRows;
    QSpinBox* m_splitRowsValue;
    QCheckBox* m_splitBytes;
    QSpinBox* m_splitBytesValue;
    QComboBox* m_packaging;
    QLabel* m_error;
};

} // namespace gc
