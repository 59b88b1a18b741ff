#include "ResetPasswordDialog.h"

#include "FormHelpers.h"

#include "auth/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

ResetPasswordDialog::ResetPasswordDialog(AuthService& auth, const Session& session, const Operator& op,
                                         QWidget* parent)
    : QDialog(parent), m_auth(auth), m_session(session), m_operator(op), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password of %1").arg(op.displayName));
    setUpPasswordPair(m_password, m_repeat);
    QFormLayout* form = makeForm();
    QLabel* passwordError = addFormField(form, m_errors, tr("&New password:"), m_password, QStringLiteral("password"));
    addFormField(form, m_errors, tr("&Repeat password:"), m_repeat, QStringLiteral("repeatPassword"));
    m_errors.add(QStringLiteral("newPassword"), passwordError, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeDialogButtons(this, tr("&Reset Password")));
    setMinimumWidth(400);
}

void ResetPasswordDialog::accept()
{
    if (!passwordsMatch(m_errors, m_password, m_repeat))
        return;
    if (guardedForm(this, m_errors, [&] { m_auth.resetPassword(m_session, m_operator.id, m_password->text()); }))
        QDialog::accept();
}

} // namespace gc
