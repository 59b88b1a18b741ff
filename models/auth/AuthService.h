#pragma once

#include "OperatorRepository.h"
#include "PasswordHasher.h"
#include "Session.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <functional>
#include <memory>

namespace gc {

class AuditLog;

/// Signing in, the first administrator of a new store, and operator management.
/// Failures are DomainError: Authentication (same message for an unknown user,
/// a wrong password and a deactivated account, so names cannot be probed),
/// Invalid (weak password: fewer than 10 characters; bad user name),
/// Conflict (user name taken; removing the last active administrator),
/// PermissionDenied (managing operators without ManageOperators),
/// NotFound (no operator with the given id).
/// User names are case-insensitive and stored lower-case; they match
/// ^[a-z][a-z0-9._-]{2,31}$ (field "username"). Display names must not be blank
/// (field "displayName"); new passwords are checked with field "password".
///
/// Audit trail: every change appends exactly one event to `log` in its own
/// transaction (Login with the sign-in time, RoleChanged for a new operator,
/// a role change and (de)activation, PasswordChanged for resets and one's own
/// change). A failed sign-in records LoginFailed (outcome Failure, actor the
/// pseudonym of the typed user name, the typed name only in the personal part)
/// in a transaction of its own; a refusal for lack of ManageOperators records
/// the attempted type with outcome Denied. Other refusals record nothing.
class AuthService final
{
public:
    AuthService(Store& store, const Clock& clock, AuditLog& log, PasswordHasher::Cost cost = {});
    ~AuthService();
    Q_DISABLE_COPY_MOVE(AuthService)

    /// True while the store has no operator at all (first run).
    [[nodiscard]] bool needsFirstAdministrator() const;
    /// Creates the first administrator; refused once any operator exists.
    Operator createFirstAdministrator(const QString& username, const QString& displayName,
                                      const QString& password);
    /// Verifies the password and records the sign-in time (the returned
    /// session's lastLoginAt is this sign-in). A hash below the service's cost
    /// is replaced by one at that cost.
    Session signIn(const QString& username, const QString& password);
    /// Records the end of a session (Logout); changes nothing else.
    void signOut(const Session& session);

    [[nodiscard]] QList<Operator> operators(const Session& who) const;
    Operator addOperator(const Session& who, const QString& username, const QString& displayName, Role role,
                         const QString& password);
    void setRole(const Session& who, qint64 operatorId, Role role);
    void setActive(const Session& who, qint64 operatorId, bool active);
    void resetPassword(const Session& who, qint64 operatorId, const QString& newPassword);
    /// Any operator may change their own password, given the current one
    /// (a wrong one is Authentication with field "currentPassword").
    void changeOwnPassword(const Session& who, const QString& currentPassword, const QString& newPassword);

    static constexpr int kMinPasswordLength = 10; ///< in characters (code points)
    static constexpr int kMaxPasswordLength = 1024;
    static constexpr int kMaxDisplayNameLength = 120;

private:
    /// Applies `edit` to one operator in a transaction, keeping an active
    /// administrator, and records `type` with `details` (plus the operator's
    /// id and pseudonym) in it.
    void editOperator(const Session& who, qint64 operatorId, AuditEventType type,
        const std::function<QJsonObject(Operator&)>& edit);
    /// Records a failed sign-in for the typed user name (own transaction).
    [[noreturn]] void failSignIn(const QString& typedUsername, const QString& reason);
    /// The event `type` by `who` about operator `target`.
    [[nodiscard]] AuditEventDraft draftAbout(
        const Operator& who, AuditEventType type, const Operator& target) const;

    Store& m_store;
    const Clock& m_clock;
    AuditLog& m_log;
    PasswordHasher::Cost m_cost;
    std::unique_ptr<OperatorRepository> m_repo;
    /// Hash of a random password, verified against when the user name is
    /// unknown so that sign-in takes as long as for a known one.
    mutable QString m_decoyHash;
};

} // namespace gc
