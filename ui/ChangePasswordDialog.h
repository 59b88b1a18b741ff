#pragma once

#include "UiErrors.h"

#include <QDialog>

class QLineEdit;

namespace gc {

class AuthService;
class Session;

/// Lets the signed-in operator change their own password, given the current
/// one. A wrong current password or a weak new one is shown next to its field
/// and the dialog stays open; the repeat is checked here before asking the service.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(AuthService& auth, const Session& session, QWidget* parent = nullptr);
    void accept() override;

private:
    AuthService& m_auth;
    const Session& m_session;
    FieldErrors m_errors;
    QLineEdit* m_current;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

} // namespace gc
