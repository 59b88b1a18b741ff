#pragma once

#include "TenantRowsModel.h"
#include "TenantTypes.h"

namespace gc {

/// The users of one tenant (as the session may see them: pseudonymous without
/// ViewPersonalData).
class TenantUserModel final : public TenantRowsModel<TenantUser>
{
    Q_OBJECT
public:
    enum Column { Email, DisplayName, Role, Status, Created, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1, ActiveRole };

    explicit TenantUserModel(TenantService& service, QObject* parent = nullptr);
    /// Shows the users of `id` (TenantId{0}: empty).
    [[nodiscard]] const TenantUser& userAt(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TenantUser> fetch(TenantId id) const override;
};

} // namespace gc
