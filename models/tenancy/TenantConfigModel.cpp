#include "TenantConfigModel.h"

#include "TenantService.h"

namespace gc {

TenantConfigModel::TenantConfigModel(TenantService& service, QObject* parent)
    : TenantRowsModel(service, ColumnCount, parent)
{
}

QList<ConfigEntry> TenantConfigModel::fetch(TenantId id) const
{
    return m_service.config(id);
}

QVariant TenantConfigModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Key:
            return e.key;
        case Type:
            return configTypeDisplayName(e.type);
        case Value:
            return e.value;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Value && e.type == ConfigType::Duration)
        return tr("Stored in the largest whole unit: s = seconds, m = minutes, h = hours, d = days");
    return {};
}

QVariant TenantConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        return tr("Key");
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gc
