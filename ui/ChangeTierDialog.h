#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace gc {

class TenantService;

/// Picks a new tier; lists live why the change is refused (usage over the new
/// limits) and keeps OK disabled while there is any such problem.
class ChangeTierDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangeTierDialog(TenantService& service, const Tenant& tenant, QWidget* parent = nullptr);

    [[nodiscard]] Tier selectedTier() const;
    /// Problems shown for the selected tier (empty when OK is possible).
    [[nodiscard]] const QStringList& problems() const { return m_problems; }
    [[nodiscard]] const Tenant& changed() const { return m_changed; }

    void accept() override;

private:
    void refresh();

    TenantService& m_service;
    Tenant m_tenant;
    Tenant m_changed;
    FieldErrors m_errors;
    QStringList m_problems;
    QComboBox* m_tierCombo;
    QDoubleSpinBox* m_price;
    QLabel* m_problemsLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace gc
