#pragma once

#include "AuditEvent.h"
#include "AuditFilter.h"
#include "AuditRepository.h"
#include "AuditVerifier.h"
#include "Checkpoint.h"
#include "MerkleProof.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace gc {

/// The compliance frameworks a report can be made for.
enum class ComplianceFramework
{
    Soc2, ///< AICPA SOC 2 Trust Services Criteria, CC6 (logical access) and CC7 (system operations)
    Gdpr, ///< EU GDPR: records of processing (Art. 30), data subject requests (Art. 15-17, 20), security (Art. 32)
    Iso27001, ///< ISO/IEC 27001:2022 Annex A: 8.15 Logging, 8.16 Monitoring activities (and 8.2, 8.5)
};

/// The file formats of a report.
enum class ComplianceReportFormat
{
    Html, ///< self-contained HTML (inline CSS, no scripts, no external resources)
    Pdf, ///< the same HTML laid out by QTextDocument and written by QPdfWriter (A4)
    Csv, ///< every event of the period, RFC 4180, formula-injection-safe
};

const QList<ComplianceFramework>& allComplianceFrameworks();
QString complianceFrameworkId(ComplianceFramework framework); ///< "soc2", "gdpr", "iso27001"
std::optional<ComplianceFramework> complianceFrameworkFromId(const QString& id);
QString complianceFrameworkDisplayName(ComplianceFramework framework); ///< translated

const QList<ComplianceReportFormat>& allComplianceReportFormats();
QString complianceReportFormatId(ComplianceReportFormat format); ///< "html", "pdf", "csv" (= file suffix)
std::optional<ComplianceReportFormat> complianceReportFormatFromId(const QString& id);

/// What a section of a report shows. Each framework arranges these blocks
/// under its own control references (complianceReportSections()).
enum class ComplianceBlock
{
    Counts, ///< events by category, by type and by outcome
    PrivilegedActions, ///< role changes, tenant offboarding/purge, key rotation, configuration changes
    AccessFailures, ///< failed logins, authentication failures, denied actions
    Alerts, ///< alerts raised and resolved in the period, with resolution and time to resolve
    DataProcessing, ///< data access and API processing activity (reads, exports, changes, predictions)
    SubjectRequests, ///< GDPR requests received and completed
    Samples, ///< deterministically sampled events
    Completeness, ///< query, sequence range, gap check, checkpoints, consistency proof, full re-hash
};

/// One section of a framework's report: the control it evidences and what it shows.
struct ComplianceSection
{
    QString controlRef; ///< "CC6.1", "Art. 30", "A.8.15"; empty for the completeness section
    QString title; ///< translated
    QString description; ///< translated: what the control asks and how the block evidences it
    ComplianceBlock block = ComplianceBlock::Counts;
};

/// The sections of `framework`'s report, in order.
QList<ComplianceSection> complianceReportSections(ComplianceFramework framework);

/// Common reporting periods, in UTC calendar units.
enum class CompliancePeriodPreset
{
    LastMonth, ///< the previous calendar month
    LastQuarter, ///< the previous calendar quarter
    LastYear, ///< the previous calendar year
    MonthToDate, ///< from the 1st of this month until now
    QuarterToDate,
    Last30Days, ///< the 30 days before today (today excluded)
    Last90Days,
};

const QList<CompliancePeriodPreset>& allCompliancePeriodPresets();
QString compliancePeriodPresetId(CompliancePeriodPreset preset); ///< "last-month", "last-quarter", ...
std::optional<CompliancePeriodPreset> compliancePeriodPresetFromId(const QString& id);
QString compliancePeriodPresetDisplayName(CompliancePeriodPreset preset); ///< translated
/// The period [from, to) in UTC milliseconds that `preset` names at `now`.
/// The "to date" presets end at `now`; the others end at a UTC midnight.
QPair<qint64, qint64> compliancePeriod(CompliancePeriodPreset preset, const QDateTime& now);

/// Whether `type` is a privileged action (listed under PrivilegedActions).
bool isPrivilegedAuditAction(AuditEventType type);
/// Whether an event is an access failure (LoginFailed, AuthenticationFailure, or any Denied outcome).
bool isAccessFailure(const AuditRecord& record);

