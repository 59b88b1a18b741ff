#include "ComplianceReportHtml.h"

#include "AlertEngine.h"
#include "AuditVerifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace gc {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
}

/// Text that must not wrap inside a narrow cell (numbers, dates).
QString nowrap(const QString& text)
{
    return QStringLiteral("<span style=\"white-space: nowrap\">") + esc(text) + QStringLiteral("</span>");
}

/// "2026-11-27 08:15:00" for table cells whose header already says UTC.
QString shortTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ruleName(const QString& rule)
{
    const auto kind = alertRuleFromId(rule);
    return kind ? alertRuleDisplayName(*kind) : rule;
}

QString durationText(qint64 secs)
{
    if (secs < 60)
        return QCoreApplication::translate("gc::ComplianceReportHtml", "%1 s").arg(secs);
    if (secs < 3600)
        return QCoreApplication::translate("gc::ComplianceReportHtml", "%1 min").arg(secs / 60);
    if (secs < 86400)
        return QCoreApplication::translate("gc::ComplianceReportHtml", "%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60);
    return QCoreApplication::translate("gc::ComplianceReportHtml", "%1 d %2 h").arg(secs / 86400).arg(secs % 86400 / 3600);
}

/// Breaks text without spaces (base64, hex) into lines QTextDocument can wrap.
QString chunked(const QString& text, int width = 64)
{
    QStringList lines;
    for (qsizetype i = 0; i < text.size(); i += width)
        lines << esc(text.mid(i, width));
    return QStringLiteral("<span class=\"mono\">") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</span>");
}

QString actorText(const QString& actor)
{
    return actor.isEmpty() ? QCoreApplication::translate("gc::ComplianceReportHtml", "system") : actor;
}

QString tenantText(const std::optional<TenantId>& tenant)
{
    return tenant ? QCoreApplication::translate("gc::ComplianceReportHtml", "tenant %1").arg(tenant->value) : QCoreApplication::translate("gc::ComplianceReportHtml", "platform");
}

QString detailsText(const QJsonObject& details)
{
    QString text = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (text == QLatin1String("{}"))
        return {};
    if (text.size() > 240)
        text = text.left(239) + QChar(0x2026);
    return text;
}

/// A table: header cells, then rows of already-escaped cells.
class Table
{
public:
    /// `widths`: per column, in percent of the page (empty: let the layout decide).
    explicit Table(const QStringList& headers, const QString& cssClass = {}, const QList<int>& widths = {})
    {
        m_html = QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                "<thead><tr>")
                     .arg(cssClass.isEmpty() ? QStringLiteral("grid") : cssClass);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            m_html += i < widths.size() ? QStringLiteral("<th width=\"%1%\">").arg(widths.at(i)) : QStringLiteral("<th>");
            m_html += esc(headers.at(i)) + QStringLiteral("</th>");
        }
        m_html += QStringLiteral("</tr></thead><tbody>");
    }
    void row(const QStringList& cells, const QList<int>& numericColumns = {})
    {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_html += (numericColumns.contains(int(i)) ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>"))
                + cells.at(i) + QStringLiteral("</td>");
        m_html += QStringLiteral("</tr>");
    }
    QString html() const { return m_html + QStringLiteral("</tbody></table>"); }

private:
    QString m_html;
};

