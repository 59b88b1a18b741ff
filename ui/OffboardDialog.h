#pragma once

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QSpinBox;

namespace gc {

class TenantService;

/// Starts offboarding: explains the read-only grace period and asks its length.
class OffboardDialog final : public QDialog
{
    Q_OBJECT
public:
    OffboardDialog(TenantService& service, const Tenant& tenant, QWidget* parent = nullptr);
    void accept() override;

private:
    TenantService& m_service;
    Tenant m_tenant;
    QSpinBox* m_graceDays;
};

} // namespace gc
