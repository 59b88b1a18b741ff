#pragma once

#include "ExportJob.h"
#include "ExportRequest.h"
#include "ExportScheduleTypes.h"

#include "auth/Session.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <atomic>
#include <exception>
#include <memory>
#include <mutex>

namespace gc {

class AuditLog;
class Clock;
class ExportScheduleRepository;
class Store;

/// One claimed run of a scheduled export between ExportScheduleService::claimNext()
/// and complete(): `job` is prepared and only needs write(), or null when the
/// run already failed (`run.outcome`, `run.message`).
struct ScheduledExport
{
    ExportDefinition definition;
    ExportRun run;
    std::unique_ptr<ExportJob> job;
    std::optional<Session> owner;
    QElapsedTimer elapsed;
    bool recordedByJob = false; ///< the failure is already in the audit trail
};

/// Scheduled exports (docs/export-schedules.md): saved export requests with a
/// schedule, and the runs of the due ones.
///
/// Mutations (define, redefine, setEnabled, undefine) need
/// Action::ManageExportSchedules; an operator who is not an administrator
/// changes only definitions they own. Each mutation runs in one transaction
/// with one ConfigurationChanged audit event (details "change":
/// export_definition_created|changed|enabled|disabled|deleted, the name,
/// schedule, source and format; the destination path goes into the personal
/// part). A refusal by role records a Denied event first (requireRecorded).
/// Reading definitions and history needs Action::ExportData.
///
/// Threads: every call on the thread that owns the Store, except cancel().
class ExportScheduleService final
{
public:
    /// `writerFactory` makes the format writers (default: makeExportWriter).
    ExportScheduleService(Store& store, const Clock& clock, Session session, AuditLog& log,
        ExportJob::WriterFactory writerFactory = {});
    ~ExportScheduleService();
    Q_DISABLE_COPY_MOVE(ExportScheduleService)

    [[nodiscard]] const Session& session() const { return m_session; }

    [[nodiscard]] QList<ExportDefinition> definitions() const;
    [[nodiscard]] ExportDefinition definition(const QString& name) const; ///< NotFound
    /// Newest first; of one definition (NotFound if unknown) or, with an empty name, of all.
    [[nodiscard]] QList<ExportRun> history(const QString& name = {}, int limit = 100) const;

    /// Saves a new definition owned by the session's operator, enabled, its
    /// first run at the schedule's first slot after now. Invalid: the name
    /// (1-64 letters, digits, . _ -, starting with a letter or digit), the
    /// schedule (ExportSchedule::parse), a destination that is empty, not
    /// absolute or has an unknown {placeholder}, or a request the session
    /// could not run now (ExportSourcePlan::from). Conflict: the name is taken.
    ExportDefinition define(const QString& name, const ExportRequest& request, const QString& schedule);
    /// Replaces the request and the schedule (next run recomputed from now).
    ExportDefinition redefine(const QString& name, const ExportRequest& request, const QString& schedule);
    /// Enabling computes the next run afresh from now: missed slots are not caught up.
    ExportDefinition setEnabled(const QString& name, bool enabled);
    /// Deletes the definition and its run history.
    void undefine(const QString& name);

    /// Runs every enabled definition whose next run is at or before `now`,
    /// the most overdue first, each through ExportJob as its owner (whose
    /// current role is checked; an owner who was deactivated fails the run).
    /// Each run is stored in the history (rows, bytes, duration, SHA-256,
    /// outcome, message) and its next run set to the schedule's first slot
    /// after `now`, whether it succeeded or not: a failing definition is tried
    /// again at its next slot, never in a loop, and missed slots are not
    /// caught up. A failure does not stop the other definitions; a failed run
    /// is recorded as a DataExported event with outcome Failure (a successful
    /// one by ExportJob). After cancel(), the running export stops (outcome
    /// cancelled) and the remaining due definitions stay due.
    /// Needs no permission of its own: it runs only what is due anyway.
    QList<ExportRun> runDue(const QDateTime& now);
    /// Runs the definition `name` now, due or not (the console's "Run Now"),
    /// as runDue() runs a due one: as its owner, into the history, its next
    /// run set to the schedule's first slot after `now`. Needs what changing
    /// it needs (ManageExportSchedules; the owner or an administrator).
    ExportRun runNow(const QString& name, const QDateTime& now);
    /// runNow() in steps, for a caller that writes on another thread (the
    /// console's Run Now): checks as runNow() does (throwing its refusals),
    /// moves the next run on and prepares the export. Then `job->write()`
    /// (when `job` is set) on any one thread, and complete() on this one.
    std::unique_ptr<ScheduledExport> claimNow(const QString& name, const QDateTime& now);
    /// Stops runDue() (thread-safe).
    void cancel();

    /// runDue() in steps, for a caller that writes on another thread
    /// (ExportScheduleRunner): claims the most overdue due definition (its
    /// next run moves on at once, in its own transaction, so no other pass
    /// runs it too) and prepares its export; nullptr when nothing is due.
    std::unique_ptr<ScheduledExport> claimNext(const QDateTime& now);
    /// Ends a claimed run with what `job->write()` returned or threw (neither
    /// when `job` is null): records the export, the history row and, for a
    /// failure, its audit event. Returns the stored run.
    ExportRun complete(
        ScheduledExport& scheduled, std::optional<ExportResult> result, std::exception_ptr error);

    /// `destination` with {date} (yyyy-MM-dd), {time} (HHmmss) and {name}
    /// replaced; `at` in UTC.
    static QString expandDestination(const QString& destination, const QString& name, const QDateTime& at);

private:
    [[nodiscard]] ExportDefinition require(const QString& name) const;
    void requireOwnerOrAdministrator(const ExportDefinition& definition) const;
    void requireManage(const QString& name) const;
    void checkRequest(const ExportRequest& request) const;
    void record(const QString& change, const ExportDefinition& definition);
    std::unique_ptr<ScheduledExport> prepareRun(const ExportDefinition& definition, const QDateTime& now);
    ExportRun write(ScheduledExport& scheduled);

    Store& m_store;
    const Clock& m_clock;
    Session m_session;
    AuditLog& m_log;
    ExportJob::WriterFactory m_writerFactory;
    std::unique_ptr<ExportScheduleRepository> m_repo;
    std::atomic<bool> m_cancel { false };
    std::mutex m_jobMutex;
    ExportJob* m_job = nullptr; ///< the running job, under m_jobMutex
};

} // namespace gc
