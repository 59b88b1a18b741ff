#include "CreateApiKeyDialog.h"

#include "FormHelpers.h"

#include "tenancy/TenantService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

CreateApiKeyDialog::CreateApiKeyDialog(TenantService& service, TenantId tenant, QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("createApiKeyDialog"));
    setWindowTitle(tr("Create API Key"));
    m_name->setObjectName(QStringLiteral("keyNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Production ingest"));
    QFormLayout* form = makeForm();
    addFormField(form, m_errors, tr("&Name:"), m_name, QStringLiteral("name"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeDialogButtons(this, tr("&Create")));
    setMinimumWidth(400);
}

void CreateApiKeyDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (guardedForm(this, m_errors, [&] { m_created = m_service.createApiKey(m_tenant, name); }))
        QDialog::accept();
}

} // namespace gc
