#include "ExportScheduleService.h"

#include "ExportSchedule.h"
#include "ExportSourcePlan.h"
#include "ExportWriter.h"
#include "SqliteExportScheduleRepository.h"

#include "audit/AuditLog.h"
#include "audit/AuditedPermission.h"
#include "auth/SqliteOperatorRepository.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

namespace gc {

namespace {

using Kind = DomainError::Kind;

[[noreturn]] void fail(Kind kind, const QString& message, const QString& field = {})
{
    throw DomainError(kind, message, field);
}

QString resourceOf(const QString& name)
{
    return QStringLiteral("export_definition/") + name;
}

QString checkedName(const QString& raw)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    const QString name = raw.trimmed();
    if (!re.match(name).hasMatch())
        fail(Kind::Invalid,
            QCoreApplication::translate("ExportScheduleService",
                "“%1” is not a valid name: use 1 to 64 letters, digits, dots, underscores or hyphens, "
                "starting with a letter or digit.")
                .arg(name),
            QStringLiteral("name"));
    return name;
}

const QStringList& placeholders()
{
    static const QStringList names { QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("name") };
    return names;
}

} // namespace

ExportScheduleService::ExportScheduleService(
    Store& store, const Clock& clock, Session session, AuditLog& log, ExportJob::WriterFactory writerFactory)
    : m_store(store)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_log(log)
    , m_writerFactory(writerFactory ? std::move(writerFactory)
                                    : ExportJob::WriterFactory([](const ExportOptions& options) {
                                          return makeExportWriter(options);
                                      }))
    , m_repo(std::make_unique<SqliteExportScheduleRepository>(store.db()))
{ }

ExportScheduleService::~ExportScheduleService() = default;

QList<ExportDefinition> ExportScheduleService::definitions() const
{
    m_session.require(Action::ExportData);
    return m_repo->definitions();
}

ExportDefinition ExportScheduleService::require(const QString& name) const
{
    auto d = m_repo->definitionByName(name.trimmed());
    if (!d)
        fail(Kind::NotFound,
            QCoreApplication::translate("ExportScheduleService", "There is no scheduled export named “%1”.")
                .arg(name.trimmed()),
            QStringLiteral("name"));
    return *d;
}

ExportDefinition ExportScheduleService::definition(const QString& name) const
{
    m_session.require(Action::ExportData);
    return require(name);
}

QList<ExportRun> ExportScheduleService::history(const QString& name, int limit) const
{
    m_session.require(Action::ExportData);
    if (name.trimmed().isEmpty())
        return m_repo->runs(std::nullopt, limit);
    return m_repo->runs(require(name).id, limit);
}

void ExportScheduleService::requireManage(const QString& name) const
{
    requireRecorded(m_log, m_session, Action::ManageExportSchedules, AuditEventType::ConfigurationChanged,
        std::nullopt, resourceOf(name.trimmed()));
}

void ExportScheduleService::requireOwnerOrAdministrator(const ExportDefinition& definition) const
{
    if (definition.ownerId != m_session.op().id && m_session.role() != Role::Administrator)
        fail(Kind::PermissionDenied,
            QCoreApplication::translate("ExportScheduleService",
                "The scheduled export “%1” belongs to %2; only they or an administrator may change it.")
                .arg(definition.name, definition.ownerName));
}

void ExportScheduleService::checkRequest(const ExportRequest& request) const
{
    const QString destination = request.destination.trimmed();
    if (destination.isEmpty())
        fail(Kind::Invalid,
            QCoreApplication::translate(
                "ExportScheduleService", "A scheduled export needs a destination file."),
            QStringLiteral("destination"));
    // A timer runs in another working directory than the one it was defined in.
    if (!QDir::isAbsolutePath(destination))
        fail(Kind::Invalid,
            QCoreApplication::translate("ExportScheduleService",
                "The destination “%1” must be an absolute path: a scheduled export runs from anywhere.")
                .arg(destination),
            QStringLiteral("destination"));
    static const QRegularExpression braces(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = braces.globalMatch(destination); it.hasNext();) {
        const QString word = it.next().captured(1);
        if (!placeholders().contains(word))
            fail(Kind::Invalid,
                QCoreApplication::translate("ExportScheduleService",
                    "“{%1}” is not a placeholder; a destination may contain {date}, {time} and {name}.")
                    .arg(word),
                QStringLiteral("destination"));
    }
    // The same checks an export makes now: unknown columns, filters the
    // source does not have, sources or clear data the role may not see.
    (void)ExportSourcePlan::from(request, m_session);
}

