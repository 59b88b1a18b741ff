#include "ComplianceReport.h"

#include "core/EnumIds.h"

#include <QCoreApplication>

namespace gc {

namespace {

ComplianceSection section(const char* ref, const QString& title, const QString& description, ComplianceBlock block)
{
    return ComplianceSection { QString::fromLatin1(ref), title, description, block };
}

QString samplesDescription()
{
    return QCoreApplication::translate("gc::ComplianceReport", "Events picked at an even stride over the period, so anyone re-running the report on the same "
              "log gets the same sample. Actors are shown by their pseudonymous id only.");
}

QString completenessDescription()
{
    return QCoreApplication::translate("gc::ComplianceReport", "How this report proves that it saw every event of the period and that the log was not altered: "
              "the exact query, the first and last sequence numbers with a gap check, the signed checkpoints "
              "before and after the period with the consistency proof between them, and a full re-hash of "
              "every event in the log.");
}

} // namespace

const QList<ComplianceFramework>& allComplianceFrameworks()
{
    static const QList<ComplianceFramework> all { ComplianceFramework::Soc2, ComplianceFramework::Gdpr,
        ComplianceFramework::Iso27001 };
    return all;
}

QString complianceFrameworkId(ComplianceFramework framework)
{
    switch (framework) {
    case ComplianceFramework::Soc2:
        return QStringLiteral("soc2");
    case ComplianceFramework::Gdpr:
        return QStringLiteral("gdpr");
    case ComplianceFramework::Iso27001:
        return QStringLiteral("iso27001");
    }
    return {};
}

std::optional<ComplianceFramework> complianceFrameworkFromId(const QString& id)
{
    return enumFromId(id, allComplianceFrameworks(), &complianceFrameworkId, Qt::CaseInsensitive);
}

QString complianceFrameworkDisplayName(ComplianceFramework framework)
{
    switch (framework) {
    case ComplianceFramework::Soc2:
        return QCoreApplication::translate("gc::ComplianceReport", "SOC 2 (Trust Services Criteria CC6, CC7)");
    case ComplianceFramework::Gdpr:
        return QCoreApplication::translate("gc::ComplianceReport", "GDPR (records of processing and data subject requests)");
    case ComplianceFramework::Iso27001:
        return QCoreApplication::translate("gc::ComplianceReport", "ISO/IEC 27001:2022 (A.8.15 Logging, A.8.16 Monitoring)");
    }
    return {};
}

const QList<ComplianceReportFormat>& allComplianceReportFormats()
{
    static const QList<ComplianceReportFormat> all { ComplianceReportFormat::Html, ComplianceReportFormat::Pdf,
        ComplianceReportFormat::Csv };
    return all;
}

QString complianceReportFormatId(ComplianceReportFormat format)
{
    switch (format) {
    case ComplianceReportFormat::Html:
        return QStringLiteral("html");
    case ComplianceReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ComplianceReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ComplianceReportFormat> complianceReportFormatFromId(const QString& id)
{
    return enumFromId(id, allComplianceReportFormats(), &complianceReportFormatId, Qt::CaseInsensitive);
}

QList<ComplianceSection> complianceReportSections(ComplianceFramework framework)
{
    switch (framework) {
    case ComplianceFramework::Soc2:
        return {
            section("CC7.2", QCoreApplication::translate("gc::ComplianceReport", "Activity recorded in the period"),
                QCoreApplication::translate("gc::ComplianceReport", "The entity monitors system components for anomalies. Every operator, data, API, tenant, "
                   "security, GDPR and system event of the period, counted by category, type and outcome."),
                ComplianceBlock::Counts),
            section("CC6.1", QCoreApplication::translate("gc::ComplianceReport", "Logical access security: access failures"),
                QCoreApplication::translate("gc::ComplianceReport", "Logical access controls are enforced: failed sign-ins, authentication failures of API "
                   "clients and actions refused by the permission matrix."),
                ComplianceBlock::AccessFailures),
            section("CC6.2, CC6.3", QCoreApplication::translate("gc::ComplianceReport", "Registration, authorization and removal of access"),
                QCoreApplication::translate("gc::ComplianceReport", "Access is granted, changed and removed only with authorization: operator role changes, "
                   "tenant offboarding and purges, signing-key rotation and configuration changes."),
                ComplianceBlock::PrivilegedActions),
            section("CC7.2, CC7.3", QCoreApplication::translate("gc::ComplianceReport", "Security events: detection and evaluation"),
                QCoreApplication::translate("gc::ComplianceReport", "Anomalies raise alerts, and each alert is evaluated and resolved with a written "
                   "resolution. Alerts raised or resolved in the period, with time to resolve."),
                ComplianceBlock::Alerts),
            section("CC7.2", QCoreApplication::translate("gc::ComplianceReport", "Sample events"), samplesDescription(), ComplianceBlock::Samples),
            section("", QCoreApplication::translate("gc::ComplianceReport", "Completeness and integrity of this evidence"), completenessDescription(),
                ComplianceBlock::Completeness),
        };
    case ComplianceFramework::Gdpr:
        return {
            section("Art. 30", QCoreApplication::translate("gc::ComplianceReport", "Records of processing activities"),
                QCoreApplication::translate("gc::ComplianceReport", "The processing performed in the period: data reads, exports, changes and deletions, "
                   "and predictions requested through the API, by tenant."),
                ComplianceBlock::DataProcessing),
            section("Art. 30", QCoreApplication::translate("gc::ComplianceReport", "All activity recorded in the period"),
                QCoreApplication::translate("gc::ComplianceReport", "Every event of the period, counted by category, type and outcome."), ComplianceBlock::Counts),
            section("Art. 15-17, 20", QCoreApplication::translate("gc::ComplianceReport", "Data subject requests"),
                QCoreApplication::translate("gc::ComplianceReport", "Requests for access (Art. 15), rectification (Art. 16), erasure (Art. 17) and data "
                   "portability (Art. 20) received and completed in the period."),
                ComplianceBlock::SubjectRequests),
            section("Art. 5(2), 32", QCoreApplication::translate("gc::ComplianceReport", "Accountability: privileged actions"),
                QCoreApplication::translate("gc::ComplianceReport", "Changes to who may process personal data and how: operator role changes, tenant "
                   "offboarding and purges, key rotation and configuration changes."),
                ComplianceBlock::PrivilegedActions),
            section("Art. 32", QCoreApplication::translate("gc::ComplianceReport", "Security of processing: access failures"),
                QCoreApplication::translate("gc::ComplianceReport", "Attempts to reach the system or data that were refused: failed sign-ins, authentication "
                   "failures and denied actions."),
                ComplianceBlock::AccessFailures),
            section("Art. 32, 33", QCoreApplication::translate("gc::ComplianceReport", "Security alerts and their handling"),
                QCoreApplication::translate("gc::ComplianceReport", "Alerts raised or resolved in the period. A suspected personal data breach among them "
                   "starts the 72-hour notification period of Art. 33."),
                ComplianceBlock::Alerts),
            section("Art. 30", QCoreApplication::translate("gc::ComplianceReport", "Sample events"), samplesDescription(), ComplianceBlock::Samples),
            section("", QCoreApplication::translate("gc::ComplianceReport", "Completeness and integrity of this record"), completenessDescription(),
                ComplianceBlock::Completeness),
        };
    case ComplianceFramework::Iso27001:
        return {
            section("A.8.15", QCoreApplication::translate("gc::ComplianceReport", "Logging: events recorded in the period"),
                QCoreApplication::translate("gc::ComplianceReport", "Logs that record activities, exceptions, faults and other relevant events are produced. "
                   "Every event of the period, counted by category, type and outcome."),
                ComplianceBlock::Counts),
            section("A.8.2", QCoreApplication::translate("gc::ComplianceReport", "Privileged access rights: privileged actions"),
                QCoreApplication::translate("gc::ComplianceReport", "The use of privileged access is logged: operator role changes, tenant offboarding and "
                   "purges, signing-key rotation and configuration changes."),
                ComplianceBlock::PrivilegedActions),
            section("A.8.5, A.8.16", QCoreApplication::translate("gc::ComplianceReport", "Secure authentication: access failures"),
                QCoreApplication::translate("gc::ComplianceReport", "Unsuccessful and refused access attempts, monitored for anomalous behaviour: failed "
                   "sign-ins, authentication failures and denied actions."),
                ComplianceBlock::AccessFailures),
            section("A.8.16", QCoreApplication::translate("gc::ComplianceReport", "Monitoring activities: alerts and their handling"),
                QCoreApplication::translate("gc::ComplianceReport", "Networks, systems and applications are monitored for anomalous behaviour and potential "
                   "incidents are evaluated. Alerts raised or resolved in the period, with their resolution "
                   "and time to resolve."),
                ComplianceBlock::Alerts),
            section("A.8.15", QCoreApplication::translate("gc::ComplianceReport", "Sample events"), samplesDescription(), ComplianceBlock::Samples),
            section("A.8.15", QCoreApplication::translate("gc::ComplianceReport", "Protection of log information: completeness and integrity"),
                completenessDescription(), ComplianceBlock::Completeness),
        };
    }
    return {};
}

const QList<CompliancePeriodPreset>& allCompliancePeriodPresets()
{
    static const QList<CompliancePeriodPreset> all { CompliancePeriodPreset::LastMonth,
        CompliancePeriodPreset::LastQuarter, CompliancePeriodPreset::LastYear, CompliancePeriodPreset::MonthToDate,
        CompliancePeriodPreset::QuarterToDate, CompliancePeriodPreset::Last30Days,
        CompliancePeriodPreset::Last90Days };
    return all;
}

QString compliancePeriodPresetId(CompliancePeriodPreset preset)
{
    switch (preset) {
    case CompliancePeriodPreset::LastMonth:
        return QStringLiteral("last-month");
    case CompliancePeriodPreset::LastQuarter:
        return QStringLiteral("last-quarter");
    case CompliancePeriodPreset::LastYear:
        return QStringLiteral("last-year");
    case CompliancePeriodPreset::MonthToDate:
        return QStringLiteral("month-to-date");
    case CompliancePeriodPreset::QuarterToDate:
        return QStringLiteral("quarter-to-date");
    case CompliancePeriodPreset::Last30Days:
        return QStringLiteral("last-30-days");
    case CompliancePeriodPreset::Last90Days:
        return QStringLiteral("last-90-days");
    }
    return {};
}

std::optional<CompliancePeriodPreset> compliancePeriodPresetFromId(const QString& id)
{
    return enumFromId(id, allCompliancePeriodPresets(), &compliancePeriodPresetId, Qt::CaseInsensitive);
}

QString compliancePeriodPresetDisplayName(CompliancePeriodPreset preset)
{
    switch (preset) {
    case CompliancePeriodPreset::LastMonth:
        return QCoreApplication::translate("gc::ComplianceReport", "Last month");
    case CompliancePeriodPreset::LastQuarter:
        return QCoreApplication::translate("gc::ComplianceReport", "Last quarter");
    case CompliancePeriodPreset::LastYear:
        return QCoreApplication::translate("gc::ComplianceReport", "Last year");
    case CompliancePeriodPreset::MonthToDate:
        return QCoreApplication::translate("gc::ComplianceReport", "This month so far");
    case CompliancePeriodPreset::QuarterToDate:
        return QCoreApplication::translate("gc::ComplianceReport", "This quarter so far");
    case CompliancePeriodPreset::Last30Days:
        return QCoreApplication::translate("gc::ComplianceReport", "Last 30 days");
    case CompliancePeriodPreset::Last90Days:
        return QCoreApplication::translate("gc::ComplianceReport", "Last 90 days");
    }
    return {};
}

QPair<qint64, qint64> compliancePeriod(CompliancePeriodPreset preset, const QDateTime& now)
{
    const QDateTime utc = now.toUTC();
    const QDate today = utc.date();
    const auto ms = [](const QDate& d) { return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); };
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (preset) {
    case CompliancePeriodPreset::LastMonth:
        return { ms(monthStart.addMonths(-1)), ms(monthStart) };
    case CompliancePeriodPreset::LastQuarter:
        return { ms(quarterStart.addMonths(-3)), ms(quarterStart) };
    case CompliancePeriodPreset::LastYear:
        return { ms(QDate(today.year() - 1, 1, 1)), ms(QDate(today.year(), 1, 1)) };
    case CompliancePeriodPreset::MonthToDate:
        return { ms(monthStart), utc.toMSecsSinceEpoch() };
    case CompliancePeriodPreset::QuarterToDate:
        return { ms(quarterStart), utc.toMSecsSinceEpoch() };
    case CompliancePeriodPreset::Last30Days:
        return { ms(today.addDays(-30)), ms(today) };
    case CompliancePeriodPreset::Last90Days:
        return { ms(today.addDays(-90)), ms(today) };
    }
    return { 0, 0 };
}

bool isPrivilegedAuditAction(AuditEventType type)
{
    switch (type) {
    case AuditEventType::RoleChanged:
    case AuditEventType::TenantOffboarded:
    case AuditEventType::TenantPurged:
    case AuditEventType::KeyRotated:
    case AuditEventType::ConfigurationChanged:
        return true;
    default:
        return false;
    }
}

bool isAccessFailure(const AuditRecord& record)
{
    return record.type == AuditEventType::LoginFailed || record.type == AuditEventType::AuthenticationFailure
        || record.outcome == AuditOutcome::Denied;
}

QString ComplianceReport::fileStem() const
{
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    };
    return complianceFrameworkId(request.framework) + QLatin1Char('-') + day(request.fromMs) + QLatin1Char('-')
        + day(request.toMs);
}

} // namespace gc
