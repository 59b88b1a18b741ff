#pragma once

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace gc {

class TenantService;

/// Deletes a tenant for good: the slug must be typed again, then the purge
/// runs behind a progress dialog that can cancel it (nothing deleted then).
class PurgeDialog final : public QDialog
{
    Q_OBJECT
public:
    PurgeDialog(TenantService& service, const Tenant& tenant, const QDateTime& nowUtc, QWidget* parent = nullptr);
    void accept() override;
    /// True after a purge that ran to the end.
    [[nodiscard]] bool purged() const { return m_purged; }

private:
    TenantService& m_service;
    Tenant m_tenant;
    QLineEdit* m_confirm;
    QCheckBox* m_ignoreGrace;
    QPushButton* m_ok = nullptr;
    bool m_purged = false;
};

} // namespace gc
