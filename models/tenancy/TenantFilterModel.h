#pragma once

#include "TenantTypes.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace gc {

/// Typed filters over TenantTableModel: free text (name, slug, contact,
/// region; case-insensitive substring), status and tier. Sorts by SortRole.
class TenantFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TenantFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setStatusFilter(std::optional<TenantStatus> status);
    void setTierFilter(std::optional<Tier> tier);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    std::optional<TenantStatus> m_status;
    std::optional<Tier> m_tier;
};

} // namespace gc