/// "key | value" rows.
class Facts
{
public:
    void add(const QString& key, const QString& valueHtml)
    {
        m_html += QStringLiteral("<tr><th align=\"left\" width=\"32%\">") + esc(key) + QStringLiteral("</th><td>")
            + valueHtml + QStringLiteral("</td></tr>");
    }
    QString html() const
    {
        return QStringLiteral("<table class=\"facts\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
            + m_html + QStringLiteral("</table>");
    }

private:
    QString m_html;
};

QString okMark(bool ok, const QString& good, const QString& bad)
{
    return ok ? QStringLiteral("<span class=\"ok\">") + esc(good) + QStringLiteral("</span>")
              : QStringLiteral("<span class=\"bad\">") + esc(bad) + QStringLiteral("</span>");
}

QString eventTable(const QList<AuditRecord>& records)
{
    // Six columns, two facts in some: eight narrow columns wrap every cell on A4.
    Table t({ QCoreApplication::translate("gc::ComplianceReportHtml", "Seq"), QCoreApplication::translate("gc::ComplianceReportHtml", "Time (UTC)"), QCoreApplication::translate("gc::ComplianceReportHtml", "Event, outcome"), QCoreApplication::translate("gc::ComplianceReportHtml", "Actor"), QCoreApplication::translate("gc::ComplianceReportHtml", "Tenant, resource"), QCoreApplication::translate("gc::ComplianceReportHtml", "Details") },
        QStringLiteral("grid events"), { 8, 13, 16, 17, 14, 32 });
    for (const AuditRecord& r : records) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(r.timeUtcMs, Qt::UTC);
        const QString outcome = r.outcome == AuditOutcome::Success
            ? esc(auditOutcomeDisplayName(r.outcome))
            : QStringLiteral("<b>") + esc(auditOutcomeDisplayName(r.outcome)) + QStringLiteral("</b>");
        t.row({ nowrap(num(r.sequence)),
                  nowrap(time.toString(QStringLiteral("yyyy-MM-dd"))) + QStringLiteral("<br/>")
                      + esc(time.toString(QStringLiteral("HH:mm:ss"))),
                  esc(auditEventTypeDisplayName(r.type)) + QStringLiteral("<br/>") + outcome,
                  esc(actorText(r.actorId)),
                  esc(tenantText(r.tenant)) + (r.resource.isEmpty() ? QString() : QStringLiteral("<br/>") + esc(r.resource)),
                  esc(detailsText(r.details)) },
            { 0 });
    }
    return t.html();
}

QString listNote(qint64 total, qsizetype shown)
{
    if (total == 0)
        return QStringLiteral("<p>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "None in this period.")) + QStringLiteral("</p>");
    if (shown < total)
        return QStringLiteral("<p>")
            + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 in total; the first %2 are listed. The CSV export lists every event of the period.")
                      .arg(num(total), num(shown)))
            + QStringLiteral("</p>");
    return QStringLiteral("<p>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 in total, all listed.").arg(num(total))) + QStringLiteral("</p>");
}

/// The GDPR article a data subject request of `kind` exercises.
QString gdprArticle(const QString& kind)
{
    static const QHash<QString, QString> articles { { QStringLiteral("access"), QStringLiteral("Art. 15") },
        { QStringLiteral("rectification"), QStringLiteral("Art. 16") },
        { QStringLiteral("erasure"), QStringLiteral("Art. 17") },
        { QStringLiteral("restriction"), QStringLiteral("Art. 18") },
        { QStringLiteral("portability"), QStringLiteral("Art. 20") },
        { QStringLiteral("objection"), QStringLiteral("Art. 21") } };
    return articles.value(kind, QStringLiteral("–"));
}

QString share(qint64 part, qint64 total)
{
    if (total <= 0)
        return QStringLiteral("–");
    const double percent = 100.0 * double(part) / double(total);
    // A few events among a million are not none.
    if (part > 0 && percent < 0.05)
        return QStringLiteral("&lt; ") + QLocale().toString(0.1, 'f', 1) + QStringLiteral(" %");
    return QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}

