#include "ExportSchedulesDialog.h"

#include "ExportWizardPageRun.h"
#include "UiErrors.h"

#include "core/Clock.h"
#include "export/ExportDefinitionModel.h"
#include "export/ExportRunModel.h"
#include "export/ExportScheduleService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gc {

/// What the worker's write() gave.
struct ExportSchedulesDialog::Written
{
    std::optional<ExportResult> result;
    std::exception_ptr error;
};

namespace {

constexpr int kProgressSteps = 1000;

QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

ExportSchedulesDialog::ExportSchedulesDialog(Store& store, AuditLog& log, const Session& session,
    const Clock& clock, QWidget* parent, ExportJob::WriterFactory writerFactory)
    : QDialog(parent)
    , m_clock(clock)
    , m_service(std::make_unique<ExportScheduleService>(store, clock, session, log, std::move(writerFactory)))
    , m_definitions(new ExportDefinitionModel(this))
    , m_runs(new ExportRunModel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(makeTable(this, QStringLiteral("scheduleTable")))
    , m_history(makeTable(this, QStringLiteral("scheduleHistoryTable")))
    , m_historyTitle(new QLabel(this))
    , m_error(makeErrorLabel(this, QStringLiteral("scheduleDialogErrorLabel")))
    , m_status(new QLabel(this))
    , m_enable(new QPushButton(tr("&Disable"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_runNow(new QPushButton(tr("&Run Now"), this))
    , m_progress(new QProgressBar(this))
    , m_rates(new QLabel(this))
    , m_cancelRun(new QPushButton(tr("&Cancel Run"), this))
{
    setObjectName(QStringLiteral("exportSchedulesDialog"));
    setWindowTitle(tr("Scheduled Exports"));
    m_table->setModel(m_definitions);
    m_history->setModel(m_runs);
    // The dialog shows one definition's history: its name and the file are in the table above.
    m_history->setColumnHidden(ExportRunModel::Definition, true);
    m_history->setColumnHidden(ExportRunModel::File, true);

    auto* empty = new QLabel(tr("No scheduled exports yet. Save one from the export wizard (File ▸ Export Data…) "
                                "or with geoconsole export define."),
        this);
    empty->setObjectName(QStringLiteral("scheduleEmptyLabel"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    m_enable->setObjectName(QStringLiteral("scheduleEnableButton"));
    m_delete->setObjectName(QStringLiteral("scheduleDeleteButton"));
    m_runNow->setObjectName(QStringLiteral("scheduleRunNowButton"));
    m_status->setObjectName(QStringLiteral("scheduleStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("scheduleRunProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_rates->setObjectName(QStringLiteral("scheduleRunRatesLabel"));
    m_rates->hide();
    m_cancelRun->setObjectName(QStringLiteral("scheduleCancelRunButton"));
    m_cancelRun->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancelRun->hide();
    m_historyTitle->setObjectName(QStringLiteral("scheduleHistoryTitle"));
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);

    auto* note = new QLabel(tr("Times are UTC. The console runs due exports while it is open; "
                               "geoconsole export run-due runs them from a system timer."),
        this);
    note->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_enable);
    actions->addWidget(m_runNow);
    actions->addWidget(m_delete);
    actions->addStretch(1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(note);
    topLayout->addWidget(m_stack, 1);
    topLayout->addLayout(actions);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_rates);
    running->addWidget(m_cancelRun);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_status);
    topLayout->addLayout(running);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_historyTitle);
    bottomLayout->addWidget(m_history, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_enable, &QPushButton::clicked, this, &ExportSchedulesDialog::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this, &ExportSchedulesDialog::deleteSelected);
    connect(m_runNow, &QPushButton::clicked, this, &ExportSchedulesDialog::runSelected);
    connect(m_cancelRun, &QPushButton::clicked, this, &ExportSchedulesDialog::cancelRun);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Written>>::finished, this,
        &ExportSchedulesDialog::runFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    resize(1100, 680);
    reload();
}

ExportSchedulesDialog::~ExportSchedulesDialog()
{
    if (!m_running)
        return;
    // The worker writes through the job, which refers to the store: stop it
    // and wait, then store the run (as cancelled) so the history tells.
    if (m_running->job)
        m_running->job->cancel();
    m_watcher.waitForFinished();
    const std::shared_ptr<Written> written = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
        ? m_watcher.result()
        : std::make_shared<Written>();
    try {
        (void)m_service->complete(*m_running, written->result, written->error);
    } catch (const std::exception&) {
        // The dialog is going away; the run's files are already removed or in place.
    }
}

QString ExportSchedulesDialog::runningName() const
{
    return m_running ? m_running->definition.name : QString();
}

void ExportSchedulesDialog::cancelRun()
{
    if (!m_running || !m_running->job)
        return;
    m_cancelRun->setEnabled(false);
    m_status->setText(tr("Cancelling the run of “%1”…").arg(m_running->definition.name));
    m_running->job->cancel();
}

void ExportSchedulesDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    m_closeWhenStopped = true;
    cancelRun();
    m_status->setText(tr("Cancelling the run of “%1”; the window closes once it has stopped.")
                          .arg(m_running->definition.name));
}

void ExportSchedulesDialog::reload()
{
    const QString selected = selectedName();
    if (!attempt([this] { m_definitions->setDefinitions(m_service->definitions()); }))
        m_definitions->setDefinitions({});
    m_stack->setCurrentIndex(m_definitions->rowCount() > 0 ? 1 : 0);
    m_table->resizeColumnsToContents();
    if (!(selected.isEmpty() ? false : selectDefinition(selected)) && m_definitions->rowCount() > 0)
        m_table->selectRow(0);
    showHistory();
    updateButtons();
}

bool ExportSchedulesDialog::selectDefinition(const QString& name)
{
    for (int row = 0; row < m_definitions->rowCount(); ++row)
        if (m_definitions->definitionAt(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_definitions->index(row, 0));
            return true;
        }
    return false;
}

QString ExportSchedulesDialog::selectedName() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_definitions->rowCount())
        return {};
    return m_definitions->definitionAt(current.row()).name;
}

QString ExportSchedulesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ExportSchedulesDialog::statusText() const
{
    return m_status->text();
}

void ExportSchedulesDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_status->clear();
}

void ExportSchedulesDialog::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool any = current.isValid() && current.row() < m_definitions->rowCount();
    const bool running = m_running != nullptr;
    const bool runningSelected
        = running && any && m_definitions->definitionAt(current.row()).id == m_running->definition.id;
    m_enable->setEnabled(any);
    // The running definition stays until its run is stored; one run at a time.
    m_delete->setEnabled(any && !runningSelected);
    m_runNow->setEnabled(any && !running);
    m_runNow->setToolTip(running ? tr("“%1” is running; wait for it or cancel it.").arg(m_running->definition.name)
                                 : QString());
    const bool enabled = any && m_definitions->definitionAt(current.row()).enabled;
    m_enable->setText(any && !enabled ? tr("&Enable") : tr("&Disable"));
}

