#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace gc {

class TenantService;

/// Suspends a tenant; a reason is required and kept with the tenant.
class SuspendDialog final : public QDialog
{
    Q_OBJECT
public:
    SuspendDialog(TenantService& service, const Tenant& tenant, QWidget* parent = nullptr);
    void accept() override;

private:
    TenantService& m_service;
    Tenant m_tenant;
    FieldErrors m_errors;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace gc
