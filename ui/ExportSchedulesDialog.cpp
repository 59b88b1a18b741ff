#include "ExportSchedulesDialog.h"

#include "UiErrors.h"

#include "core/Clock.h"
#include "export/ExportDefinitionModel.h"
#include "export/ExportRunModel.h"
#include "export/ExportScheduleService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gc {

namespace {

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

ExportSchedulesDialog::ExportSchedulesDialog(
    Store& store, AuditLog& log, const Session& session, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_service(std::make_unique<ExportScheduleService>(store, clock, session, log))
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
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_status);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    resize(1100, 680);
    reload();
}

ExportSchedulesDialog::~ExportSchedulesDialog() = default;

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
    m_enable->setEnabled(any);
    m_delete->setEnabled(any);
    m_runNow->setEnabled(any);
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
    m_historyTitle->setText(tr("History of “%1”").arg(name));
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
    if (name.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_status->setText(tr("Running “%1”…").arg(name));
    m_status->repaint();
    attempt([&] {
        const ExportRun run = m_service->runNow(name, m_clock.nowUtc());
        showError({});
        const QLocale locale;
        switch (run.outcome) {
        case ExportRunOutcome::Succeeded:
            m_status->setText(tr("Exported %1 rows (%2) to %3.")
                                  .arg(locale.toString(run.rows), locale.formattedDataSize(run.bytes),
                                      QDir::toNativeSeparators(run.path)));
            break;
        case ExportRunOutcome::Failed:
            showError(tr("The run failed: %1").arg(run.message));
            break;
        case ExportRunOutcome::Cancelled:
            m_status->setText(tr("The run was cancelled."));
            break;
        }
    });
    QApplication::restoreOverrideCursor();
    reload();
}

} // namespace gc
