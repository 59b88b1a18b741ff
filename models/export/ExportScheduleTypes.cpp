#include "ExportScheduleTypes.h"

#include <QCoreApplication>

namespace gc {

QString exportRunOutcomeId(ExportRunOutcome outcome)
{
    switch (outcome) {
    case ExportRunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case ExportRunOutcome::Failed:
        return QStringLiteral("failed");
    case ExportRunOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ExportRunOutcome> exportRunOutcomeFromId(const QString& id)
{
    for (ExportRunOutcome o :
        { ExportRunOutcome::Succeeded, ExportRunOutcome::Failed, ExportRunOutcome::Cancelled }) {
        if (exportRunOutcomeId(o) == id)
            return o;
    }
    return std::nullopt;
}

QString exportRunOutcomeDisplayName(ExportRunOutcome outcome)
{
    switch (outcome) {
    case ExportRunOutcome::Succeeded:
        return QCoreApplication::translate("ExportSchedule", "Succeeded");
    case ExportRunOutcome::Failed:
        return QCoreApplication::translate("ExportSchedule", "Failed");
    case ExportRunOutcome::Cancelled:
        return QCoreApplication::translate("ExportSchedule", "Cancelled");
    }
    return {};
}

} // namespace gc
