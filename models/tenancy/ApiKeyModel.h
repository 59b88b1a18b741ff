#pragma once

#include "TenantRowsModel.h"
#include "TenantTypes.h"

namespace gc {

/// API keys of one tenant: name, prefix, created, by whom, last used, status.
class ApiKeyModel final : public TenantRowsModel<ApiKey>
{
    Q_OBJECT
public:
    enum Column { Name, Prefix, Created, CreatedBy, LastUsed, Status, ColumnCount };
    enum Roles { KeyIdRole = Qt::UserRole + 1, RevokedRole };

    explicit ApiKeyModel(TenantService& service, QObject* parent = nullptr);
    [[nodiscard]] const ApiKey& keyAt(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApiKey> fetch(TenantId id) const override;
};

} // namespace gc
