#include "ReportDialog.h"

#include "UiErrors.h"

#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/ComplianceReportBuilder.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gc {

/// What the worker thread hands back to the dialog.
struct ReportDialog::Outcome
{
    ComplianceReport report;
    QList<ComplianceReportFile> files;
    std::optional<DomainError> domainError;
    std::optional<StoreError> storeError;
    bool cancelled = false;
};

namespace {

constexpr int kCustomPeriod = -1;

qint64 startOfDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

ReportDialog::ReportDialog(Store& store, AuditLog& log, const Session& session, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_log(log)
    , m_session(session)
    , m_clock(clock)
    , m_framework(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_through(new QDateEdit(this))
    , m_html(new QCheckBox(tr("&HTML"), this))
    , m_pdf(new QCheckBox(tr("&PDF"), this))
    , m_csv(new QCheckBox(tr("&CSV of all events"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_checkpoint(new QCheckBox(tr("Sign a checkpoint first if none covers the end of the period"), this))
    , m_progress(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Compliance report"));

    m_framework->setObjectName(QStringLiteral("frameworkCombo"));
    for (ComplianceFramework f : allComplianceFrameworks())
        m_framework->addItem(complianceFrameworkDisplayName(f), int(f));

    m_preset->setObjectName(QStringLiteral("periodCombo"));
    for (CompliancePeriodPreset p : allCompliancePeriodPresets())
        m_preset->addItem(compliancePeriodPresetDisplayName(p), int(p));
    m_preset->addItem(tr("Custom dates"), kCustomPeriod);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_through->setObjectName(QStringLiteral("throughDate"));
    for (QDateEdit* edit : { m_from, m_through }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(kCustomPeriod));
        });
    }
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportDialog::applyPreset);
    m_preset->setCurrentIndex(m_preset->findData(int(CompliancePeriodPreset::LastMonth)));
    applyPreset();

    m_html->setObjectName(QStringLiteral("htmlCheck"));
    m_pdf->setObjectName(QStringLiteral("pdfCheck"));
    m_csv->setObjectName(QStringLiteral("csvCheck"));
    m_html->setChecked(true);
    m_pdf->setChecked(true);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the report"), m_folder->text());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    m_checkpoint->setObjectName(QStringLiteral("checkpointCheck"));
    m_checkpoint->setEnabled(m_session.can(Action::ManageAuditLog));
    m_checkpoint->setChecked(m_checkpoint->isEnabled());
    if (!m_checkpoint->isEnabled())
        m_checkpoint->setToolTip(tr("Your role may not sign checkpoints; the report uses the existing ones."));

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_stage->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("The files written and their SHA-256 appear here."));
    m_result->setMinimumHeight(110);

    auto* period = new QHBoxLayout;
    period->addWidget(m_preset, 1);
    period->addWidget(new QLabel(tr("from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("through"), this));
    period->addWidget(m_through);
    auto* formats = new QHBoxLayout;
    formats->addWidget(m_html);
    formats->addWidget(m_pdf);
    formats->addWidget(m_csv);
    formats->addStretch(1);
    auto* folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Framework:"), m_framework);
    // Rows holding a layout get no buddy from QFormLayout, so the shortcut needs one here.
    auto* periodLabel = new QLabel(tr("P&eriod (UTC):"), this);
    periodLabel->setBuddy(m_preset);
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(periodLabel, period);
    form->addRow(tr("Formats:"), formats);
    form->addRow(folderLabel, folder);
    form->addRow(QString(), m_checkpoint);

    auto* buttons = new QDialogButtonBox(this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::generate);
    connect(m_open, &QPushButton::clicked, this, &ReportDialog::openFile);
    connect(m_close, &QPushButton::clicked, this, &ReportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &ReportDialog::finished);

    auto* explanation = new QLabel(tr("The report proves its own completeness: the query it used, the first and "
                                      "last sequence numbers with a gap check, the signed checkpoints around the "
                                      "period with the consistency proof between them, and a full re-hash of the "
                                      "log. Each file written is recorded in the audit trail with its SHA-256."),
        this);
    explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool ReportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportDialog::setFolder(const QString& path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
}

void ReportDialog::reject()
{
    if (isRunning()) {
        // Cancel first; the dialog closes once the worker has stopped and removed its temporary files.
        m_cancel->store(true);
        m_stage->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ReportDialog::applyPreset()
{
    const int data = m_preset->currentData().toInt();
    if (data == kCustomPeriod)
        return;
    const auto period = compliancePeriod(CompliancePeriodPreset(data), m_clock.nowUtc());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockThrough(m_through);
    m_from->setDate(QDateTime::fromMSecsSinceEpoch(period.first, Qt::UTC).date());
    // The last day included: the day of the period's last millisecond.
    m_through->setDate(QDateTime::fromMSecsSinceEpoch(period.second - 1, Qt::UTC).date());
}

void ReportDialog::setRunning(bool running)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_framework, m_preset, m_from, m_through, m_html, m_pdf,
             m_csv, m_folder, m_browse, m_generate })
        w->setEnabled(!running);
    m_checkpoint->setEnabled(!running && m_session.can(Action::ManageAuditLog));
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    if (running)
        m_open->setEnabled(false);
}

void ReportDialog::generate()
{
    QList<ComplianceReportFormat> formats;
    if (m_html->isChecked())
        formats << ComplianceReportFormat::Html;
    if (m_pdf->isChecked())
        formats << ComplianceReportFormat::Pdf;
    if (m_csv->isChecked())
        formats << ComplianceReportFormat::Csv;
    if (formats.isEmpty()) {
        m_stage->setText(tr("Choose at least one format."));
        return;
    }
    const QDir folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (m_folder->text().trimmed().isEmpty() || !folder.exists()) {
        m_stage->setText(tr("The folder %1 does not exist.").arg(m_folder->text()));
        return;
    }

    ComplianceReportRequest request;
    request.framework = ComplianceFramework(m_framework->currentData().toInt());
    request.fromMs = startOfDay(m_from->date());
    request.toMs = startOfDay(m_through->date().addDays(1));
    request.generatedBy = m_log.operatorActor(m_session.op());
    const bool refused = !guarded(this, [&] {
        ComplianceReportWriter::requireExport(m_log, m_session, request.framework);
        if (m_checkpoint->isChecked()) {
            const AuditReader reader(m_store, m_session);
            ComplianceReportWriter::ensureCheckpoint(m_log, reader, m_session, m_clock, request);
        }
    });
    if (refused)
        return;

    m_files.clear();
    m_result->clear();
    m_progress->setValue(0);
    m_stage->setText(tr("Starting…"));
    setRunning(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    const Store* store = &m_store;
    const Clock* clock = &m_clock;
    const Session session = m_session;
    const QString dir = folder.absolutePath();
    m_watcher.setFuture(QtConcurrent::run([this, store, clock, session, request, formats, dir, cancel] {
        auto outcome = std::make_shared<Outcome>();
        const auto progress = [this, cancel](int percent, const QString& stage) {
            QMetaObject::invokeMethod(
                this,
                [this, percent, stage] {
                    m_progress->setValue(percent);
                    m_stage->setText(stage);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        try {
            const AuditReader reader(*store, session);
            outcome->report = ComplianceReportBuilder::build(reader, *clock, request, progress,
                [store, session] { return std::make_unique<AuditReader>(*store, session); });
            for (ComplianceReportFormat format : formats) {
                const QString path
                    = QDir(dir).filePath(ComplianceReportWriter::defaultFileName(outcome->report, format));
                outcome->files << ComplianceReportWriter::writeFile(reader, outcome->report, format, path, progress);
            }
        } catch (const DomainError& e) {
            outcome->domainError = e;
        } catch (const StoreError& e) {
            outcome->cancelled = e.kind() == StoreError::Kind::Interrupted;
            if (!outcome->cancelled)
                outcome->storeError = e;
        }
        if (outcome->domainError || outcome->storeError || outcome->cancelled) {
            // A file is kept only when it is recorded, which happens on the GUI thread.
            for (const ComplianceReportFile& f : std::as_const(outcome->files))
                QFile::remove(f.path);
            outcome->files.clear();
        }
        return outcome;
    }));
}

void ReportDialog::finished()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    const bool closing = m_cancel && m_cancel->load();
    setRunning(false);
    if (outcome->cancelled) {
        m_progress->setValue(0);
        m_stage->setText(tr("Cancelled; no file was written."));
        if (closing)
            QDialog::reject();
        return;
    }
    if (outcome->domainError) {
        m_stage->setText(outcome->domainError->message());
        showDomainError(this, *outcome->domainError);
        return;
    }
    if (outcome->storeError) {
        m_stage->setText(outcome->storeError->message());
        showStoreError(this, *outcome->storeError);
        return;
    }
    QList<ComplianceReportFile> files = outcome->files;
    const bool recorded
        = guarded(this, [&] { ComplianceReportWriter::record(m_log, m_session, outcome->report, files); });
    if (!recorded) {
        for (const ComplianceReportFile& f : std::as_const(files))
            QFile::remove(f.path);
        m_stage->setText(tr("The report could not be recorded in the audit trail, so its files were removed."));
        return;
    }
    m_files = files;
    const ComplianceCompleteness& c = outcome->report.completeness;
    QStringList lines;
    for (const ComplianceReportFile& f : std::as_const(m_files))
        lines << tr("%1\n  %2 bytes, SHA-256 %3\n  recorded as audit event %4")
                     .arg(QDir::toNativeSeparators(f.path), QLocale().toString(f.bytes),
                         QString::fromLatin1(f.sha256.toHex()))
                     .arg(f.recordedSeq);
    lines << QString()
          << tr("%1 events in the period (sequence numbers %2 to %3).")
                 .arg(QLocale().toString(outcome->report.totalEvents),
                     c.firstSeq ? QString::number(*c.firstSeq) : QStringLiteral("–"),
                     c.lastSeq ? QString::number(*c.lastSeq) : QStringLiteral("–"));
    if (!c.endCheckpoint)
        lines << tr("No signed checkpoint covers the end of the period yet; sign one and generate the report again.");
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    m_progress->setValue(100);
    m_stage->setText(c.ok() ? tr("Done. Completeness proven: no gaps, signed checkpoints consistent, log intact.")
                            : tr("Done, but completeness is NOT proven; see the report's last section."));
    m_open->setEnabled(!m_files.isEmpty());
    emit reportWritten();
}

void ReportDialog::openFile()
{
    // The PDF when there is one: it is what people read; then HTML, then CSV.
    const ComplianceReportFile* best = nullptr;
    for (ComplianceReportFormat format :
        { ComplianceReportFormat::Pdf, ComplianceReportFormat::Html, ComplianceReportFormat::Csv }) {
        for (const ComplianceReportFile& f : std::as_const(m_files)) {
            if (!best && f.format == format)
                best = &f;
        }
    }
    if (best)
        QDesktopServices::openUrl(QUrl::fromLocalFile(best->path));
}

} // namespace gc