void ExportScheduleService::record(const QString& change, const ExportDefinition& d)
{
    AuditEventDraft e;
    m_log.attributeTo(e, m_session.op());
    e.type = AuditEventType::ConfigurationChanged;
    e.resource = resourceOf(d.name);
    e.details = QJsonObject { { QStringLiteral("change"), change }, { QStringLiteral("name"), d.name },
        { QStringLiteral("definition_id"), d.id }, { QStringLiteral("schedule"), d.schedule },
        { QStringLiteral("enabled"), d.enabled },
        { QStringLiteral("source"), d.request.value(QStringLiteral("source")) },
        { QStringLiteral("format"), d.request.value(QStringLiteral("format")) } };
    // A path may name a person (a home folder): it goes with the personal part.
    e.personal.details.insert(QStringLiteral("destination"), d.request.value(QStringLiteral("destination")));
    m_log.append(e);
}

ExportDefinition ExportScheduleService::define(
    const QString& rawName, const ExportRequest& request, const QString& scheduleText)
{
    requireManage(rawName);
    const QString name = checkedName(rawName);
    const ExportSchedule schedule = ExportSchedule::parse(scheduleText);
    checkRequest(request);
    return m_store.transact([&] {
        if (m_repo->definitionByName(name))
            fail(Kind::Conflict,
                QCoreApplication::translate(
                    "ExportScheduleService", "A scheduled export named “%1” already exists.")
                    .arg(name),
                QStringLiteral("name"));
        ExportDefinition d;
        d.name = name;
        ExportRequest stored = request;
        stored.destination = request.destination.trimmed();
        d.request = stored.toJson();
        d.schedule = schedule.text();
        d.enabled = true;
        d.ownerId = m_session.op().id;
        d.ownerName = m_session.op().username;
        const QDateTime now = m_clock.nowUtc();
        d.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        d.nextRunAt = schedule.nextAfter(now);
        d.id = m_repo->insertDefinition(d);
        record(QStringLiteral("export_definition_created"), d);
        return d;
    });
}

ExportDefinition ExportScheduleService::redefine(
    const QString& name, const ExportRequest& request, const QString& scheduleText)
{
    requireManage(name);
    const ExportSchedule schedule = ExportSchedule::parse(scheduleText);
    checkRequest(request);
    return m_store.transact([&] {
        ExportDefinition d = require(name);
        requireOwnerOrAdministrator(d);
        ExportRequest stored = request;
        stored.destination = request.destination.trimmed();
        d.request = stored.toJson();
        d.schedule = schedule.text();
        d.nextRunAt = schedule.nextAfter(m_clock.nowUtc());
        m_repo->updateDefinition(d);
        record(QStringLiteral("export_definition_changed"), d);
        return d;
    });
}

ExportDefinition ExportScheduleService::setEnabled(const QString& name, bool enabled)
{
    requireManage(name);
    return m_store.transact([&] {
        ExportDefinition d = require(name);
        requireOwnerOrAdministrator(d);
        if (d.enabled == enabled)
            fail(Kind::Conflict,
                enabled ? QCoreApplication::translate(
                    "ExportScheduleService", "The scheduled export “%1” is already enabled.")
                              .arg(d.name)
                        : QCoreApplication::translate(
                            "ExportScheduleService", "The scheduled export “%1” is already disabled.")
                              .arg(d.name));
        d.enabled = enabled;
        if (enabled)
            d.nextRunAt = ExportSchedule::parse(d.schedule).nextAfter(m_clock.nowUtc());
        m_repo->updateDefinition(d);
        record(enabled ? QStringLiteral("export_definition_enabled")
                       : QStringLiteral("export_definition_disabled"),
            d);
        return d;
    });
}

