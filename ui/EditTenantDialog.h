#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace gc {

class TenantService;

/// Edits a tenant's name, contact and region through
/// TenantService::updateDetails. A refusal is shown next to the offending
/// field and the dialog stays open; slug, tier and status are not editable here.
class EditTenantDialog final : public QDialog
{
    Q_OBJECT
public:
    EditTenantDialog(TenantService& service, const Tenant& tenant, QWidget* parent = nullptr);

    /// The tenant as stored by the last successful OK.
    [[nodiscard]] const Tenant& changed() const { return m_changed; }

    void accept() override;

private:
    TenantService& m_service;
    Tenant m_tenant;
    Tenant m_changed;
    FieldErrors m_errors;
    QLineEdit* m_name;
    QLineEdit* m_contactName;
    QLineEdit* m_contactEmail;
    QComboBox* m_region;
};

} // namespace gc
