#include "OperatorDialog.h"

#include "FormHelpers.h"

#include "auth/AuthService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

OperatorDialog::OperatorDialog(AuthService& auth, const Session& session, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_session(session), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this))
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(tr("Add Operator"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const Role r : allRoles())
        m_role->addItem(roleDisplayName(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(Role::Analyst)));
    setUpPasswordPair(m_password, m_repeat);
    QFormLayout* form = makeForm();
    for (const auto& [label, input, field] :
         {std::tuple<QString, QWidget*, QString>{tr("&User name:"), m_username, QStringLiteral("username")},
          {tr("&Display name:"), m_displayName, QStringLiteral("displayName")},
          {tr("&Role:"), m_role, QStringLiteral("role")},
          {tr("&Password:"), m_password, QStringLiteral("password")},
          {tr("R&epeat password:"), m_repeat, QStringLiteral("repeatPassword")}})
        addFormField(form, m_errors, label, input, field);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeDialogButtons(this, tr("&Add Operator")));
    setMinimumWidth(440);
}

void OperatorDialog::accept()
{
    if (!passwordsMatch(m_errors, m_password, m_repeat))
        return;
    const bool ok = guardedForm(this, m_errors, [&] {
        m_auth.addOperator(m_session, m_username->text().trimmed(), m_displayName->text().trimmed(),
                           Role(m_role->currentData().toInt()), m_password->text());
    });
    if (ok)
        QDialog::accept();
}

} // namespace gc
