#include "OperatorsPane.h"

#include "OperatorDialog.h"
#include "ResetPasswordDialog.h"
#include "UiErrors.h"
#include "UiFormat.h"
#include "UiSettings.h"

#include "auth/AuthService.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace gc {

namespace {
enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, StatusColumn, LastLoginColumn, ColumnCount };
}

OperatorsPane::OperatorsPane(AuthService& auth, const Session& session, UiSettings& settings, QWidget* parent)
    : QWidget(parent), m_auth(auth), m_session(session), m_settings(settings),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("operatorsPane"));
    auto* bar = new QToolBar(tr("Operators"), this);
    bar->setObjectName(QStringLiteral("operatorsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto make = [&](const QString& text, const QString& name, QStyle::StandardPixmap icon) {
        QAction* a = bar->addAction(style()->standardIcon(icon), text);
        a->setObjectName(name);
        return a;
    };
    m_add = make(tr("&Add…"), QStringLiteral("addOperatorAction"), QStyle::SP_FileDialogNewFolder);
    m_changeRole = make(tr("Change &Role…"), QStringLiteral("changeRoleAction"), QStyle::SP_FileDialogDetailedView);
    m_deactivate = make(tr("&Deactivate"), QStringLiteral("deactivateOperatorAction"), QStyle::SP_DialogCancelButton);
    m_activate = make(tr("A&ctivate"), QStringLiteral("activateOperatorAction"), QStyle::SP_DialogApplyButton);
    m_resetPassword = make(tr("Reset &Password…"), QStringLiteral("resetPasswordAction"), QStyle::SP_DialogResetButton);
    bar->addSeparator();
    m_reload = make(tr("Re&load"), QStringLiteral("reloadOperatorsAction"), QStyle::SP_BrowserReload);
    m_reload->setShortcut(QKeySequence::Refresh);

    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Display name"), tr("Role"), tr("Status"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    // The row's context menu: what the toolbar does to the selected operator.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_changeRole, m_deactivate, m_activate, m_resetPassword});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_table);

    connect(m_add, &QAction::triggered, this, &OperatorsPane::addOperator);
    connect(m_changeRole, &QAction::triggered, this, &OperatorsPane::changeRole);
    connect(m_deactivate, &QAction::triggered, this, [this] { setActive(false); });
    connect(m_activate, &QAction::triggered, this, [this] { setActive(true); });
    connect(m_resetPassword, &QAction::triggered, this, &OperatorsPane::resetPassword);
    connect(m_reload, &QAction::triggered, this, &OperatorsPane::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsPane::updateActions);

    reload();
    const QByteArray header = m_settings.operatorsHeader.get();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

OperatorsPane::~OperatorsPane()
{
    m_settings.operatorsHeader.set(m_table->horizontalHeader()->saveState());
}

PaneExport::Table OperatorsPane::exportTable() const
{
    QList<ExportTableColumn> columns = PaneExport::namedColumns(
        {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role"), QStringLiteral("status"),
         QStringLiteral("last_sign_in_at")});
    // The table shows "never" or a formatted time; the export has the time itself.
    columns.last().value = [this](const QModelIndex& index) {
        const qint64 id = index.data(Qt::UserRole).toLongLong();
        for (const Operator& op : m_operators)
            if (op.id == id)
                return op.lastLoginAt ? QVariant(*op.lastLoginAt) : QVariant();
        return QVariant();
    };
    return {m_table, QStringLiteral("operators"), tr("Operators"), columns, {}};
}

void OperatorsPane::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    QList<Operator> ops;
    if (!guarded(this, [&] { ops = m_auth.operators(m_session); }))
        return;
    m_operators = ops;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_operators.size()));
    for (int row = 0; row < m_operators.size(); ++row) {
        const Operator& op = m_operators.at(row);
        const QStringList cells{op.username, op.displayName, roleDisplayName(op.role),
                                op.active ? tr("Active") : tr("Deactivated"),
                                op.lastLoginAt ? formatDateTime(*op.lastLoginAt) : tr("never")};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, op.id);
            if (!op.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, col, item);
        }
    }
    m_table->setSortingEnabled(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

const Operator* OperatorsPane::selected() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty())
        return nullptr;
    const qint64 id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    for (const Operator& op : m_operators) {
        if (op.id == id)
            return &op;
    }
    return nullptr;
}

void OperatorsPane::updateActions()
{
    const bool may = m_session.can(Action::ManageOperators);
    const Operator* op = selected();
    const bool other = op && op->id != m_session.op().id;
    m_add->setEnabled(may);
    m_changeRole->setEnabled(may && other);
    m_deactivate->setEnabled(may && other && op->active);
    m_activate->setEnabled(may && op && !op->active);
    m_resetPassword->setEnabled(may && other);
}

void OperatorsPane::addOperator()
{
    OperatorDialog dialog(m_auth, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void OperatorsPane::changeRole()
{
    const Operator* op = selected();
    if (!op)
        return;
    const Operator target = *op;
    QStringList names;
    for (const Role r : allRoles())
        names << roleDisplayName(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change Role"), tr("Role of %1:").arg(target.displayName),
                                                 names, int(allRoles().indexOf(target.role)), false, &ok);
    if (!ok)
        return;
    const Role role = allRoles().at(names.indexOf(chosen));
    if (role != target.role && guarded(this, [&] { m_auth.setRole(m_session, target.id, role); }))
        reload();
}

void OperatorsPane::setActive(bool active)
{
    const Operator* op = selected();
    if (!op)
        return;
    const Operator target = *op;
    if (!active
        && QMessageBox::question(this, tr("Deactivate Operator"),
                                 tr("Deactivate %1? They can no longer sign in until activated again.")
                                     .arg(target.displayName))
            != QMessageBox::Yes)
        return;
    if (guarded(this, [&] { m_auth.setActive(m_session, target.id, active); }))
        reload();
}

void OperatorsPane::resetPassword()
{
    const Operator* op = selected();
    if (!op)
        return;
    ResetPasswordDialog dialog(m_auth, m_session, *op, this);
    dialog.exec();
}

} // namespace gc
