#pragma once

#include "ExportScheduleTypes.h"

#include <QList>

#include <optional>

namespace gc {

/// Storage of export definitions and their runs. Times are UTC; all calls
/// throw StoreError on a store failure.
class ExportScheduleRepository
{
public:
    virtual ~ExportScheduleRepository() = default;

    /// Every definition, by name.
    [[nodiscard]] virtual QList<ExportDefinition> definitions() const = 0;
    /// Case-insensitive.
    [[nodiscard]] virtual std::optional<ExportDefinition> definitionByName(const QString& name) const = 0;
    /// Enabled definitions whose next run is at or before `nowSecs`, the most overdue first.
    [[nodiscard]] virtual QList<ExportDefinition> dueDefinitions(qint64 nowSecs) const = 0;
    /// Stores a new definition (id ignored) and returns its id.
    virtual qint64 insertDefinition(const ExportDefinition& definition) = 0;
    /// Writes name, request, schedule, enabled and next run of the row `definition.id`.
    virtual void updateDefinition(const ExportDefinition& definition) = 0;
    virtual void setRunTimes(qint64 id, qint64 lastRunAtSecs, qint64 nextRunAtSecs) = 0;
    /// Deletes the definition and its runs; false when there was none.
    virtual bool deleteDefinition(qint64 id) = 0;

    /// Stores a run (id ignored) and returns its id.
    virtual qint64 insertRun(const ExportRun& run) = 0;
    /// Runs newest first, of one definition or (nullopt) of all, at most `limit`.
    [[nodiscard]] virtual QList<ExportRun> runs(std::optional<qint64> definitionId, int limit) const = 0;
};

} // namespace gc