QString countsBlock(const ComplianceReport& r)
{
    QString html;
    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "By category")) + QStringLiteral("</h3>");
    Table cat({ QCoreApplication::translate("gc::ComplianceReportHtml", "Category"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events"), QCoreApplication::translate("gc::ComplianceReportHtml", "Share") });
    for (AuditCategory c : allAuditCategories())
        cat.row({ esc(auditCategoryDisplayName(c)), num(r.byCategory.value(c)), share(r.byCategory.value(c), r.totalEvents) },
            { 1, 2 });
    cat.row({ QStringLiteral("<b>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Total")) + QStringLiteral("</b>"),
                QStringLiteral("<b>") + num(r.totalEvents) + QStringLiteral("</b>"), QString() },
        { 1 });
    html += cat.html();

    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "By outcome and severity")) + QStringLiteral("</h3>");
    Table out({ QCoreApplication::translate("gc::ComplianceReportHtml", "Outcome"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events"), QCoreApplication::translate("gc::ComplianceReportHtml", "Severity"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events") });
    const QList<AuditOutcome> outcomes { AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied };
    const QList<AuditSeverity> severities { AuditSeverity::Info, AuditSeverity::Notice, AuditSeverity::Warning,
        AuditSeverity::Critical };
    for (int i = 0; i < 4; ++i) {
        const bool hasOutcome = i < outcomes.size();
        out.row({ hasOutcome ? esc(auditOutcomeDisplayName(outcomes.at(i))) : QString(),
                    hasOutcome ? num(r.byOutcome.value(outcomes.at(i))) : QString(),
                    esc(auditSeverityDisplayName(severities.at(i))), num(r.bySeverity.value(severities.at(i))) },
            { 1, 3 });
    }
    html += out.html();

    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "By event type")) + QStringLiteral("</h3>");
    Table type({ QCoreApplication::translate("gc::ComplianceReportHtml", "Event type"), QCoreApplication::translate("gc::ComplianceReportHtml", "Id"), QCoreApplication::translate("gc::ComplianceReportHtml", "Category"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events") });
    for (auto it = r.byType.cbegin(); it != r.byType.cend(); ++it)
        type.row({ esc(auditEventTypeDisplayName(it.key())), QStringLiteral("<span class=\"mono\">")
                          + esc(auditEventTypeId(it.key())) + QStringLiteral("</span>"),
                     esc(auditCategoryDisplayName(auditEventCategory(it.key()))), num(it.value()) },
            { 3 });
    if (r.byType.isEmpty())
        type.row({ esc(QCoreApplication::translate("gc::ComplianceReportHtml", "No events in this period.")), QString(), QString(), QStringLiteral("0") }, { 3 });
    html += type.html();
    return html;
}

QString dataProcessingBlock(const ComplianceReport& r)
{
    QString html;
    Table t({ QCoreApplication::translate("gc::ComplianceReportHtml", "Processing activity"), QCoreApplication::translate("gc::ComplianceReportHtml", "Id"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events") });
    for (AuditEventType type : allAuditEventTypes()) {
        const AuditCategory c = auditEventCategory(type);
        if (c != AuditCategory::DataAccess && c != AuditCategory::Api)
            continue;
        t.row({ esc(auditEventTypeDisplayName(type)),
                  QStringLiteral("<span class=\"mono\">") + esc(auditEventTypeId(type)) + QStringLiteral("</span>"),
                  num(r.byType.value(type)) },
            { 2 });
    }
    html += t.html();

    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Events by tenant")) + QStringLiteral("</h3>");
    QList<QPair<QString, qint64>> tenants;
    for (auto it = r.tenantsTouched.cbegin(); it != r.tenantsTouched.cend(); ++it)
        tenants << qMakePair(it.key(), it.value());
    std::sort(tenants.begin(), tenants.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    constexpr int kMaxTenants = 50;
    Table byTenant({ QCoreApplication::translate("gc::ComplianceReportHtml", "Tenant"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events"), QCoreApplication::translate("gc::ComplianceReportHtml", "Share") });
    for (qsizetype i = 0; i < std::min<qsizetype>(tenants.size(), kMaxTenants); ++i) {
        const QString& key = tenants.at(i).first;
        const QString name = key == QLatin1String("platform") ? QCoreApplication::translate("gc::ComplianceReportHtml", "platform") : QCoreApplication::translate("gc::ComplianceReportHtml", "tenant %1").arg(key);
        byTenant.row({ esc(name), num(tenants.at(i).second), share(tenants.at(i).second, r.totalEvents) }, { 1, 2 });
    }
    html += byTenant.html();
    if (tenants.size() > kMaxTenants)
        html += QStringLiteral("<p>")
            + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 tenants in total; the %2 with the most events are listed.").arg(num(tenants.size())).arg(kMaxTenants))
            + QStringLiteral("</p>");
    return html;
}

QString alertsBlock(const ComplianceReport& r)
{
    QString html;
    Facts f;
    f.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Alerts raised in the period"), num(r.alertsRaised));
    f.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Alerts resolved in the period"), num(r.alertsResolved));
    f.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Raised in the period and still open"), num(r.alertsOpen));
    f.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Median time to resolve"),
        r.medianSecondsToResolve ? esc(durationText(*r.medianSecondsToResolve)) : QStringLiteral("–"));
    f.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Security events (all types)"), num(r.byCategory.value(AuditCategory::Security)));
    html += f.html();
    if (r.alerts.isEmpty()) {
        html += QStringLiteral("<p>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "No alert was raised or resolved in this period.")) + QStringLiteral("</p>");
        return html;
    }
    Table t({ QCoreApplication::translate("gc::ComplianceReportHtml", "#"), QCoreApplication::translate("gc::ComplianceReportHtml", "Raised (UTC)"), QCoreApplication::translate("gc::ComplianceReportHtml", "Rule and summary"), QCoreApplication::translate("gc::ComplianceReportHtml", "Handling"), QCoreApplication::translate("gc::ComplianceReportHtml", "Time to resolve") },
        QStringLiteral("grid events"), { 6, 14, 36, 32, 12 });
    for (const ComplianceAlertRow& row : r.alerts) {
        const AuditAlert& a = row.alert;
        const QString handling = a.resolvedAt
            ? esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Resolved %1 by %2:").arg(shortTime(*a.resolvedAt * 1000), actorText(a.resolvedBy)))
                + QStringLiteral(" ") + esc(a.resolution)
            : QStringLiteral("<span class=\"bad\">") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Open")) + QStringLiteral("</span>");
        t.row({ num(a.id), esc(shortTime(a.raisedAt * 1000)),
                  QStringLiteral("<b>") + esc(ruleName(a.rule)) + QStringLiteral("</b><br/>") + esc(a.summary),
                  handling, row.secondsToResolve ? esc(durationText(*row.secondsToResolve)) : QStringLiteral("–") },
            { 0 });
    }
    html += t.html();
    return html;
}

QString checkpointFacts(const std::optional<Checkpoint>& cp, bool signatureOk, const QString& signatureMessage)
{
    if (!cp)
        return {};
    return esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 events, signed %2 with key %3")
                   .arg(num(cp->treeSize), timeText(cp->unixTime * 1000), cp->keyId))
        + QStringLiteral("<br/>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Root hash (base64):")) + QStringLiteral("<br/>")
        + chunked(QString::fromLatin1(cp->rootHash.toBase64())) + QStringLiteral("<br/>")
        + okMark(signatureOk, QCoreApplication::translate("gc::ComplianceReportHtml", "Signature valid"), QCoreApplication::translate("gc::ComplianceReportHtml", "Signature NOT valid: %1").arg(signatureMessage));
}

QString completenessBlock(const ComplianceReport& r)
{
    const ComplianceCompleteness& c = r.completeness;
    QString html;
    html += QStringLiteral("<p class=\"verdict\">")
        + okMark(c.ok(), QCoreApplication::translate("gc::ComplianceReportHtml", "Complete and intact: every check below passed."),
            QCoreApplication::translate("gc::ComplianceReportHtml", "Not proven complete: at least one check below failed."))
        + QStringLiteral("</p>");

    Facts q;
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Query"), QStringLiteral("<span class=\"mono\">") + esc(c.queryText) + QStringLiteral("</span>"));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Rows read"),
        esc(QCoreApplication::translate("gc::ComplianceReportHtml", "every stored row with sequence number %1 to %2, in one scan; the range is where the query's time "
               "bounds fall, as times never decrease along the log")
                .arg(num(c.eventsBefore + 1), num(c.eventsThrough))));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Events logged before the period"), num(c.eventsBefore));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "First sequence number in the period"), c.firstSeq ? num(*c.firstSeq) : esc(QCoreApplication::translate("gc::ComplianceReportHtml", "none (no events)")));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Last sequence number in the period"), c.lastSeq ? num(*c.lastSeq) : esc(QCoreApplication::translate("gc::ComplianceReportHtml", "none (no events)")));
    const qint64 expected = std::max<qint64>(0, c.eventsThrough - c.eventsBefore);
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Expected events (last - first + 1)"), num(expected));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Events read, one by one, in sequence order"), num(c.eventsRead));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Events counted by the store for the query"), num(c.countQuery));
    q.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Gap check"),
        okMark(c.gapFree, QCoreApplication::translate("gc::ComplianceReportHtml", "No gaps: every sequence number from first to last was read exactly once."),
            c.firstMissingSeq ? QCoreApplication::translate("gc::ComplianceReportHtml", "Gap: sequence number %1 was not read.").arg(num(*c.firstMissingSeq))
                              : QCoreApplication::translate("gc::ComplianceReportHtml", "The counts disagree.")));
    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Query and sequence range")) + QStringLiteral("</h3>") + q.html();

    Facts cp;
    if (c.startCheckpoint)
        cp.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Start checkpoint (at or before the period's start)"),
            checkpointFacts(c.startCheckpoint, c.startSignatureOk, c.startSignatureMessage));
    else
        cp.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Start checkpoint (at or before the period's start)"),
            esc(QCoreApplication::translate("gc::ComplianceReportHtml", "None precedes the period; the proof starts from the empty log (0 events), whose root is fixed.")));
    if (c.endCheckpoint)
        cp.add(QCoreApplication::translate("gc::ComplianceReportHtml", "End checkpoint (first to include the period's end)"),
            checkpointFacts(c.endCheckpoint, c.endSignatureOk, c.endSignatureMessage));
    else
        cp.add(QCoreApplication::translate("gc::ComplianceReportHtml", "End checkpoint (first to include the period's end)"),
            QStringLiteral("<span class=\"bad\">")
                + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "No signed checkpoint includes event %1 yet. Sign one with 'geoconsole audit checkpoint' "
                         "(or generate the report with --checkpoint) and generate the report again.")
                          .arg(num(c.eventsThrough)))
                + QStringLiteral("</span>"));
    if (c.consistencyProof) {
        const MerkleProof& p = *c.consistencyProof;
        cp.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Consistency proof"),
            esc(QCoreApplication::translate("gc::ComplianceReportHtml", "From %1 to %2 events, %3 hashes; RFC 9162 binary form, base64:")
                    .arg(num(p.first), num(p.second))
                    .arg(p.hashes.size()))
                + QStringLiteral("<br/>") + chunked(QString::fromLatin1(p.toBase64())) + QStringLiteral("<br/>")
                + okMark(c.consistencyResult == ProofFailure::None,
                    QCoreApplication::translate("gc::ComplianceReportHtml", "Verified: the end checkpoint's log extends the start checkpoint's log."),
                    QCoreApplication::translate("gc::ComplianceReportHtml", "NOT verified: %1").arg(MerkleProofVerifier::message(c.consistencyResult))));
    }
    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Signed checkpoints")) + QStringLiteral("</h3>") + cp.html();

    const AuditVerifyReport& v = c.verification;
    Facts ver;
    ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Result"),
        okMark(v.ok(), QCoreApplication::translate("gc::ComplianceReportHtml", "Intact"), QCoreApplication::translate("gc::ComplianceReportHtml", "TAMPERING DETECTED (%1)").arg(AuditVerifier::kindDisplayName(v.kind))));
    if (!v.message.isEmpty())
        ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Finding"), esc(v.message));
    if (v.firstBadSeq)
        ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "First affected event"), num(*v.firstBadSeq));
    ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Events re-hashed"), num(v.eventsChecked));
    ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Checkpoints checked"), num(v.checkpointsChecked));
    ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Personal parts checked against their commitments"), num(v.personalPartsChecked));
    ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Root hash of all events (base64)"), chunked(QString::fromLatin1(v.rootHash.toBase64())));
    ver.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Time taken"), esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 s").arg(QLocale().toString(double(v.elapsedMs) / 1000.0, 'f', 1))));
    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Full re-hash of the log")) + QStringLiteral("</h3>") + ver.html();
    return html;
}

