#pragma once

#include "TenantTypes.h"

#include <QAbstractTableModel>

namespace gc {

class TenantService;

/// The users of one tenant (as the session may see them: pseudonymous without
/// ViewPersonalData).
class TenantUserModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Email, DisplayName, Role, Status, Created, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1, ActiveRole };

    explicit TenantUserModel(TenantService& service, QObject* parent = nullptr);
    /// Shows the users of `id` (TenantId{0}: empty).
    void setTenant(TenantId id);
    void reload();
    [[nodiscard]] const TenantUser& userAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TenantService& m_service;
    TenantId m_tenant;
    QList<TenantUser> m_rows;
};

} // namespace gc
