#include "ExportWizardPageDestination.h"

#include "ExportWizard.h"
#include "ExportWizardPageFormat.h"
#include "UiErrors.h"

#include "core/Clock.h"
#include "export/ExportSchedule.h"
#include "export/ExportScheduleService.h"
#include "export/ExportWriter.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

namespace {

QString extensionOf(const ExportRequest& request)
{
    // The writer knows its extension ("ndjson" for NDJSON).
    try {
        return makeExportWriter(request.options)->extension();
    } catch (...) {
        return request.formatId();
    }
}

/// The stem ExportJob derives part and manifest names from.
QString stemOf(const QString& fileName, const QString& ext)
{
    QString stem = fileName;
    for (const QString& suffix : QStringList { QStringLiteral(".zip"), QStringLiteral(".gz"), QLatin1Char('.') + ext })
        if (stem.size() > suffix.size() && stem.endsWith(suffix, Qt::CaseInsensitive))
            stem.chop(suffix.size());
    return stem;
}

} // namespace

ExportWizardPageDestination::ExportWizardPageDestination(ExportWizard& wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_note(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(makeErrorLabel(this, QStringLiteral("destinationErrorLabel")))
    , m_scheduled(new QCheckBox(tr("&Save as a scheduled export"), this))
    , m_scheduleBox(new QWidget(this))
    , m_scheduleName(new QLineEdit(m_scheduleBox))
    , m_schedule(new QLineEdit(m_scheduleBox))
    , m_scheduleError(makeErrorLabel(m_scheduleBox, QStringLiteral("scheduleErrorLabel")))
    , m_runNow(new QCheckBox(tr("Also &run the export now"), m_scheduleBox))
{
    setObjectName(QStringLiteral("exportDestinationPage"));
    setTitle(tr("Destination"));
    setSubTitle(tr("Choose where the file goes. It is written under a temporary name and appears under this "
                   "name only when it is complete."));
    setButtonText(QWizard::NextButton, tr("&Export"));
    m_path->setObjectName(QStringLiteral("destinationEdit"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_note->setObjectName(QStringLiteral("destinationNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    m_summary->setObjectName(QStringLiteral("exportSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* summaryBox = new QGroupBox(tr("The export"), this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_scheduled);
    layout->addWidget(m_scheduleBox);
    layout->addSpacing(8);
    layout->addWidget(summaryBox);
    layout->addStretch(1);

    m_scheduled->setObjectName(QStringLiteral("scheduleCheck"));
    m_scheduleName->setObjectName(QStringLiteral("scheduleNameEdit"));
    m_scheduleName->setPlaceholderText(tr("nightly-predictions"));
    m_schedule->setObjectName(QStringLiteral("scheduleEdit"));
    m_schedule->setPlaceholderText(tr("daily 02:00"));
    m_runNow->setObjectName(QStringLiteral("scheduleRunNowCheck"));
    auto* hint = new QLabel(tr("Schedules are in UTC: hourly, hourly :MM, daily HH:MM, weekly DAY HH:MM, "
                               "every N minutes, every N hours. The file name may contain {date}, {time} and "
                               "{name}, filled in when each run starts; without them each run replaces the "
                               "last one's file."),
        m_scheduleBox);
    hint->setObjectName(QStringLiteral("scheduleHintLabel"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout(m_scheduleBox);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Name:"), m_scheduleName);
    // The parser's message right under the field, with no gap while there is none.
    auto* scheduleColumn = new QVBoxLayout;
    scheduleColumn->setSpacing(2);
    scheduleColumn->addWidget(m_schedule);
    scheduleColumn->addWidget(m_scheduleError);
    auto* scheduleLabel = new QLabel(tr("S&chedule:"), m_scheduleBox);
    scheduleLabel->setBuddy(m_schedule);
    form->addRow(scheduleLabel, scheduleColumn);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_runNow);
    m_scheduleBox->setVisible(false);
    connect(m_scheduled, &QCheckBox::toggled, this, [this] { updateSchedule(); });
    connect(m_runNow, &QCheckBox::toggled, this, [this] { updateSchedule(); });
    connect(m_scheduleName, &QLineEdit::textChanged, this, [this] { updateSchedule(); });
    connect(m_schedule, &QLineEdit::textChanged, this, [this] { updateSchedule(); });

    connect(m_browse, &QPushButton::clicked, this, &ExportWizardPageDestination::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (!m_settingPath)
            m_edited = true;
        m_error->hide();
        updateNote();
        emit completeChanged();
    });
    connect(wizard.formatPage(), &ExportWizardPageFormat::formatChanged, this, [this] {
        if (!m_edited && !m_path->text().isEmpty())
            suggest();
    });
}

QString ExportWizardPageDestination::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportWizardPageDestination::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ExportWizardPageDestination::suggestedName(const ExportRequest& request, const QDate& day)
{
    QString name = exportSource(request.source).name + QLatin1Char('-') + day.toString(Qt::ISODate)
        + QLatin1Char('.') + extensionOf(request);
    if (request.packaging == ExportPackaging::Zip)
        name += QStringLiteral(".zip");
    else if (request.packaging == ExportPackaging::Gzip && !request.split.enabled())
        name += QStringLiteral(".gz");
    return name;
}

QStringList ExportWizardPageDestination::existingTargets(const ExportRequest& request)
{
    const QFileInfo dest(request.destination);
    const QDir dir = dest.absoluteDir();
    QStringList names;
    const QString ext = extensionOf(request);
    const QString stem = stemOf(dest.fileName(), ext);
    const bool gzip = request.packaging == ExportPackaging::Gzip;
    if (request.split.enabled() && request.packaging != ExportPackaging::Zip) {
        names << stem + QStringLiteral(".part-0001.") + ext + (gzip ? QStringLiteral(".gz") : QString())
              << stem + QStringLiteral(".manifest.json");
    } else if (gzip && !dest.fileName().endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive)) {
        names << dest.fileName() + QStringLiteral(".gz");
    } else {
        names << dest.fileName();
    }
    QStringList existing;
    for (const QString& n : std::as_const(names))
        if (QFileInfo::exists(dir.filePath(n)))
            existing << dir.filePath(n);
    return existing;
}

void ExportWizardPageDestination::initializePage()
{
    if (m_path->text().trimmed().isEmpty() || !m_edited)
        suggest();
    updateNote();
    updateSummary();
}

void ExportWizardPageDestination::updateSummary()
{
    const ExportRequest r = m_wizard.request();
    const ExportSourceInfo& info = exportSource(r.source);
    QStringList lines;
    lines << tr("Source: %1").arg(info.label)
          << tr("Columns: %1").arg(r.columns.join(QStringLiteral(", ")));
    QStringList filters;
    for (const ExportCondition& c : r.filters)
        filters << c.toString();
    lines << (filters.isEmpty() ? tr("Rows: all") : tr("Rows where: %1").arg(filters.join(tr(" and "))));
    if (r.sort)
        lines << (r.sort->descending ? tr("Sorted by: %1, descending") : tr("Sorted by: %1, ascending"))
                     .arg(r.sort->column);
    if (r.clearPersonalData && !info.personalColumns.isEmpty())
        lines << tr("Personal data in clear: yes (the export is recorded in the audit trail)");
    lines << tr("Format: %1").arg(r.formatId().toUpper());
    if (r.split.maxRows > 0)
        lines << tr("Parts of at most %1 rows").arg(QLocale().toString(r.split.maxRows));
    if (r.split.maxBytes > 0)
        lines << tr("Parts of at most %1").arg(QLocale().formattedDataSize(r.split.maxBytes));
    if (r.packaging != ExportPackaging::None)
        lines << tr("Packaging: %1").arg(exportPackagingId(r.packaging));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ExportWizardPageDestination::suggest()
{
    const ExportRequest request = m_wizard.request();
    const QString folder = m_path->text().trimmed().isEmpty() ? m_wizard.lastFolder()
                                                              : QFileInfo(path()).absolutePath();
    m_settingPath = true;
    setPath(QDir(folder).filePath(suggestedName(request, m_wizard.clock().nowUtc().date())));
    m_settingPath = false;
}

void ExportWizardPageDestination::updateNote()
{
    const ExportRequest request = m_wizard.request();
    QString note;
    if (request.split.enabled() && request.packaging != ExportPackaging::Zip)
        note = tr("The parts and the manifest are named after this file: NAME.part-0001.EXT, … and "
                  "NAME.manifest.json.");
    else if (request.packaging == ExportPackaging::Gzip)
        note = tr("The file is gzip-compressed; “.gz” is added to a name that lacks it.");
    else if (request.packaging == ExportPackaging::Zip)
        note = tr("One ZIP archive holds the file (or its parts) and a manifest.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ExportWizardPageDestination::browse()
{
    QFileDialog dialog(this, tr("Export To"), path());
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // The wizard asks about replacing a file itself, once, for every file the export writes.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    setPath(dialog.selectedFiles().constFirst());
}

QString ExportWizardPageDestination::scheduleError() const
{
    const QString text = m_schedule->text().trimmed();
    if (text.isEmpty())
        return tr("Enter a schedule, for example “daily 02:00”.");
    try {
        (void)ExportSchedule::parse(text);
    } catch (const DomainError& e) {
        return e.message();
    }
    return {};
}

void ExportWizardPageDestination::updateSchedule()
{
    const bool scheduled = m_scheduled->isChecked();
    m_scheduleBox->setVisible(scheduled);
    // Shown as the user types, but not for a field not yet touched.
    const QString error = scheduled && !m_schedule->text().trimmed().isEmpty() ? scheduleError() : QString();
    m_scheduleError->setText(error);
    m_scheduleError->setVisible(!error.isEmpty());
    setButtonText(QWizard::NextButton,
        scheduled && !m_runNow->isChecked() ? tr("&Save Schedule") : tr("&Export"));
    emit completeChanged();
}

bool ExportWizardPageDestination::isComplete() const
{
    if (path().isEmpty())
        return false;
    if (m_scheduled->isChecked())
        return !m_scheduleName->text().trimmed().isEmpty() && scheduleError().isEmpty();
    return true;
}

bool ExportWizardPageDestination::saveDefinition()
{
    ExportRequest request = m_wizard.request();
    request.destination = QFileInfo(request.destination).absoluteFilePath();
    const QString name = m_scheduleName->text().trimmed();
    try {
        ExportScheduleService service(
            m_wizard.store(), m_wizard.clock(), m_wizard.session(), m_wizard.auditLog());
        // Back from the run page and saved again: the same definition, changed.
        const auto& saved = m_wizard.savedDefinition();
        const bool again = saved && saved->name.compare(name, Qt::CaseInsensitive) == 0;
        ExportDefinition d = again ? service.redefine(name, request, m_schedule->text())
                                   : service.define(name, request, m_schedule->text());
        m_wizard.setSavedDefinition(std::move(d), m_runNow->isChecked());
    } catch (const DomainError& e) {
        QLabel* label = e.field() == QLatin1String("schedule") ? m_scheduleError : m_error;
        label->setText(e.message());
        label->show();
        return false;
    } catch (const StoreError& e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    return true;
}

bool ExportWizardPageDestination::validatePage()
{
    const bool scheduled = m_scheduled->isChecked();
    if (!scheduled)
        m_wizard.setSavedDefinition(std::nullopt, true);
    // A scheduled file's name is filled in when each run starts.
    const QFileInfo info(scheduled ? ExportScheduleService::expandDestination(
                                         path(), m_scheduleName->text().trimmed(), m_wizard.clock().nowUtc())
                                   : path());
    if (info.isDir()) {
        m_error->setText(tr("“%1” is a folder: add a file name.").arg(QDir::toNativeSeparators(path())));
        m_error->show();
        return false;
    }
    if (!info.absoluteDir().exists()) {
        m_error->setText(tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        m_error->show();
        return false;
    }
    if (scheduled)
        return saveDefinition();
    const QStringList existing = existingTargets(m_wizard.request());
    if (!existing.isEmpty()) {
        QStringList shown;
        for (const QString& p : existing)
            shown << QDir::toNativeSeparators(p);
        QMessageBox box(QMessageBox::Warning, tr("Replace File?"),
            tr("%1 already exists. Replace it when the export is complete?").arg(shown.join(tr(" and "))),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("replaceFileBox"));
        box.setInformativeText(tr("Until then, and if the export fails or is cancelled, the file stays as it is."));
        QPushButton* replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    return true;
}

int ExportWizardPageDestination::nextId() const
{
    return ExportWizard::RunPage;
}

} // namespace gc
