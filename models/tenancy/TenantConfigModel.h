#pragma once

#include "TenantRowsModel.h"
#include "TenantTypes.h"

namespace gc {

/// Custom configuration of one tenant: key, type, value.
class TenantConfigModel final : public TenantRowsModel<ConfigEntry>
{
    Q_OBJECT
public:
    enum Column { Key, Type, Value, ColumnCount };

    explicit TenantConfigModel(TenantService& service, QObject* parent = nullptr);
    [[nodiscard]] const ConfigEntry& entryAt(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConfigEntry> fetch(TenantId id) const override;
};

} // namespace gc
