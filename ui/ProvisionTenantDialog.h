#pragma once

#include "UiErrors.h"

#include "tenancy/TenantTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace gc {

class TenantService;

/// Collects a TenantDraft and provisions it through TenantService on OK. A
/// refusal is shown next to the offending field and the dialog stays open.
class ProvisionTenantDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProvisionTenantDialog(TenantService& service, QWidget* parent = nullptr);

    /// The draft as currently entered.
    [[nodiscard]] TenantDraft draft() const;
    /// The tenant created by the last successful OK.
    [[nodiscard]] const Tenant& provisioned() const { return m_provisioned; }

    /// Lower-case slug proposed for a tenant name ("Acme Air, Inc." -> "acme-air-inc").
    static QString suggestSlug(const QString& name);

    void accept() override;

private:
    void addConfigRow(const ConfigEntry& entry = {});
    void updateTierDependentFields();
    [[nodiscard]] QList<ConfigEntry> configEntries() const;

    TenantService& m_service;
    FieldErrors m_errors;
    QLineEdit* m_name;
    QLineEdit* m_slug;
    QComboBox* m_tier;
    QLineEdit* m_contactName;
    QLineEdit* m_contactEmail;
    QComboBox* m_region;
    QDoubleSpinBox* m_customPrice;
    QLabel* m_customPriceHint;
    QTableWidget* m_config;
    QDialogButtonBox* m_buttons;
    bool m_slugEdited = false;
    Tenant m_provisioned;
};

} // namespace gc
