#include "TenantsPane.h"

#include "ChangeTierDialog.h"
#include "EditTenantDialog.h"
#include "OffboardDialog.h"
#include "OpenDialog.h"
#include "ProvisionTenantDialog.h"
#include "PurgeDialog.h"
#include "SuspendDialog.h"
#include "TenantDetailPanel.h"
#include "UiErrors.h"
#include "UiSettings.h"

#include "UsageChartView.h"

#include "core/Clock.h"
#include "export/ExportSourcePlan.h"
#include "tenancy/TenantFilterModel.h"
#include "tenancy/TenantService.h"
#include "tenancy/TenantTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace gc {

TenantsPane::TenantsPane(TenantService& service, const Clock& clock, UiSettings& settings, QWidget* parent)
    : QWidget(parent), m_service(service), m_clock(clock), m_settings(settings),
      m_model(new TenantTableModel(service, this)), m_filter(new TenantFilterModel(this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_tierFilter(new QComboBox(this)),
      m_count(new QLabel(this)), m_listStack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_detail(new TenantDetailPanel(service, clock, settings, this))
{
    setObjectName(QStringLiteral("tenantsPane"));
    m_filter->setSourceModel(m_model);

    auto* toolbar = new QToolBar(tr("Tenant Actions"), this);
    toolbar->setObjectName(QStringLiteral("tenantsToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buildActions();
    toolbar->addAction(m_provision);
    toolbar->addSeparator();
    toolbar->addAction(m_edit);
    toolbar->addAction(m_changeTier);
    toolbar->addAction(m_suspend);
    toolbar->addAction(m_reactivate);
    toolbar->addAction(m_offboard);
    toolbar->addAction(m_purge);
    toolbar->addSeparator();
    toolbar->addAction(m_exportUsers);
    toolbar->addAction(m_reload);

    m_search->setObjectName(QStringLiteral("tenantSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, slug, contact or region (Ctrl+F)"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const TenantStatus s : {TenantStatus::Active, TenantStatus::Suspended, TenantStatus::Offboarding})
        m_statusFilter->addItem(tenantStatusDisplayName(s), int(s));
    m_tierFilter->setObjectName(QStringLiteral("tierFilterCombo"));
    m_tierFilter->addItem(tr("All tiers"), -1);
    for (const Tier t : allTiers())
        m_tierFilter->addItem(tierDisplayName(t), int(t));
    m_count->setObjectName(QStringLiteral("tenantCountLabel"));
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto* tierLabel = new QLabel(tr("&Tier:"), this);
    tierLabel->setBuddy(m_tierFilter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(tierLabel);
    filters->addWidget(m_tierFilter);
    filters->addWidget(m_count, 1, Qt::AlignRight);

    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->sortByColumn(TenantTableModel::Name, Qt::AscendingOrder);
    // The row's context menu: its lifecycle actions and the export of its users.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_edit, m_changeTier, m_suspend, m_reactivate, m_offboard, m_purge});
    auto* menuSeparator = new QAction(m_table);
    menuSeparator->setSeparator(true);
    m_table->addActions({menuSeparator, m_exportUsers});
    // The users tab shows the same tenant's users: its "Export…" is theirs,
    // and the chart's is the same tenant's usage over the chart's days.
    PaneExport::addToContextMenu(m_detail->usersView(), m_exportUsersEntry);
    PaneExport::addToContextMenu(m_detail->usageChart(), m_exportUsage);

    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyTenantsPage"));
    auto* emptyText = new QLabel(tr("No tenants yet — provision the first one."), empty);
    emptyText->setObjectName(QStringLiteral("emptyTenantsLabel"));
    emptyText->setAlignment(Qt::AlignCenter);
    QFont bigger = emptyText->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    emptyText->setFont(bigger);
    auto* emptyButton = new QPushButton(tr("&Provision Tenant…"), empty);
    emptyButton->setObjectName(QStringLiteral("provisionFirstButton"));
    connect(emptyButton, &QPushButton::clicked, this, &TenantsPane::provision);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    emptyButton->setEnabled(m_service.session().can(Action::ProvisionTenant));
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(empty);

    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(6, 6, 6, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_listStack, 1);

    m_splitter->setObjectName(QStringLiteral("tenantsSplitter"));
    m_splitter->addWidget(listPage);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_statusFilter->currentData().toInt();
        m_filter->setStatusFilter(v < 0 ? std::nullopt : std::optional<TenantStatus>(TenantStatus(v)));
        updateEmptyState();
    });
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_tierFilter->currentData().toInt();
        m_filter->setTierFilter(v < 0 ? std::nullopt : std::optional<Tier>(Tier(v)));
        updateEmptyState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TenantsPane::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            editSelected();
    });
    connect(m_detail, &TenantDetailPanel::tenantChanged, this, [this](TenantId id) {
        guarded(this, [&] { m_model->reload(); });
        selectTenant(id);
        updateEmptyState();
    });

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_tierFilter);
    setTabOrder(m_tierFilter, m_table);

    guarded(this, [&] { m_model->reload(); });
    const QByteArray header = m_settings.tenantsHeader.get();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        m_table->resizeColumnsToContents();
        // Very long names would push every other column out of sight.
        m_table->setColumnWidth(TenantTableModel::Name,
                                qBound(160, m_table->columnWidth(TenantTableModel::Name), 340));
    }
    const QByteArray splitter = m_settings.tenantsSplitter.get();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({260, 440});
    updateEmptyState();

    // Come back to the tenant looked at last time.
    const QString lastSlug = m_settings.lastTenantSlug.get();
    for (int row = 0; !lastSlug.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->summaryAt(row).tenant.slug == lastSlug) {
            selectTenant(m_model->summaryAt(row).tenant.id);
            break;
        }
    }
    updateActions();
}

