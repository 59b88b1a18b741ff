#include "ExportWizardPageFormat.h"

#include "ExportWizard.h"
#include "ExportWizardPageSource.h"
#include "UiErrors.h"

#include "core/DomainError.h"
#include "export/ExportJob.h"
#include "export/ExportWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gc {

namespace {

QFormLayout* form(QWidget* page)
{
    auto* f = new QFormLayout(page);
    f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return f;
}

QCheckBox* check(QWidget* parent, const QString& text, const char* name)
{
    auto* c = new QCheckBox(text, parent);
    c->setObjectName(QLatin1String(name));
    return c;
}

} // namespace

ExportWizardPageFormat::ExportWizardPageFormat(ExportWizard& wizard)
    : m_wizard(wizard)
    , m_format(new QComboBox(this))
    , m_options(new QStackedWidget(this))
    , m_splitRows(new QCheckBox(tr("At most"), this))
    , m_splitRowsValue(new QSpinBox(this))
    , m_splitBytes(new QCheckBox(tr("At most"), this))
    , m_splitBytesValue(new QSpinBox(this))
    , m_packaging(new QComboBox(this))
    , m_error(makeErrorLabel(this, QStringLiteral("formatErrorLabel")))
{
    setObjectName(QStringLiteral("exportFormatPage"));
    setTitle(tr("File format"));
    setSubTitle(tr("Choose the format the next tool reads, its options, and whether to split or compress "
                   "the file."));

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("CSV — comma-separated values (spreadsheets, DuckDB, pandas)"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON — an array of objects, or NDJSON (one object per line)"), QStringLiteral("json"));
    m_format->addItem(tr("XLSX — Excel workbook with typed cells"), QStringLiteral("xlsx"));
    m_format->addItem(tr("Parquet — columnar, compressed (DuckDB, Spark, pandas)"), QStringLiteral("parquet"));
    m_format->addItem(tr("XML — one element per row, with an XSD"), QStringLiteral("xml"));
    m_format->addItem(tr("YAML — a sequence of mappings"), QStringLiteral("yaml"));
    m_options->setObjectName(QStringLiteral("formatOptionsStack"));
    m_options->addWidget(buildCsv());
    m_options->addWidget(buildJson());
    m_options->addWidget(buildXlsx());
    m_options->addWidget(buildParquet());
    m_options->addWidget(buildXml());
    m_options->addWidget(buildYaml());
    connect(m_format, &QComboBox::currentIndexChanged, m_options, &QStackedWidget::setCurrentIndex);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportWizardPageFormat::formatChanged);

    auto* optionsBox = new QGroupBox(tr("Options"), this);
    auto* optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addWidget(m_options);

    m_splitRows->setObjectName(QStringLiteral("splitRowsCheck"));
    m_splitRowsValue->setObjectName(QStringLiteral("splitRowsSpin"));
    m_splitRowsValue->setRange(1, 2'000'000'000);
    m_splitRowsValue->setValue(1'000'000);
    m_splitRowsValue->setGroupSeparatorShown(true);
    m_splitRowsValue->setSuffix(tr(" rows per part"));
    m_splitBytes->setObjectName(QStringLiteral("splitBytesCheck"));
    m_splitBytesValue->setObjectName(QStringLiteral("splitBytesSpin"));
    m_splitBytesValue->setRange(1, 1024 * 1024);
    m_splitBytesValue->setValue(1024);
    m_splitBytesValue->setGroupSeparatorShown(true);
    m_splitBytesValue->setSuffix(tr(" MiB per part"));
    m_splitRowsValue->setEnabled(false);
    m_splitBytesValue->setEnabled(false);
    connect(m_splitRows, &QCheckBox::toggled, m_splitRowsValue, &QWidget::setEnabled);
    connect(m_splitBytes, &QCheckBox::toggled, m_splitBytesValue, &QWidget::setEnabled);
    connect(m_splitRows, &QCheckBox::toggled, this, &ExportWizardPageFormat::formatChanged);
    connect(m_splitBytes, &QCheckBox::toggled, this, &ExportWizardPageFormat::formatChanged);
    m_packaging->setObjectName(QStringLiteral("packagingCombo"));
    m_packaging->addItem(tr("None"), QStringLiteral("none"));
    m_packaging->addItem(tr("gzip each file (.gz)"), QStringLiteral("gzip"));
    m_packaging->addItem(tr("One ZIP archive (.zip)"), QStringLiteral("zip"));
    connect(m_packaging, &QComboBox::currentIndexChanged, this, &ExportWizardPageFormat::formatChanged);

    auto* rows = new QHBoxLayout;
    rows->addWidget(m_splitRows);
    rows->addWidget(m_splitRowsValue);
    rows->addStretch(1);
    auto* bytes = new QHBoxLayout;
    bytes->addWidget(m_splitBytes);
    bytes->addWidget(m_splitBytesValue);
    bytes->addStretch(1);
    auto* partsBox = new QGroupBox(tr("Parts and packaging"), this);
    auto* parts = form(partsBox);
    parts->addRow(tr("Split by rows:"), rows);
    parts->addRow(tr("Split by size:"), bytes);
    auto* packagingLabel = new QLabel(tr("&Packaging:"), partsBox);
    packagingLabel->setBuddy(m_packaging);
    parts->addRow(packagingLabel, m_packaging);
    auto* partsNote = new QLabel(tr("A split export writes NAME.part-0001.EXT, NAME.part-0002.EXT, … and "
                                    "NAME.manifest.json with each part's rows and SHA-256."),
        partsBox);
    partsNote->setWordWrap(true);
    parts->addRow(partsNote);


    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* top = new QHBoxLayout;
    top->addWidget(formatLabel);
    top->addWidget(m_format, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(optionsBox);
    layout->addWidget(partsBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void ExportWizardPageFormat::addDelimiterChoices(QComboBox* combo)
{
    combo->addItem(tr(", comma"), QStringLiteral(","));
    combo->addItem(tr("; semicolon"), QStringLiteral(";"));
    combo->addItem(tr("Tab"), QStringLiteral("\t"));
    combo->addItem(tr("| vertical bar"), QStringLiteral("|"));
}

void ExportWizardPageFormat::addCompressionChoices(QComboBox* combo)
{
    combo->addItem(tr("Snappy (fast)"), int(ParquetOptions::Compression::Snappy));
    combo->addItem(tr("Zstandard (smaller)"), int(ParquetOptions::Compression::Zstd));
    combo->addItem(tr("None"), int(ParquetOptions::Compression::None));
}

QWidget* ExportWizardPageFormat::buildCsv()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("csvOptions"));
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("csvDelimiterCombo"));
    addDelimiterChoices(m_delimiter);
    m_quote = new QLineEdit(page);
    m_quote->setObjectName(QStringLiteral("csvQuoteEdit"));
    m_quote->setMaxLength(1);
    m_quote->setMaximumWidth(m_quote->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 12);
    m_header = check(page, tr("First line names the columns"), "csvHeaderCheck");
    m_nullText = new QLineEdit(page);
    m_nullText->setObjectName(QStringLiteral("csvNullTextEdit"));
    m_nullText->setPlaceholderText(tr("empty"));
    m_lineEnding = new QComboBox(page);
    m_lineEnding->setObjectName(QStringLiteral("csvLineEndingCombo"));
    m_lineEnding->addItem(tr("CR LF (Windows, RFC 4180)"), int(CsvOptions::LineEnding::CrLf));
    m_lineEnding->addItem(tr("LF (Unix)"), int(CsvOptions::LineEnding::Lf));
    m_bom = check(page, tr("Start with a UTF-8 byte order mark (for old Excel versions)"), "csvBomCheck");
    m_formula = check(page, tr("Protect against formula injection (' before = + - @ Tab CR)"), "csvFormulaCheck");
    m_formula->setToolTip(tr("Spreadsheets would evaluate text cells starting with these characters."));
    auto* f = form(page);
    f->addRow(tr("&Delimiter:"), m_delimiter);
    f->addRow(tr("&Quote character:"), m_quote);
    f->addRow(tr("&NULL as:"), m_nullText);
    f->addRow(tr("&Line ending:"), m_lineEnding);
    f->addRow(m_header);
    f->addRow(m_bom);
    f->addRow(m_formula);
    return page;
}

QWidget* ExportWizardPageFormat::buildJson()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("jsonOptions"));
    m_ndjson = check(page, tr("NDJSON: one object per line"), "jsonNdjsonCheck");
    m_jsonPretty = check(page, tr("Indent (array form only)"), "jsonPrettyCheck");
    connect(m_ndjson, &QCheckBox::toggled, m_jsonPretty, [this](bool on) { m_jsonPretty->setEnabled(!on); });
    connect(m_ndjson, &QCheckBox::toggled, this, &ExportWizardPageFormat::formatChanged);
    auto* f = form(page);
    f->addRow(m_ndjson);
    f->addRow(m_jsonPretty);
    f->addRow(new QLabel(tr("NULL is null, numbers stay numbers, timestamps are ISO 8601 UTC."), page));
    return page;
}

