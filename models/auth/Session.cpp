#include "Session.h"

#include "core/DomainError.h"

#include <QCoreApplication>

namespace gc {

void Session::require(Action action) const
{
    if (can(action))
        return;
    //: %1 is a role ("Analyst"), %2 an action ("provision tenants").
    throw DomainError(DomainError::Kind::PermissionDenied,
        QCoreApplication::translate("Session", "Your role (%1) does not allow you to %2.")
            .arg(roleDisplayName(role()), actionDisplayName(action)));
}

} // namespace gc