TenantsPane::~TenantsPane()
{
    m_settings.tenantsHeader.set(m_table->horizontalHeader()->saveState());
    m_settings.tenantsSplitter.set(m_splitter->saveState());
    const auto selected = selectedTenant();
    m_settings.lastTenantSlug.set(selected ? selected->tenant.slug : QString());
}

void TenantsPane::buildActions()
{
    const auto make = [this](const QString& text, const QString& name, QStyle::StandardPixmap icon,
                             const QString& tip) {
        auto* a = new QAction(style()->standardIcon(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        return a;
    };
    m_provision = make(tr("&Provision…"), QStringLiteral("provisionAction"), QStyle::SP_FileDialogNewFolder,
                       tr("Create a new tenant (Ctrl+N)"));
    m_provision->setShortcut(QKeySequence::New);
    m_edit = make(tr("&Edit…"), QStringLiteral("editTenantAction"), QStyle::SP_FileDialogDetailedView,
                  tr("Edit the selected tenant's name, contact and region (double-click)"));
    m_changeTier = make(tr("Change &Tier…"), QStringLiteral("changeTierAction"), QStyle::SP_ArrowUp,
                        tr("Move the selected tenant to another tier"));
    m_suspend = make(tr("&Suspend…"), QStringLiteral("suspendAction"), QStyle::SP_MediaPause,
                     tr("Suspend the selected tenant; its API keys stop working"));
    m_reactivate = make(tr("&Reactivate"), QStringLiteral("reactivateAction"), QStyle::SP_MediaPlay,
                        tr("End the suspension of the selected tenant"));
    m_offboard = make(tr("&Offboard…"), QStringLiteral("offboardAction"), QStyle::SP_DialogCloseButton,
                      tr("Make the selected tenant read-only and start its grace period"));
    m_purge = make(tr("P&urge…"), QStringLiteral("purgeAction"), QStyle::SP_TrashIcon,
                   tr("Delete an offboarded tenant and everything it owns"));
    m_reload = make(tr("Re&load"), QStringLiteral("reloadAction"), QStyle::SP_BrowserReload,
                    tr("Read the tenants again from the store (F5)"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_exportUsers = make(tr("E&xport Users…"), QStringLiteral("exportUsersAction"), QStyle::SP_DialogSaveButton,
                         tr("Export the selected tenant's users to a file"));
    m_exportUsers->setEnabled(false);
    m_exportUsersEntry = PaneExport::makeAction(m_service.session(), QStringLiteral("usersExportAction"), this);
    m_exportUsersEntry->setToolTip(tr("Export this tenant's users to a file"));
    connect(m_exportUsersEntry, &QAction::triggered, m_exportUsers, &QAction::trigger);
    m_exportUsage = PaneExport::makeAction(m_service.session(), QStringLiteral("usageExportAction"), this);
    m_exportUsage->setToolTip(tr("Export this tenant's usage over the chart's days to a file"));
    m_find = new QAction(tr("&Find Tenant"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    addAction(m_find);

    connect(m_provision, &QAction::triggered, this, &TenantsPane::provision);
    connect(m_edit, &QAction::triggered, this, &TenantsPane::editSelected);
    connect(m_changeTier, &QAction::triggered, this, &TenantsPane::changeTier);
    connect(m_suspend, &QAction::triggered, this, &TenantsPane::suspend);
    connect(m_reactivate, &QAction::triggered, this, &TenantsPane::reactivate);
    connect(m_offboard, &QAction::triggered, this, &TenantsPane::offboard);
    connect(m_purge, &QAction::triggered, this, &TenantsPane::purge);
    connect(m_reload, &QAction::triggered, this, &TenantsPane::reload);
    connect(m_find, &QAction::triggered, this, &TenantsPane::focusSearch);
}

std::optional<TenantSummary> TenantsPane::selectedTenant() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_filter->mapToSource(rows.first());
    if (!source.isValid() || source.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->summaryAt(source.row());
}

bool TenantsPane::selectTenant(TenantId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_tierFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void TenantsPane::reload()
{
    const auto keep = selectedTenant();
    guarded(this, [&] { m_model->reload(); });
    updateEmptyState();
    if (!keep || !selectTenant(keep->tenant.id))
        onSelectionChanged();
    else
        m_detail->reload();
}

void TenantsPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TenantsPane::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    m_listStack->setCurrentIndex(none ? 1 : 0);
    // "Select a tenant" would only confuse while there is none to select.
    m_detail->setVisible(!none);
    if (m_filter->rowCount() == m_model->rowCount())
        m_count->setText(tr("%n tenant(s)", nullptr, m_model->rowCount()));
    else
        m_count->setText(tr("%1 of %n tenant(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void TenantsPane::onSelectionChanged()
{
    const auto selected = selectedTenant();
    m_detail->setTenant(selected ? std::optional<TenantId>(selected->tenant.id) : std::nullopt);
    updateActions();
}

void TenantsPane::updateActions()
{
    const Session& s = m_service.session();
    const auto selected = selectedTenant();
    const std::optional<TenantStatus> status =
        selected ? std::optional<TenantStatus>(selected->tenant.status) : std::nullopt;
    const bool notOffboarding = status && *status != TenantStatus::Offboarding;
    m_provision->setEnabled(s.can(Action::ProvisionTenant));
    m_edit->setEnabled(s.can(Action::EditTenant) && notOffboarding);
    m_changeTier->setEnabled(s.can(Action::ChangeTier) && notOffboarding);
    m_suspend->setEnabled(s.can(Action::SuspendTenant) && status == TenantStatus::Active);
    m_reactivate->setEnabled(s.can(Action::SuspendTenant) && status == TenantStatus::Suspended);
    m_offboard->setEnabled(s.can(Action::OffboardTenant) && notOffboarding);
    m_purge->setEnabled(s.can(Action::PurgeTenant) && status == TenantStatus::Offboarding);
    m_exportUsers->setEnabled(s.can(Action::ExportData) && s.can(Action::ViewTenantUsers) && selected);
    m_exportUsersEntry->setEnabled(m_exportUsers->isEnabled());
    m_exportUsage->setEnabled(
        s.can(Action::ExportData) && s.can(ExportSourcePlan::viewAction(ExportSourceId::Usage)) && selected);
}

QList<PaneExport::Table> TenantsPane::exportTables() const
{
    // In TenantTableModel's column order. Figures are exported as numbers
    // ("3 / 10" is shown, 3 is exported), the creation time as a timestamp,
    // not as the short date shown.
    QList<ExportTableColumn> columns = PaneExport::namedColumns(
        {QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("tier"), QStringLiteral("status"),
         QStringLiteral("region"), QStringLiteral("active_users"), QStringLiteral("requests_today"),
         QStringLiteral("created_at")});
    for (const int figure : {TenantTableModel::Users, TenantTableModel::RequestsToday}) {
        columns[figure].role = TenantTableModel::SortRole;
        columns[figure].type = ExportType::Integer;
    }
    columns[TenantTableModel::Created].value = [this](const QModelIndex& index) {
        return QVariant(m_model->summaryAt(m_filter->mapToSource(index).row()).tenant.createdAt);
    };
    const PaneExport::Table list{m_table, QStringLiteral("tenants"), tr("Tenants"), columns, {}};
    return QList<PaneExport::Table>{list} + m_detail->exportTables();
}

void TenantsPane::afterLifecycleChange(TenantId id)
{
    guarded(this, [&] { m_model->reload(); });
    updateEmptyState();
    if (!selectTenant(id))
        onSelectionChanged();
    else
        m_detail->reload();
    updateActions();
}

void TenantsPane::provision()
{
    if (!m_service.session().can(Action::ProvisionTenant))
        return;
    openDialog(new ProvisionTenantDialog(m_service, this),
               [this](ProvisionTenantDialog* d) { afterLifecycleChange(d->provisioned().id); });
}

template<typename D, typename... Extra>
void TenantsPane::openForSelected(const Extra&... extra)
{
    const auto selected = selectedTenant();
    if (!selected)
        return;
    const TenantId id = selected->tenant.id;
    openDialog(new D(m_service, selected->tenant, extra..., this), [this, id](auto*) { afterLifecycleChange(id); });
}

void TenantsPane::editSelected()
{
    // Double-click lands here too, so check what the disabled action would have.
    if (!m_edit->isEnabled())
        return;
    openForSelected<EditTenantDialog>();
}

void TenantsPane::changeTier()
{
    openForSelected<ChangeTierDialog>();
}

void TenantsPane::suspend()
{
    openForSelected<SuspendDialog>();
}

void TenantsPane::reactivate()
{
    const auto selected = selectedTenant();
    if (!selected)
        return;
    const TenantId id = selected->tenant.id;
    if (guarded(this, [&] { m_service.reactivate(id); }))
        afterLifecycleChange(id);
}

void TenantsPane::offboard()
{
    openForSelected<OffboardDialog>();
}

void TenantsPane::purge()
{
    openForSelected<PurgeDialog>(m_clock.nowUtc());
}

} // namespace gc
