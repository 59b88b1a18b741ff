#pragma once

#include "auth/Session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace gc {

class AuthService;

/// Signs an operator in. A refusal shows next to the form, clears the
/// password and keeps the dialog open. With `showDemoAccounts` it lists the
/// demo store's accounts, so a person trying the console can get in.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AuthService& auth, const QString& storePath, bool showDemoAccounts, const QString& username = {},
                QWidget* parent = nullptr);
    /// The session of the last successful sign-in.
    [[nodiscard]] const std::optional<Session>& session() const { return m_session; }
    void accept() override;

private:
    AuthService& m_auth;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_error;
    std::optional<Session> m_session;
};

} // namespace gc
