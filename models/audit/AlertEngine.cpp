#include "AlertEngine.h"

#include "AuditLog.h"
#include "AuditedPermission.h"

#include "auth/Session.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "core/EnumIds.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>

#include <deque>

namespace gc {

namespace {

using Kind = DomainError::Kind;

constexpr int kMaxThreshold = 100'000;
constexpr int kMaxWindowSeconds = 30 * 86'400;
/// Stored events read per rule to restore the windows of a new engine (a CLI
/// command is a process of its own, so the windows start from the stored log).
constexpr int kSeedLimit = 100'000;
/// How often (in event time) a suppressed firing re-reads whether its open
/// alert was resolved meanwhile by another console.
constexpr qint64 kRecheckMs = 1'000;

const QString kSuspendedReason = QStringLiteral("tenant_suspended");

QString ruleKey(AlertRuleKind kind, const QString& subject)
{
    return alertRuleId(kind) + u'\n' + subject;
}

AuditSeverity severityOf(AlertRuleKind kind)
{
    return kind == AlertRuleKind::VerificationFailure ? AuditSeverity::Critical : AuditSeverity::Warning;
}

/// The rule and subject an event counts towards, if any.
std::optional<std::pair<AlertRuleKind, QString>> classify(const AuditRecord& r)
{
    switch (r.type) {
    case AuditEventType::LoginFailed:
        return std::pair { AlertRuleKind::RepeatedFailedLogins, r.actorId };
    case AuditEventType::DataExported:
        if (r.outcome == AuditOutcome::Success)
            return std::pair { AlertRuleKind::ExportBurst, r.actorId };
        break;
    case AuditEventType::AlertRaised:
    case AuditEventType::AlertResolved:
        return std::nullopt;
    default:
        break;
    }
    if (r.outcome == AuditOutcome::Denied && r.tenant
        && r.details.value(QStringLiteral("reason")).toString() == kSuspendedReason)
        return std::pair { AlertRuleKind::SuspendedTenantAccess,
            QStringLiteral("tenant/") + QString::number(r.tenant->value) };
    return std::nullopt;
}

QString summaryOf(AlertRuleKind kind, const QString& subject, int count, int windowSeconds)
{
    switch (kind) {
    case AlertRuleKind::RepeatedFailedLogins:
        return QCoreApplication::translate("AlertEngine", "%1 failed sign-ins for account %2 within %3 s")
            .arg(count)
            .arg(subject)
            .arg(windowSeconds);
    case AlertRuleKind::ExportBurst:
        return QCoreApplication::translate("AlertEngine", "%1 data exports by %2 within %3 s")
            .arg(count)
            .arg(subject)
            .arg(windowSeconds);
    case AlertRuleKind::SuspendedTenantAccess:
        return QCoreApplication::translate("AlertEngine", "Access to suspended tenant %1 refused")
            .arg(subject);
    case AlertRuleKind::VerificationFailure:
        break;
    }
    return QCoreApplication::translate("AlertEngine", "The audit log failed verification");
}

} // namespace

const QList<AlertRuleKind>& allAlertRuleKinds()
{
    static const QList<AlertRuleKind> kinds { AlertRuleKind::RepeatedFailedLogins, AlertRuleKind::ExportBurst,
        AlertRuleKind::SuspendedTenantAccess, AlertRuleKind::VerificationFailure };
    return kinds;
}

QString alertRuleId(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::RepeatedFailedLogins:
        return QStringLiteral("repeated_failed_logins");
    case AlertRuleKind::ExportBurst:
        return QStringLiteral("export_burst");
    case AlertRuleKind::SuspendedTenantAccess:
        return QStringLiteral("suspended_tenant_access");
    case AlertRuleKind::VerificationFailure:
        return QStringLiteral("verification_failure");
    }
    return {};
}

std::optional<AlertRuleKind> alertRuleFromId(const QString& id)
{
    return enumFromId(id, allAlertRuleKinds(), &alertRuleId);
}

QString alertRuleDisplayName(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::RepeatedFailedLogins:
        return QCoreApplication::translate("AlertEngine", "Repeated failed sign-ins");
    case AlertRuleKind::ExportBurst:
        return QCoreApplication::translate("AlertEngine", "Burst of data exports");
    case AlertRuleKind::SuspendedTenantAccess:
        return QCoreApplication::translate("AlertEngine", "Access to a suspended tenant");
    case AlertRuleKind::VerificationFailure:
        return QCoreApplication::translate("AlertEngine", "Audit verification failure");
    }
    return {};
}

