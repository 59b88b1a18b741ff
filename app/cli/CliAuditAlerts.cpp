#include "CliAudit.h"

namespace gc::cli {

QList<CliAction> auditAlertActions()
{
    return {};
}

} // namespace gc::cli
