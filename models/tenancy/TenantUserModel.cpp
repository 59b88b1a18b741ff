#include "TenantUserModel.h"

#include "TenantService.h"

#include <QColor>
#include <QLocale>

namespace gc {

TenantUserModel::TenantUserModel(TenantService& service, QObject* parent)
    : TenantRowsModel(service, ColumnCount, parent)
{
}

QList<TenantUser> TenantUserModel::fetch(TenantId id) const
{
    return m_service.users(id);
}

QVariant TenantUserModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantUser& u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Email:
            return u.email;
        case DisplayName:
            return u.displayName;
        case Role:
            return tenantUserRoleDisplayName(u.role);
        case Status:
            return u.active ? tr("Active") : tr("Deactivated");
        case Created:
            return QLocale().toString(u.createdAt.date(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && u.deactivatedAt)
            return tr("Deactivated on %1; does not count against the user quota")
                .arg(QLocale().toString(u.deactivatedAt->toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Created)
            return QLocale().toString(u.createdAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::ForegroundRole:
        if (!u.active)
            return QColor(Qt::gray);
        break;
    case UserIdRole:
        return u.id;
    case ActiveRole:
        return u.active;
    default:
        break;
    }
    return {};
}

QVariant TenantUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Email:
        return tr("E-mail");
    case DisplayName:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gc