AuditAlertRuleConfig defaultAlertRule(AlertRuleKind kind)
{
    AuditAlertRuleConfig c;
    c.rule = alertRuleId(kind);
    c.enabled = true;
    switch (kind) {
    case AlertRuleKind::RepeatedFailedLogins:
        c.threshold = 5;
        c.windowSeconds = 600;
        break;
    case AlertRuleKind::ExportBurst:
        c.threshold = 20;
        c.windowSeconds = 600;
        break;
    case AlertRuleKind::SuspendedTenantAccess:
        c.threshold = 1;
        c.windowSeconds = 3'600;
        break;
    case AlertRuleKind::VerificationFailure:
        c.threshold = 1;
        c.windowSeconds = 86'400;
        break;
    }
    return c;
}

/// The in-memory state of the rules: per rule and subject the times of the
/// latest events (at most `threshold` of them, all within the window), and the
/// open alert per rule and subject for de-duplication.
struct AlertEngine::Windows
{
    struct OpenAlert
    {
        qint64 id = 0;
        qint64 raisedMs = 0;
        qint64 checkedMs = 0;
    };
    struct Rule
    {
        AuditAlertRuleConfig config;
        QHash<QString, std::deque<qint64>> times;
        qsizetype sweepAt = 1024;
    };

    QHash<AlertRuleKind, Rule> rules;
    QHash<QString, OpenAlert> open; ///< by ruleKey()
    bool inObserver = false;

    void configure(const QList<AuditAlertRuleConfig>& stored)
    {
        for (AlertRuleKind kind : allAlertRuleKinds())
            rules[kind].config = defaultAlertRule(kind);
        for (const AuditAlertRuleConfig& c : stored) {
            if (const auto kind = alertRuleFromId(c.rule))
                rules[*kind].config = c;
        }
    }

    /// Adds an event at `timeMs`; returns how many events of the subject fall
    /// within the window ending at it (capped at the threshold).
    int add(Rule& rule, const QString& subject, qint64 timeMs)
    {
        const qint64 windowMs = qint64(rule.config.windowSeconds) * 1000;
        std::deque<qint64>& q = rule.times[subject];
        q.push_back(timeMs);
        while (!q.empty() && (q.front() <= timeMs - windowMs || qsizetype(q.size()) > rule.config.threshold))
            q.pop_front();
        const int count = int(q.size());
        // Forget subjects whose events all left the window, once the table has
        // doubled since the last sweep: amortised O(1) per event.
        if (rule.times.size() >= rule.sweepAt) {
            for (auto it = rule.times.begin(); it != rule.times.end();) {
                if (it->empty() || it->back() <= timeMs - windowMs)
                    it = rule.times.erase(it);
                else
                    ++it;
            }
            rule.sweepAt = std::max<qsizetype>(1024, rule.times.size() * 2);
        }
        return count;
    }
};

