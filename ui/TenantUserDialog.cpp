#include "TenantUserDialog.h"

#include "FormHelpers.h"

#include "tenancy/TenantService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

TenantUserDialog::TenantUserDialog(TenantService& service, TenantId tenant, std::optional<TenantUser> existing,
                                   QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_existing(std::move(existing)),
      m_email(new QLineEdit(this)), m_displayName(new QLineEdit(this)), m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("tenantUserDialog"));
    setWindowTitle(m_existing ? tr("Edit User") : tr("Add User"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const TenantUserRole r : {TenantUserRole::Viewer, TenantUserRole::Analyst, TenantUserRole::Admin})
        m_role->addItem(tenantUserRoleDisplayName(r), int(r));
    if (m_existing) {
        m_email->setText(m_existing->email);
        m_displayName->setText(m_existing->displayName);
        m_role->setCurrentIndex(m_role->findData(int(m_existing->role)));
    }
    QFormLayout* form = makeForm();
    addFormField(form, m_errors, tr("&E-mail:"), m_email, QStringLiteral("email"));
    addFormField(form, m_errors, tr("&Name:"), m_displayName, QStringLiteral("displayName"));
    addFormField(form, m_errors, tr("&Role:"), m_role, QStringLiteral("role"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeDialogButtons(this));
    setMinimumWidth(420);
}

void TenantUserDialog::accept()
{
    const QString email = m_email->text().trimmed();
    const QString name = m_displayName->text().trimmed();
    const auto role = TenantUserRole(m_role->currentData().toInt());
    const bool ok = guardedForm(this, m_errors, [&] {
        if (m_existing)
            m_service.editUser(m_tenant, m_existing->id, email, name, role);
        else
            m_service.addUser(m_tenant, email, name, role);
    });
    if (ok)
        QDialog::accept();
}

} // namespace gc
