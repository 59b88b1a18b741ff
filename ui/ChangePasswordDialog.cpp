#include "ChangePasswordDialog.h"

#include "FormHelpers.h"

#include "auth/AuthService.h"
#include "auth/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gc {

ChangePasswordDialog::ChangePasswordDialog(AuthService& auth, const Session& session, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_session(session), m_current(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change My Password"));
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    setUpPasswordPair(m_password, m_repeat);

    auto* who = new QLabel(tr("Signed in as %1 (%2)").arg(session.op().displayName, session.op().username), this);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    QFormLayout* form = makeForm();
    addFormField(form, m_errors, tr("&Current password:"), m_current, QStringLiteral("currentPassword"));
    QLabel* passwordError = addFormField(form, m_errors, tr("&New password:"), m_password, QStringLiteral("password"));
    addFormField(form, m_errors, tr("&Repeat new password:"), m_repeat, QStringLiteral("repeatPassword"));
    m_errors.add(QStringLiteral("newPassword"), passwordError, m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(makeDialogButtons(this, tr("&Change Password")));
    setMinimumWidth(420);
}

void ChangePasswordDialog::accept()
{
    if (!passwordsMatch(m_errors, m_password, m_repeat))
        return;
    if (guardedForm(this, m_errors,
                    [&] { m_auth.changeOwnPassword(m_session, m_current->text(), m_password->text()); }))
        QDialog::accept();
}

} // namespace gc
