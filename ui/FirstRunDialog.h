#pragma once

#include "UiErrors.h"

#include <QDialog>

class QLineEdit;

namespace gc {

class AuthService;

/// Creates the first administrator of a new store.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(AuthService& auth, QWidget* parent = nullptr);
    /// User name of the administrator created by OK.
    [[nodiscard]] QString createdUsername() const { return m_created; }
    void accept() override;

private:
    AuthService& m_auth;
    FieldErrors m_errors;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QString m_created;
};

} // namespace gc
