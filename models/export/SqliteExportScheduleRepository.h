#pragma once

#include "ExportScheduleRepository.h"

namespace gc {

class Database;

/// ExportScheduleRepository over export_definitions and export_runs (schema
/// version 4). The request is stored as compact JSON text, the SHA-256 as a
/// 32-byte blob, times as Unix seconds.
class SqliteExportScheduleRepository final : public ExportScheduleRepository
{
public:
    explicit SqliteExportScheduleRepository(Database& db)
        : m_db(db)
    { }
    Q_DISABLE_COPY_MOVE(SqliteExportScheduleRepository)

    [[nodiscard]] QList<ExportDefinition> definitions() const override;
    [[nodiscard]] std::optional<ExportDefinition> definitionByName(const QString& name) const override;
    [[nodiscard]] QList<ExportDefinition> dueDefinitions(qint64 nowSecs) const override;
    qint64 insertDefinition(const ExportDefinition& definition) override;
    void updateDefinition(const ExportDefinition& definition) override;
    void setRunTimes(qint64 id, qint64 lastRunAtSecs, qint64 nextRunAtSecs) override;
    bool deleteDefinition(qint64 id) override;
    qint64 insertRun(const ExportRun& run) override;
    [[nodiscard]] QList<ExportRun> runs(std::optional<qint64> definitionId, int limit) const override;

private:
    Database& m_db;
};

} // namespace gc
