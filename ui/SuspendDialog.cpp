#include "SuspendDialog.h"

#include "FormHelpers.h"

#include "tenancy/TenantService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

SuspendDialog::SuspendDialog(TenantService& service, const Tenant& tenant, QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_reason(new QPlainTextEdit(this)),
      m_buttons(makeDialogButtons(this, tr("&Suspend")))
{
    setObjectName(QStringLiteral("suspendDialog"));
    setWindowTitle(tr("Suspend %1").arg(tenant.name));
    auto* intro = new QLabel(tr("While suspended, the tenant keeps all its data but its API keys stop working. "
                                "You can reactivate it at any time."),
                             this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. Invoice 2026-114 unpaid for 60 days"));
    QLabel* error = makeErrorLabel(this, QStringLiteral("reasonError"));
    m_errors.add(QStringLiteral("reason"), error, m_reason);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(fieldWithError(m_reason, error));
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    setMinimumWidth(440);
}

void SuspendDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_errors.showAt(QStringLiteral("reason"), tr("Enter the reason for the suspension."));
        return;
    }
    if (guardedForm(this, m_errors, [&] { m_service.suspend(m_tenant.id, reason); }))
        QDialog::accept();
}

} // namespace gc
