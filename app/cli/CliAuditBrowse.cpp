#include "CliAudit.h"

namespace gc::cli {

QList<CliAction> auditBrowseActions()
{
    return {};
}

} // namespace gc::cli