/// What to report on. The period is [fromMs, toMs), UTC milliseconds.
struct ComplianceReportRequest
{
    ComplianceFramework framework = ComplianceFramework::Soc2;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    /// Pseudonymous actor id of whoever generates the report (shown in the report).
    QString generatedBy;
    /// At most this many events are sampled (0..1000).
    int sampleSize = 25;
    /// At most this many rows are listed per list block; the counts are always complete.
    int listLimit = 200;
    /// Set when the requested end lay in the future and the period was cut at
    /// the time of generation (events cannot be reported before they happen,
    /// and a fixed end keeps the range stable while the log grows).
    bool endClampedToNow = false;
};

/// An alert as the report shows it.
struct ComplianceAlertRow
{
    AuditAlert alert;
    std::optional<qint64> secondsToResolve;
};

/// The evidence that the report saw every event of its period, and that the
/// log those events come from is intact.
struct ComplianceCompleteness
{
    AuditFilter filter; ///< the exact filter the events were read with
    QString queryText; ///< the filter as text (also in the CSV's companion and the HTML)
    qint64 eventsBefore = 0; ///< events logged before the period (= first seq - 1)
    qint64 eventsThrough = 0; ///< events logged up to the period's end (= last seq)
    std::optional<qint64> firstSeq; ///< nullopt for an empty period
    std::optional<qint64> lastSeq;
    qint64 eventsRead = 0; ///< events the report's one pass read
    qint64 countQuery = 0; ///< AuditReader::count(filter), counted independently by the store
    /// Every sequence number from first to last was read exactly once, in
    /// order, and eventsRead == countQuery == last - first + 1.
    bool gapFree = false;
    std::optional<qint64> firstMissingSeq; ///< the first sequence number not read, when !gapFree

    /// The newest checkpoint whose tree ends at or before the period's start
    /// (nullopt: none; the empty tree is the start then).
    std::optional<Checkpoint> startCheckpoint;
    /// The oldest checkpoint whose tree includes the period's last event
    /// (nullopt: no checkpoint covers the end yet).
    std::optional<Checkpoint> endCheckpoint;
    bool startSignatureOk = false; ///< true also when there is no start checkpoint (empty tree)
    bool endSignatureOk = false;
    QString startSignatureMessage; ///< translated, when not ok
    QString endSignatureMessage;
    /// Consistency proof from the start tree to the end checkpoint's tree.
    std::optional<MerkleProof> consistencyProof;
    ProofFailure consistencyResult = ProofFailure::Mismatch;

    AuditVerifyReport verification; ///< the full re-hash of the whole log

    /// Every check passed: gap-free, checkpoints signed and consistent, re-hash ok.
    [[nodiscard]] bool ok() const
    {
        return gapFree && endCheckpoint && startSignatureOk && endSignatureOk
            && consistencyResult == ProofFailure::None && verification.ok();
    }
};

/// Everything a compliance report shows, gathered by ComplianceReportBuilder
/// in one pass over the period; the renderers only format it.
struct ComplianceReport
{
    ComplianceReportRequest request;
    QDateTime generatedAt; ///< UTC
    QString generatedByRole; ///< translated role name of the generating operator

    qint64 totalEvents = 0;
    QMap<AuditCategory, qint64> byCategory; ///< only categories that occurred
    QMap<AuditEventType, qint64> byType;
    QMap<AuditOutcome, qint64> byOutcome;
    QMap<AuditSeverity, qint64> bySeverity;
    QMap<QString, qint64> tenantsTouched; ///< "platform" or tenant id -> events; for the record of processing

    qint64 privilegedTotal = 0;
    QList<AuditRecord> privileged; ///< first request.listLimit privileged actions, in sequence order
    qint64 accessFailuresTotal = 0;
    QList<AuditRecord> accessFailures; ///< first request.listLimit access failures
    /// GdprRequestReceived events by the request kind in their details
    /// ("access", "erasure", ...; "unspecified" when none is given).
    QMap<QString, qint64> requestsByKind;
    qint64 subjectRequestsTotal = 0;
    QList<AuditRecord> subjectRequests; ///< first request.listLimit GDPR events

    QList<ComplianceAlertRow> alerts; ///< raised or resolved in the period, oldest first
    qint64 alertsRaised = 0; ///< raised in the period
    qint64 alertsResolved = 0; ///< resolved in the period
    qint64 alertsOpen = 0; ///< raised in the period and still open
    std::optional<qint64> medianSecondsToResolve;

    QList<AuditRecord> samples; ///< in sequence order
    qint64 sampleStride = 0; ///< one sample every sampleStride events

    ComplianceCompleteness completeness;

    /// "soc2-2026-08-01-2026-11-01": a file stem naming framework and period.
    [[nodiscard]] QString fileStem() const;
};

} // namespace gc
