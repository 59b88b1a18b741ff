#pragma once

#include "OperatorRepository.h"
#include "PasswordHasher.h"
#include "Session.h"

#include "core/Clock.h"
#include "store/Store.h"

#include <memory>

namespace gc {

/// Signing in, the first administrator of a new store, and operator management.
/// Failures are DomainError: Authentication (same message for an unknown user,
/// a wrong password and a deactivated account, so names cannot be probed),
/// Invalid (weak password: fewer than 10 characters; bad user name),
/// Conflict (user name taken; removing the last active administrator),
/// PermissionDenied (managing operators without ManageOperators).
class AuthService final
{
public:
    AuthService(Store& store, const Clock& clock, PasswordHasher::Cost cost = {});
    ~AuthService();

    /// True while the store has no operator at all (first run).
    [[nodiscard]] bool needsFirstAdministrator() const;
    /// Creates the first administrator; refused once any operator exists.
    Operator createFirstAdministrator(const QString& username, const QString& displayName,
                                      const QString& password);
    /// Verifies the password and records the sign-in time.
    Session signIn(const QString& username, const QString& password);

    [[nodiscard]] QList<Operator> operators(const Session& who) const;
    Operator addOperator(const Session& who, const QString& username, const QString& displayName, Role role,
                         const QString& password);
    void setRole(const Session& who, qint64 operatorId, Role role);
    void setActive(const Session& who, qint64 operatorId, bool active);
    void resetPassword(const Session& who, qint64 operatorId, const QString& newPassword);
    /// Any operator may change their own password, given the current one.
    void changeOwnPassword(const Session& who, const QString& currentPassword, const QString& newPassword);

    static constexpr int kMinPasswordLength = 10;

private:
    Store& m_store;
    const Clock& m_clock;
    PasswordHasher::Cost m_cost;
    std::unique_ptr<OperatorRepository> m_repo;
};

} // namespace gc
