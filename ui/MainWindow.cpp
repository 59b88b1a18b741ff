#include "MainWindow.h"

#include "AlertsPane.h"
#include "AuditIntegrityMonitor.h"
#include "AuditPane.h"
#include "AuditFilterBar.h"
#include "ChangePasswordDialog.h"
#include "EvidenceBundleActions.h"
#include "ExportSchedulesDialog.h"
#include "ExportWizard.h"
#include "OpenDialog.h"
#include "OperatorsPane.h"
#include "PaneExport.h"
#include "ReportDialog.h"
#include "TenantDetailPanel.h"
#include "TenantsPane.h"
#include "UiSettings.h"

#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/DomainError.h"
#include "export/ExportSourcePlan.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "tenancy/TenantService.h"

#include "IntegrityBadge.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace gc {

namespace {
constexpr int kAreaIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(Store& store, const Clock& clock, const Session& session, AuditLog& auditLog,
                       AlertEngine& alerts, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_clock(clock), m_session(session), m_auditLog(auditLog),
      m_alerts(alerts), m_settings(std::make_unique<UiSettings>()),
      m_tenantService(std::make_unique<TenantService>(store, clock, session, auditLog)),
      m_auth(std::make_unique<AuthService>(store, clock, auditLog)), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GeoClimate Console — %1").arg(QFileInfo(store.path()).fileName()));
    setWindowIcon(applicationIcon());

    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMaximumWidth(220);
    m_nav->setMinimumWidth(120);
    m_nav->setAccessibleName(tr("Areas"));
    m_stack->setObjectName(QStringLiteral("paneStack"));

    m_tenants = new TenantsPane(*m_tenantService, clock, *m_settings, m_stack);
    addArea(QStringLiteral("tenants"), tr("Tenants"), m_tenants, QStyle::SP_DirHomeIcon);
    // Areas the role cannot use are not listed at all rather than shown disabled.
    if (session.can(Action::ManageOperators)) {
        m_operators = new OperatorsPane(*m_auth, session, *m_settings, m_stack);
        addArea(QStringLiteral("operators"), tr("Operators"), m_operators, QStyle::SP_FileDialogContentsView);
    }
    if (session.can(Action::ViewAuditLog)) {
        m_audit = new AuditPane(store, session, clock, m_tenantService.get(), *m_settings, m_stack);
        addArea(QStringLiteral("audit"), tr("Audit trail"), m_audit, QStyle::SP_FileDialogInfoView);
        m_alertsPane = new AlertsPane(m_alerts, session, m_stack);
        addArea(QStringLiteral("alerts"), tr("Alerts"), m_alertsPane, QStyle::SP_MessageBoxWarning);
        // The sidebar says how many alerts wait for handling.
        QListWidgetItem* alertsItem = m_nav->item(m_nav->count() - 1);
        const QString alertsTitle = tr("Alerts");
        const auto showOpenAlerts = [alertsItem, alertsTitle](int open) {
            alertsItem->setText(open > 0 ? tr("%1 (%2)").arg(alertsTitle).arg(open) : alertsTitle);
        };
        showOpenAlerts(m_alertsPane->openCount());
        connect(m_alertsPane, &AlertsPane::openAlertsChanged, this, showOpenAlerts);
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Give the navigation only what it needs; the rest goes to the pane.
    splitter->setSizes({m_nav->sizeHintForColumn(0) + 24, 10'000});
    setCentralWidget(splitter);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    buildMenus();
    buildPaneExports();
    buildStatusBar();

    resize(1200, 760);
    const QByteArray geometry = m_settings->mainWindowGeometry.get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->mainWindowState.get();
    if (!state.isEmpty())
        restoreState(state);
    if (!showArea(m_settings->lastArea.get()))
        showArea(QStringLiteral("tenants"));
    setTabOrder(m_nav, m_stack);
}

QIcon MainWindow::applicationIcon()
{
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/geoconsole-32.png"));
    icon.addFile(QStringLiteral(":/icons/geoconsole-128.png"));
    return icon;
}

MainWindow::~MainWindow()
{
    m_settings->lastArea.set(currentArea());
    // The panes save their own state into m_settings and use the services:
    // delete them while both still exist.
    delete m_tenants;
    delete m_operators;
    // Stops the verification thread before the store can go away.
    delete m_auditIntegrity;
    delete m_audit;
    delete m_alertsPane;
    m_settings->sync();
}

void MainWindow::addArea(const QString& id, const QString& title, QWidget* pane, int iconHint)
{
    auto* item = new QListWidgetItem(style()->standardIcon(QStyle::StandardPixmap(iconHint)), title, m_nav);
    item->setData(kAreaIdRole, id);
    item->setSizeHint(QSize(0, 34));
    m_stack->addWidget(pane);
}

QStringList MainWindow::areas() const
{
    QStringList ids;
    for (int i = 0; i < m_nav->count(); ++i)
        ids << m_nav->item(i)->data(kAreaIdRole).toString();
    return ids;
}

bool MainWindow::showArea(const QString& id)
{
    const int row = int(areas().indexOf(id));
    if (row < 0)
        return false;
    m_nav->setCurrentRow(row);
    return true;
}

QString MainWindow::currentArea() const
{
    const QListWidgetItem* item = m_nav->currentItem();
    return item ? item->data(kAreaIdRole).toString() : QString();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Store…"), this,
                                    &MainWindow::openStore);
    open->setObjectName(QStringLiteral("openStoreAction"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* exportData = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export Data…"),
                                          this, &MainWindow::openExportWizard);
    exportData->setObjectName(QStringLiteral("exportDataAction"));
    exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportData->setStatusTip(tr("Export predictions, models, tenant users, usage or audit events to a file"));
    exportData->setEnabled(m_session.can(Action::ExportData));
    QAction* schedules = file->addAction(tr("&Scheduled Exports…"), this, &MainWindow::openExportSchedules);
    schedules->setObjectName(QStringLiteral("scheduledExportsAction"));
    schedules->setStatusTip(tr("Exports that run on a schedule: enable, disable, run now, delete, history"));
    schedules->setEnabled(m_session.can(Action::ExportData));
    // Panes offer the rows they show.
    connect(m_tenants->exportUsersAction(), &QAction::triggered, this, [this] {
        const auto tenant = m_tenants->selectedTenant();
        if (!tenant)
            return;
        ExportWizard* wizard = openExportWizard();
        wizard->preset(ExportSourceId::TenantUsers,
                       {{QStringLiteral("tenant_id"), ExportOperator::Equal, QString::number(tenant->tenant.id.value)}});
    });
    if (m_audit) {
        m_audit->exportAction()->setEnabled(m_session.can(Action::ExportData));
        if (!m_session.can(Action::ExportData))
            m_audit->exportAction()->setToolTip(tr("Your role may not export data."));
        connect(m_audit->exportAction(), &QAction::triggered, this, [this] {
            QStringList notes;
            const auto conditions = ExportWizard::auditFilterConditions(m_audit->filterBar()->filter(), &notes);
            openExportWizard()->preset(ExportSourceId::AuditEvents, conditions, notes);
        });
    }
    file->addSeparator();
    QAction* password = file->addAction(tr("Change My &Password…"), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setStatusTip(tr("Change the password you sign in with"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList ids = areas();
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i);
        QAction* a = view->addAction(m_nav->item(i)->text(), this, [this, id] { showArea(id); });
        a->setObjectName(id + QStringLiteral("AreaAction"));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* nav = view->addAction(tr("Show &Navigation"));
    nav->setObjectName(QStringLiteral("toggleNavigationAction"));
    nav->setCheckable(true);
    nav->setChecked(true);
    connect(nav, &QAction::toggled, m_nav, &QWidget::setVisible);

    if (m_session.can(Action::ViewAuditLog)) {
        QMenu* audit = menuBar()->addMenu(tr("&Audit"));
        audit->setObjectName(QStringLiteral("auditMenu"));
        QAction* report = audit->addAction(tr("Compliance &Report…"), this, &MainWindow::openComplianceReport);
        report->setObjectName(QStringLiteral("complianceReportAction"));
        report->setStatusTip(tr("SOC 2, GDPR or ISO 27001 report of a period, with its proof of completeness"));
        report->setEnabled(m_session.can(Action::ExportAuditEvidence));
        QAction* checkpoint = audit->addAction(tr("Sign &Checkpoint Now"), this, &MainWindow::signCheckpoint);
        checkpoint->setObjectName(QStringLiteral("signCheckpointAction"));
        checkpoint->setStatusTip(tr("Sign the audit trail's current size and root hash with the signing key"));
        checkpoint->setEnabled(m_session.can(Action::ManageAuditLog));
        audit->addSeparator();
        QAction* bundle = audit->addAction(tr("Export &Evidence Bundle…"), this, [this] {
            EvidenceBundleActions::exportBundle(
                this, m_store, m_auditLog, m_session, m_audit ? m_audit->filterBar()->filter() : AuditFilter{});
        });
        bundle->setObjectName(QStringLiteral("exportBundleAction"));
        bundle->setStatusTip(tr("The events the audit trail's filter selects, with proofs and checkpoints, "
                                "for an auditor to check without the store"));
        bundle->setEnabled(m_session.can(Action::ExportAuditEvidence));
        QAction* verifyBundle = audit->addAction(tr("&Verify Evidence Bundle…"), this,
                                                 [this] { EvidenceBundleActions::verifyBundle(this); });
        verifyBundle->setObjectName(QStringLiteral("verifyBundleAction"));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About GeoClimate Console"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildPaneExports()
{
    m_paneExport = new PaneExport(m_store, m_auditLog, m_session, this);
    connect(m_paneExport, &PaneExport::exported, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    // Tables that are not export sources write the rows they show.
    for (const PaneExport::Table& table : m_tenants->exportTables())
        m_paneExport->addTable(table);
    if (m_operators)
        m_paneExport->addTable(m_operators->exportTable());
    if (m_alertsPane)
        m_paneExport->addTable(m_alertsPane->exportTable());
    // The usage chart is the usage source: the tenant's hours over the chart's days.
    connect(m_tenants->exportUsageAction(), &QAction::triggered, this, [this] {
        const auto tenant = m_tenants->selectedTenant();
        if (!tenant)
            return;
        QList<ExportCondition> filters{
            {QStringLiteral("tenant_id"), ExportOperator::Equal, QString::number(tenant->tenant.id.value)}};
        if (const auto days = m_tenants->detailPanel()->usageRange()) {
            filters.append(ExportCondition{QStringLiteral("hour"), ExportOperator::GreaterOrEqual,
                                           days->first.toString(Qt::ISODate)});
            filters.append(ExportCondition{QStringLiteral("hour"), ExportOperator::Less,
                                           days->second.addDays(1).toString(Qt::ISODate)});
        }
        openExportWizard()->preset(ExportSourceId::Usage, filters);
    });
}

void MainWindow::buildStatusBar()
{
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_storeLabel->setToolTip(m_store.path());
    m_storeLabel->setText(m_storeLabel->fontMetrics().elidedText(tr("Store: %1").arg(m_store.path()),
                                                                 Qt::ElideMiddle, 520));
    auto* who = new QLabel(this);
    who->setObjectName(QStringLiteral("signedInLabel"));
    who->setTextFormat(Qt::PlainText);
    who->setText(tr("Signed in as %1 (%2)").arg(m_session.op().displayName, roleDisplayName(m_session.role())));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(who);
    if (m_session.can(Action::ViewAuditLog)) {
        auto* badge = new IntegrityBadge(this);
        m_auditIntegrity = new AuditIntegrityMonitor(m_store, m_session, badge, this);
        statusBar()->addPermanentWidget(badge);
        // A failed verification raises the alert rule's security event
        // (the engine keeps one open alert until it is resolved).
        connect(m_auditIntegrity, &AuditIntegrityMonitor::finished, this, [this] {
            const auto& report = m_auditIntegrity->lastReport();
            if (!report || report->ok())
                return;
            try {
                m_alerts.raiseVerificationFailure(
                    m_auditLog.operatorActor(m_session.op()), AlertEngine::verificationFailureSummary(*report));
            } catch (const StoreError& e) {
                statusBar()->showMessage(tr("The verification-failure alert could not be raised: %1").arg(e.message()));
            }
            if (m_alertsPane)
                m_alertsPane->reload();
        });
        // Verify once the window is up, so start-up is not slowed by it.
        connect(this, &MainWindow::firstShown, m_auditIntegrity, [this] {
            QTimer::singleShot(1500, m_auditIntegrity, &AuditIntegrityMonitor::verify);
        });
    }
}

void MainWindow::openStore()
{
    const QString dir = QFileInfo(m_store.path()).absolutePath();
    QFileDialog dialog(this, tr("Open Store"), dir, tr("GeoClimate stores (*.sqlite3 *.sqlite *.db);;All files (*)"));
    dialog.setObjectName(QStringLiteral("openStoreDialog"));
    // A name that does not exist yet creates a new store.
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setLabelText(QFileDialog::Accept, tr("&Open"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store.path()).absoluteFilePath())
        return;
    emit openStoreRequested(path);
    close();
}

void MainWindow::changeOwnPassword()
{
    openDialog(new ChangePasswordDialog(*m_auth, m_session, this), [this](ChangePasswordDialog*) {
        statusBar()->showMessage(tr("Your password was changed."), 5000);
    });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About GeoClimate Console"),
                       tr("<h3>GeoClimate Console %1</h3>"
                          "<p>Administration of the tenants of the GeoClimate air-quality prediction platform.</p>"
                          "<p>Store: %2<br>Schema version %3</p>")
                           .arg(QStringLiteral(GEOCONSOLE_VERSION), m_store.path().toHtmlEscaped())
                           .arg(m_store.schemaVersion()));
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Queued: by the time it runs, the first paint has been processed.
    QTimer::singleShot(0, this, [this] { emit firstShown(); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->mainWindowGeometry.set(saveGeometry());
    m_settings->mainWindowState.set(saveState());
    m_settings->lastArea.set(currentArea());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

} // namespace gc

namespace gc {

void MainWindow::openComplianceReport()
{
    // Deleted on close; its destructor stops the worker before the store goes.
    auto* dialog = new ReportDialog(m_store, m_auditLog, m_session, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ExportWizard* MainWindow::openExportWizard()
{
    // Deleted on close; its destructor stops the preview and the export before the store goes.
    auto* wizard = new ExportWizard(m_store, m_auditLog, m_session, m_clock, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::openExportSchedules()
{
    auto* dialog = new ExportSchedulesDialog(m_store, m_auditLog, m_session, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::signCheckpoint()
{
    try {
        const Checkpoint cp = m_auditLog.checkpoint(m_auditLog.operatorActor(m_session.op()));
        QMessageBox::information(this, tr("Checkpoint Signed"),
            tr("The audit trail's first %1 events are covered by a checkpoint signed with key %2.\n\n"
               "Root hash: %3")
                .arg(QLocale().toString(cp.treeSize), cp.keyId, QString::fromLatin1(cp.rootHash.toHex())));
        if (m_auditIntegrity)
            m_auditIntegrity->verify();
    } catch (const DomainError& e) {
        QMessageBox::warning(this, tr("Checkpoint Not Signed"), e.message());
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Checkpoint Not Signed"), e.message());
    }
}

} // namespace gc
