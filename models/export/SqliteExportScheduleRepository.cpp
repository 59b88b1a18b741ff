#include "SqliteExportScheduleRepository.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace gc {

namespace {

constexpr std::string_view kDefinitionColumns
    = "d.id, d.name, d.request, d.schedule, d.enabled, d.owner_id, coalesce(o.username, ''), d.created_at, "
      "d.next_run_at, d.last_run_at FROM export_definitions d LEFT JOIN operators o ON o.id = d.owner_id ";

/// Statement binds std::int64_t; qint64 is another type on this platform.
std::int64_t i64(qint64 v)
{
    return static_cast<std::int64_t>(v);
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

ExportDefinition readDefinition(const Statement& s)
{
    ExportDefinition d;
    d.id = s.int64(0);
    d.name = s.text(1);
    d.request = QJsonDocument::fromJson(s.text(2).toUtf8()).object();
    d.schedule = s.text(3);
    d.enabled = s.int64(4) != 0;
    d.ownerId = s.int64(5);
    d.ownerName = s.text(6);
    d.createdAt = utc(s.int64(7));
    d.nextRunAt = utc(s.int64(8));
    if (const auto last = s.optInt64(9))
        d.lastRunAt = utc(*last);
    return d;
}

QList<ExportDefinition> readDefinitions(Statement& s)
{
    QList<ExportDefinition> out;
    while (s.step())
        out << readDefinition(s);
    return out;
}

QString requestText(const ExportDefinition& d)
{
    return QString::fromUtf8(QJsonDocument(d.request).toJson(QJsonDocument::Compact));
}

std::string definitionQuery(std::string_view tail)
{
    std::string sql = "SELECT ";
    sql += kDefinitionColumns;
    sql += tail;
    return sql;
}

} // namespace

QList<ExportDefinition> SqliteExportScheduleRepository::definitions() const
{
    Statement s = m_db.prepare(definitionQuery("ORDER BY d.name COLLATE NOCASE"));
    return readDefinitions(s);
}

std::optional<ExportDefinition> SqliteExportScheduleRepository::definitionByName(const QString& name) const
{
    Statement s = m_db.prepare(definitionQuery("WHERE d.name = ?1"));
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return readDefinition(s);
}

QList<ExportDefinition> SqliteExportScheduleRepository::dueDefinitions(qint64 nowSecs) const
{
    // "enabled = 1" repeated literally so that SQLite uses the partial index.
    Statement s = m_db.prepare(
        definitionQuery("WHERE d.enabled = 1 AND d.next_run_at <= ?1 ORDER BY d.next_run_at, d.id"));
    s.bind(1, i64(nowSecs));
    return readDefinitions(s);
}

qint64 SqliteExportScheduleRepository::insertDefinition(const ExportDefinition& d)
{
    Statement s
        = m_db.prepare("INSERT INTO export_definitions (name, request, schedule, enabled, owner_id, "
                       "created_at, next_run_at, last_run_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, d.name)
        .bind(2, requestText(d))
        .bind(3, d.schedule)
        .bind(4, d.enabled ? 1 : 0)
        .bind(5, i64(d.ownerId));
    s.bind(6, i64(d.createdAt.toSecsSinceEpoch())).bind(7, i64(d.nextRunAt.toSecsSinceEpoch()));
    if (d.lastRunAt)
        s.bind(8, i64(d.lastRunAt->toSecsSinceEpoch()));
    else
        s.bindNull(8);
    s.exec();
    return m_db.lastInsertRowId();
}

void SqliteExportScheduleRepository::updateDefinition(const ExportDefinition& d)
{
    Statement s
        = m_db.prepare("UPDATE export_definitions SET name = ?2, request = ?3, schedule = ?4, enabled = ?5, "
                       "next_run_at = ?6 WHERE id = ?1");
    s.bind(1, i64(d.id))
        .bind(2, d.name)
        .bind(3, requestText(d))
        .bind(4, d.schedule)
        .bind(5, d.enabled ? 1 : 0);
    s.bind(6, i64(d.nextRunAt.toSecsSinceEpoch()));
    s.exec();
}

void SqliteExportScheduleRepository::setRunTimes(qint64 id, qint64 lastRunAtSecs, qint64 nextRunAtSecs)
{
    Statement s
        = m_db.prepare("UPDATE export_definitions SET last_run_at = ?2, next_run_at = ?3 WHERE id = ?1");
    s.bind(1, i64(id)).bind(2, i64(lastRunAtSecs)).bind(3, i64(nextRunAtSecs));
    s.exec();
}

bool SqliteExportScheduleRepository::deleteDefinition(qint64 id)
{
    Statement s = m_db.prepare("DELETE FROM export_definitions WHERE id = ?1");
    s.bind(1, i64(id));
    s.exec();
    return m_db.changes() > 0;
}

qint64 SqliteExportScheduleRepository::insertRun(const ExportRun& r)
{
    Statement s
        = m_db.prepare("INSERT INTO export_runs (definition_id, started_at, finished_at, outcome, rows, "
                       "bytes, duration_ms, sha256, path, message) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    s.bind(1, i64(r.definitionId))
        .bind(2, i64(r.startedAt.toSecsSinceEpoch()))
        .bind(3, i64(r.finishedAt.toSecsSinceEpoch()));
    s.bind(4, exportRunOutcomeId(r.outcome))
        .bind(5, i64(r.rows))
        .bind(6, i64(r.bytes))
        .bind(7, i64(r.durationMs));
    if (r.sha256.isEmpty())
        s.bindNull(8);
    else
        s.bindBlob(8, r.sha256);
    s.bind(9, r.path).bind(10, r.message);
    s.exec();
    return m_db.lastInsertRowId();
}

QList<ExportRun> SqliteExportScheduleRepository::runs(std::optional<qint64> definitionId, int limit) const
{
    constexpr std::string_view columns
        = "SELECT r.id, r.definition_id, d.name, r.started_at, r.finished_at, r.outcome, r.rows, r.bytes, "
          "r.duration_ms, r.sha256, r.path, r.message FROM export_runs r "
          "JOIN export_definitions d ON d.id = r.definition_id ";
    std::string sql(columns);
    sql += definitionId ? "WHERE r.definition_id = ?1 ORDER BY r.id DESC LIMIT ?2"
                        : "ORDER BY r.id DESC LIMIT ?2";
    Statement s = m_db.prepare(sql);
    if (definitionId)
        s.bind(1, i64(*definitionId));
    s.bind(2, limit);
    QList<ExportRun> out;
    while (s.step()) {
        ExportRun r;
        r.id = s.int64(0);
        r.definitionId = s.int64(1);
        r.definitionName = s.text(2);
        r.startedAt = utc(s.int64(3));
        r.finishedAt = utc(s.int64(4));
        r.outcome = exportRunOutcomeFromId(s.text(5)).value_or(ExportRunOutcome::Failed);
        r.rows = s.int64(6);
        r.bytes = s.int64(7);
        r.durationMs = s.int64(8);
        r.sha256 = s.isNull(9) ? QByteArray() : s.blob(9);
        r.path = s.text(10);
        r.message = s.text(11);
        out << r;
    }
    return out;
}

} // namespace gc
