#pragma once

#include "Operator.h"
#include "Permission.h"

namespace gc {

/// The signed-in operator. Every guarded domain call checks its action here;
/// the GUI asks can() only to mirror the answer by disabling controls.
class Session final
{
public:
    explicit Session(Operator op) : m_operator(std::move(op)) {}

    [[nodiscard]] const Operator& op() const { return m_operator; }
    [[nodiscard]] Role role() const { return m_operator.role; }
    [[nodiscard]] bool can(Action action) const { return roleAllows(m_operator.role, action); }
    /// Throws DomainError(PermissionDenied) naming the role and the action.
    void require(Action action) const;

private:
    Operator m_operator;
};

} // namespace gc
