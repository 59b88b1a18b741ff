#pragma once

#include "TenantTypes.h"

#include <QAbstractTableModel>

namespace gc {

class TenantService;

/// All tenants with their list figures, loaded at once (tens of thousands of
/// rows at most). Sort and filter with TenantFilterModel on top.
class TenantTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Slug, Tier, Status, Region, Users, RequestsToday, Created, ColumnCount };
    enum Roles {
        TenantIdRole = Qt::UserRole + 1, ///< qint64
        SortRole,                        ///< raw value for sorting (numbers, times, ranks)
        StatusRole,                      ///< int(TenantStatus)
        TierRole,                        ///< int(Tier)
        SearchTextRole,                  ///< name + slug + contact + region, lower-case
    };

    explicit TenantTableModel(TenantService& service, QObject* parent = nullptr);

    /// Re-reads the list from the service (a model reset).
    void reload();
    /// Row of a tenant, or -1.
    [[nodiscard]] int rowOf(TenantId id) const;
    [[nodiscard]] const TenantSummary& summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TenantService& m_service;
    QList<TenantSummary> m_rows;
};

} // namespace gc