QWidget* ExportWizardPageFormat::buildXlsx()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("xlsxOptions"));
    m_sheetName = new QLineEdit(page);
    m_sheetName->setObjectName(QStringLiteral("xlsxSheetNameEdit"));
    m_sheetName->setMaxLength(31);
    auto* f = form(page);
    f->addRow(tr("&Sheet name:"), m_sheetName);
    auto* note = new QLabel(tr("Past 1,048,575 rows the export continues on a new sheet with the header "
                               "repeated."),
        page);
    note->setWordWrap(true);
    f->addRow(note);
    return page;
}

QWidget* ExportWizardPageFormat::buildParquet()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("parquetOptions"));
    m_compression = new QComboBox(page);
    m_compression->setObjectName(QStringLiteral("parquetCompressionCombo"));
    addCompressionChoices(m_compression);
    m_rowGroup = new QSpinBox(page);
    m_rowGroup->setObjectName(QStringLiteral("parquetRowGroupSpin"));
    m_rowGroup->setRange(1, 100'000'000);
    m_rowGroup->setGroupSeparatorShown(true);
    m_zstdLevel = new QSpinBox(page);
    m_zstdLevel->setObjectName(QStringLiteral("parquetZstdLevelSpin"));
    m_zstdLevel->setRange(1, 22);
    m_dictionary = check(page, tr("Dictionary-encode text columns with few distinct values"),
        "parquetDictionaryCheck");
    connect(m_compression, &QComboBox::currentIndexChanged, this, [this] {
        m_zstdLevel->setEnabled(m_compression->currentData().toInt() == int(ParquetOptions::Compression::Zstd));
    });
    auto* f = form(page);
    f->addRow(tr("&Compression:"), m_compression);
    f->addRow(tr("Zstandard &level:"), m_zstdLevel);
    f->addRow(tr("&Rows per row group:"), m_rowGroup);
    f->addRow(m_dictionary);
    return page;
}

