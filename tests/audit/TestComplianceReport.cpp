// Compliance reports: counts against a brute-force count of the log, the
// completeness evidence (sequence range, gaps, checkpoints, consistency
// proof, re-hash), the HTML/PDF/CSV renderers, and the recorded export event.
#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/ComplianceReportBuilder.h"
#include "audit/ComplianceReportCsv.h"
#include "audit/ComplianceReportHtml.h"
#include "audit/ComplianceReportPdf.h"
#include "audit/ComplianceReportWriter.h"
#include "audit/MerkleProofVerifier.h"
#include "audit/MerkleTree.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace gc;

namespace {

const QDateTime kT0(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
const qint64 kDayMs = 86'400'000;

Session sessionAs(Role role, qint64 id, const QString& name)
{
    Operator op;
    op.id = id;
    op.username = name;
    op.displayName = name;
    op.role = role;
    return Session(op);
}

/// RFC 4180 reader: the test's own, so the writer is checked against an independent parser.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"') && cell.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            afterQuote = false;
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            afterQuote = false;
            ++i;
        } else {
            if (afterQuote)
                return {}; // text after a closing quote: not RFC 4180
            cell += ch;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace

class TestComplianceReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<AlertEngine> m_alerts;
    Session m_admin = sessionAs(Role::Administrator, 1, QStringLiteral("admin"));
    Session m_auditor = sessionAs(Role::Auditor, 2, QStringLiteral("audrey"));
    Session m_analyst = sessionAs(Role::Analyst, 3, QStringLiteral("anna"));
    qint64 m_alertId = 0;

    ComplianceReportRequest period(ComplianceFramework framework, int fromDay, int toDay) const
    {
        ComplianceReportRequest r;
        r.framework = framework;
        r.fromMs = kT0.toMSecsSinceEpoch() + fromDay * kDayMs;
        r.toMs = kT0.toMSecsSinceEpoch() + toDay * kDayMs;
        r.generatedBy = m_log->operatorActor(m_auditor.op());
        return r;
    }

    /// `count` varied events spread evenly over [fromDay, toDay).
    void appendEvents(int count, int fromDay, int toDay, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QList<AuditEventType>& types = allAuditEventTypes();
        std::vector<AuditEventDraft> drafts;
        const qint64 span = qint64(toDay - fromDay) * kDayMs;
        for (int i = 0; i < count; ++i) {
            AuditEventDraft d;
            d.timeUtcMs = kT0.toMSecsSinceEpoch() + fromDay * kDayMs + span * i / count;
            d.type = types.at(int(rng.bounded(types.size())));
            // Failed sign-ins would trip the alert rule; the test raises its alerts itself.
            if (d.type == AuditEventType::LoginFailed || d.type == AuditEventType::AlertRaised
                || d.type == AuditEventType::AlertResolved)
                d.type = AuditEventType::DataRead;
            const quint32 o = rng.bounded(20);
            d.outcome = o == 0 ? AuditOutcome::Denied : o == 1 ? AuditOutcome::Failure : AuditOutcome::Success;
            d.tenant = rng.bounded(4) == 0 ? std::nullopt : std::optional<TenantId>(TenantId(1 + rng.bounded(6)));
            d.actorId = m_log->pseudonym(QStringLiteral("op"), QStringLiteral("user%1").arg(rng.bounded(5)));
            d.resource = QStringLiteral("tenant/%1").arg(rng.bounded(9));
            d.details = QJsonObject { { QStringLiteral("n"), i } };
            drafts.push_back(d);
        }
        m_log->appendBatch(drafts);
    }

    /// Every event of [fromMs, toMs), read one by one without the report's code.
    QList<AuditRecord> bruteForce(qint64 fromMs, qint64 toMs) const
    {
        QList<AuditRecord> out;
        const AuditReader reader(*m_store, m_admin);
        AuditPageRequest page;
        page.order = AuditPageRequest::Order::OldestFirst;
        page.limit = 1000;
        page.afterSeq = 0;
        for (;;) {
            const QList<AuditEvent> events = reader.page(page);
            for (const AuditEvent& e : events) {
                if (e.record.timeUtcMs >= fromMs && e.record.timeUtcMs < toMs)
                    out << e.record;
            }
            if (events.size() < page.limit)
                break;
            page.afterSeq = events.last().record.sequence;
        }
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_alerts.reset();
        m_log.reset();
        m_store.reset();
        const QString base = m_dir.filePath(QStringLiteral("store-%1").arg(++m_counter));
        m_clock = std::make_unique<ManualClock>(kT0);
        m_store = Store::open(base + QStringLiteral(".sqlite3"));
        AuditSigningConfig signing;
        signing.keyPath = base + QStringLiteral(".key.pem");
        signing.everyEvents = 500;
        m_log = std::make_unique<AuditLog>(*m_store, *m_clock, signing);
        m_alerts = std::make_unique<AlertEngine>(*m_log, *m_clock);

        // 150 days of history: an alert raised and resolved on day 60,
        // another raised on day 70 and left open; checkpoints every 500 events.
        appendEvents(2400, 0, 60, 7);
        m_clock->set(kT0.addDays(60).addSecs(3600));
        m_alertId = m_alerts->raiseVerificationFailure(QString(), QStringLiteral("test alert")).value_or(0);
        QVERIFY(m_alertId > 0);
        m_clock->advanceSecs(7200);
        m_alerts->resolve(m_admin, m_alertId, QStringLiteral("false positive: planned restore"));
        appendEvents(400, 61, 70, 8);
        m_clock->set(kT0.addDays(70).addSecs(60));
        QVERIFY(m_alerts->raiseVerificationFailure(QString(), QStringLiteral("second alert")));
        appendEvents(1600, 71, 150, 9);
        m_clock->set(kT0.addDays(151));
        m_log->checkpoint();
    }

    void cleanupTestCase()
    {
        m_alerts.reset();
        m_log.reset();
        m_store.reset();
    }

    void countsMatchBruteForce_data()
    {
        QTest::addColumn<int>("framework");
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("toDay");
        QTest::newRow("soc2 days 30-90") << int(ComplianceFramework::Soc2) << 30 << 90;
        QTest::newRow("gdpr whole log") << int(ComplianceFramework::Gdpr) << 0 << 151;
        QTest::newRow("iso27001 one day") << int(ComplianceFramework::Iso27001) << 65 << 66;
    }

    void countsMatchBruteForce()
    {
        QFETCH(int, framework);
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        const ComplianceReportRequest request = period(ComplianceFramework(framework), fromDay, toDay);
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, request);

        const QList<AuditRecord> all = bruteForce(request.fromMs, request.toMs);
        QVERIFY(!all.isEmpty());
        QMap<AuditCategory, qint64> byCategory;
        QMap<AuditEventType, qint64> byType;
        QMap<AuditOutcome, qint64> byOutcome;
        qint64 privileged = 0;
        qint64 failures = 0;
        for (const AuditRecord& e : all) {
            ++byCategory[e.category()];
            ++byType[e.type];
            ++byOutcome[e.outcome];
            privileged += e.type == AuditEventType::RoleChanged || e.type == AuditEventType::TenantOffboarded
                    || e.type == AuditEventType::TenantPurged || e.type == AuditEventType::KeyRotated
                    || e.type == AuditEventType::ConfigurationChanged
                ? 1
                : 0;
            failures += e.type == AuditEventType::LoginFailed || e.type == AuditEventType::AuthenticationFailure
                    || e.outcome == AuditOutcome::Denied
                ? 1
                : 0;
        }
        QCOMPARE(r.totalEvents, qint64(all.size()));
        QCOMPARE(r.byCategory, byCategory);
        QCOMPARE(r.byType, byType);
        QCOMPARE(r.byOutcome, byOutcome);
        QCOMPARE(r.privilegedTotal, privileged);
        qint64 requests = 0;
        for (qint64 n : r.requestsByKind)
            requests += n;
        QCOMPARE(requests, byType.value(AuditEventType::GdprRequestReceived));
        QCOMPARE(r.accessFailuresTotal, failures);
        QVERIFY(privileged > 0 && failures > 0);
        QCOMPARE(r.privileged.size(), std::min<qsizetype>(privileged, request.listLimit));
        QCOMPARE(r.accessFailures.first().sequence, [&] {
            for (const AuditRecord& e : all) {
                if (isAccessFailure(e))
                    return e.sequence;
            }
            return qint64(0);
        }());

        const ComplianceCompleteness& c = r.completeness;
        QCOMPARE(*c.firstSeq, all.first().sequence);
        QCOMPARE(*c.lastSeq, all.last().sequence);
        QCOMPARE(c.eventsRead, qint64(all.size()));
        QCOMPARE(c.countQuery, qint64(all.size()));
        QCOMPARE(*c.lastSeq - *c.firstSeq + 1, qint64(all.size()));
        QVERIFY(c.gapFree);
        QVERIFY(!c.firstMissingSeq);

        // Samples: deterministic, inside the period, in order, at most 25.
        QCOMPARE(r.samples.size(), std::min<qsizetype>(25, all.size()));
        for (qsizetype i = 1; i < r.samples.size(); ++i)
            QVERIFY(r.samples.at(i).sequence > r.samples.at(i - 1).sequence);
        const ComplianceReport again = ComplianceReportBuilder::build(reader, *m_clock, request);
        QCOMPARE(again.samples, r.samples);
    }

