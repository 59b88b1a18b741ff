#include "ExportRowsDialog.h"

#include "ExportWizardPageFormat.h"
#include "UiErrors.h"

#include "export/ExportRequest.h"
#include "export/ExportTableJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gc {

namespace {

const QString kLastFolderKey = QStringLiteral("exportRows/lastFolder");

/// The options page of each format, in the format combo's order.
enum OptionsPage { CsvPage, JsonPage, ParquetPage, NoOptionsPage };

} // namespace

ExportRowsDialog::ExportRowsDialog(Store& store, AuditLog& log, const Session& session, ExportTableSnapshot rows,
    const QString& table, const QString& title, std::optional<TenantId> tenant, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_log(log)
    , m_session(session)
    , m_rows(std::move(rows))
    , m_table(table)
    , m_tenant(tenant)
    , m_format(new QComboBox(this))
    , m_options(new QStackedWidget(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("Column names in the first line"), this))
    , m_bom(new QCheckBox(tr("Byte order mark (for old Excel versions)"), this))
    , m_pretty(new QCheckBox(tr("Indented"), this))
    , m_compression(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("exportRowsErrorLabel")))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setObjectName(QStringLiteral("exportRowsDialog"));
    setWindowTitle(tr("Export %1").arg(title));

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("exportRowsSummaryLabel"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(tr("%n row(s) of “%1” in the order the pane shows them, with its visible columns (%2).",
        nullptr, int(m_rows.rowCount()))
                         .arg(title, QLocale().toString(m_rows.columns().size())));

    m_format->setObjectName(QStringLiteral("exportRowsFormatCombo"));
    const QList<QPair<QString, OptionsPage>> formats { { QStringLiteral("csv"), CsvPage },
        { QStringLiteral("json"), JsonPage }, { QStringLiteral("ndjson"), NoOptionsPage },
        { QStringLiteral("xlsx"), NoOptionsPage }, { QStringLiteral("parquet"), ParquetPage },
        { QStringLiteral("xml"), NoOptionsPage }, { QStringLiteral("yaml"), NoOptionsPage } };
    const QStringList labels { tr("CSV — comma-separated values"), tr("JSON — an array of objects"),
        tr("NDJSON — one JSON object per line"), tr("XLSX — Excel workbook with typed cells"),
        tr("Parquet — columnar, compressed"), tr("XML — one element per row"), tr("YAML — a sequence of mappings") };
    for (int i = 0; i < formats.size(); ++i)
        m_format->addItem(labels.at(i), formats.at(i).first);

    // Only the main options: the export wizard has them all for the sources.
    auto* csv = new QWidget(this);
    auto* csvForm = new QFormLayout(csv);
    csvForm->setContentsMargins(0, 0, 0, 0);
    m_delimiter->setObjectName(QStringLiteral("exportRowsDelimiterCombo"));
    ExportWizardPageFormat::addDelimiterChoices(m_delimiter);
    m_header->setObjectName(QStringLiteral("exportRowsHeaderCheck"));
    m_header->setChecked(true);
    m_bom->setObjectName(QStringLiteral("exportRowsBomCheck"));
    csvForm->addRow(tr("&Delimiter:"), m_delimiter);
    csvForm->addRow(QString(), m_header);
    csvForm->addRow(QString(), m_bom);
    auto* json = new QWidget(this);
    auto* jsonForm = new QFormLayout(json);
    jsonForm->setContentsMargins(0, 0, 0, 0);
    m_pretty->setObjectName(QStringLiteral("exportRowsPrettyCheck"));
    jsonForm->addRow(QString(), m_pretty);
    auto* parquet = new QWidget(this);
    auto* parquetForm = new QFormLayout(parquet);
    parquetForm->setContentsMargins(0, 0, 0, 0);
    m_compression->setObjectName(QStringLiteral("exportRowsCompressionCombo"));
    ExportWizardPageFormat::addCompressionChoices(m_compression);
    parquetForm->addRow(tr("&Compression:"), m_compression);
    auto* none = new QLabel(tr("This format has no options to choose here."), this);
    none->setEnabled(false);
    m_options->setObjectName(QStringLiteral("exportRowsOptionsStack"));
    m_options->addWidget(csv);
    m_options->addWidget(json);
    m_options->addWidget(parquet);
    m_options->addWidget(none);

    m_path->setObjectName(QStringLiteral("exportRowsPathEdit"));
    m_path->setClearButtonEnabled(true);
    m_path->setText(QDir(lastFolder()).filePath(m_table + QStringLiteral(".csv")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportRowsBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(tr("Options:"), m_options);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    auto* buttons = new QDialogButtonBox(this);
    m_export->setObjectName(QStringLiteral("exportRowsButton"));
    m_export->setDefault(true);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this, formats](int i) {
        m_options->setCurrentIndex(formats.value(i).second);
        formatChanged();
    });
    connect(browse, &QPushButton::clicked, this, &ExportRowsDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportRowsDialog::exportRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        m_export->setEnabled(!path().isEmpty());
    });
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