QString css()
{
    // Kept to what both browsers and QTextDocument apply, so the PDF matches the page.
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 9pt; color: #1a1a1a; }\n"
        "h1 { font-size: 17pt; color: #0b3d5c; margin-bottom: 2pt; }\n"
        "h2 { font-size: 12.5pt; color: #0b3d5c; margin-top: 16pt; margin-bottom: 3pt; }\n"
        "h2.page { page-break-before: always; margin-top: 0pt; }\n"
        "h3 { font-size: 10pt; color: #333333; margin-top: 9pt; margin-bottom: 3pt; }\n"
        "p { margin-top: 2pt; margin-bottom: 4pt; }\n"
        "p.subtitle { color: #555555; font-size: 9.5pt; }\n"
        "p.desc { color: #444444; font-style: italic; }\n"
        "p.verdict { font-size: 10.5pt; font-weight: bold; }\n"
        "span.ref { color: #ffffff; background-color: #0b3d5c; font-weight: bold; }\n"
        "table { border-collapse: collapse; border-color: #b8c4cc; margin-bottom: 6pt; }\n"
        "th { background-color: #e8eef2; text-align: left; font-weight: bold; }\n"
        "td, th { border: 1px solid #b8c4cc; padding: 3px; vertical-align: top; }\n"
        "table.events td { font-size: 7.5pt; }\n"
        "table.facts td, table.facts th { font-size: 8.5pt; }\n"
        "table.events th { font-size: 7.5pt; }\n"
        ".mono { font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 7.5pt; }\n"
        ".ok { color: #1b6e20; font-weight: bold; }\n"
        ".bad { color: #b00020; font-weight: bold; }\n"
        "p.footer { color: #777777; font-size: 7.5pt; margin-top: 14pt; }\n"
        "@media print { h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }\n");
}

} // namespace

