#pragma once

#include "ComplianceReport.h"

#include <functional>
#include <memory>

namespace gc {

class AuditReader;
class Clock;

/// Gathers a ComplianceReport from the audit trail: one range scan over the
/// period's stored rows (counts, lists, samples, gap check; memory bounded by
/// the list limits, not by the number of events), an independent COUNT, the
/// checkpoints around the period with the consistency proof between them, and
/// a full re-hash of the log by AuditVerifier. Read-only: it never signs a
/// checkpoint (ComplianceReportWriter::ensureCheckpoint does, for operators who may).
class ComplianceReportBuilder final
{
public:
    /// progress(percent 0..100, translated stage); return false to cancel
    /// (build() then throws StoreError Interrupted).
    using Progress = std::function<bool(int, const QString&)>;

    /// Requires ExportAuditEvidence of the reader's session (DomainError
    /// PermissionDenied otherwise). DomainError Invalid (field "period") when
    /// fromMs >= toMs, and (field "sampleSize") for a sample size outside 0..1000.
    /// `openReader`, when given, opens a second reader so that the re-hash
    /// runs on two connections at once (AuditVerifier::Options::openReader).
    [[nodiscard]] static ComplianceReport build(const AuditReader& reader, const Clock& clock,
        const ComplianceReportRequest& request, const Progress& progress = {},
        const std::function<std::unique_ptr<AuditReader>()>& openReader = {});

    /// The record a stored row encodes; when its bytes do not decode (the
    /// re-hash reports that), the row's columns with details marking it.
    [[nodiscard]] static AuditRecord recordOf(const StoredAuditRow& row);
    /// The filter a report reads its period with: the time range and nothing else.
    [[nodiscard]] static AuditFilter periodFilter(const ComplianceReportRequest& request);
    /// The filter as one line of text, e.g.
    /// "time >= 2026-08-01T00:00:00.000Z AND time < 2026-11-01T00:00:00.000Z; all tenants, actors, types, outcomes".
    [[nodiscard]] static QString queryText(const AuditFilter& filter);
};

} // namespace gc
