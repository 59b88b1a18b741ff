#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QLineEdit;

namespace gc {

class TenantService;

/// Names and creates an API key; the new secret is available once, from created().
class CreateApiKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    CreateApiKeyDialog(TenantService& service, TenantId tenant, QWidget* parent = nullptr);
    void accept() override;
    [[nodiscard]] const NewApiKey& created() const { return m_created; }

private:
    TenantService& m_service;
    TenantId m_tenant;
    FieldErrors m_errors;
    QLineEdit* m_name;
    NewApiKey m_created;
};

} // namespace gc
