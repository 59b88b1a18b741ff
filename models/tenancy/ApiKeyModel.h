#pragma once

#include "TenantTypes.h"

#include <QAbstractTableModel>

namespace gc {

class TenantService;

/// API keys of one tenant: name, prefix, created, by whom, last used, status.
class ApiKeyModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Prefix, Created, CreatedBy, LastUsed, Status, ColumnCount };
    enum Roles { KeyIdRole = Qt::UserRole + 1, RevokedRole };

    explicit ApiKeyModel(TenantService& service, QObject* parent = nullptr);
    void setTenant(TenantId id);
    void reload();
    [[nodiscard]] const ApiKey& keyAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TenantService& m_service;
    TenantId m_tenant;
    QList<ApiKey> m_rows;
};

} // namespace gc
