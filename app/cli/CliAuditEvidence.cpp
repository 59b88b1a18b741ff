#include "CliAudit.h"

namespace gc::cli {

QList<CliAction> auditEvidenceActions()
{
    return {};
}

} // namespace gc::cli