QWidget* ExportWizardPageFormat::buildXml()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("xmlOptions"));
    m_xmlPretty = check(page, tr("Indent elements"), "xmlPrettyCheck");
    auto* f = form(page);
    f->addRow(m_xmlPretty);
    f->addRow(new QLabel(tr("The document validates against geoconsole-export.xsd."), page));
    return page;
}

QWidget* ExportWizardPageFormat::buildYaml()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("yamlOptions"));
    auto* f = form(page);
    auto* note = new QLabel(tr("YAML has no options: strings that YAML would read as another type are quoted."),
        page);
    note->setWordWrap(true);
    f->addRow(note);
    return page;
}

void ExportWizardPageFormat::initializePage()
{
    const ExportSourceId source = m_wizard.sourcePage()->source();
    if (!m_loaded || source != m_loadedSource)
        load(m_wizard.rememberedRequest(source));
    m_loaded = true;
    m_loadedSource = source;
    m_sheetName->setPlaceholderText(exportSource(source).name);
}

void ExportWizardPageFormat::load(const ExportRequest& request)
{
    const ExportOptions& o = request.options;
    const QString id = request.formatId();
    m_format->setCurrentIndex(std::max(0, m_format->findData(id == QLatin1String("ndjson") ? QStringLiteral("json") : id)));
    const int delimiter = m_delimiter->findData(QString(o.csv.delimiter));
    if (delimiter >= 0) {
        m_delimiter->setCurrentIndex(delimiter);
    } else {
        m_delimiter->addItem(QString(o.csv.delimiter), QString(o.csv.delimiter));
        m_delimiter->setCurrentIndex(m_delimiter->count() - 1);
    }
    m_quote->setText(QString(o.csv.quote));
    m_header->setChecked(o.csv.header);
    m_nullText->setText(o.csv.nullText);
    m_lineEnding->setCurrentIndex(m_lineEnding->findData(int(o.csv.lineEnding)));
    m_bom->setChecked(o.csv.byteOrderMark);
    m_formula->setChecked(o.csv.formulaProtection);
    m_ndjson->setChecked(o.json.ndjson);
    m_jsonPretty->setChecked(o.json.pretty);
    m_jsonPretty->setEnabled(!o.json.ndjson);
    m_sheetName->setText(o.xlsx.sheetName);
    m_compression->setCurrentIndex(m_compression->findData(int(o.parquet.compression)));
    m_zstdLevel->setEnabled(o.parquet.compression == ParquetOptions::Compression::Zstd);
    m_rowGroup->setValue(int(std::min<qint64>(o.parquet.rowGroupRows, m_rowGroup->maximum())));
    m_zstdLevel->setValue(o.parquet.zstdLevel);
    m_dictionary->setChecked(o.parquet.dictionary);
    m_xmlPretty->setChecked(o.xml.pretty);
    m_splitRows->setChecked(request.split.maxRows > 0);
    if (request.split.maxRows > 0)
        m_splitRowsValue->setValue(int(std::min<qint64>(request.split.maxRows, m_splitRowsValue->maximum())));
    m_splitBytes->setChecked(request.split.maxBytes > 0);
    if (request.split.maxBytes > 0)
        m_splitBytesValue->setValue(int(std::max<qint64>(1, request.split.maxBytes / (1024 * 1024))));
    m_packaging->setCurrentIndex(std::max(0, m_packaging->findData(exportPackagingId(request.packaging))));
    m_error->hide();
}

