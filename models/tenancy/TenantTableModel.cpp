#include "TenantTableModel.h"

#include "TenantService.h"

#include <QColor>
#include <QLocale>

namespace gc {

TenantTableModel::TenantTableModel(TenantService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void TenantTableModel::reload()
{
    // Fetch before the reset: if the service refuses, the view keeps its rows.
    QList<TenantSummary> rows = m_service.listTenants();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TenantTableModel::rowOf(TenantId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).tenant.id == id)
            return row;
    }
    return -1;
}

int TenantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantSummary& s = m_rows.at(index.row());
    const Tenant& t = s.tenant;
    const auto maxUsers = tierLimits(t.tier).maxUsers;

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return t.name;
        case Slug:
            return t.slug;
        case Tier:
            return tierDisplayName(t.tier);
        case Status:
            return tenantStatusDisplayName(t.status);
        case Region:
            return t.region;
        case Users:
            return maxUsers ? tr("%1 / %2").arg(QLocale().toString(s.activeUsers), QLocale().toString(*maxUsers))
                            : QLocale().toString(s.activeUsers);
        case RequestsToday:
            return QLocale().toString(s.requestsToday);
        case Created:
            return QLocale().toString(t.createdAt.date(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Name:
            return t.name.toLower();
        case Slug:
            return t.slug;
        case Tier:
            return tierRank(t.tier);
        case Status:
            return int(t.status);
        case Region:
            return t.region;
        case Users:
            return s.activeUsers;
        case RequestsToday:
            return s.requestsToday;
        case Created:
            return t.createdAt.toSecsSinceEpoch();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Users:
            return maxUsers ? tr("%1 of %2 active users allowed by the %3 tier")
                                  .arg(QLocale().toString(s.activeUsers), QLocale().toString(*maxUsers),
                                       tierDisplayName(t.tier))
                            : tr("%1 active users (the %2 tier has no user limit)")
                                  .arg(QLocale().toString(s.activeUsers), tierDisplayName(t.tier));
        case RequestsToday:
            if (const auto limit = tierLimits(t.tier).maxRequestsPerDay)
                return tr("%1 of %2 requests allowed per day (UTC)")
                    .arg(QLocale().toString(s.requestsToday), QLocale().toString(*limit));
            return tr("%1 requests today (UTC); no daily limit").arg(QLocale().toString(s.requestsToday));
        case Status:
            if (t.status == TenantStatus::Suspended && !t.statusReason.isEmpty())
                return tr("Suspended: %1").arg(t.statusReason);
            if (t.status == TenantStatus::Offboarding && t.purgeAfter)
                return tr("Read-only; can be purged from %1")
                    .arg(QLocale().toString(t.purgeAfter->toLocalTime(), QLocale::ShortFormat));
            break;
        case Created:
            return QLocale().toString(t.createdAt.toLocalTime(), QLocale::LongFormat);
        case Name:
            if (!t.contactName.isEmpty() || !t.contactEmail.isEmpty())
                return tr("Contact: %1 <%2>").arg(t.contactName, t.contactEmail);
            break;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Users || index.column() == RequestsToday)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (t.status != TenantStatus::Active)
            return QColor(Qt::gray);
        break;
    case TenantIdRole:
        return t.id.value;
    case StatusRole:
        return int(t.status);
    case TierRole:
        return int(t.tier);
    case SearchTextRole:
        return QStringList{t.name, t.slug, t.contactName, t.contactEmail, t.region}.join(u'\n').toLower();
    default:
        break;
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Slug:
        return tr("Slug");
    case Tier:
        return tr("Tier");
    case Status:
        return tr("Status");
    case Region:
        return tr("Region");
    case Users:
        return tr("Users");
    case RequestsToday:
        return tr("Requests Today");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gc
