#include "ComplianceReportBuilder.h"

#include "AuditEventCodec.h"
#include "AuditReader.h"
#include "MerkleTree.h"
#include "PublicKeyRing.h"

#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace gc {

namespace {

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

[[noreturn]] void cancelled()
{
    throw StoreError(StoreError::Kind::Interrupted, QCoreApplication::translate("gc::ComplianceReportBuilder", "The compliance report was cancelled."));
}

// The pass is the first part of the work, the full re-hash the second.
constexpr int kPassShare = 40;

} // namespace

AuditFilter ComplianceReportBuilder::periodFilter(const ComplianceReportRequest& request)
{
    AuditFilter filter;
    filter.fromMs = request.fromMs;
    filter.toMs = request.toMs;
    return filter;
}

AuditRecord ComplianceReportBuilder::recordOf(const StoredAuditRow& row)
{
    if (auto decoded = AuditEventCodec::decode(row.record))
        return *decoded;
    // Undecodable bytes (the re-hash reports them): show what the columns say.
    AuditRecord r;
    r.sequence = row.seq;
    r.timeUtcMs = row.timeMs;
    if (row.tenantId)
        r.tenant = TenantId(*row.tenantId);
    r.actorId = row.actor;
    r.type = auditEventTypeFromCode(std::uint16_t(row.type)).value_or(AuditEventType::DataRead);
    r.severity = auditSeverityFromCode(std::uint8_t(row.severity)).value_or(AuditSeverity::Critical);
    r.outcome = auditOutcomeFromCode(std::uint8_t(row.outcome)).value_or(AuditOutcome::Failure);
    r.resource = row.resource;
    r.details = QJsonObject { { QStringLiteral("undecodable_record"), true } };
    return r;
}

QString ComplianceReportBuilder::queryText(const AuditFilter& filter)
{
    QStringList terms;
    if (filter.fromMs)
        terms << QStringLiteral("time >= ") + isoMs(*filter.fromMs);
    if (filter.toMs)
        terms << QStringLiteral("time < ") + isoMs(*filter.toMs);
    QString text = terms.join(QStringLiteral(" AND "));
    QStringList any;
    if (filter.tenantScope == AuditFilter::TenantScope::Any)
        any << QStringLiteral("tenants");
    if (filter.actorId.isEmpty())
        any << QStringLiteral("actors");
    if (filter.types.isEmpty() && filter.categories.isEmpty())
        any << QStringLiteral("types");
    if (filter.severities.isEmpty())
        any << QStringLiteral("severities");
    if (filter.outcomes.isEmpty())
        any << QStringLiteral("outcomes");
    if (filter.resource.isEmpty())
        any << QStringLiteral("resources");
    if (filter.text.isEmpty() && !any.isEmpty())
        text += QStringLiteral("; all ") + any.join(QStringLiteral(", "));
    text += QStringLiteral("; order by seq ascending");
    return text;
}

