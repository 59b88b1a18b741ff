#include "AuditPane.h"

#include "AuditDetailPanel.h"
#include "AuditFilterBar.h"
#include "UiSettings.h"

#include "audit/AuditEventModel.h"
#include "core/DomainError.h"
#include "store/StoreError.h"
#include "tenancy/TenantService.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace gc {

AuditPane::AuditPane(const Store& store, const Session& session, const Clock& clock,
    const TenantService* tenants, UiSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_tenants(tenants)
    , m_settings(settings)
    , m_model(new AuditEventModel(
          store, session, [this](TenantId id) { return tenantName(id); }, this))
    , m_filterBar(new AuditFilterBar(clock, this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_stateLabel(new QLabel(this))
    , m_stateButton(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detail(new AuditDetailPanel(store, session, this))
    , m_goTo(new QLineEdit(this))
{
    setObjectName(QStringLiteral("auditPane"));

    auto* toolbar = new QToolBar(tr("Audit Trail Actions"), this);
    toolbar->setObjectName(QStringLiteral("auditToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buildActions();
    toolbar->addAction(m_liveTail);
    toolbar->addAction(m_reload);
    toolbar->addSeparator();
    toolbar->addAction(m_prove);
    toolbar->addAction(m_export);
    toolbar->addSeparator();
    // Any event among millions by its number, without paging to it.
    m_goTo->setObjectName(QStringLiteral("auditGoToEdit"));
    m_goTo->setPlaceholderText(tr("Go to event #"));
    m_goTo->setToolTip(tr("Show the event with this sequence number in the details below"));
    m_goTo->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?[0-9]{1,18}")), m_goTo));
    m_goTo->setMaximumWidth(
        m_goTo->fontMetrics().horizontalAdvance(QStringLiteral("Go to event #0000000")) + 24);
    m_goTo->setClearButtonEnabled(true);
    toolbar->addWidget(m_goTo);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(false); // the order is the log's; sorting a window would mislead
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not loaded.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto chars = [&fm](int n) { return fm.horizontalAdvance(QLatin1Char('m')) * n; };
    // Ten million events and more: sequence numbers of eight digits and separators.
    m_table->setColumnWidth(AuditEventModel::Seq, fm.horizontalAdvance(QLocale().toString(88888888)) + 16);
    m_table->setColumnWidth(
        AuditEventModel::Time, fm.horizontalAdvance(QStringLiteral("2026-11-27 23:59:59")) + 16);
    m_table->setColumnWidth(AuditEventModel::Tenant, chars(9));
    m_table->setColumnWidth(AuditEventModel::Actor, chars(11));
    m_table->setColumnWidth(AuditEventModel::Type, chars(11));
    m_table->setColumnWidth(AuditEventModel::Category, chars(9));
    // Room for the longer German names of severities and outcomes.
    m_table->setColumnWidth(AuditEventModel::Severity, chars(8));
    m_table->setColumnWidth(AuditEventModel::Outcome, chars(6));
    m_table->setColumnWidth(AuditEventModel::Resource, chars(8));
    const QByteArray headerState = m_settings.auditHeader.get();
    if (!headerState.isEmpty())
        header->restoreState(headerState);

    auto* statePage = new QWidget(this);
    statePage->setObjectName(QStringLiteral("auditStatePage"));
    m_stateLabel->setObjectName(QStringLiteral("auditStateLabel"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    QFont bigger = m_stateLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_stateLabel->setFont(bigger);
    m_stateButton->setObjectName(QStringLiteral("auditStateButton"));
    auto* stateLayout = new QVBoxLayout(statePage);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_stateLabel);
    stateLayout->addWidget(m_stateButton, 0, Qt::AlignHCenter);
    stateLayout->addStretch(1);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(statePage);

    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_listStack, 1);

    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->addWidget(listPage);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QByteArray splitterState = m_settings.auditSplitter.get();
    if (splitterState.isEmpty() || !m_splitter->restoreState(splitterState))
        m_splitter->setSizes({ 420, 260 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &AuditFilterBar::filterChanged, this,
        [this] { m_model->setFilter(m_filterBar->filter()); });
    connect(m_model, &AuditEventModel::countChanged, this,
        [this] { m_filterBar->setCountText(m_model->countText()); });
    connect(m_model, &AuditEventModel::firstPageLoaded, this, &AuditPane::updateState);
    connect(m_model, &AuditEventModel::errorChanged, this, &AuditPane::updateState);
    connect(m_model, &AuditEventModel::modelReset, this, [this] {
        m_detail->clearEvent();
        updateState();
    });
    connect(m_model, &AuditEventModel::rowsInserted, this, &AuditPane::updateState);
    connect(m_model, &AuditEventModel::liveRowsInserted, this, [this](int n) {
        // Someone reading further down keeps their place; at the top, follow.
        QScrollBar* bar = m_table->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + n);
    });
    connect(
        m_model, &AuditEventModel::dataChanged, this, [this](const QModelIndex& tl, const QModelIndex& br) {
            const int row = m_table->currentIndex().row();
            if (row >= tl.row() && row <= br.row() && !m_detail->currentSeq())
                onCurrentRowChanged();
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AuditPane::onCurrentRowChanged);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &AuditPane::showContextMenu);
    connect(m_goTo, &QLineEdit::returnPressed, this, &AuditPane::goToEvent);
    connect(m_detail, &AuditDetailPanel::eventShown, this, [this](qint64 seq) {
        const int row = m_model->rowOfSeq(seq);
        m_prove->setEnabled(true);
        if (row >= 0 && m_table->currentIndex().row() != row)
            m_table->setCurrentIndex(m_model->index(row, 0));
    });
    connect(m_stateButton, &QPushButton::clicked, this, [this] {
        if (!m_model->errorMessage().isEmpty())
            reload();
        else
            m_filterBar->clear();
    });

    setTabOrder(m_filterBar, m_table);
    m_filterBar->setCountText(m_model->countText());
    loadTenants();
    updateState();
}

AuditPane::~AuditPane()
{
    m_settings.auditHeader.set(m_table->horizontalHeader()->saveState());
    m_settings.auditSplitter.set(m_splitter->saveState());
}

void AuditPane::buildActions()
{
    m_liveTail = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Live Tail"), this);
    m_liveTail->setObjectName(QStringLiteral("auditLiveTailAction"));
    m_liveTail->setCheckable(true);
    m_liveTail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_liveTail->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_liveTail->setToolTip(tr("Follow new events as they are logged (Ctrl+L)"));
    connect(m_liveTail, &QAction::toggled, this, &AuditPane::setLiveTail);

    m_reload = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_reload->setObjectName(QStringLiteral("auditReloadAction"));
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reload, &QAction::triggered, this, &AuditPane::reload);

    m_find = new QAction(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("auditFindAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, &AuditPane::focusSearch);

    m_prove = new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Prove Inclusion…"), this);
    m_prove->setObjectName(QStringLiteral("auditProveAction"));
    m_prove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_prove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_prove->setToolTip(tr("Prove the selected event is in the signed log (Ctrl+I)"));
    m_prove->setEnabled(false);
    connect(m_prove, &QAction::triggered, m_detail, &AuditDetailPanel::proveInclusion);

    m_export = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("auditExportAction"));
    m_export->setToolTip(tr("Export the events the filter selects to a file"));

    for (QAction* a : { m_liveTail, m_reload, m_find, m_prove })
        addAction(a);
}

void AuditPane::loadTenants()
{
    m_tenantNames.clear();
    QList<QPair<TenantId, QString>> items;
    if (m_tenants) {
        try {
            for (const TenantSummary& s : m_tenants->listTenants()) {
                m_tenantNames.insert(s.tenant.id.value, s.tenant.name);
                items.append({ s.tenant.id, tr("%1 (%2)").arg(s.tenant.name, s.tenant.slug) });
            }
        } catch (const DomainError&) {
            // Without tenant names the list shows tenant ids; nothing else depends on them.
        } catch (const StoreError&) { }
    }
    std::sort(items.begin(), items.end(),
        [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    m_filterBar->setTenants(items);
}

QString AuditPane::tenantName(TenantId id) const
{
    return m_tenantNames.value(id.value);
}

QString AuditPane::stateText() const
{
    return m_listStack->currentIndex() == 1 ? m_stateLabel->text() : QString();
}

void AuditPane::updateState()
{
    const QString error = m_model->errorMessage();
    if (!error.isEmpty()) {
        m_stateLabel->setText(tr("The audit trail could not be read.\n%1").arg(error));
        m_stateButton->setText(tr("&Try Again"));
        m_stateButton->show();
        m_listStack->setCurrentIndex(1);
    } else if (!m_model->isLoading() && m_model->rowCount() == 0) {
        const bool filtered = !m_model->filter().isEmpty();
        m_stateLabel->setText(
            filtered ? tr("No events match the filter.") : tr("The audit trail has no events yet."));
        m_stateButton->setText(tr("C&lear Filters"));
        m_stateButton->setVisible(filtered);
        m_listStack->setCurrentIndex(1);
    } else {
        m_listStack->setCurrentIndex(0);
    }
    m_filterBar->setCountText(m_model->countText());
}

void AuditPane::onCurrentRowChanged()
{
    const int row = m_table->currentIndex().row();
    const AuditEvent* event = row >= 0 ? m_model->eventAt(row) : nullptr;
    if (!event) {
        m_detail->clearEvent();
        m_prove->setEnabled(false);
        return;
    }
    m_detail->setEvent(*event, m_model->index(row, AuditEventModel::Tenant).data().toString());
    m_prove->setEnabled(true);
}

std::unique_ptr<QMenu> AuditPane::createContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const AuditEvent* event = index.isValid() ? m_model->eventAt(index.row()) : nullptr;
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("auditRowMenu"));
    // Off the rows (or on one still loading) the menu still offers the export
    // of what the filter selects.
    if (!event) {
        menu->addAction(m_export);
        return menu;
    }
    const AuditRecord r = event->record;
    const QString tenant = m_model->index(index.row(), AuditEventModel::Tenant).data().toString();
    if (!r.actorId.isEmpty())
        menu->addAction(
            tr("Only Actor %1").arg(r.actorId), this, [this, r] { m_filterBar->setActor(r.actorId); });
    menu->addAction(tr("Only Tenant %1").arg(tenant), this, [this, r] { m_filterBar->setTenant(r.tenant); });
    menu->addAction(tr("Only Event %1").arg(auditEventTypeDisplayName(r.type)), this,
        [this, r] { m_filterBar->setEventType(r.type); });
    if (!r.resource.isEmpty())
        menu->addAction(tr("Only Resource %1").arg(r.resource), this,
            [this, r] { m_filterBar->setResource(r.resource); });
    menu->addSeparator();
    menu->addAction(m_prove);
    menu->addAction(m_export);
    return menu;
}

void AuditPane::showContextMenu(const QPoint& pos)
{
    createContextMenu(pos)->exec(m_table->viewport()->mapToGlobal(pos));
}

void AuditPane::goToEvent()
{
    QString text = m_goTo->text().trimmed();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool ok = false;
    const qint64 seq = text.toLongLong(&ok);
    if (!ok || seq <= 0)
        return;
    const int row = m_model->rowOfSeq(seq);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    m_table->setCurrentIndex(QModelIndex());
    m_detail->showSequence(seq, [this](const AuditRecord& r) {
        // The lookup the list uses, so the details name tenants the same way.
        return r.tenant ? (tenantName(*r.tenant).isEmpty() ? tr("Tenant #%1").arg(r.tenant->value)
                                                           : tenantName(*r.tenant))
                        : tr("Platform");
    });
}

void AuditPane::focusSearch()
{
    m_filterBar->focusSearch();
}

void AuditPane::reload()
{
    loadTenants();
    m_model->reload();
}

void AuditPane::setLiveTail(bool on)
{
    if (m_liveTail->isChecked() != on)
        m_liveTail->setChecked(on); // comes back here through toggled
    m_model->setLiveTail(on);
    m_liveTail->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace gc
