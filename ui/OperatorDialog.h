#pragma once

#include "UiErrors.h"

#include "auth/Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace gc {

class AuthService;

/// Adds an operator (user name, display name, role, initial password).
class OperatorDialog final : public QDialog
{
    Q_OBJECT
public:
    OperatorDialog(AuthService& auth, const Session& session, QWidget* parent = nullptr);
    void accept() override;

private:
    AuthService& m_auth;
    const Session& m_session;
    FieldErrors m_errors;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};

} // namespace gc
