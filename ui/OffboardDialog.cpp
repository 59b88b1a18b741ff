#include "OffboardDialog.h"

#include "FormHelpers.h"
#include "UiErrors.h"

#include "tenancy/TenantService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gc {

OffboardDialog::OffboardDialog(TenantService& service, const Tenant& tenant, QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_graceDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("offboardDialog"));
    setWindowTitle(tr("Offboard %1").arg(tenant.name));
    auto* text = new QLabel(
        tr("Offboarding makes %1 read-only at once: its users, API keys and configuration can no longer be "
           "changed. After the grace period the tenant can be purged, which deletes it and everything it owns. "
           "Until then nothing is deleted.")
            .arg(tenant.name),
        this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("explanationLabel"));
    m_graceDays->setObjectName(QStringLiteral("graceDaysSpin"));
    m_graceDays->setRange(0, 365);
    m_graceDays->setValue(30);
    m_graceDays->setSuffix(tr(" days"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Grace period:"), m_graceDays);
    QDialogButtonBox* buttons = makeDialogButtons(this, tr("&Offboard"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void OffboardDialog::accept()
{
    if (guarded(this, [&] { m_service.offboard(m_tenant.id, m_graceDays->value()); }))
        QDialog::accept();
}

} // namespace gc
