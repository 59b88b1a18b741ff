#include "EditTenantDialog.h"

#include "FormHelpers.h"

#include "tenancy/TenantService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gc {

EditTenantDialog::EditTenantDialog(TenantService& service, const Tenant& tenant, QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_changed(tenant), m_name(new QLineEdit(this)),
      m_contactName(new QLineEdit(this)), m_contactEmail(new QLineEdit(this)), m_region(new QComboBox(this))
{
    setObjectName(QStringLiteral("editTenantDialog"));
    setWindowTitle(tr("Edit Tenant %1").arg(tenant.name));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setText(tenant.name);
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactName->setText(tenant.contactName);
    m_contactEmail->setObjectName(QStringLiteral("contactEmailEdit"));
    m_contactEmail->setPlaceholderText(tr("name@example.org"));
    m_contactEmail->setText(tenant.contactEmail);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->addItems(knownRegions());
    // A region retired from the list since provisioning stays visible, so that
    // saving other fields does not silently move the tenant; the service judges it.
    if (m_region->findText(tenant.region) < 0 && !tenant.region.isEmpty())
        m_region->addItem(tenant.region);
    m_region->setCurrentIndex(m_region->findText(tenant.region));

    auto* slug = new QLabel(tenant.slug, this);
    slug->setObjectName(QStringLiteral("slugLabel"));
    slug->setTextFormat(Qt::PlainText);
    slug->setTextInteractionFlags(Qt::TextSelectableByMouse);
    slug->setToolTip(tr("The slug cannot be changed."));

    QFormLayout* form = makeForm();
    form->addRow(tr("Slug:"), slug);
    addFormField(form, m_errors, tr("&Name:"), m_name, QStringLiteral("name"));
    addFormField(form, m_errors, tr("Contact na&me:"), m_contactName, QStringLiteral("contactName"));
    addFormField(form, m_errors, tr("Contact &e-mail:"), m_contactEmail, QStringLiteral("contactEmail"));
    addFormField(form, m_errors, tr("&Region:"), m_region, QStringLiteral("region"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(makeDialogButtons(this, tr("&Save")));
    setMinimumWidth(480);
}

void EditTenantDialog::accept()
{
    const bool ok = guardedForm(this, m_errors, [&] {
        m_changed = m_service.updateDetails(m_tenant.id, m_name->text().trimmed(), m_contactName->text().trimmed(),
                                            m_contactEmail->text().trimmed(), m_region->currentText());
    });
    if (ok)
        QDialog::accept();
}

} // namespace gc