    void completenessProvesTheRange()
    {
        const ComplianceReportRequest request = period(ComplianceFramework::Soc2, 30, 90);
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, request);
        const ComplianceCompleteness& c = r.completeness;
        QVERIFY(c.startCheckpoint);
        QVERIFY(c.endCheckpoint);
        QVERIFY(c.startCheckpoint->treeSize <= *c.firstSeq - 1);
        QVERIFY(c.endCheckpoint->treeSize >= *c.lastSeq);
        // The newest checkpoint before the start and the oldest one after the end.
        for (const Checkpoint& cp : reader.checkpoints()) {
            if (cp.treeSize <= c.eventsBefore)
                QVERIFY(cp.treeSize <= c.startCheckpoint->treeSize);
            if (cp.treeSize >= c.eventsThrough)
                QVERIFY(cp.treeSize >= c.endCheckpoint->treeSize);
        }
        QVERIFY(c.startSignatureOk);
        QVERIFY(c.endSignatureOk);
        QVERIFY(c.consistencyProof);
        QCOMPARE(c.consistencyProof->first, c.startCheckpoint->treeSize);
        QCOMPARE(c.consistencyProof->second, c.endCheckpoint->treeSize);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(c.startCheckpoint->treeSize, c.endCheckpoint->treeSize,
                     c.startCheckpoint->rootHash, c.endCheckpoint->rootHash, c.consistencyProof->hashes),
            ProofFailure::None);
        // The base64 in the report parses back to the same proof.
        MerkleProof parsed;
        QCOMPARE(MerkleProof::fromBase64(c.consistencyProof->toBase64(), parsed), ProofFailure::None);
        QCOMPARE(parsed, *c.consistencyProof);
        QCOMPARE(c.consistencyResult, ProofFailure::None);
        QVERIFY(c.verification.ok());
        QCOMPARE(c.verification.eventsChecked, m_log->size());
        QCOMPARE(c.verification.rootHash, m_log->rootHash(m_log->size()));
        QVERIFY(c.ok());

        const QString html = ComplianceReportHtml::render(r);
        QVERIFY(html.contains(QString::fromLatin1(c.consistencyProof->toBase64()).left(64)));
        QVERIFY(html.contains(c.queryText.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("No gaps")));
    }

    void periodFromTheStartUsesTheEmptyTree()
    {
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r
            = ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Gdpr, -5, 3));
        const ComplianceCompleteness& c = r.completeness;
        QCOMPARE(*c.firstSeq, qint64(1));
        QVERIFY(!c.startCheckpoint);
        QVERIFY(c.startSignatureOk);
        QVERIFY(c.endCheckpoint);
        QCOMPARE(c.consistencyProof->first, qint64(0));
        QCOMPARE(c.consistencyResult, ProofFailure::None);
        QVERIFY(c.ok());
    }

    void missingEndCheckpointIsReported()
    {
        // Events after the last checkpoint, fewer than the automatic interval.
        appendEvents(50, 152, 153, 11);
        const ComplianceReportRequest request = period(ComplianceFramework::Iso27001, 151, 154);
        m_clock->set(kT0.addDays(155));
        {
            const AuditReader reader(*m_store, m_auditor);
            const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, request);
            QVERIFY(!r.completeness.endCheckpoint);
            QVERIFY(!r.completeness.ok());
            QVERIFY(r.completeness.gapFree);
            QVERIFY(ComplianceReportHtml::render(r).contains(QStringLiteral("geoconsole audit checkpoint")));
            // The auditor may not sign one.
            ComplianceReportRequest copy = request;
            QVERIFY(!ComplianceReportWriter::ensureCheckpoint(*m_log, reader, m_auditor, *m_clock, copy));
            QVERIFY(!reader.latestCheckpoint() || reader.latestCheckpoint()->treeSize < m_log->size());
        }
        // An administrator signs one on demand; then the report is complete.
        const AuditReader reader(*m_store, m_admin);
        ComplianceReportRequest signedRequest = request;
        QVERIFY(ComplianceReportWriter::ensureCheckpoint(*m_log, reader, m_admin, *m_clock, signedRequest));
        const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, signedRequest);
        QVERIFY(r.completeness.endCheckpoint);
        QVERIFY(r.completeness.ok());
    }

    void futureEndIsCutAtNow()
    {
        appendEvents(20, 151, 152, 12);
        m_clock->set(kT0.addDays(152).addSecs(10));
        const AuditReader reader(*m_store, m_admin);
        ComplianceReportRequest request = period(ComplianceFramework::Soc2, 140, 200);
        QVERIFY(ComplianceReportWriter::ensureCheckpoint(*m_log, reader, m_admin, *m_clock, request));
        QVERIFY(request.endClampedToNow);
        QCOMPARE(request.toMs, m_clock->nowUtc().toMSecsSinceEpoch());
        const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, request);
        // The CheckpointSigned event is after the cut, so the new checkpoint covers the whole period.
        QVERIFY(r.completeness.ok());
        QCOMPARE(r.completeness.endCheckpoint->treeSize, *r.completeness.lastSeq);
    }

    void gapIsDetected()
    {
        const ComplianceReportRequest request = period(ComplianceFramework::Soc2, 30, 90);
        qint64 removed = 0;
        {
            const AuditReader reader(*m_store, m_auditor);
            const ComplianceReport before = ComplianceReportBuilder::build(reader, *m_clock, request);
            removed = *before.completeness.firstSeq + 100;
        }
        m_store->db().exec(QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(removed).toStdString());
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, request);
        QVERIFY(!r.completeness.gapFree);
        QVERIFY(r.completeness.firstMissingSeq);
        QCOMPARE(*r.completeness.firstMissingSeq, removed);
        QVERIFY(!r.completeness.verification.ok());
        QVERIFY(!r.completeness.ok());
        const QString html = ComplianceReportHtml::render(r);
        QVERIFY(html.contains(QStringLiteral("Gap: sequence number %1").arg(QLocale().toString(removed))));
        QVERIFY(html.contains(QStringLiteral("TAMPERING DETECTED")));
    }

    void alertsAndTheirHandling()
    {
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r
            = ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Soc2, 30, 90));
        QCOMPARE(r.alertsRaised, qint64(2));
        QCOMPARE(r.alertsResolved, qint64(1));
        QCOMPARE(r.alertsOpen, qint64(1));
        QCOMPARE(r.alerts.size(), 2);
        QCOMPARE(r.alerts.first().alert.id, m_alertId);
        QCOMPARE(r.alerts.first().secondsToResolve.value_or(-1), qint64(7200));
        QCOMPARE(r.medianSecondsToResolve.value_or(-1), qint64(7200));
        const QString html = ComplianceReportHtml::render(r);
        QVERIFY(html.contains(QStringLiteral("false positive: planned restore")));
        QVERIFY(html.contains(QStringLiteral("2 h 0 min")));

        const ComplianceReport outside
            = ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Soc2, 100, 140));
        QCOMPARE(outside.alerts.size(), 0);
    }

    void frameworksNameTheirControls()
    {
        const AuditReader reader(*m_store, m_auditor);
        const QList<QPair<ComplianceFramework, QStringList>> expected {
            { ComplianceFramework::Soc2,
                { QStringLiteral("CC6.1"), QStringLiteral("CC6.2, CC6.3"), QStringLiteral("CC7.2, CC7.3") } },
            { ComplianceFramework::Gdpr, { QStringLiteral("Art. 30"), QStringLiteral("Art. 15-17, 20") } },
            { ComplianceFramework::Iso27001, { QStringLiteral("A.8.15"), QStringLiteral("A.8.16") } },
        };
        for (const auto& [framework, refs] : expected) {
            const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, period(framework, 30, 90));
            const QString html = ComplianceReportHtml::render(r);
            for (const QString& ref : refs)
                QVERIFY2(html.contains(QStringLiteral("&nbsp;") + ref + QStringLiteral("&nbsp;")), qPrintable(ref));
            QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
            QVERIFY(!html.contains(QStringLiteral("<script")));
            QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
            QVERIFY(html.contains(QStringLiteral("Completeness")));
        }
    }

    void htmlEscapesLogValues()
    {
        m_clock->set(kT0.addDays(152));
        AuditEventDraft d;
        d.type = AuditEventType::ConfigurationChanged;
        d.actorId = m_log->pseudonym(QStringLiteral("op"), QStringLiteral("x"));
        d.resource = QStringLiteral("config/<script>alert(1)</script>");
        d.details = QJsonObject { { QStringLiteral("key"), QStringLiteral("<img src=x onerror=alert(2)>") } };
        m_store->transact([&] { m_log->append(d); });
        m_clock->set(kT0.addDays(154));
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r
            = ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Soc2, 151, 153));
        QCOMPARE(r.privilegedTotal, qint64(1));
        const QString html = ComplianceReportHtml::render(r);
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("config/&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    void csvParsesBackAndNeutralizesFormulas()
    {
        m_clock->set(kT0.addDays(152));
        const QStringList nasty { QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1+2"),
            QStringLiteral("-3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tindent"),
            QStringLiteral("\rreturn"), QStringLiteral("a,b \"quoted\"\nsecond line"), QStringLiteral("plain") };
        for (const QString& resource : nasty) {
            AuditEventDraft d;
            d.type = AuditEventType::DataUpdated;
            d.resource = resource;
            d.details = QJsonObject { { QStringLiteral("v"), resource } };
            m_store->transact([&] { m_log->append(d); });
        }
        m_clock->set(kT0.addDays(154));
        const AuditReader reader(*m_store, m_auditor);
        ComplianceReportRequest request = period(ComplianceFramework::Gdpr, 0, 153);
        const ComplianceReport r = ComplianceReportBuilder::build(reader, *m_clock, request);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 rows = ComplianceReportCsv::write(reader, r, buffer);
        QCOMPARE(rows, r.totalEvents);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> parsed = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(parsed.size(), r.totalEvents + 1);
        QCOMPARE(parsed.first(), ComplianceReportCsv::header());
        for (const QStringList& row : parsed)
            QCOMPARE(row.size(), ComplianceReportCsv::header().size());
        // Every sequence number of the period, once, in order.
        for (qsizetype i = 1; i < parsed.size(); ++i)
            QCOMPARE(parsed.at(i).at(0).toLongLong(), *r.completeness.firstSeq + i - 1);
        const QList<QStringList> tail = parsed.mid(parsed.size() - nasty.size());
        for (qsizetype i = 0; i < nasty.size(); ++i) {
            const QString original = nasty.at(i);
            const QString cell = tail.at(i).at(8);
            const QChar first = original.front();
            const bool dangerous = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
            QCOMPARE(cell, dangerous ? QLatin1Char('\'') + original : original);
            for (const QString& c : tail.at(i)) {
                const QChar c0 = c.isEmpty() ? QChar() : c.front();
                QVERIFY2(!(c0 == QLatin1Char('=') || c0 == QLatin1Char('+') || c0 == QLatin1Char('-')
                             || c0 == QLatin1Char('@') || c0 == QLatin1Char('\t') || c0 == QLatin1Char('\r')),
                    qPrintable(c));
            }
            // The details column is the event's JSON.
            const QJsonObject details = QJsonDocument::fromJson(tail.at(i).at(9).toUtf8()).object();
            QCOMPARE(details.value(QStringLiteral("v")).toString(), original);
        }
    }

    void pdfHasPagesAndText()
    {
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r
            = ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Soc2, 30, 90));
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(m_counter));
        const ComplianceReportFile file
            = ComplianceReportWriter::writeFile(reader, r, ComplianceReportFormat::Pdf, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type/Page") >= 2);
        QCOMPARE(file.bytes, qint64(pdf.size()));
        QCOMPARE(file.sha256, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (Debian poppler-utils) is not installed; the PDF's text was not checked");
        QProcess p;
        p.start(pdftotext, { path, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(30'000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("CC6.1")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("SOC 2 compliance report")));
        QVERIFY(text.contains(QStringLiteral("No gaps")));
    }

    void exportIsRecordedWithTheFilesHash()
    {
        const AuditReader reader(*m_store, m_auditor);
        const ComplianceReport r
            = ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Iso27001, 30, 90));
        QList<ComplianceReportFile> files;
        for (ComplianceReportFormat format : allComplianceReportFormats()) {
            const QString path = m_dir.filePath(ComplianceReportWriter::defaultFileName(r, format));
            files << ComplianceReportWriter::writeFile(reader, r, format, path);
            QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        }
        const qint64 before = m_log->size();
        ComplianceReportWriter::record(*m_log, m_auditor, r, files);
        QCOMPARE(m_log->size(), before + files.size());
        for (const ComplianceReportFile& f : files) {
            QFile file(f.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray onDisk = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
            const auto event = reader.event(f.recordedSeq);
            QVERIFY(event);
            QCOMPARE(event->record.type, AuditEventType::DataExported);
            QCOMPARE(event->record.actorId, m_log->operatorActor(m_auditor.op()));
            QCOMPARE(event->record.details.value(QStringLiteral("sha256")).toString(),
                QString::fromLatin1(onDisk.toHex()));
            QCOMPARE(event->record.details.value(QStringLiteral("file")).toString(),
                QFileInfo(f.path).fileName());
            QCOMPARE(event->record.details.value(QStringLiteral("format")).toString(),
                complianceReportFormatId(f.format));
            QCOMPARE(event->record.details.value(QStringLiteral("events")).toInteger(), r.totalEvents);
            QCOMPARE(event->record.details.value(QStringLiteral("report")).toString(), QStringLiteral("iso27001"));
        }
    }

    void refusedWithoutExportRight()
    {
        QVERIFY(!m_analyst.can(Action::ExportAuditEvidence));
        const AuditReader reader(*m_store, m_analyst);
        try {
            (void)ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Soc2, 30, 90));
            QFAIL("an analyst built a report");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::PermissionDenied);
        }
        const qint64 before = m_log->size();
        try {
            ComplianceReportWriter::requireExport(*m_log, m_analyst, ComplianceFramework::Gdpr);
            QFAIL("an analyst passed requireExport");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::PermissionDenied);
        }
        QCOMPARE(m_log->size(), before + 1);
        const AuditReader adminReader(*m_store, m_admin);
        const auto denied = adminReader.event(before + 1);
        QVERIFY(denied);
        QCOMPARE(denied->record.type, AuditEventType::DataExported);
        QCOMPARE(denied->record.outcome, AuditOutcome::Denied);
        // The auditor and the administrator may.
        ComplianceReportWriter::requireExport(*m_log, m_auditor, ComplianceFramework::Gdpr);
        QCOMPARE(m_log->size(), before + 1);
    }

    void badRequestsAreRefused()
    {
        const AuditReader reader(*m_store, m_auditor);
        ComplianceReportRequest r = period(ComplianceFramework::Soc2, 90, 30);
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)ComplianceReportBuilder::build(reader, *m_clock, r));
        r = period(ComplianceFramework::Soc2, 30, 90);
        r.sampleSize = 1001;
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)ComplianceReportBuilder::build(reader, *m_clock, r));
        r = period(ComplianceFramework::Soc2, 300, 400); // wholly in the future
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)ComplianceReportBuilder::build(reader, *m_clock, r));
    }

    void cancelStopsTheBuild()
    {
        const AuditReader reader(*m_store, m_auditor);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(StoreError,
            (void)ComplianceReportBuilder::build(reader, *m_clock, period(ComplianceFramework::Soc2, 0, 151),
                [&](int, const QString&) { return ++calls < 2; }));
    }

    void periodPresets()
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 30), Qt::UTC);
        const auto at = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        };
        using P = CompliancePeriodPreset;
        QCOMPARE(compliancePeriod(P::LastMonth, now), qMakePair(at(2026, 10, 1), at(2026, 11, 1)));
        QCOMPARE(compliancePeriod(P::LastQuarter, now), qMakePair(at(2026, 7, 1), at(2026, 10, 1)));
        QCOMPARE(compliancePeriod(P::LastYear, now), qMakePair(at(2025, 1, 1), at(2026, 1, 1)));
        QCOMPARE(compliancePeriod(P::MonthToDate, now), qMakePair(at(2026, 11, 1), now.toMSecsSinceEpoch()));
        QCOMPARE(compliancePeriod(P::QuarterToDate, now), qMakePair(at(2026, 10, 1), now.toMSecsSinceEpoch()));
        QCOMPARE(compliancePeriod(P::Last90Days, now), qMakePair(at(2026, 8, 29), at(2026, 11, 27)));
        const QDateTime january(QDate(2027, 1, 15), QTime(0, 0), Qt::UTC);
        QCOMPARE(compliancePeriod(P::LastMonth, january), qMakePair(at(2026, 12, 1), at(2027, 1, 1)));
        QCOMPARE(compliancePeriod(P::LastQuarter, january), qMakePair(at(2026, 10, 1), at(2027, 1, 1)));
        for (P p : allCompliancePeriodPresets())
            QCOMPARE(compliancePeriodPresetFromId(compliancePeriodPresetId(p)), p);
        for (ComplianceFramework f : allComplianceFrameworks())
            QCOMPARE(complianceFrameworkFromId(complianceFrameworkId(f)), f);
    }
};

QTEST_MAIN(TestComplianceReport)
#include "TestComplianceReport.moc"
