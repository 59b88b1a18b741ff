#pragma once

#include "AuditEventType.h"

#include "auth/Permission.h"
#include "tenancy/TenantTypes.h"

#include <QString>

#include <optional>

namespace gc {

class AuditLog;
class Session;

/// Session::require(action) that first records the refusal: when the role
/// does not allow `action`, appends one event of the attempted `type` with
/// outcome Denied and details {"reason": "permission", "action": <action id>}
/// in a transaction of its own, then throws DomainError(PermissionDenied).
/// Does nothing when the role allows it. StoreError if the event cannot be stored.
void requireRecorded(AuditLog& log, const Session& who, Action action, AuditEventType type,
    std::optional<TenantId> tenant, const QString& resource);

} // namespace gc
