#include "FirstRunDialog.h"

#include "FormHelpers.h"

#include "auth/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

FirstRunDialog::FirstRunDialog(AuthService& auth, QWidget* parent)
    : QDialog(parent), m_auth(auth), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Create the First Administrator"));
    auto* intro = new QLabel(tr("This store has no operators yet. Create the administrator account that "
                                "signs in first; it can add further operators later."),
                             this);
    intro->setWordWrap(true);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    setUpPasswordPair(m_password, m_repeat);

    QFormLayout* form = makeForm();
    addFormField(form, m_errors, tr("&User name:"), m_username, QStringLiteral("username"));
    addFormField(form, m_errors, tr("&Display name:"), m_displayName, QStringLiteral("displayName"));
    addFormField(form, m_errors, tr("&Password:"), m_password, QStringLiteral("password"));
    addFormField(form, m_errors, tr("&Repeat password:"), m_repeat, QStringLiteral("repeatPassword"));
    QDialogButtonBox* buttons = makeDialogButtons(this, tr("&Create Administrator"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void FirstRunDialog::accept()
{
    if (!passwordsMatch(m_errors, m_password, m_repeat))
        return;
    const QString username = m_username->text().trimmed();
    const bool ok = guardedForm(this, m_errors, [&] {
        m_auth.createFirstAdministrator(username, m_displayName->text().trimmed(), m_password->text());
    });
    if (!ok)
        return;
    m_created = username;
    QDialog::accept();
}

} // namespace gc
