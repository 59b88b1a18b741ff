#include "AlertsPane.h"

#include "OpenDialog.h"
#include "ResolveAlertDialog.h"
#include "UiErrors.h"
#include "UiFormat.h"

#include "audit/AlertEngine.h"
#include "auth/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace gc {

namespace {

enum AlertColumn
{
    IdColumn,
    RaisedColumn,
    RuleColumn,
    SummaryColumn,
    StatusColumn,
    AlertColumnCount
};
enum RuleColumn
{
    RuleNameColumn,
    EnabledColumn,
    ThresholdColumn,
    WindowColumn,
    RuleColumnCount
};

constexpr int kAlertIdRole = Qt::UserRole + 1;
constexpr int kMaxThreshold = 100'000;
constexpr int kMaxWindowSeconds = 30 * 86'400;

QString ruleName(const QString& id)
{
    const auto kind = alertRuleFromId(id);
    return kind ? alertRuleDisplayName(*kind) : id;
}

QDateTime fromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

AlertsPane::AlertsPane(AlertEngine& engine, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_session(session)
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableWidget(0, AlertColumnCount, this))
    , m_empty(new QLabel(this))
    , m_rulesTable(new QTableWidget(0, RuleColumnCount, this))
    , m_applyRules(new QPushButton(tr("&Apply Rules"), this))
    , m_revertRules(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("alertsPane"));
    auto* bar = new QToolBar(tr("Alerts"), this);
    bar->setObjectName(QStringLiteral("alertsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openOnly = bar->addAction(tr("&Open Only"));
    m_openOnly->setObjectName(QStringLiteral("openAlertsOnlyAction"));
    m_openOnly->setCheckable(true);
    m_openOnly->setChecked(true);
    m_openOnly->setStatusTip(tr("Show only alerts that are not resolved yet"));
    m_resolve = bar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Resolve…"));
    m_resolve->setObjectName(QStringLiteral("resolveAlertAction"));
    m_resolve->setStatusTip(tr("Mark the selected alert as resolved, with a note saying how"));
    bar->addSeparator();
    m_reload = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"));
    m_reload->setObjectName(QStringLiteral("reloadAlertsAction"));
    m_reload->setShortcut(QKeySequence::Refresh);

    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setHorizontalHeaderLabels({ tr("ID"), tr("Raised"), tr("Rule"), tr("Summary"), tr("Status") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    // The row's context menu: resolving it, like the toolbar.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_resolve);
    m_empty->setObjectName(QStringLiteral("alertsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_listStack->setObjectName(QStringLiteral("alertsStack"));
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    auto* rules = new QGroupBox(tr("Alert Rules"), this);
    rules->setObjectName(QStringLiteral("alertRulesBox"));
    m_rulesTable->setObjectName(QStringLiteral("alertRulesTable"));
    m_rulesTable->setHorizontalHeaderLabels({ tr("Rule"), tr("Enabled"), tr("Threshold"), tr("Window") });
    m_rulesTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesTable->verticalHeader()->hide();
    m_rulesTable->horizontalHeader()->setSectionResizeMode(RuleNameColumn, QHeaderView::Stretch);
    m_rulesTable->setTabKeyNavigation(false);
    m_applyRules->setObjectName(QStringLiteral("applyRulesButton"));
    m_revertRules->setObjectName(QStringLiteral("revertRulesButton"));
    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("alertRulesHint"));
    hint->setWordWrap(true);
    hint->setText(m_session.can(Action::ManageAuditLog)
            ? tr("A rule raises an alert when its threshold of events falls within its window. "
                 "Changes are recorded in the audit trail.")
            : tr("Your role can view the rules but not change them."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_revertRules);
    buttons->addWidget(m_applyRules);
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(m_rulesTable);
    rulesLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("alertsSplitter"));
    splitter->addWidget(m_listStack);
    splitter->addWidget(rules);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(splitter);

    connect(m_openOnly, &QAction::toggled, this, &AlertsPane::reloadAlerts);
    connect(m_resolve, &QAction::triggered, this, &AlertsPane::resolveSelected);
    connect(m_reload, &QAction::triggered, this, &AlertsPane::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPane::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_resolve->isEnabled())
            resolveSelected();
    });
    connect(m_applyRules, &QPushButton::clicked, this, &AlertsPane::applyRules);
    connect(m_revertRules, &QPushButton::clicked, this, &AlertsPane::reloadRules);

    reload();
}

AlertsPane::~AlertsPane() = default;

void AlertsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Alerts are raised by whatever happens elsewhere meanwhile.
    reloadAlerts();
}

void AlertsPane::reload()
{
    reloadAlerts();
    reloadRules();
}

void AlertsPane::reloadAlerts()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const bool openOnly = m_openOnly->isChecked();
    QList<AuditAlert> alerts;
    QList<AuditAlert> open;
    if (!guarded(this, [&] {
            alerts = m_engine.alerts(openOnly);
            open = openOnly ? alerts : m_engine.alerts(true);
        }))
        return;
    m_alerts = alerts;
    m_openCount = int(open.size());

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_alerts.size()));
    for (int row = 0; row < m_alerts.size(); ++row) {
        const AuditAlert& a = m_alerts.at(row);
        auto* id = new QTableWidgetItem(QString::number(a.id));
        id->setData(kAlertIdRole, a.id);
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, RaisedColumn, new QTableWidgetItem(formatDateTime(fromSecs(a.raisedAt))));
        m_table->setItem(row, RuleColumn, new QTableWidgetItem(ruleName(a.rule)));
        auto* summary = new QTableWidgetItem(a.summary);
        summary->setToolTip(a.summary);
        m_table->setItem(row, SummaryColumn, summary);
        QString status = tr("Open");
        if (a.resolved) {
            status = tr("Resolved %1").arg(formatDateTime(fromSecs(a.resolvedAt.value_or(0))));
            auto* item = new QTableWidgetItem(status);
            item->setToolTip(tr("Resolved by %1: %2").arg(a.resolvedBy, a.resolution));
            m_table->setItem(row, StatusColumn, item);
        } else {
            auto* item = new QTableWidgetItem(status);
            item->setForeground(palette().color(QPalette::Highlight));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            m_table->setItem(row, StatusColumn, item);
        }
    }
    m_table->resizeColumnToContents(RaisedColumn);
    m_table->resizeColumnToContents(RuleColumn);
    m_empty->setText(openOnly
            ? tr("No open alerts.\n\nAn alert appears here when a rule fires: repeated failed "
                 "sign-ins, a burst of exports, access to a suspended tenant, or a failed "
                 "verification of the audit trail.")
            : tr("No alerts have been raised in this store."));
    m_listStack->setCurrentWidget(m_alerts.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    if (keep)
        selectAlert(keep);
    updateActions();
    emit openAlertsChanged(m_openCount);
}

