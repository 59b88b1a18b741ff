#include "ApiKeyModel.h"

#include "TenantService.h"

#include <QColor>
#include <QLocale>

namespace gc {

ApiKeyModel::ApiKeyModel(TenantService& service, QObject* parent)
    : TenantRowsModel(service, ColumnCount, parent)
{
}

QList<ApiKey> ApiKeyModel::fetch(TenantId id) const
{
    return m_service.apiKeys(id);
}

QVariant ApiKeyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey& k = m_rows.at(index.row());
    const auto when = [](const QDateTime& t) { return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return k.name;
        case Prefix:
            return k.prefix;
        case Created:
            return when(k.createdAt);
        case CreatedBy:
            return k.createdBy;
        case LastUsed:
            return k.lastUsedAt ? when(*k.lastUsedAt) : tr("Never");
        case Status:
            return k.revoked() ? tr("Revoked") : tr("Active");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Prefix)
            return tr("Only this prefix is kept; the full key was shown once, when it was created.");
        if (index.column() == Status && k.revokedAt)
            return tr("Revoked on %1; the key no longer authenticates").arg(when(*k.revokedAt));
        break;
    case Qt::ForegroundRole:
        if (k.revoked())
            return QColor(Qt::gray);
        break;
    case KeyIdRole:
        return k.id;
    case RevokedRole:
        return k.revoked();
    default:
        break;
    }
    return {};
}

QVariant ApiKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Prefix:
        return tr("Prefix");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("Created By");
    case LastUsed:
        return tr("Last Used");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gc
