#pragma once

#include "TenantTypes.h"

#include <QAbstractTableModel>

namespace gc {

class TenantService;

/// Custom configuration of one tenant: key, type, value.
class TenantConfigModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Type, Value, ColumnCount };

    explicit TenantConfigModel(TenantService& service, QObject* parent = nullptr);
    void setTenant(TenantId id);
    void reload();
    [[nodiscard]] const ConfigEntry& entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TenantService& m_service;
    TenantId m_tenant;
    QList<ConfigEntry> m_rows;
};

} // namespace gc