AlertEngine::AlertEngine(AuditLog& log, const Clock& clock)
    : m_log(log)
    , m_clock(clock)
    , m_windows(std::make_unique<Windows>())
{
    AuditRepository& repo = m_log.repository();
    m_windows->configure(repo.alertRules());
    for (const AuditAlert& a : repo.alerts(true, 10'000)) {
        if (!alertRuleFromId(a.rule))
            continue;
        const QString key = a.rule + u'\n' + a.subject;
        // Newest first: keep the newest open alert of each rule and subject.
        if (!m_windows->open.contains(key))
            m_windows->open.insert(key, { a.id, a.raisedAt * 1000, a.raisedAt * 1000 });
    }

    // Restore the windows from the stored events they still cover, without
    // raising anything: those events were judged when they were appended.
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const auto seed = [&](AlertRuleKind kind, const AuditFilter& filter) {
        Windows::Rule& rule = m_windows->rules[kind];
        if (!rule.config.enabled)
            return;
        AuditPageRequest request;
        request.filter = filter;
        request.filter.fromMs = nowMs - qint64(rule.config.windowSeconds) * 1000;
        request.order = AuditPageRequest::Order::OldestFirst;
        request.limit = 10'000;
        for (int seen = 0; seen < kSeedLimit;) {
            const QList<AuditEvent> page = repo.page(request);
            for (const AuditEvent& e : page) {
                const auto hit = classify(e.record);
                if (hit && hit->first == kind)
                    m_windows->add(rule, hit->second, e.record.timeUtcMs);
            }
            seen += int(page.size());
            if (page.size() < request.limit)
                break;
            request.afterSeq = page.constLast().record.sequence;
        }
    };
    AuditFilter failed;
    failed.types = { AuditEventType::LoginFailed };
    seed(AlertRuleKind::RepeatedFailedLogins, failed);
    AuditFilter exports;
    exports.types = { AuditEventType::DataExported };
    exports.outcomes = { AuditOutcome::Success };
    seed(AlertRuleKind::ExportBurst, exports);
    AuditFilter denied;
    denied.outcomes = { AuditOutcome::Denied };
    seed(AlertRuleKind::SuspendedTenantAccess, denied);

    m_log.setAppendObserver([this](const AuditRecord& record) { observe(record); });
}

AlertEngine::~AlertEngine()
{
    m_log.setAppendObserver({});
}

QList<AuditAlertRuleConfig> AlertEngine::rules() const
{
    // Another console may have changed a rule: what the store holds counts.
    m_windows->configure(m_log.repository().alertRules());
    QList<AuditAlertRuleConfig> out;
    for (AlertRuleKind kind : allAlertRuleKinds())
        out << m_windows->rules[kind].config;
    return out;
}

void AlertEngine::setRule(const Session& who, const AuditAlertRuleConfig& rule)
{
    const auto kind = alertRuleFromId(rule.rule);
    requireRecorded(m_log, who, Action::ManageAuditLog, AuditEventType::ConfigurationChanged, std::nullopt,
        QStringLiteral("alert_rule/") + rule.rule);
    if (!kind) {
        QStringList ids;
        for (AlertRuleKind k : allAlertRuleKinds())
            ids << alertRuleId(k);
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate("AlertEngine", "“%1” is not an alert rule. Choose one of: %2.")
                .arg(rule.rule, ids.join(QLatin1String(", "))),
            QStringLiteral("rule"));
    }
    if (rule.threshold < 1 || rule.threshold > kMaxThreshold)
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate("AlertEngine", "The threshold must be between 1 and %1.")
                .arg(kMaxThreshold),
            QStringLiteral("threshold"));
    if (rule.windowSeconds < 1 || rule.windowSeconds > kMaxWindowSeconds)
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate(
                "AlertEngine", "The window must be between 1 second and 30 days (%1 seconds).")
                .arg(kMaxWindowSeconds),
            QStringLiteral("window"));

    m_log.store().transact([&] {
        AuditAlertRuleConfig before = defaultAlertRule(*kind);
        for (const AuditAlertRuleConfig& c : m_log.repository().alertRules()) {
            if (c.rule == rule.rule)
                before = c;
        }
        // No change, no event.
        if (before == rule)
            return;
        m_log.repository().putAlertRule(rule);
        AuditEventDraft d;
        m_log.attributeTo(d, who.op());
        d.type = AuditEventType::ConfigurationChanged;
        d.resource = QStringLiteral("alert_rule/") + rule.rule;
        d.details = QJsonObject { { QStringLiteral("change"), QStringLiteral("alert_rule") },
            { QStringLiteral("rule"), rule.rule }, { QStringLiteral("enabled"), rule.enabled },
            { QStringLiteral("threshold"), rule.threshold },
            { QStringLiteral("window_seconds"), rule.windowSeconds },
            { QStringLiteral("old_enabled"), before.enabled },
            { QStringLiteral("old_threshold"), before.threshold },
            { QStringLiteral("old_window_seconds"), before.windowSeconds } };
        m_log.append(d);
    });
    m_windows->rules[*kind].config = rule;
}

std::optional<qint64> AlertEngine::raiseVerificationFailure(const QString& actorId, const QString& summary)
{
    // Another console may have disabled the rule.
    m_windows->configure(m_log.repository().alertRules());
    if (!m_windows->rules[AlertRuleKind::VerificationFailure].config.enabled)
        return std::nullopt;
    return m_log.store().transact([&] {
        return raise(AlertRuleKind::VerificationFailure, QStringLiteral("audit_log"), summary, actorId,
            std::nullopt, m_clock.nowUtc().toMSecsSinceEpoch(), 1);
    });
}

QString AlertEngine::verificationFailureSummary(const AuditVerifyReport& report)
{
    const QString kind = AuditVerifier::kindDisplayName(report.kind);
    if (report.firstBadSeq)
        return QCoreApplication::translate("AlertEngine", "Audit verification failed: %1 at event #%2")
            .arg(kind)
            .arg(*report.firstBadSeq);
    if (report.checkpointSize)
        return QCoreApplication::translate("AlertEngine", "Audit verification failed: %1 at the checkpoint over %2 events")
            .arg(kind)
            .arg(*report.checkpointSize);
    return QCoreApplication::translate("AlertEngine", "Audit verification failed: %1").arg(kind);
}

std::optional<qint64> AlertEngine::openAlert(AlertRuleKind kind, const QString& subject, qint64 timeMs)
{
    const auto it = m_windows->open.find(ruleKey(kind, subject));
    if (it == m_windows->open.end())
        return std::nullopt;
    const qint64 windowMs = qint64(m_windows->rules[kind].config.windowSeconds) * 1000;
    if (timeMs - it->raisedMs >= windowMs) {
        m_windows->open.erase(it);
        return std::nullopt;
    }
    if (timeMs - it->checkedMs >= kRecheckMs) {
        const auto stored = m_log.repository().alert(it->id);
        if (!stored || stored->resolved) {
            m_windows->open.erase(it);
            return std::nullopt;
        }
        it->checkedMs = timeMs;
    }
    return it->id;
}

