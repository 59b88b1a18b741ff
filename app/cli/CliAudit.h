#pragma once

#include "CliCommand.h"

#include <QList>

namespace gc::cli {

// The actions of `geoconsole audit`, grouped by the file that implements them.
// CliAudit.cpp puts them together in one area.

/// query, tail, show, checkpoint, checkpoints, rotate-key, proof, consistency (CliAuditBrowse.cpp)
QList<CliAction> auditBrowseActions();
/// verify, bundle, verify-bundle (CliAuditEvidence.cpp)
QList<CliAction> auditEvidenceActions();
/// alerts, resolve-alert, alert-rules (CliAuditAlerts.cpp)
QList<CliAction> auditAlertActions();
/// report (CliAuditReport.cpp)
QList<CliAction> auditReportActions();

} // namespace gc::cli