bool ExportWizardPageFormat::setFormatId(const QString& id)
{
    ExportOptions o;
    if (!ExportRequest::applyFormatId(id, o))
        return false;
    m_format->setCurrentIndex(m_format->findData(id == QLatin1String("ndjson") ? QStringLiteral("json") : id));
    if (o.format == ExportFormat::Json)
        m_ndjson->setChecked(o.json.ndjson);
    return true;
}

void ExportWizardPageFormat::fill(ExportRequest& request) const
{
    ExportOptions& o = request.options;
    QString id = m_format->currentData().toString();
    if (id == QLatin1String("json") && m_ndjson->isChecked())
        id = QStringLiteral("ndjson");
    ExportRequest::applyFormatId(id, o);
    // A delimiter typed into the combo would be its text; the items carry the character.
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        o.csv.delimiter = delimiter.at(0);
    o.csv.quote = m_quote->text().isEmpty() ? QChar() : m_quote->text().at(0);
    o.csv.header = m_header->isChecked();
    o.csv.nullText = m_nullText->text();
    o.csv.lineEnding = CsvOptions::LineEnding(m_lineEnding->currentData().toInt());
    o.csv.byteOrderMark = m_bom->isChecked();
    o.csv.formulaProtection = m_formula->isChecked();
    o.json.pretty = m_jsonPretty->isChecked() && !m_ndjson->isChecked();
    o.xlsx.sheetName = m_sheetName->text().trimmed();
    o.parquet.compression = ParquetOptions::Compression(m_compression->currentData().toInt());
    o.parquet.rowGroupRows = m_rowGroup->value();
    o.parquet.zstdLevel = m_zstdLevel->value();
    o.parquet.dictionary = m_dictionary->isChecked();
    o.xml.pretty = m_xmlPretty->isChecked();
    request.split.maxRows = m_splitRows->isChecked() ? m_splitRowsValue->value() : 0;
    request.split.maxBytes = m_splitBytes->isChecked() ? qint64(m_splitBytesValue->value()) * 1024 * 1024 : 0;
    request.packaging = exportPackagingFromId(m_packaging->currentData().toString()).value_or(ExportPackaging::None);
}

bool ExportWizardPageFormat::validatePage()
{
    ExportRequest request;
    fill(request);
    try {
        // The writer checks its options (a quote equal to the delimiter, a bad sheet name…),
        // the job the splitting (an XLSX part's size is unknown until it is complete).
        (void)makeExportWriter(request.options);
        ExportJob::checkSplit(request);
    } catch (const DomainError& e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

int ExportWizardPageFormat::nextId() const
{
    return ExportWizard::DestinationPage;
}

} // namespace gc
