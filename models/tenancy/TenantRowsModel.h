#pragma once

#include "TenantTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace gc {

class TenantService;

/// What the per-tenant tables (users, API keys, configuration) share: the
/// tenant shown, a reload that fetches before it resets (so a refused fetch
/// leaves the view's rows as they were), and flat row and column counts.
/// Subclasses supply fetch(), data() and headerData().
template<typename Row>
class TenantRowsModel : public QAbstractTableModel
{
public:
    /// Shows the rows of `id` (TenantId{0}: empty).
    void setTenant(TenantId id)
    {
        m_tenant = id;
        reload();
    }

    void reload()
    {
        QList<Row> rows = m_tenant.value ? fetch(m_tenant) : QList<Row>();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    TenantRowsModel(TenantService& service, int columns, QObject* parent)
        : QAbstractTableModel(parent), m_service(service), m_columns(columns)
    {
    }
    /// The rows of `id` as the service returns them to the session.
    virtual QList<Row> fetch(TenantId id) const = 0;

    TenantService& m_service;
    QList<Row> m_rows;

private:
    TenantId m_tenant;
    int m_columns;
};

} // namespace gc
