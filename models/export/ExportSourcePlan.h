#pragma once

#include "auth/Permission.h"
#include "export/ExportFilter.h"
#include "export/ExportRequest.h"
#include "export/ExportSourceCatalog.h"

#include <optional>

namespace gc {

class Session;

/// The source part of a request, checked against the catalog and the session:
/// the output columns in order, the typed conditions and the sort.
struct ExportSourcePlan
{
    ExportSourceId source = ExportSourceId::Predictions;
    ExportColumns columns;
    QList<ExportTypedCondition> conditions;
    std::optional<ExportSort> sort;
    bool clearPersonalData = false;

    /// The action a session needs to view `source` (besides Action::ExportData).
    static Action viewAction(ExportSourceId source);

    /// Checks and resolves `request`:
    /// - DomainError(PermissionDenied) when the session may not ExportData, may
    ///   not view the source, or asks for clear personal data of a source that
    ///   has personal columns without ViewPersonalData (for the other sources
    ///   the flag is ignored);
    /// - DomainError(Invalid) for an unknown or repeated column (field
    ///   "columns"), a personal column without clearPersonalData, a condition on
    ///   an unknown column, a value that does not parse, a condition on a
    ///   personal column the export does not show in clear or on one of the
    ///   source's unfilterableColumns (the pseudonym; audit events' personal
    ///   columns, even in clear) (field "where"), or an unusable sort (field
    ///   "sort").
    /// Audit-event conditions are further checked by the audit reader, which
    /// maps them onto AuditFilter.
    static ExportSourcePlan from(const ExportRequest& request, const Session& session);
};

} // namespace gc