void ExportScheduleService::undefine(const QString& name)
{
    requireManage(name);
    m_store.transact([&] {
        const ExportDefinition d = require(name);
        requireOwnerOrAdministrator(d);
        m_repo->deleteDefinition(d.id);
        record(QStringLiteral("export_definition_deleted"), d);
    });
}

QString ExportScheduleService::expandDestination(
    const QString& destination, const QString& name, const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    QString out = destination;
    out.replace(QLatin1String("{date}"), utc.toString(QStringLiteral("yyyy-MM-dd")));
    out.replace(QLatin1String("{time}"), utc.toString(QStringLiteral("HHmmss")));
    out.replace(QLatin1String("{name}"), name);
    return out;
}

void ExportScheduleService::cancel()
{
    m_cancel.store(true);
    const std::lock_guard lock(m_jobMutex);
    if (m_job)
        m_job->cancel();
}

QList<ExportRun> ExportScheduleService::runDue(const QDateTime& now)
{
    m_cancel.store(false);
    QList<ExportRun> runs;
    while (!m_cancel.load()) {
        std::unique_ptr<ScheduledExport> next = claimNext(now);
        if (!next)
            break;
        runs << write(*next);
    }
    return runs;
}

ExportRun ExportScheduleService::write(ScheduledExport& scheduled)
{
    std::optional<ExportResult> result;
    std::exception_ptr error;
    if (scheduled.job) {
        {
            const std::lock_guard lock(m_jobMutex);
            m_job = scheduled.job.get();
        }
        if (m_cancel.load())
            scheduled.job->cancel();
        try {
            result = scheduled.job->write();
        } catch (...) {
            error = std::current_exception();
        }
        const std::lock_guard lock(m_jobMutex);
        m_job = nullptr;
    }
    return complete(scheduled, std::move(result), error);
}

ExportRun ExportScheduleService::runNow(const QString& name, const QDateTime& now)
{
    const std::unique_ptr<ScheduledExport> s = claimNow(name, now);
    return write(*s);
}

std::unique_ptr<ScheduledExport> ExportScheduleService::claimNow(const QString& name, const QDateTime& now)
{
    requireManage(name);
    const ExportDefinition d = require(name);
    requireOwnerOrAdministrator(d);
    m_cancel.store(false);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    m_store.transact(
        [&] { m_repo->setRunTimes(d.id, nowSecs, ExportSchedule::parse(d.schedule).nextAfterSecs(nowSecs)); });
    return prepareRun(d, now);
}

std::unique_ptr<ScheduledExport> ExportScheduleService::claimNext(const QDateTime& now)
{
    const qint64 nowSecs = now.toSecsSinceEpoch();
    // Claimed before it runs: another pass (the console and a system timer on
    // the same store) that looks later finds it not due.
    std::optional<ExportDefinition> claimed = m_store.transact([&]() -> std::optional<ExportDefinition> {
        const QList<ExportDefinition> due = m_repo->dueDefinitions(nowSecs);
        if (due.isEmpty())
            return std::nullopt;
        const ExportDefinition& d = due.front();
        m_repo->setRunTimes(d.id, nowSecs, ExportSchedule::parse(d.schedule).nextAfterSecs(nowSecs));
        return d;
    });
    if (!claimed)
        return nullptr;
    return prepareRun(*claimed, now);
}

