#include "AuditedPermission.h"

#include "AuditLog.h"

#include "auth/Session.h"
#include "store/Store.h"

namespace gc {

void requireRecorded(AuditLog& log, const Session& who, Action action, AuditEventType type,
    std::optional<TenantId> tenant, const QString& resource)
{
    if (who.can(action))
        return;
    AuditEventDraft d;
    d.tenant = tenant;
    log.attributeTo(d, who.op());
    d.type = type;
    d.outcome = AuditOutcome::Denied;
    d.resource = resource;
    d.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("permission") },
        { QStringLiteral("action"), actionId(action) } };
    log.store().transact([&] { log.append(d); });
    who.require(action);
}

} // namespace gc
