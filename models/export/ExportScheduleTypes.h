#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gc {

/// How one scheduled run ended (stored as its id in export_runs.outcome).
enum class ExportRunOutcome : quint8
{
    Succeeded,
    Failed,
    Cancelled
};

QString exportRunOutcomeId(ExportRunOutcome outcome); ///< "succeeded", "failed", "cancelled"
std::optional<ExportRunOutcome> exportRunOutcomeFromId(const QString& id);
QString exportRunOutcomeDisplayName(ExportRunOutcome outcome); ///< translated

/// A saved export with its schedule (docs/export-schedules.md).
struct ExportDefinition
{
    qint64 id = 0;
    QString name; ///< unique, case-insensitive
    /// ExportRequest::toJson(); kept as JSON so that a request a later version
    /// no longer accepts fails its run with a message instead of hiding the definition.
    QJsonObject request;
    QString schedule; ///< ExportSchedule::text()
    bool enabled = true;
    qint64 ownerId = 0; ///< the operator whose role each run is checked against
    QString ownerName; ///< the owner's user name (read only, for lists)
    QDateTime createdAt;
    QDateTime nextRunAt; ///< UTC
    std::optional<QDateTime> lastRunAt;
};

/// One run of a definition.
struct ExportRun
{
    qint64 id = 0;
    qint64 definitionId = 0;
    QString definitionName; ///< read only, for lists
    QDateTime startedAt;
    QDateTime finishedAt;
    ExportRunOutcome outcome = ExportRunOutcome::Failed;
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 durationMs = 0;
    QByteArray sha256; ///< of `path`; empty unless succeeded
    QString path; ///< the file written (or, failed, the one that was asked for)
    QString message; ///< why it failed or was cancelled; empty on success
};

} // namespace gc
