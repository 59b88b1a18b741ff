#include "ExportWizardPageRun.h"

#include "ExportWizard.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "export/ExportScheduleService.h"
#include "export/ExportWriter.h"
#include "store/StoreError.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gc {

/// What the worker hands back.
struct ExportWizardPageRun::Outcome
{
    std::optional<ExportResult> result;
    std::optional<DomainError> refused;
    std::optional<StoreError> failed;
};

namespace {

constexpr int kProgressSteps = 1000;

QString duration(qint64 ms)
{
    if (ms < 1000)
        return ExportWizardPageRun::tr("%1 ms").arg(ms);
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return ExportWizardPageRun::tr("%1 s").arg(s);
    if (s < 3600)
        return ExportWizardPageRun::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return ExportWizardPageRun::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

const QList<QWizard::WizardButton> kRunningButtons { QWizard::Stretch, QWizard::CancelButton };
const QList<QWizard::WizardButton> kNormalButtons { QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
    QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton };

} // namespace

ExportWizardPageRun::ExportWizardPageRun(ExportWizard& wizard)
    : m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_rates(new QLabel(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Export"), this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
{
    setObjectName(QStringLiteral("exportRunPage"));
    setTitle(tr("Export"));
    setSubTitle(tr("The file is written in the background; you can cancel at any time."));
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_rates->setObjectName(QStringLiteral("exportRatesLabel"));
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_details->setObjectName(QStringLiteral("exportDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_openFolder->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_rates);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_result.path).absolutePath()));
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &ExportWizardPageRun::done);
}

ExportWizardPageRun::~ExportWizardPageRun()
{
    // The worker writes through the job, which refers to the store.
    if (m_job)
        m_job->cancel();
    m_watcher.waitForFinished();
}

QString ExportWizardPageRun::statusText() const
{
    return m_status->text();
}

bool ExportWizardPageRun::isComplete() const
{
    return m_state != State::Idle && m_state != State::Running;
}

void ExportWizardPageRun::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_openFolder->setVisible(state == State::Succeeded);
    // No going back while the file is being written; afterwards Back leads to a changed export.
    m_wizard.setButtonLayout(running ? kRunningButtons : kNormalButtons);
    // Cancel stops a running export; afterwards Close says it all.
    m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, !running);
    emit completeChanged();
    if (state != State::Running && state != State::Idle)
        emit finished();
}

QString ExportWizardPageRun::savedText() const
{
    const ExportDefinition& d = *m_wizard.savedDefinition();
    return tr("Saved the scheduled export “%1” (%2). Its next run is at %3 UTC.")
        .arg(d.name, d.schedule, d.nextRunAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void ExportWizardPageRun::initializePage()
{
    const bool saved = m_wizard.savedDefinition().has_value();
    setSubTitle(saved ? savedText()
                      : tr("The file is written in the background; you can cancel at any time."));
    if (saved && !m_wizard.runAfterSaving()) {
        m_progress->hide();
        m_status->setText(tr("Scheduled export saved."));
        m_details->setText(savedText() + QLatin1Char('\n')
            + tr("Manage it under File ▸ Scheduled Exports…; nothing was exported now."));
        setState(State::Saved);
        return;
    }
    m_progress->show();
    start();
}

void ExportWizardPageRun::cleanupPage()
{
    m_state = State::Idle;
    m_progress->setValue(0);
    m_rates->clear();
    m_status->clear();
    m_details->clear();
    m_openFolder->hide();
}

void ExportWizardPageRun::cancel(bool thenClose)
{
    if (!isRunning() || !m_job)
        return;
    m_closeWhenStopped = m_closeWhenStopped || thenClose;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
    m_job->cancel();
}

void ExportWizardPageRun::start()
{
    ExportRequest request = m_wizard.request();
    if (const auto& saved = m_wizard.savedDefinition())
        request.destination
            = ExportScheduleService::expandDestination(request.destination, saved->name, m_wizard.clock().nowUtc());
    m_destination = request.destination;
    m_result = {};
    m_closeWhenStopped = false;
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_rates->clear();
    m_details->clear();
    m_job = std::make_unique<ExportJob>(m_wizard.store(), m_wizard.auditLog(), m_wizard.clock(),
        m_wizard.session(), request, &makeExportWriter);
    const QString name = QDir::toNativeSeparators(m_destination);
    const auto fail = [this, &name](const QString& message) {
        m_status->setText(tr("The export failed."));
        m_details->setText(tr("%1\n\nNothing was written under %2.").arg(message, name));
        setState(State::Failed);
    };
    // Checking the request and reading the pseudonym secret use the store's writer: on this thread.
    try {
        m_job->prepare();
    } catch (const DomainError& e) {
        fail(e.message());
        return;
    } catch (const StoreError& e) {
        fail(e.message());
        return;
    }
    m_status->setText(tr("Counting the rows…"));
    setState(State::Running);
    ExportJob* job = m_job.get();
    m_watcher.setFuture(QtConcurrent::run([this, job] {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->result = job->write([this](const ExportProgress& p) {
                QMetaObject::invokeMethod(this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
            });
        } catch (const DomainError& e) {
            outcome->refused = e;
        } catch (const StoreError& e) {
            outcome->failed = e;
        }
        return outcome;
    }));
}

QString ExportWizardPageRun::progressText(const ExportProgress& p)
{
    const QLocale locale;
    QString text = tr("%1 of %2 rows").arg(locale.toString(p.rows), locale.toString(p.totalRows));
    if (p.rowsPerSecond > 0)
        text += tr(" · %1 rows/s").arg(locale.toString(qint64(p.rowsPerSecond)));
    if (p.etaMs && p.rows < p.totalRows)
        text += tr(" · about %1 left").arg(duration(*p.etaMs));
    if (p.part > 1)
        text += tr(" · part %1").arg(p.part);
    return text;
}

void ExportWizardPageRun::showProgress(const ExportProgress& p)
{
    if (!isRunning())
        return;
    if (p.totalRows > 0) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(int(std::min<qint64>(kProgressSteps, p.rows * kProgressSteps / p.totalRows)));
    }
    m_rates->setText(progressText(p));
    if (!m_cancel->isEnabled())
        return; // "Cancelling…" stays
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(m_destination)));
}

void ExportWizardPageRun::done()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    const QString name = QDir::toNativeSeparators(m_destination);
    const bool close = m_closeWhenStopped;
    if (outcome->failed && outcome->failed->kind() == StoreError::Kind::Interrupted) {
        m_status->setText(tr("The export was cancelled."));
        m_details->setText(tr("Nothing was written under %1.").arg(name));
        m_progress->setValue(0);
        setState(State::Cancelled);
        m_job.reset();
        if (close)
            m_wizard.reject();
        return;
    }
    if (outcome->refused || outcome->failed) {
        const QString message = outcome->refused ? outcome->refused->message() : outcome->failed->message();
        m_status->setText(tr("The export failed."));
        m_details->setText(tr("%1\n\nNothing was written under %2.").arg(message, name));
        setState(State::Failed);
        m_job.reset();
        return;
    }
    ExportResult result = *outcome->result;
    try {
        m_job->record(result);
    } catch (const std::exception&) {
        // Every export is audited: one that cannot be recorded is taken back.
        for (const QString& f : std::as_const(result.files))
            QFile::remove(f);
        m_status->setText(tr("The export failed."));
        m_details->setText(tr("The export could not be recorded in the audit trail, so its files were removed."));
        setState(State::Failed);
        m_job.reset();
        return;
    }
    m_result = result;
    m_wizard.remember(m_job->request());
    m_job.reset();
    const QLocale locale;
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(kProgressSteps);
    m_status->setText(tr("Exported %1 rows.").arg(locale.toString(result.rows)));
    QStringList lines;
    lines << tr("File: %1").arg(QDir::toNativeSeparators(result.path))
          << tr("Rows: %1").arg(locale.toString(result.rows))
          << tr("Size: %1").arg(locale.formattedDataSize(result.bytes))
          << tr("SHA-256: %1").arg(QString::fromLatin1(result.sha256.toHex()));
    if (result.files.size() > 1)
        lines << tr("Files written: %1 (parts and manifest)").arg(result.files.size());
    lines << tr("Time: %1").arg(duration(result.durationMs))
          << tr("Recorded as audit event #%1.").arg(result.auditSeq);
    m_details->setText(lines.join(QLatin1Char('\n')));
    setState(State::Succeeded);
}

} // namespace gc