ComplianceReport ComplianceReportBuilder::build(const AuditReader& reader, const Clock& clock,
    const ComplianceReportRequest& request, const Progress& progress,
    const std::function<std::unique_ptr<AuditReader>()>& openReader)
{
    reader.session().require(Action::ExportAuditEvidence);
    if (request.sampleSize < 0 || request.sampleSize > 1000)
        throw DomainError(DomainError::Kind::Invalid, QCoreApplication::translate("gc::ComplianceReportBuilder", "The sample size must be between 0 and 1000 events."),
            QStringLiteral("sampleSize"));
    if (request.fromMs >= request.toMs)
        throw DomainError(DomainError::Kind::Invalid, QCoreApplication::translate("gc::ComplianceReportBuilder", "The period must end after it starts."),
            QStringLiteral("period"));

    ComplianceReport report;
    report.request = request;
    report.request.listLimit = std::clamp(request.listLimit, 0, 100000);
    report.generatedAt = clock.nowUtc();
    report.generatedByRole = roleDisplayName(reader.session().role());
    const qint64 nowMs = report.generatedAt.toMSecsSinceEpoch();
    if (report.request.toMs > nowMs) {
        if (report.request.fromMs >= nowMs)
            throw DomainError(DomainError::Kind::Invalid, QCoreApplication::translate("gc::ComplianceReportBuilder", "The period has not started yet."),
                QStringLiteral("period"));
        report.request.toMs = nowMs;
        report.request.endClampedToNow = true;
    }
    const auto step = [&](int percent, const QString& stage) {
        if (progress && !progress(percent, stage))
            cancelled();
    };
    step(0, QCoreApplication::translate("gc::ComplianceReportBuilder", "Reading the period's events"));

    // Times never decrease in sequence order (AuditLog raises an earlier time
    // to the last one), so a period is one contiguous range of sequence numbers.
    const AuditRepository& repo = reader.repository();
    const qint64 logSize = reader.lastSeq();
    ComplianceCompleteness& c = report.completeness;
    c.filter = periodFilter(report.request);
    c.queryText = queryText(c.filter);
    c.eventsBefore = std::min(logSize, repo.firstSeqAtOrAfter(report.request.fromMs).value_or(logSize + 1) - 1);
    c.eventsThrough = std::min(logSize, repo.firstSeqAtOrAfter(report.request.toMs).value_or(logSize + 1) - 1);
    const qint64 expected = std::max<qint64>(0, c.eventsThrough - c.eventsBefore);

    const int sampleSize = report.request.sampleSize;
    report.sampleStride = sampleSize > 0 ? std::max<qint64>(1, expected / sampleSize) : 0;
    const qint64 sampleOffset = report.sampleStride / 2;

    // One range scan over the stored rows (a single read snapshot). Counting
    // uses the indexed columns; only the rows a list shows are decoded. The
    // columns are trusted here because the full re-hash below checks every
    // column against its hashed record and the report says if it did not hold.
    qint64 next = c.eventsBefore + 1; // the sequence number the pass expects next
    bool inOrder = true;
    const int limit = report.request.listLimit;
    const qint64 stepEvery = std::max<qint64>(expected / 50, 1000);
    bool stopped = false;
    repo.forEachRow(c.eventsBefore + 1, c.eventsThrough, [&](const StoredAuditRow& row) {
        if (row.seq != next) {
            inOrder = false;
            if (!c.firstMissingSeq)
                c.firstMissingSeq = std::min(next, row.seq);
        }
        next = row.seq + 1;
        if (row.timeMs < report.request.fromMs || row.timeMs >= report.request.toMs) {
            // Outside the period although inside its sequence range: times went backwards.
            inOrder = false;
            return true;
        }
        if (!c.firstSeq)
            c.firstSeq = row.seq;
        c.lastSeq = row.seq;
        ++c.eventsRead;

        const auto type = auditEventTypeFromCode(std::uint16_t(row.type));
        const auto outcome = auditOutcomeFromCode(std::uint8_t(row.outcome));
        const auto severity = auditSeverityFromCode(std::uint8_t(row.severity));
        if (!type || !outcome || !severity) {
            inOrder = false; // an undecodable row; the re-hash names it
            return true;
        }
        ++report.byCategory[auditEventCategory(*type)];
        ++report.byType[*type];
        ++report.byOutcome[*outcome];
        ++report.bySeverity[*severity];
        ++report.tenantsTouched[row.tenantId ? QString::number(*row.tenantId) : QStringLiteral("platform")];
        const bool failure = *type == AuditEventType::LoginFailed || *type == AuditEventType::AuthenticationFailure
            || *outcome == AuditOutcome::Denied;
        const bool sample = report.sampleStride > 0 && report.samples.size() < sampleSize
            && (row.seq - c.eventsBefore - 1) % report.sampleStride == sampleOffset;
        const bool privileged = isPrivilegedAuditAction(*type);
        const bool gdpr = auditEventCategory(*type) == AuditCategory::Gdpr;
        report.privilegedTotal += privileged ? 1 : 0;
        report.accessFailuresTotal += failure ? 1 : 0;
        report.subjectRequestsTotal += gdpr ? 1 : 0;
        const bool listed = (privileged && report.privileged.size() < limit)
            || (failure && report.accessFailures.size() < limit) || (gdpr && report.subjectRequests.size() < limit)
            || sample;
        if (*type == AuditEventType::GdprRequestReceived) {
            const QString kind = recordOf(row).details.value(QStringLiteral("kind")).toString();
            ++report.requestsByKind[kind.isEmpty() ? QStringLiteral("unspecified") : kind];
        }
        if (listed) {
            const AuditRecord r = recordOf(row);
            if (privileged && report.privileged.size() < limit)
                report.privileged << r;
            if (failure && report.accessFailures.size() < limit)
                report.accessFailures << r;
            if (gdpr && report.subjectRequests.size() < limit)
                report.subjectRequests << r;
            if (sample)
                report.samples << r;
        }
        if ((row.seq - c.eventsBefore) % stepEvery == 0 && progress
            && !progress(int((row.seq - c.eventsBefore) * kPassShare / std::max<qint64>(expected, 1)),
                QCoreApplication::translate("gc::ComplianceReportBuilder", "Reading the period's events"))) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (stopped)
        cancelled();
    if (next != c.eventsThrough + 1 && !c.firstMissingSeq && expected > 0)
        c.firstMissingSeq = next;
    report.totalEvents = c.eventsRead;

    step(kPassShare, QCoreApplication::translate("gc::ComplianceReportBuilder", "Counting the period's events"));
    c.countQuery = reader.count(c.filter);
    c.gapFree = inOrder && !c.firstMissingSeq && c.eventsRead == expected && c.countQuery == expected
        && (expected == 0 || (c.firstSeq == c.eventsBefore + 1 && c.lastSeq == c.eventsThrough));

    // Alerts: those raised or resolved within the period (alert times are in seconds).
    const qint64 fromSecs = report.request.fromMs / 1000;
    const qint64 toSecs = (report.request.toMs + 999) / 1000;
    const auto inPeriod = [&](qint64 secs) { return secs >= fromSecs && secs < toSecs; };
    QList<qint64> resolveTimes;
    for (const AuditAlert& alert : reader.alerts(false, 1'000'000)) {
        const bool raised = inPeriod(alert.raisedAt);
        const bool resolved = alert.resolved && alert.resolvedAt && inPeriod(*alert.resolvedAt);
        if (!raised && !resolved)
            continue;
        ComplianceAlertRow row { alert, std::nullopt };
        if (alert.resolved && alert.resolvedAt) {
            row.secondsToResolve = std::max<qint64>(0, *alert.resolvedAt - alert.raisedAt);
            resolveTimes << *row.secondsToResolve;
        }
        report.alertsRaised += raised ? 1 : 0;
        report.alertsResolved += resolved ? 1 : 0;
        report.alertsOpen += raised && !alert.resolved ? 1 : 0;
        report.alerts << row;
    }
    std::sort(report.alerts.begin(), report.alerts.end(), [](const auto& a, const auto& b) {
        return a.alert.raisedAt != b.alert.raisedAt ? a.alert.raisedAt < b.alert.raisedAt : a.alert.id < b.alert.id;
    });
    if (!resolveTimes.isEmpty()) {
        std::sort(resolveTimes.begin(), resolveTimes.end());
        const qsizetype n = resolveTimes.size();
        report.medianSecondsToResolve
            = n % 2 ? resolveTimes.at(n / 2) : (resolveTimes.at(n / 2 - 1) + resolveTimes.at(n / 2)) / 2;
    }

    // Checkpoints: the newest one not past the period's start, the oldest one
    // that includes its end, and the proof that the second extends the first.
    step(kPassShare, QCoreApplication::translate("gc::ComplianceReportBuilder", "Checking checkpoints"));
    PublicKeyRing ring;
    for (const PublicKey& key : reader.publicKeys())
        ring.add(key);
    for (const Checkpoint& cp : reader.checkpoints()) {
        if (cp.treeSize <= c.eventsBefore)
            c.startCheckpoint = cp;
        if (cp.treeSize >= c.eventsThrough && !c.endCheckpoint)
            c.endCheckpoint = cp;
    }
    const auto checkSignature = [&](const Checkpoint& cp, bool& ok, QString& message) {
        const CheckpointFailure failure = ring.verify(cp);
        ok = failure == CheckpointFailure::None;
        if (!ok)
            message = Checkpoint::message(failure);
    };
    c.startSignatureOk = true;
    if (c.startCheckpoint)
        checkSignature(*c.startCheckpoint, c.startSignatureOk, c.startSignatureMessage);
    if (c.endCheckpoint) {
        checkSignature(*c.endCheckpoint, c.endSignatureOk, c.endSignatureMessage);
        const qint64 size1 = c.startCheckpoint ? c.startCheckpoint->treeSize : 0;
        const QByteArray root1 = c.startCheckpoint ? c.startCheckpoint->rootHash : MerkleTree::emptyRoot();
        c.consistencyProof = reader.consistencyProof(size1, c.endCheckpoint->treeSize);
        c.consistencyResult = c.consistencyProof->verify({}, root1, c.endCheckpoint->rootHash);
    }

    step(kPassShare, QCoreApplication::translate("gc::ComplianceReportBuilder", "Re-hashing the whole log"));
    AuditVerifier::Options options;
    options.openReader = openReader;
    stopped = false;
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? kPassShare + int(done * (100 - kPassShare) / total) : 100;
        stopped = progress && !progress(std::min(percent, 99), QCoreApplication::translate("gc::ComplianceReportBuilder", "Re-hashing the whole log"));
        return !stopped;
    };
    c.verification = AuditVerifier::verify(repo, options);
    if (stopped)
        cancelled();
    if (progress && !progress(100, QCoreApplication::translate("gc::ComplianceReportBuilder", "Report ready")))
        cancelled();
    return report;
}

} // namespace gc