QString ComplianceReportHtml::title(const ComplianceReport& report)
{
    QString name;
    switch (report.request.framework) {
    case ComplianceFramework::Soc2:
        name = QCoreApplication::translate("gc::ComplianceReportHtml", "SOC 2 compliance report");
        break;
    case ComplianceFramework::Gdpr:
        name = QCoreApplication::translate("gc::ComplianceReportHtml", "GDPR compliance report");
        break;
    case ComplianceFramework::Iso27001:
        name = QCoreApplication::translate("gc::ComplianceReportHtml", "ISO/IEC 27001:2022 compliance report");
        break;
    }
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    };
    return QCoreApplication::translate("gc::ComplianceReportHtml", "%1, %2 to %3").arg(name, day(report.request.fromMs), day(report.request.toMs));
}

QString ComplianceReportHtml::render(const ComplianceReport& report)
{
    const ComplianceReportRequest& q = report.request;
    const ComplianceCompleteness& c = report.completeness;
    QString html;
    html.reserve(64 * 1024);
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/>\n<title>") + esc(title(report))
        + QStringLiteral("</title>\n<style>\n") + css() + QStringLiteral("</style></head>\n<body>\n");

    html += QStringLiteral("<h1>") + esc(title(report)) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p class=\"subtitle\">") + esc(complianceFrameworkDisplayName(q.framework))
        + QStringLiteral("</p>\n");

    Facts head;
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Period (UTC, end excluded)"),
        esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 to %2").arg(timeText(q.fromMs), timeText(q.toMs))
            + (q.endClampedToNow ? QStringLiteral(" ") + QCoreApplication::translate("gc::ComplianceReportHtml", "(the requested end lay in the future; the period ends when the report was generated)")
                                      : QString())));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Generated"), esc(timeText(report.generatedAt.toMSecsSinceEpoch())));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Generated by"),
        esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 (%2)").arg(actorText(q.generatedBy), report.generatedByRole)));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Events in the period"),
        esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 (sequence numbers %2 to %3)")
                .arg(num(report.totalEvents), c.firstSeq ? num(*c.firstSeq) : QStringLiteral("–"),
                    c.lastSeq ? num(*c.lastSeq) : QStringLiteral("–"))));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Privileged actions"), num(report.privilegedTotal));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Access failures"), num(report.accessFailuresTotal));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Alerts raised / resolved / open"),
        esc(QStringLiteral("%1 / %2 / %3").arg(num(report.alertsRaised), num(report.alertsResolved), num(report.alertsOpen))));
    head.add(QCoreApplication::translate("gc::ComplianceReportHtml", "Completeness"),
        okMark(c.ok(), QCoreApplication::translate("gc::ComplianceReportHtml", "Proven: no gaps, signed checkpoints consistent, full re-hash intact"),
            QCoreApplication::translate("gc::ComplianceReportHtml", "NOT proven; see the last section")));
    html += head.html();

    const QList<ComplianceSection> sections = complianceReportSections(q.framework);
    for (const ComplianceSection& s : sections) {
        // Each section after the first starts a page: QTextDocument has no
        // "keep with next", and a heading alone at the foot of a page reads badly.
        html += &s == &sections.first() ? QStringLiteral("\n<h2>") : QStringLiteral("\n<h2 class=\"page\">");
        if (!s.controlRef.isEmpty())
            html += QStringLiteral("<span class=\"ref\">&nbsp;") + esc(s.controlRef) + QStringLiteral("&nbsp;</span> ");
        html += esc(s.title) + QStringLiteral("</h2>\n<p class=\"desc\">") + esc(s.description) + QStringLiteral("</p>\n");
        switch (s.block) {
        case ComplianceBlock::Counts:
            html += countsBlock(report);
            break;
        case ComplianceBlock::DataProcessing:
            html += dataProcessingBlock(report);
            break;
        case ComplianceBlock::PrivilegedActions:
            html += listNote(report.privilegedTotal, report.privileged.size());
            if (!report.privileged.isEmpty())
                html += eventTable(report.privileged);
            break;
        case ComplianceBlock::AccessFailures:
            html += listNote(report.accessFailuresTotal, report.accessFailures.size());
            if (!report.accessFailures.isEmpty())
                html += eventTable(report.accessFailures);
            break;
        case ComplianceBlock::SubjectRequests: {
            if (!report.requestsByKind.isEmpty()) {
                Table kinds({ QCoreApplication::translate("gc::ComplianceReportHtml", "Request received"),
                                QCoreApplication::translate("gc::ComplianceReportHtml", "Article"),
                                QCoreApplication::translate("gc::ComplianceReportHtml", "Requests") },
                    {}, { 50, 30, 20 });
                for (auto it = report.requestsByKind.cbegin(); it != report.requestsByKind.cend(); ++it)
                    kinds.row({ esc(it.key()), esc(gdprArticle(it.key())), num(it.value()) }, { 2 });
                html += kinds.html();
            }
            Table t({ QCoreApplication::translate("gc::ComplianceReportHtml", "Request event"), QCoreApplication::translate("gc::ComplianceReportHtml", "Events") });
            for (AuditEventType type : allAuditEventTypes()) {
                if (auditEventCategory(type) == AuditCategory::Gdpr)
                    t.row({ esc(auditEventTypeDisplayName(type)), num(report.byType.value(type)) }, { 1 });
            }
            html += t.html() + listNote(report.subjectRequestsTotal, report.subjectRequests.size());
            if (!report.subjectRequests.isEmpty())
                html += eventTable(report.subjectRequests);
            break;
        }
        case ComplianceBlock::Alerts:
            html += alertsBlock(report);
            break;
        case ComplianceBlock::Samples:
            if (report.samples.isEmpty()) {
                html += QStringLiteral("<p>") + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "No events to sample.")) + QStringLiteral("</p>");
            } else {
                html += QStringLiteral("<p>")
                    + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "%1 events: one in every %2 events of the period, starting at sequence number %3.")
                              .arg(num(report.samples.size()), num(report.sampleStride), num(report.samples.first().sequence)))
                    + QStringLiteral("</p>") + eventTable(report.samples);
            }
            break;
        case ComplianceBlock::Completeness:
            html += completenessBlock(report);
            break;
        }
    }

    QString version = QCoreApplication::applicationVersion();
    html += QStringLiteral("\n<p class=\"footer\">")
        + esc(QCoreApplication::translate("gc::ComplianceReportHtml", "Generated by GeoClimate Console%1. Actors appear by pseudonymous id only; personal data "
                 "stays in the console. Anyone with the store's public keys can re-check the checkpoints, the "
                 "proof and the root hash with 'geoconsole audit verify' and 'geoconsole audit consistency'.")
                  .arg(version.isEmpty() ? QString() : QStringLiteral(" ") + version))
        + QStringLiteral("</p>\n</body></html>\n");
    return html;
}

} // namespace gc
