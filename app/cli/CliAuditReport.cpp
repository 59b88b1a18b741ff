#include "CliAudit.h"

namespace gc::cli {

QList<CliAction> auditReportActions()
{
    return {};
}

} // namespace gc::cli