void AlertsPane::reloadRules()
{
    QList<AuditAlertRuleConfig> rules;
    if (!guarded(this, [&] { rules = m_engine.rules(); }))
        return;
    m_rules = rules;
    const bool editable = m_session.can(Action::ManageAuditLog);
    // The rows are made once (the set of rules is fixed) and then only
    // refilled, so a reload keeps focus and never leaves stale editors behind.
    if (m_rulesTable->rowCount() != m_rules.size()) {
        m_rulesTable->setRowCount(int(m_rules.size()));
        for (int row = 0; row < m_rules.size(); ++row) {
            const QString id = m_rules.at(row).rule;
            auto* name = new QTableWidgetItem(ruleName(id));
            name->setToolTip(id);
            m_rulesTable->setItem(row, RuleNameColumn, name);
            auto* enabled = new QCheckBox(m_rulesTable);
            enabled->setObjectName(id + QStringLiteral("EnabledCheck"));
            enabled->setEnabled(editable);
            enabled->setAccessibleName(tr("%1 enabled").arg(ruleName(id)));
            m_rulesTable->setCellWidget(row, EnabledColumn, enabled);
            connect(enabled, &QCheckBox::toggled, this, &AlertsPane::updateActions);
            const auto addSpin = [&](int column, const QString& name, int max, const QString& suffix,
                                     const QString& accessible) {
                auto* spin = new QSpinBox(m_rulesTable);
                spin->setObjectName(id + name);
                spin->setRange(1, max);
                spin->setEnabled(editable);
                spin->setSuffix(suffix);
                spin->setAccessibleName(accessible);
                m_rulesTable->setCellWidget(row, column, spin);
                connect(spin, &QSpinBox::valueChanged, this, &AlertsPane::updateActions);
            };
            addSpin(ThresholdColumn, QStringLiteral("ThresholdSpin"), kMaxThreshold, tr(" events"),
                tr("%1 threshold").arg(ruleName(id)));
            addSpin(WindowColumn, QStringLiteral("WindowSpin"), kMaxWindowSeconds, tr(" s"),
                tr("%1 window in seconds").arg(ruleName(id)));
        }
    }
    for (int row = 0; row < m_rules.size(); ++row) {
        const AuditAlertRuleConfig& r = m_rules.at(row);
        if (auto* box = qobject_cast<QCheckBox*>(m_rulesTable->cellWidget(row, EnabledColumn))) {
            const QSignalBlocker block(box);
            box->setChecked(r.enabled);
        }
        if (auto* spin = qobject_cast<QSpinBox*>(m_rulesTable->cellWidget(row, ThresholdColumn))) {
            const QSignalBlocker block(spin);
            spin->setValue(r.threshold);
        }
        if (auto* spin = qobject_cast<QSpinBox*>(m_rulesTable->cellWidget(row, WindowColumn))) {
            const QSignalBlocker block(spin);
            spin->setValue(r.windowSeconds);
        }
    }
    m_rulesTable->resizeColumnsToContents();
    m_rulesTable->horizontalHeader()->setSectionResizeMode(RuleNameColumn, QHeaderView::Stretch);
    updateActions();
}