void ExportSchedulesDialog::showHistory()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_runs->setRuns({});
        m_historyTitle->setText(tr("History"));
        return;
    }
    m_historyTitle->setText(m_running && m_running->definition.name == name
            ? tr("History of “%1” (running now)").arg(name)
            : tr("History of “%1”").arg(name));
    if (!attempt([&] { m_runs->setRuns(m_service->history(name)); }))
        m_runs->setRuns({});
    m_history->resizeColumnsToContents();
}

void ExportSchedulesDialog::toggleEnabled()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const bool enable = !m_definitions->definitionAt(m_table->currentIndex().row()).enabled;
    attempt([&] {
        const ExportDefinition d = m_service->setEnabled(name, enable);
        showError({});
        m_status->setText(enable ? tr("Enabled “%1”; its next run is at %2 UTC.")
                                       .arg(d.name, d.nextRunAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 : tr("Disabled “%1”; it does not run until it is enabled again.").arg(d.name));
    });
    reload();
}

void ExportSchedulesDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Scheduled Export?"),
        tr("Delete the scheduled export “%1” and its run history?").arg(name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteScheduleBox"));
    box.setInformativeText(tr("The files it wrote and the audit trail stay as they are."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    attempt([&] {
        m_service->undefine(name);
        showError({});
        m_status->setText(tr("Deleted “%1”.").arg(name));
    });
    reload();
}

void ExportSchedulesDialog::runSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_running)
        return;
    // Checking, claiming and preparing use the store's writer: on this thread.
    std::unique_ptr<ScheduledExport> claimed;
    if (!attempt([&] { claimed = m_service->claimNow(name, m_clock.nowUtc()); }))
        return;
    showError({});
    m_running = std::move(claimed);
    m_closeWhenStopped = false;
    if (!m_running->job) {
        // Refused before writing (e.g. the owner is gone): nothing to wait for.
        runFinished();
        return;
    }
    m_status->setText(tr("Running “%1”: counting the rows…").arg(name));
    m_progress->setRange(0, 0); // busy until the row count is known
    m_progress->show();
    m_rates->clear();
    m_rates->show();
    m_cancelRun->setEnabled(true);
    m_cancelRun->show();
    updateButtons();
    showHistory();
    ExportJob* job = m_running->job.get();
    m_watcher.setFuture(QtConcurrent::run([this, job] {
        auto written = std::make_shared<Written>();
        try {
            written->result = job->write([this](const ExportProgress& p) {
                QMetaObject::invokeMethod(this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
            });
        } catch (...) {
            written->error = std::current_exception();
        }
        return written;
    }));
}

void ExportSchedulesDialog::showProgress(const ExportProgress& p)
{
    if (!m_running)
        return;
    if (p.totalRows > 0) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(int(std::min<qint64>(kProgressSteps, p.rows * kProgressSteps / p.totalRows)));
    }
    m_rates->setText(ExportWizardPageRun::progressText(p));
    if (m_cancelRun->isEnabled())
        m_status->setText(tr("Running “%1”: writing %2…")
                              .arg(m_running->definition.name, QDir::toNativeSeparators(m_running->run.path)));
}

void ExportSchedulesDialog::runFinished()
{
    if (!m_running)
        return;
    std::shared_ptr<Written> written = std::make_shared<Written>();
    if (m_running->job && m_watcher.future().resultCount() > 0)
        written = m_watcher.result();
    std::unique_ptr<ScheduledExport> finished = std::move(m_running);
    m_progress->hide();
    m_rates->hide();
    m_cancelRun->hide();
    std::optional<ExportRun> run;
    attempt([&] { run = m_service->complete(*finished, written->result, written->error); });
    finished.reset();
    reload();
    if (run)
        showOutcome(*run);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void ExportSchedulesDialog::showOutcome(const ExportRun& run)
{
    const QLocale locale;
    switch (run.outcome) {
    case ExportRunOutcome::Succeeded:
        showError({});
        m_status->setText(tr("Exported %1 rows (%2) to %3.")
                              .arg(locale.toString(run.rows), locale.formattedDataSize(run.bytes),
                                  QDir::toNativeSeparators(run.path)));
        break;
    case ExportRunOutcome::Failed:
        showError(tr("The run of “%1” failed: %2").arg(run.definitionName, run.message));
        break;
    case ExportRunOutcome::Cancelled:
        showError({});
        m_status->setText(tr("The run of “%1” was cancelled; nothing was written.").arg(run.definitionName));
        break;
    }
}

} // namespace gc