std::unique_ptr<ScheduledExport> ExportScheduleService::prepareRun(
    const ExportDefinition& definition, const QDateTime& now)
{
    const qint64 nowSecs = now.toSecsSinceEpoch();
    auto s = std::make_unique<ScheduledExport>();
    s->definition = definition;
    const ExportDefinition& d = s->definition;
    s->elapsed.start();
    s->run.definitionId = d.id;
    s->run.definitionName = d.name;
    s->run.startedAt = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC);
    s->run.path = expandDestination(d.request.value(QStringLiteral("destination")).toString(), d.name, now);
    try {
        const auto op = SqliteOperatorRepository(m_store.db()).byId(d.ownerId);
        if (!op || !op->active)
            fail(Kind::PermissionDenied,
                QCoreApplication::translate("ExportScheduleService",
                    "The owner of this scheduled export (%1) is no longer an active operator; "
                    "redefine it under another operator.")
                    .arg(d.ownerName));
        s->owner.emplace(*op);
        ExportRequest request = ExportRequest::fromJson(d.request);
        request.destination = s->run.path;
        auto job = std::make_unique<ExportJob>(m_store, m_log, m_clock, *s->owner, request, m_writerFactory);
        job->prepare();
        s->job = std::move(job);
    } catch (const DomainError& e) {
        s->run.outcome = ExportRunOutcome::Failed;
        s->run.message = e.message();
        // ExportJob::prepare records its own permission refusals.
        s->recordedByJob = s->owner.has_value() && e.kind() == Kind::PermissionDenied;
    } catch (const StoreError& e) {
        s->run.outcome = ExportRunOutcome::Failed;
        s->run.message = e.message();
    }
    return s;
}

ExportRun ExportScheduleService::complete(
    ScheduledExport& s, std::optional<ExportResult> result, std::exception_ptr error)
{
    ExportRun& run = s.run;
    const ExportDefinition& d = s.definition;
    if (s.job) {
        try {
            if (error)
                std::rethrow_exception(error);
            if (!result)
                fail(Kind::Invalid,
                    QCoreApplication::translate("ExportScheduleService", "The export was not written."));
            s.job->record(*result);
            run.outcome = ExportRunOutcome::Succeeded;
            run.rows = result->rows;
            run.bytes = result->bytes;
            run.sha256 = result->sha256;
            run.path = result->path;
            run.durationMs = result->durationMs;
        } catch (const StoreError& e) {
            run.outcome = e.kind() == StoreError::Kind::Interrupted ? ExportRunOutcome::Cancelled
                                                                    : ExportRunOutcome::Failed;
            run.message = e.message();
        } catch (const DomainError& e) {
            run.outcome = ExportRunOutcome::Failed;
            run.message = e.message();
        } catch (const std::exception& e) {
            run.outcome = ExportRunOutcome::Failed;
            run.message = QString::fromLocal8Bit(e.what());
        }
    }
    if (run.outcome != ExportRunOutcome::Succeeded)
        run.durationMs = s.elapsed.elapsed();
    run.finishedAt = QDateTime::fromSecsSinceEpoch(m_clock.nowSecs(), Qt::UTC);
    if (run.outcome == ExportRunOutcome::Failed && !s.recordedByJob) {
        // ExportJob records successes and permission refusals; a run that
        // failed otherwise still leaves its trace in the trail, under its owner.
        Operator who;
        who.id = d.ownerId;
        who.username = d.ownerName;
        AuditEventDraft e;
        e.actorId = m_log.operatorActor(s.owner ? s.owner->op() : who);
        e.type = AuditEventType::DataExported;
        e.outcome = AuditOutcome::Failure;
        e.resource = QStringLiteral("export/") + d.request.value(QStringLiteral("source")).toString();
        e.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("scheduled_run_failed") },
            { QStringLiteral("definition"), d.name }, { QStringLiteral("definition_id"), d.id } };
        e.personal.details = QJsonObject { { QStringLiteral("message"), run.message },
            { QStringLiteral("destination"), run.path } };
        try {
            m_store.transact([&] { m_log.append(e); });
        } catch (const StoreError& error) {
            run.message += QLatin1Char(' ') + error.message();
        }
    }
    m_store.transact([&] {
        run.id = m_repo->insertRun(run);
        // A cancelled run stays due: it was stopped, not tried.
        if (run.outcome == ExportRunOutcome::Cancelled)
            m_repo->setRunTimes(d.id, run.startedAt.toSecsSinceEpoch(), d.nextRunAt.toSecsSinceEpoch());
    });
    return run;
}

} // namespace gc
