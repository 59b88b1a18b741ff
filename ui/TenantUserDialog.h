#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace gc {

class TenantService;

/// Adds a tenant user, or edits one when `existing` is given.
class TenantUserDialog final : public QDialog
{
    Q_OBJECT
public:
    TenantUserDialog(TenantService& service, TenantId tenant, std::optional<TenantUser> existing = std::nullopt,
                     QWidget* parent = nullptr);
    void accept() override;

private:
    TenantService& m_service;
    TenantId m_tenant;
    std::optional<TenantUser> m_existing;
    FieldErrors m_errors;
    QLineEdit* m_email;
    QLineEdit* m_displayName;
    QComboBox* m_role;
};

} // namespace gc
