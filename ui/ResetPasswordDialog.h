#pragma once

#include "UiErrors.h"

#include "auth/Operator.h"
#include "auth/Session.h"

#include <QDialog>

class QLineEdit;

namespace gc {

class AuthService;

/// Sets a new password for another operator.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(AuthService& auth, const Session& session, const Operator& op, QWidget* parent = nullptr);
    void accept() override;

private:
    AuthService& m_auth;
    const Session& m_session;
    Operator m_operator;
    FieldErrors m_errors;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

} // namespace gc