bool ExportRowsDialog::setFormatId(const QString& id)
{
    const int i = m_format->findData(id);
    if (i < 0)
        return false;
    m_format->setCurrentIndex(i);
    return true;
}

QString ExportRowsDialog::formatId() const
{
    return m_format->currentData().toString();
}

void ExportRowsDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

QString ExportRowsDialog::path() const
{
    return m_path->text().trimmed();
}

QString ExportRowsDialog::errorText() const
{
    return m_error->text();
}

ExportOptions ExportRowsDialog::options() const
{
    ExportOptions o;
    ExportRequest::applyFormatId(formatId(), o);
    o.csv.delimiter = m_delimiter->currentData().toString().at(0);
    o.csv.header = m_header->isChecked();
    o.csv.byteOrderMark = m_bom->isChecked();
    o.json.pretty = m_pretty->isChecked();
    o.parquet.compression = ParquetOptions::Compression(m_compression->currentData().toInt());
    return o;
}

void ExportRowsDialog::formatChanged()
{
    // The file's extension follows the format (the ids are the extensions).
    QString path = m_path->text();
    const QFileInfo info(path);
    if (ExportRequest::formatIds().contains(info.suffix().toLower()))
        path.chop(info.suffix().size() + 1);
    if (!path.trimmed().isEmpty())
        m_path->setText(path + QLatin1Char('.') + formatId());
}

void ExportRowsDialog::browse()
{
    const QString ext = formatId();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"),
        path().isEmpty() ? QDir(lastFolder()).filePath(m_table + QLatin1Char('.') + ext) : path(),
        tr("%1 files (*.%2);;All files (*)").arg(ext.toUpper(), ext));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    m_confirmedPath = chosen;
}

QString ExportRowsDialog::lastFolder()
{
    const QString folder = QSettings().value(kLastFolderKey).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportRowsDialog::exportRows()
{
    m_error->clear();
    m_error->hide();
    // The file dialog asks before replacing a file; a typed name is asked here.
    if (QFileInfo(path()).isFile() && path() != m_confirmedPath
        && QMessageBox::question(this, tr("Replace File"),
               tr("“%1” exists. Replace it with this export?").arg(QDir::toNativeSeparators(path())))
            != QMessageBox::Yes)
        return;
    QString message;
    try {
        ExportTableJob job(m_store, m_log, m_session, m_table, options(), path(), m_tenant);
        m_result = job.run(m_rows);
    } catch (const DomainError& e) {
        message = e.message();
    } catch (const StoreError& e) {
        message = e.message();
    }
    if (!message.isEmpty()) {
        m_error->setText(tr("Nothing was exported. %1").arg(message));
        m_error->show();
        return;
    }
    QSettings().setValue(kLastFolderKey, QFileInfo(m_result->path).absolutePath());
    accept();
}

} // namespace gc