QList<AuditAlertRuleConfig> AlertsPane::editedRules() const
{
    QList<AuditAlertRuleConfig> out;
    for (int row = 0; row < m_rulesTable->rowCount() && row < m_rules.size(); ++row) {
        AuditAlertRuleConfig r = m_rules.at(row);
        if (auto* box = qobject_cast<QCheckBox*>(m_rulesTable->cellWidget(row, EnabledColumn)))
            r.enabled = box->isChecked();
        if (auto* spin = qobject_cast<QSpinBox*>(m_rulesTable->cellWidget(row, ThresholdColumn)))
            r.threshold = spin->value();
        if (auto* spin = qobject_cast<QSpinBox*>(m_rulesTable->cellWidget(row, WindowColumn)))
            r.windowSeconds = spin->value();
        out << r;
    }
    return out;
}

const AuditAlert* AlertsPane::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QTableWidgetItem* id = m_table->item(items.constFirst()->row(), IdColumn);
    if (!id)
        return nullptr;
    const qint64 wanted = id->data(kAlertIdRole).toLongLong();
    for (const AuditAlert& a : m_alerts) {
        if (a.id == wanted)
            return &a;
    }
    return nullptr;
}

bool AlertsPane::selectAlert(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(kAlertIdRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, IdColumn));
            return true;
        }
    }
    return false;
}

void AlertsPane::updateActions()
{
    const bool manage = m_session.can(Action::ManageAuditLog);
    const AuditAlert* a = selected();
    m_resolve->setEnabled(manage && a && !a->resolved);
    const bool changed = editedRules() != m_rules;
    m_applyRules->setEnabled(manage && changed);
    m_revertRules->setEnabled(changed);
}

void AlertsPane::resolveSelected()
{
    const AuditAlert* a = selected();
    if (!a || a->resolved)
        return;
    openDialog(new ResolveAlertDialog(m_engine, m_session, *a, this),
        [this](ResolveAlertDialog*) { reloadAlerts(); });
}

void AlertsPane::applyRules()
{
    const QList<AuditAlertRuleConfig> edited = editedRules();
    for (int i = 0; i < edited.size(); ++i) {
        if (edited.at(i) == m_rules.at(i))
            continue;
        if (!guarded(this, [&] { m_engine.setRule(m_session, edited.at(i)); }))
            break;
    }
    reloadRules();
}

PaneExport::Table AlertsPane::exportTable() const
{
    QList<ExportTableColumn> columns = PaneExport::namedColumns({ QStringLiteral("id"), QStringLiteral("raised_at"),
        QStringLiteral("rule"), QStringLiteral("summary"), QStringLiteral("status") });
    columns[IdColumn].role = kAlertIdRole;
    // The table shows the time formatted; the export has the time itself.
    columns[RaisedColumn].value = [this](const QModelIndex& index) {
        const qint64 id = index.siblingAtColumn(IdColumn).data(kAlertIdRole).toLongLong();
        for (const AuditAlert& a : m_alerts)
            if (a.id == id)
                return QVariant(fromSecs(a.raisedAt));
        return QVariant();
    };
    return { m_table, QStringLiteral("alerts"), tr("Alerts"), columns, {} };
}

} // namespace gc
