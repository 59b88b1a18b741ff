#pragma once

#include "PaneExport.h"

#include "auth/Operator.h"

#include <QWidget>

class QAction;
class QTableWidget;

namespace gc {

class AuthService;
class Session;
class UiSettings;

/// Operator accounts: list, add, change role, (de)activate, reset password.
/// Every change goes through AuthService, which checks ManageOperators itself.
class OperatorsPane final : public QWidget
{
    Q_OBJECT
public:
    OperatorsPane(AuthService& auth, const Session& session, UiSettings& settings, QWidget* parent = nullptr);
    ~OperatorsPane() override;

    /// The operator list, for "Export…" in its context menu (the rows shown,
    /// sorted as shown; the last sign-in as a timestamp, NULL for never).
    [[nodiscard]] PaneExport::Table exportTable() const;

public slots:
    void reload();

private:
    void updateActions();
    [[nodiscard]] const Operator* selected() const;
    void addOperator();
    void changeRole();
    void setActive(bool active);
    void resetPassword();

    AuthService& m_auth;
    const Session& m_session;
    UiSettings& m_settings;
    QList<Operator> m_operators;
    QTableWidget* m_table;
    QAction* m_add;
    QAction* m_changeRole;
    QAction* m_deactivate;
    QAction* m_activate;
    QAction* m_resetPassword;
    QAction* m_reload;
};

} // namespace gc
