#pragma once

#include "AuditEventType.h"
#include "tenancy/TenantTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace gc {

/// Which events a query asks for. Every field left at its default matches
/// everything; the fields combine with AND, the values inside one list with OR.
struct AuditFilter
{
    enum class TenantScope
    {
        Any,
        Platform, ///< only events with no tenant
        Tenant ///< only events of `tenant`
    };

    std::optional<qint64> fromMs; ///< time >= fromMs (ms since epoch, UTC)
    std::optional<qint64> toMs; ///< time < toMs
    TenantScope tenantScope = TenantScope::Any;
    TenantId tenant{0};
    QString actorId; ///< exact pseudonymous actor id; empty = any
    QList<AuditEventType> types; ///< any of these; empty = any
    QList<AuditCategory> categories; ///< any of these; empty = any
    QList<AuditSeverity> severities; ///< any of these; empty = any
    QList<AuditOutcome> outcomes; ///< any of these; empty = any
    /// Exact resource ("tenant/42"), or a prefix when it ends with '/'
    /// ("tenant/" = every tenant resource); empty = any.
    QString resource;
    /// Full-text search over the non-personal text of the event (details
    /// values and resource). Words are ANDed; "quoted phrases" and prefix*
    /// work as in FTS5; any other FTS5 syntax is taken literally, so no input
    /// can make the query fail. Empty = no text condition.
    QString text;

    [[nodiscard]] bool isEmpty() const
    {
        return !fromMs && !toMs && tenantScope == TenantScope::Any && actorId.isEmpty() && types.isEmpty()
            && categories.isEmpty() && severities.isEmpty() && outcomes.isEmpty() && resource.isEmpty()
            && text.isEmpty();
    }
    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

/// One page of a keyset-paged query: never OFFSET. Newest first pages down
/// with `beforeSeq` = the last sequence number of the previous page; oldest
/// first (and live tail) pages up with `afterSeq`.
struct AuditPageRequest
{
    enum class Order
    {
        NewestFirst,
        OldestFirst
    };

    AuditFilter filter;
    Order order = Order::NewestFirst;
    std::optional<qint64> beforeSeq; ///< seq < beforeSeq
    std::optional<qint64> afterSeq; ///< seq > afterSeq
    int limit = 200; ///< 1..10000
};

} // namespace gc
