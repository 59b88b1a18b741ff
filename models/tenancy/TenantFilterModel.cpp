#include "TenantFilterModel.h"

#include "TenantTableModel.h"

namespace gc {

TenantFilterModel::TenantFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TenantTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TenantFilterModel::setSearchText(const QString& text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    invalidateFilter();
}

void TenantFilterModel::setStatusFilter(std::optional<TenantStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void TenantFilterModel::setTierFilter(std::optional<Tier> tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateFilter();
}

bool TenantFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(TenantTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_tier && index.data(TenantTableModel::TierRole).toInt() != int(*m_tier))
        return false;
    // The search text is already lower-case on both sides.
    return m_search.isEmpty() || index.data(TenantTableModel::SearchTextRole).toString().contains(m_search);
}

} // namespace gc
