// geoconsole audit ...: the audit trail. Each group of actions lives in its own file.
#include "CliAudit.h"
#include "CliCommands.h"

#include <QCoreApplication>

namespace gc::cli {

int runAudit(CliContext& context, const QStringList& args)
{
    QList<CliAction> actions = auditBrowseActions();
    actions << auditEvidenceActions() << auditAlertActions() << auditReportActions();
    return runArea(context, QStringLiteral("audit"),
        QCoreApplication::translate("CliAudit",
            "Browse, search, prove and verify the tamper-evident audit trail; alerts and compliance reports."),
        actions, args);
}

} // namespace gc::cli
