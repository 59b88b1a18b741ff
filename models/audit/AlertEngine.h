#pragma once

#include "AuditRepository.h"
#include "AuditVerifier.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace gc {

class AuditLog;
class Clock;
class Session;

/// The alert rules the console evaluates on the audit trail.
enum class AlertRuleKind
{
    RepeatedFailedLogins, ///< >= threshold failed logins for one account within the window
    ExportBurst, ///< >= threshold exports by one actor within the window
    SuspendedTenantAccess, ///< any access to a suspended tenant (threshold 1)
    VerificationFailure, ///< audit verification found tampering (raised by whoever verified)
};

const QList<AlertRuleKind>& allAlertRuleKinds();
QString alertRuleId(AlertRuleKind kind); ///< "repeated_failed_logins", "export_burst", ...
std::optional<AlertRuleKind> alertRuleFromId(const QString& id);
QString alertRuleDisplayName(AlertRuleKind kind); ///< translated
/// The rule's configuration when the store holds none.
AuditAlertRuleConfig defaultAlertRule(AlertRuleKind kind);

/// Evaluates the alert rules on every event the AuditLog appends (it installs
/// itself as the log's append observer; cost per event is O(1) amortised, in
/// memory, so bulk appends stay fast). A rule that fires appends an
/// AlertRaised security event in the same transaction and stores the alert;
/// resolving it appends AlertResolved.
class AlertEngine final
{
public:
    AlertEngine(AuditLog& log, const Clock& clock);
    ~AlertEngine();
    Q_DISABLE_COPY_MOVE(AlertEngine)

    /// Every rule, stored configuration or default.
    [[nodiscard]] QList<AuditAlertRuleConfig> rules() const;
    /// Requires ManageAuditLog; validates (threshold 1..100000, window
    /// 1 s..30 days); records ConfigurationChanged. Own transaction.
    void setRule(const Session& who, const AuditAlertRuleConfig& rule);
    /// Raises a VerificationFailure alert (own transaction) unless that rule is
    /// disabled; returns the alert id, or nullopt.
    std::optional<qint64> raiseVerificationFailure(const QString& actorId, const QString& summary);
    /// The summary of a failed verification for raiseVerificationFailure: the
    /// kind of tampering and where (no personal data).
    [[nodiscard]] static QString verificationFailureSummary(const AuditVerifyReport& report);
    /// Requires ManageAuditLog; DomainError NotFound / Conflict (already resolved);
    /// a blank resolution is Invalid (field "resolution"). Records AlertResolved.
    AuditAlert resolve(const Session& who, qint64 alertId, const QString& resolution);
    /// Newest first.
    [[nodiscard]] QList<AuditAlert> alerts(bool openOnly, int limit = 500) const;

private:
    struct Windows;
    void observe(const AuditRecord& record);
    /// The open alert of the rule and subject raised less than a window before `timeMs`.
    std::optional<qint64> openAlert(AlertRuleKind kind, const QString& subject, qint64 timeMs);
    /// Stores an alert and appends its AlertRaised event (in the open
    /// transaction) unless one is open; returns its id or the open one's.
    qint64 raise(AlertRuleKind kind, const QString& subject, const QString& summary, const QString& actorId,
                 std::optional<TenantId> tenant, qint64 timeMs, int count);

    AuditLog& m_log;
    const Clock& m_clock;
    std::unique_ptr<Windows> m_windows;
};

} // namespace gc
