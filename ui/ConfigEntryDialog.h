#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gc {

class TenantService;

/// Sets one custom configuration entry. The value editor follows the type
/// (a check box for booleans) and is validated live with the same rule the
/// service applies.
class ConfigEntryDialog final : public QDialog
{
    Q_OBJECT
public:
    ConfigEntryDialog(TenantService& service, TenantId tenant, std::optional<ConfigEntry> existing = std::nullopt,
                      QWidget* parent = nullptr);
    [[nodiscard]] ConfigEntry entry() const;
    void accept() override;

private:
    void updateEditors();
    void validateLive();

    TenantService& m_service;
    TenantId m_tenant;
    FieldErrors m_errors;
    QLineEdit* m_key;
    QComboBox* m_type;
    QLineEdit* m_value;
    QCheckBox* m_bool;
    QLabel* m_hint;
    QPushButton* m_ok = nullptr;
};

} // namespace gc