qint64 AlertEngine::raise(AlertRuleKind kind, const QString& subject, const QString& summary,
    const QString& actorId, std::optional<TenantId> tenant, qint64 timeMs, int count)
{
    if (const auto existing = openAlert(kind, subject, timeMs))
        return *existing;
    AuditRepository& repo = m_log.repository();
    const AuditAlertRuleConfig& config = m_windows->rules[kind].config;
    AuditAlert alert;
    alert.rule = alertRuleId(kind);
    // The AlertRaised event is the next one; corrected below should that not hold.
    alert.raisedSeq = m_log.size() + 1;
    alert.raisedAt = timeMs / 1000;
    alert.subject = subject;
    alert.summary = summary;
    alert.id = repo.insertAlert(alert);

    AuditEventDraft d;
    d.tenant = tenant;
    d.actorId = actorId;
    d.type = AuditEventType::AlertRaised;
    d.severity = severityOf(kind);
    d.resource = QStringLiteral("alert/") + QString::number(alert.id);
    d.details = QJsonObject { { QStringLiteral("alert_id"), alert.id },
        { QStringLiteral("rule"), alert.rule }, { QStringLiteral("subject"), subject },
        { QStringLiteral("count"), count }, { QStringLiteral("threshold"), config.threshold },
        { QStringLiteral("window_seconds"), config.windowSeconds } };
    const qint64 seq = m_log.append(d);
    if (seq != alert.raisedSeq) {
        alert.raisedSeq = seq;
        repo.updateAlert(alert);
    }
    m_windows->open.insert(ruleKey(kind, subject), { alert.id, timeMs, timeMs });
    return alert.id;
}

void AlertEngine::observe(const AuditRecord& record)
{
    if (m_windows->inObserver)
        return;
    const auto hit = classify(record);
    if (!hit)
        return;
    const auto [kind, subject] = *hit;
    Windows::Rule& rule = m_windows->rules[kind];
    if (!rule.config.enabled || subject.isEmpty())
        return;
    const int count = m_windows->add(rule, subject, record.timeUtcMs);
    if (count < rule.config.threshold)
        return;
    m_windows->inObserver = true;
    try {
        raise(kind, subject, summaryOf(kind, subject, count, rule.config.windowSeconds), {}, record.tenant,
            record.timeUtcMs, count);
    } catch (...) {
        m_windows->inObserver = false;
        throw;
    }
    m_windows->inObserver = false;
}

AuditAlert AlertEngine::resolve(const Session& who, qint64 alertId, const QString& resolution)
{
    requireRecorded(m_log, who, Action::ManageAuditLog, AuditEventType::AlertResolved, std::nullopt,
        QStringLiteral("alert/") + QString::number(alertId));
    const QString note = resolution.trimmed();
    if (note.isEmpty())
        throw DomainError(Kind::Invalid,
            QCoreApplication::translate("AlertEngine", "Say how the alert was resolved."),
            QStringLiteral("resolution"));
    AuditAlert resolved = m_log.store().transact([&] {
        auto alert = m_log.repository().alert(alertId);
        if (!alert)
            throw DomainError(Kind::NotFound,
                QCoreApplication::translate("AlertEngine", "There is no alert %1.").arg(alertId));
        if (alert->resolved)
            throw DomainError(Kind::Conflict,
                QCoreApplication::translate("AlertEngine", "Alert %1 is already resolved.").arg(alertId));
        AuditEventDraft d;
        m_log.attributeTo(d, who.op());
        // The note is free text and may name people.
        d.personal.details.insert(QStringLiteral("resolution"), note);
        d.type = AuditEventType::AlertResolved;
        d.resource = QStringLiteral("alert/") + QString::number(alertId);
        d.details = QJsonObject { { QStringLiteral("alert_id"), alertId },
            { QStringLiteral("rule"), alert->rule }, { QStringLiteral("subject"), alert->subject },
            { QStringLiteral("raised_seq"), alert->raisedSeq } };
        const qint64 seq = m_log.append(d);
        alert->resolved = true;
        alert->resolvedSeq = seq;
        alert->resolvedAt = m_clock.nowSecs();
        alert->resolvedBy = d.actorId;
        alert->resolution = note;
        m_log.repository().updateAlert(*alert);
        return *alert;
    });
    const QString key = resolved.rule + u'\n' + resolved.subject;
    if (m_windows->open.value(key).id == resolved.id)
        m_windows->open.remove(key);
    return resolved;
}

QList<AuditAlert> AlertEngine::alerts(bool openOnly, int limit) const
{
    return m_log.repository().alerts(openOnly, limit);
}

} // namespace gc
