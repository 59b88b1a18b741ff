#include "TenantDetailPanel.h"

#include "ApiKeySecretDialog.h"
#include "ConfigEntryDialog.h"
#include "CreateApiKeyDialog.h"
#include "OpenDialog.h"
#include "TenantUserDialog.h"
#include "UiErrors.h"
#include "UiFormat.h"
#include "UiSettings.h"

#include "QuotaBar.h"
#include "UsageChartView.h"

#include "core/Clock.h"
#include "tenancy/ApiKeyModel.h"
#include "tenancy/TenantConfigModel.h"
#include "tenancy/TenantService.h"
#include "tenancy/TenantUserModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gc {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QPushButton* makeButton(QWidget* parent, const QString& text, const QString& name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QWidget* tabPage(QTableView* view, std::initializer_list<QPushButton*> buttons)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return page;
}

QString badgeStyle(TenantStatus status)
{
    const char* colour = "#2e7d32";
    if (status == TenantStatus::Suspended)
        colour = "#b26a00";
    else if (status == TenantStatus::Offboarding)
        colour = "#c62828";
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; "
                          "font-weight: bold; }")
        .arg(QLatin1String(colour));
}

} // namespace

TenantDetailPanel::TenantDetailPanel(TenantService& service, const Clock& clock, UiSettings& settings, QWidget* parent)
    : QWidget(parent), m_service(service), m_clock(clock), m_settings(settings), m_stack(new QStackedWidget(this)),
      m_name(new QLabel(this)), m_slug(new QLabel(this)), m_tier(new QLabel(this)), m_status(new QLabel(this)),
      m_statusDetail(new QLabel(this)), m_contact(new QLabel(this)), m_region(new QLabel(this)),
      m_usersQuota(new QuotaBar(this)), m_requestsQuota(new QuotaBar(this)), m_chart(new UsageChartView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_tabs(new QTabWidget(this)),
      m_users(new TenantUserModel(service, this)), m_keys(new ApiKeyModel(service, this)),
      m_config(new TenantConfigModel(service, this))
{
    setObjectName(QStringLiteral("tenantDetailPanel"));

    auto* hint = new QLabel(tr("Select a tenant in the list to see its quotas, usage, users, API keys and "
                               "configuration."),
                            this);
    hint->setObjectName(QStringLiteral("noTenantSelectedLabel"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    m_usersQuota->setObjectName(QStringLiteral("usersQuotaBar"));
    m_usersQuota->setTitle(tr("Users"));
    m_requestsQuota->setObjectName(QStringLiteral("requestsQuotaBar"));
    m_requestsQuota->setTitle(tr("Requests today"));
    m_chart->setObjectName(QStringLiteral("usageChart"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_usersQuota);
    leftLayout->addWidget(m_requestsQuota);
    auto* chartTitle = new QLabel(tr("Requests per day, last 30 days"), this);
    leftLayout->addWidget(chartTitle);
    leftLayout->addWidget(m_chart, 1);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildUsersTab(), tr("&Users"));
    m_tabs->addTab(buildApiKeysTab(), tr("API &Keys"));
    m_tabs->addTab(buildConfigTab(), tr("Con&figuration"));

    m_splitter->setObjectName(QStringLiteral("tenantDetailSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto* details = new QWidget(this);
    details->setObjectName(QStringLiteral("tenantDetailsPage"));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 8, 8, 8);
    detailsLayout->addWidget(buildHeader());
    detailsLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(hint);
    m_stack->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const QByteArray splitter = m_settings.tenantDetailSplitter.get();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({520, 600});
    m_tabs->setCurrentIndex(qBound(0, m_settings.tenantDetailTab.get(), m_tabs->count() - 1));
    setTenant(std::nullopt);
}

TenantDetailPanel::~TenantDetailPanel()
{
    m_settings.tenantDetailSplitter.set(m_splitter->saveState());
    m_settings.tenantDetailTab.set(m_tabs->currentIndex());
}

QWidget* TenantDetailPanel::buildHeader()
{
    auto* header = new QWidget(this);
    m_name->setObjectName(QStringLiteral("tenantNameLabel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names wrap instead of widening the window.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_slug->setObjectName(QStringLiteral("tenantSlugLabel"));
    m_slug->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tier->setObjectName(QStringLiteral("tenantTierLabel"));
    m_status->setObjectName(QStringLiteral("tenantStatusBadge"));
    m_statusDetail->setObjectName(QStringLiteral("tenantStatusDetailLabel"));
    m_statusDetail->setWordWrap(true);
    m_statusDetail->setTextFormat(Qt::PlainText);
    m_contact->setObjectName(QStringLiteral("tenantContactLabel"));
    m_contact->setTextFormat(Qt::PlainText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_region->setObjectName(QStringLiteral("tenantRegionLabel"));

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_name, 1);
    titleRow->addWidget(m_status, 0, Qt::AlignTop);
    auto* facts = new QHBoxLayout;
    facts->setSpacing(18);
    facts->addWidget(m_slug);
    facts->addWidget(m_tier);
    facts->addWidget(m_region);
    facts->addWidget(m_contact, 1);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addLayout(facts);
    layout->addWidget(m_statusDetail);
    return header;
}

QWidget* TenantDetailPanel::buildUsersTab()
{
    m_usersView = makeTable(this, QStringLiteral("usersTable"), m_users);
    m_addUser = makeButton(this, tr("&Add…"), QStringLiteral("addUserButton"));
    m_editUser = makeButton(this, tr("&Edit…"), QStringLiteral("editUserButton"));
    m_deactivateUser = makeButton(this, tr("&Deactivate"), QStringLiteral("deactivateUserButton"));
    m_reactivateUser = makeButton(this, tr("&Reactivate"), QStringLiteral("reactivateUserButton"));
    connect(m_addUser, &QPushButton::clicked, this, &TenantDetailPanel::addUser);
    connect(m_editUser, &QPushButton::clicked, this, &TenantDetailPanel::editUser);
    connect(m_deactivateUser, &QPushButton::clicked, this, [this] { setUserActive(false); });
    connect(m_reactivateUser, &QPushButton::clicked, this, [this] { setUserActive(true); });
    connect(m_usersView, &QTableView::doubleClicked, this, [this] {
        if (m_editUser->isEnabled())
            editUser();
    });
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TenantDetailPanel::updateButtons);
    return tabPage(m_usersView, {m_addUser, m_editUser, m_deactivateUser, m_reactivateUser});
}

QWidget* TenantDetailPanel::buildApiKeysTab()
{
    m_keysView = makeTable(this, QStringLiteral("apiKeysTable"), m_keys);
    m_createKey = makeButton(this, tr("&Create…"), QStringLiteral("createApiKeyButton"));
    m_revokeKey = makeButton(this, tr("Re&voke"), QStringLiteral("revokeApiKeyButton"));
    connect(m_createKey, &QPushButton::clicked, this, &TenantDetailPanel::createApiKey);
    connect(m_revokeKey, &QPushButton::clicked, this, &TenantDetailPanel::revokeApiKey);
    connect(m_keysView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TenantDetailPanel::updateButtons);
    return tabPage(m_keysView, {m_createKey, m_revokeKey});
}

QWidget* TenantDetailPanel::buildConfigTab()
{
    m_configView = makeTable(this, QStringLiteral("configTable"), m_config);
    m_setConfig = makeButton(this, tr("&Set…"), QStringLiteral("setConfigButton"));
    m_removeConfig = makeButton(this, tr("Re&move"), QStringLiteral("removeConfigButton"));
    connect(m_setConfig, &QPushButton::clicked, this, [this] { setConfig(false); });
    connect(m_removeConfig, &QPushButton::clicked, this, &TenantDetailPanel::removeConfig);
    connect(m_configView, &QTableView::doubleClicked, this, [this] {
        if (m_setConfig->isEnabled())
            setConfig(true);
    });
    connect(m_configView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TenantDetailPanel::updateButtons);
    return tabPage(m_configView, {m_setConfig, m_removeConfig});
}

std::optional<TenantId> TenantDetailPanel::tenantId() const
{
    return m_tenant ? std::optional<TenantId>(m_tenant->id) : std::nullopt;
}

QList<PaneExport::Table> TenantDetailPanel::exportTables() const
{
    const auto tenant = [this] { return tenantId(); };
    // In ApiKeyModel's column order. Dates are typed values, not the text the
    // table shows ("Never" is NULL).
    QList<ExportTableColumn> keys = PaneExport::namedColumns(
        {QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("created_at"), QStringLiteral("created_by"),
         QStringLiteral("last_used_at"), QStringLiteral("status")});
    keys[ApiKeyModel::Created].value = [this](const QModelIndex& index) {
        return QVariant(m_keys->keyAt(index.row()).createdAt);
    };
    keys[ApiKeyModel::LastUsed].value = [this](const QModelIndex& index) {
        const std::optional<QDateTime>& t = m_keys->keyAt(index.row()).lastUsedAt;
        return t ? QVariant(*t) : QVariant();
    };
    return {{m_keysView, QStringLiteral("api_keys"), tr("API keys"), keys, tenant},
            {m_configView, QStringLiteral("tenant_config"), tr("Configuration"),
             PaneExport::namedColumns({QStringLiteral("key"), QStringLiteral("type"), QStringLiteral("value")}),
             tenant}};
}

void TenantDetailPanel::setTenant(std::optional<TenantId> id)
{
    m_tenant.reset();
    m_usageRange.reset();
    if (id) {
        Tenant t;
        if (guarded(this, [&] { t = m_service.tenant(*id); }))
            m_tenant = t;
    }
    const TenantId shown = m_tenant ? m_tenant->id : TenantId{};
    guarded(this, [&] {
        m_users->setTenant(shown);
        m_keys->setTenant(shown);
        m_config->setTenant(shown);
    });
    if (m_tenant)
        showTenant(*m_tenant);
    for (QTableView* view : {m_usersView, m_keysView, m_configView})
        view->resizeColumnsToContents();
    m_stack->setCurrentIndex(m_tenant ? 1 : 0);
    updateButtons();
}

void TenantDetailPanel::reload()
{
    setTenant(tenantId());
}

void TenantDetailPanel::showTenant(const Tenant& t)
{
    m_name->setText(t.name);
    m_name->setToolTip(t.name);
    m_slug->setText(tr("Slug: %1").arg(t.slug));
    QString tier = tr("Tier: %1").arg(tierDisplayName(t.tier));
    if (t.tier == Tier::Enterprise && t.customPriceCents)
        tier += QStringLiteral(" (") + formatMonthlyPrice(t.customPriceCents) + QLatin1Char(')');
    m_tier->setText(tier);
    m_region->setText(tr("Region: %1").arg(t.region));
    m_contact->setText(t.contactEmail.isEmpty() ? tr("Contact: %1").arg(t.contactName)
                                                : tr("Contact: %1 <%2>").arg(t.contactName, t.contactEmail));
    m_status->setText(tenantStatusDisplayName(t.status));
    m_status->setStyleSheet(badgeStyle(t.status));

    QString detail;
    if (t.status == TenantStatus::Suspended) {
        detail = tr("Suspended since %1: %2")
                     .arg(t.statusChangedAt ? formatDateTime(*t.statusChangedAt) : QStringLiteral("—"), t.statusReason);
    } else if (t.status == TenantStatus::Offboarding) {
        detail = tr("Offboarding: read-only. Can be purged from %1.")
                     .arg(t.purgeAfter ? formatDateTime(*t.purgeAfter) : QStringLiteral("—"));
    }
    m_statusDetail->setText(detail);
    m_statusDetail->setVisible(!detail.isEmpty());

    QuotaStatus users;
    QuotaStatus requests;
    QList<UsageDay> usage;
    guarded(this, [&] {
        users = m_service.userQuota(t.id);
        requests = m_service.requestQuotaToday(t.id);
        usage = m_service.usage(t.id, 30);
    });
    m_usersQuota->setUsage(users.used, users.limit, tr("users"));
    m_requestsQuota->setUsage(requests.used, requests.limit, tr("requests"));

    // Always plot the full 30-day window ending today, so quiet days show as gaps.
    QList<QPair<QDate, qint64>> days;
    bool any = false;
    const QDate today = m_clock.nowUtc().date();
    m_usageRange = std::pair(today.addDays(-29), today);
    for (int i = 29; i >= 0; --i) {
        const QDate d = today.addDays(-i);
        qint64 count = 0;
        for (const UsageDay& u : std::as_const(usage)) {
            if (u.day == d)
                count += u.requests;
        }
        any = any || count > 0;
        days.append({d, count});
    }
    if (!any)
        days.clear();
    m_chart->setUsage(days, tierLimits(t.tier).maxRequestsPerDay);
}

int TenantDetailPanel::selectedRow(QTableView* view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TenantDetailPanel::updateButtons()
{
    const Session& s = m_service.session();
    // Offboarding tenants are read-only; the service refuses too, this only says so early.
    const bool writable = m_tenant && m_tenant->status != TenantStatus::Offboarding;
    const bool manageUsers = writable && s.can(Action::ManageTenantUsers);
    const int userRow = selectedRow(m_usersView);
    const bool userActive = userRow >= 0 && m_users->userAt(userRow).active;
    m_addUser->setEnabled(manageUsers);
    m_editUser->setEnabled(manageUsers && userRow >= 0 && s.can(Action::ViewPersonalData));
    m_deactivateUser->setEnabled(manageUsers && userRow >= 0 && userActive);
    m_reactivateUser->setEnabled(manageUsers && userRow >= 0 && !userActive);

    const bool manageKeys = writable && s.can(Action::ManageApiKeys);
    const int keyRow = selectedRow(m_keysView);
    m_createKey->setEnabled(manageKeys);
    m_revokeKey->setEnabled(manageKeys && keyRow >= 0 && !m_keys->keyAt(keyRow).revoked());

    const bool editConfig = writable && s.can(Action::EditTenant);
    m_setConfig->setEnabled(editConfig);
    m_removeConfig->setEnabled(editConfig && selectedRow(m_configView) >= 0);

    const QString why = !m_tenant ? QString()
        : !writable              ? tr("The tenant is offboarding and read-only.")
                                 : QString();
    for (QPushButton* b : {m_addUser, m_editUser, m_deactivateUser, m_reactivateUser, m_createKey, m_revokeKey,
                           m_setConfig, m_removeConfig})
        b->setToolTip(why);
}

void TenantDetailPanel::afterChange()
{
    if (!m_tenant)
        return;
    const TenantId id = m_tenant->id;
    reload();
    emit tenantChanged(id);
}

void TenantDetailPanel::addUser()
{
    if (!m_tenant)
        return;
    openDialog(new TenantUserDialog(m_service, m_tenant->id, std::nullopt, this), [this](auto*) { afterChange(); });
}

void TenantDetailPanel::editUser()
{
    const int row = selectedRow(m_usersView);
    if (!m_tenant || row < 0)
        return;
    openDialog(new TenantUserDialog(m_service, m_tenant->id, m_users->userAt(row), this),
               [this](auto*) { afterChange(); });
}

void TenantDetailPanel::setUserActive(bool active)
{
    const int row = selectedRow(m_usersView);
    if (!m_tenant || row < 0)
        return;
    const TenantUser user = m_users->userAt(row);
    const bool ok = guarded(this, [&] {
        if (active)
            m_service.reactivateUser(m_tenant->id, user.id);
        else
            m_service.deactivateUser(m_tenant->id, user.id);
    });
    if (ok)
        afterChange();
}

void TenantDetailPanel::createApiKey()
{
    if (!m_tenant)
        return;
    openDialog(new CreateApiKeyDialog(m_service, m_tenant->id, this), [this](CreateApiKeyDialog* d) {
        const NewApiKey created = d->created();
        afterChange();
        openDialog(new ApiKeySecretDialog(created.key.name, created.secret, this), [](auto*) {});
    });
}

void TenantDetailPanel::revokeApiKey()
{
    const int row = selectedRow(m_keysView);
    if (!m_tenant || row < 0)
        return;
    const ApiKey key = m_keys->keyAt(row);
    if (QMessageBox::question(this, tr("Revoke API Key"),
                              tr("Revoke the key \"%1\" (%2)? Requests using it fail from now on.")
                                  .arg(key.name, key.prefix))
        != QMessageBox::Yes)
        return;
    if (guarded(this, [&] { m_service.revokeApiKey(m_tenant->id, key.id); }))
        afterChange();
}

void TenantDetailPanel::setConfig(bool editSelected)
{
    if (!m_tenant)
        return;
    const int row = selectedRow(m_configView);
    std::optional<ConfigEntry> existing;
    if (editSelected && row >= 0)
        existing = m_config->entryAt(row);
    openDialog(new ConfigEntryDialog(m_service, m_tenant->id, existing, this), [this](auto*) { afterChange(); });
}

void TenantDetailPanel::removeConfig()
{
    const int row = selectedRow(m_configView);
    if (!m_tenant || row < 0)
        return;
    const ConfigEntry entry = m_config->entryAt(row);
    if (QMessageBox::question(this, tr("Remove Setting"), tr("Remove the setting \"%1\"?").arg(entry.key))
        != QMessageBox::Yes)
        return;
    if (guarded(this, [&] { m_service.removeConfig(m_tenant->id, entry.key); }))
        afterChange();
}

} // namespace gc
