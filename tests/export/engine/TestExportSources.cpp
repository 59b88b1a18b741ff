// The export engine's sources: every value exactly as stored, tenant users
// anonymised by default, permission refusals, filters and sorts, audit
// events through AuditReader, and the request's saved form.
#include "ExportTestSupport.h"

#include "audit/AuditReader.h"
#include "core/DomainError.h"
#include "export/ExportJob.h"
#include "export/ExportRequest.h"
#include "export/ExportSourceReader.h"
#include "store/PseudonymSecret.h"
#include "tenancy/TenantService.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>

using namespace gc;
using gc::test::Recording;

namespace {

/// Rows of an SQL query as the test compares them (NULL → invalid QVariant).
/// `timestampCols`: columns holding seconds, turned into "@<ms>".
QList<QVariantList> sqlRows(
    Database& db, const char* sql, const QList<int>& timestampCols = {}, const QList<int>& boolCols = {})
{
    QList<QVariantList> out;
    Statement st(db, sql);
    while (st.step()) {
        QVariantList row;
        for (int i = 0; i < st.columnCount(); ++i) {
            if (st.isNull(i)) {
                row << QVariant();
                continue;
            }
            const int type = sqlite3_column_type(st.handle(), i);
            if (timestampCols.contains(i))
                row << QStringLiteral("@%1").arg(st.int64(i) * 1000);
            else if (boolCols.contains(i))
                row << (st.int64(i) != 0);
            else if (type == SQLITE_INTEGER)
                row << QVariant::fromValue<qint64>(st.int64(i));
            else if (type == SQLITE_FLOAT)
                row << st.real(i);
            else
                row << st.text(i);
        }
        out << row;
    }
    return out;
}

} // namespace

class TestExportSources : public QObject
{
    Q_OBJECT

private:
    test::DemoFixture m_fx;
    Session m_admin = test::sessionAs(Role::Administrator, QStringLiteral("admin"));
    Session m_officer = test::sessionAs(Role::ComplianceOfficer, QStringLiteral("officer"));
    Session m_analyst = test::sessionAs(Role::Analyst, QStringLiteral("analyst"));
    Session m_auditor = test::sessionAs(Role::Auditor, QStringLiteral("auditor"));

    QString out(const QString& name) const { return m_fx.dir.filePath(QStringLiteral("out/") + name); }

    /// Runs `request` (destination filled in) as `session` and returns what the writer saw.
    Recording exportRows(ExportRequest request, const Session& session)
    {
        Recording r;
        if (request.destination.isEmpty())
            request.destination = out(QStringLiteral("rows.txt"));
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, session, request, test::recordingFactory(r));
        job.run();
        return r;
    }

    static ExportRequest requestFor(ExportSourceId source, const QStringList& filters = {})
    {
        ExportRequest r;
        r.source = source;
        for (const QString& f : filters)
            r.filters << ExportCondition::parse(f);
        return r;
    }

    void expectInvalid(const ExportRequest& request, const Session& session, const QString& inMessage,
        DomainError::Kind kind = DomainError::Kind::Invalid)
    {
        QFile::remove(out(QStringLiteral("rows.txt")));
        try {
            exportRows(request, session);
            QFAIL(qPrintable(QStringLiteral("no error; expected one mentioning ") + inMessage));
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), kind);
            QVERIFY2(e.message().contains(inMessage), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(out(QStringLiteral("rows.txt"))));
    }

    /// `request` refused to `session` (its role named in the message), and the
    /// refusal recorded as a denied DataExported event of the source, saying
    /// whether clear personal data was asked for.
    void expectDeniedAndRecorded(const ExportRequest& request, const Session& session, const QString& role)
    {
        const qint64 before = m_fx.log->size();
        expectInvalid(request, session, role, DomainError::Kind::PermissionDenied);
        QCOMPARE(m_fx.log->size(), before + 1);
        AuditReader reader(*m_fx.store, m_admin);
        const auto denied = reader.event(before + 1);
        QVERIFY(denied);
        QCOMPARE(denied->record.type, AuditEventType::DataExported);
        QCOMPARE(denied->record.outcome, AuditOutcome::Denied);
        QCOMPARE(denied->record.details.value(QStringLiteral("source")).toString(), exportSource(request.source).name);
        QCOMPARE(denied->record.details.value(QStringLiteral("clear_personal_data")).toBool(),
            request.clearPersonalData);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.dir.isValid());
        QVERIFY(QDir().mkpath(m_fx.dir.filePath(QStringLiteral("out"))));
        m_fx.open();
        // Values the demo does not make: an hour without requests (no error
        // rate), awkward text, a model never evaluated.
        m_fx.store->db().exec("INSERT INTO request_log (tenant_id, hour, endpoint, requests, errors) "
                              "VALUES (1, 3600, '/v1/empty', 0, 0)");
        m_fx.store->db().exec(
            "INSERT INTO ml_models (name, pollutant, version, algorithm, status, trained_at) "
            "VALUES ('aq \"quoted\", model', 'O3', '9.9.9', 'line one\nline two', 'training', 0)");
    }

    void cleanup() { QFile::remove(out(QStringLiteral("rows.txt"))); }

    void conditionGrammar()
    {
        const struct
        {
            const char* text;
            const char* column;
            ExportOperator op;
            const char* value;
        } cases[] = {
            { "value>=25", "value", ExportOperator::GreaterOrEqual, "25" },
            { " city = São Paulo ", "city", ExportOperator::Equal, "São Paulo" },
            { "unit!=µg/m³", "unit", ExportOperator::NotEqual, "µg/m³" },
            { "id<10", "id", ExportOperator::Less, "10" },
            { "id<=10", "id", ExportOperator::LessOrEqual, "10" },
            { "id>10", "id", ExportOperator::Greater, "10" },
            { "city~=x", "city", ExportOperator::Contains, "=x" },
            { "a=b=c", "a", ExportOperator::Equal, "b=c" },
            { "tenant=", "tenant", ExportOperator::Equal, "" },
        };
        for (const auto& c : cases) {
            const ExportCondition parsed = ExportCondition::parse(QString::fromUtf8(c.text));
            QCOMPARE(parsed.column, QString::fromUtf8(c.column));
            QCOMPARE(parsed.op, c.op);
            QCOMPARE(parsed.value, QString::fromUtf8(c.value));
            QCOMPARE(ExportCondition::parse(parsed.toString()), parsed);
        }
        for (const char* bad : { "=5", "value", "Value=5", "9col=1", "" }) {
            try {
                (void)ExportCondition::parse(QString::fromUtf8(bad));
                QFAIL(bad);
            } catch (const DomainError& e) {
                QCOMPARE(e.kind(), DomainError::Kind::Invalid);
                QCOMPARE(e.field(), QStringLiteral("where"));
                QVERIFY(e.message().contains(QString::fromUtf8(bad)));
            }
        }
    }

    void requestRoundTripsThroughJson()
    {
        ExportRequest r;
        r.source = ExportSourceId::TenantUsers;
        r.columns = { QStringLiteral("id"), QStringLiteral("email") };
        r.filters = { ExportCondition::parse(QStringLiteral("created_at>=2026-01-01")) };
        r.sort = ExportSort { QStringLiteral("created_at"), true };
        QVERIFY(ExportRequest::applyFormatId(QStringLiteral("ndjson"), r.options));
        r.options.csv.delimiter = QLatin1Char(';');
        r.options.csv.lineEnding = CsvOptions::LineEnding::Lf;
        r.options.parquet.compression = ParquetOptions::Compression::Zstd;
        r.options.parquet.rowGroupRows = 5000;
        r.options.xlsx.sheetName = QStringLiteral("Users");
        r.destination = QStringLiteral("/tmp/users.ndjson");
        r.clearPersonalData = true;
        r.split = { 1000, 1 << 20 };
        r.packaging = ExportPackaging::Zip;
        const QByteArray saved = QJsonDocument(r.toJson()).toJson();
        const ExportRequest back = ExportRequest::fromJson(QJsonDocument::fromJson(saved).object());
        QCOMPARE(back.toJson(), r.toJson());
        QCOMPARE(back.formatId(), QStringLiteral("ndjson"));
        QVERIFY(back.options.json.ndjson);
        QCOMPARE(back.options.csv.delimiter, QLatin1Char(';'));
        QCOMPARE(back.options.parquet.compression, ParquetOptions::Compression::Zstd);
        QCOMPARE(back.split.maxRows, qint64(1000));
        QCOMPARE(back.packaging, ExportPackaging::Zip);
        QCOMPARE(back.sort->column, QStringLiteral("created_at"));
        QVERIFY(back.sort->descending);
        QCOMPARE(back.filters, r.filters);

        QJsonObject broken = r.toJson();
        broken.insert(QStringLiteral("format"), QStringLiteral("docx"));
        try {
            (void)ExportRequest::fromJson(broken);
            QFAIL("an unknown format was accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.field(), QStringLiteral("format"));
        }
    }

    void predictionsAreExactlyTheStoredRows()
    {
        const Recording r = exportRows(requestFor(ExportSourceId::Predictions), m_analyst);
        const QList<QVariantList> expected = sqlRows(m_fx.store->db(),
            "SELECT p.id, p.tenant_id, t.slug, p.city, p.latitude, p.longitude, p.pollutant, p.value, "
            "p.unit, "
            "p.model_id, m.name || ' ' || m.version, p.forecast_time FROM predictions p "
            "JOIN tenants t ON t.id = p.tenant_id JOIN ml_models m ON m.id = p.model_id ORDER BY p.id",
            { 11 });
        QCOMPARE(expected.size(), 600);
        QCOMPARE(r.rows.size(), expected.size());
        QCOMPARE(r.rows, expected);
        QCOMPARE(r.columns.size(), exportSource(ExportSourceId::Predictions).columns.size());
    }

    void modelsAreExactlyTheStoredRows()
    {
        const Recording r = exportRows(requestFor(ExportSourceId::Models), m_auditor);
        const QList<QVariantList> expected = sqlRows(m_fx.store->db(),
            "SELECT id, name, pollutant, version, algorithm, status, status = 'deployed', trained_at, "
            "deployed_at, retired_at, mae, rmse FROM ml_models ORDER BY id",
            { 7, 8, 9 }, { 6 });
        QVERIFY(expected.size() > 5);
        QCOMPARE(r.rows, expected);
        // The model added above: NULL metrics stay NULL, awkward text stays as it is.
        QVERIFY(r.rows.constLast().at(10).isNull());
        QCOMPARE(r.rows.constLast().at(1).toString(), QStringLiteral("aq \"quoted\", model"));
    }

    void usageHasNoErrorRateWithoutRequests()
    {
        ExportRequest request = requestFor(ExportSourceId::Usage);
        const Recording r = exportRows(request, m_analyst);
        const QList<QVariantList> expected = sqlRows(m_fx.store->db(),
            "SELECT r.tenant_id, t.slug, r.hour, r.endpoint, r.requests, r.errors, "
            "CASE WHEN r.requests = 0 THEN NULL ELSE CAST(r.errors AS REAL) / r.requests END "
            "FROM request_log r JOIN tenants t ON t.id = r.tenant_id ORDER BY r.tenant_id, r.hour, "
            "r.endpoint",
            { 2 });
        QVERIFY(expected.size() > 10);
        QCOMPARE(r.rows, expected);
        bool sawEmpty = false;
        for (const QVariantList& row : r.rows) {
            if (row.at(3).toString() == QLatin1String("/v1/empty")) {
                sawEmpty = true;
                QVERIFY(row.at(6).isNull());
            } else {
                QVERIFY(!row.at(6).isNull());
            }
        }
        QVERIFY(sawEmpty);
    }

    void tenantUsersArePseudonymousByDefault()
    {
        const Recording r = exportRows(requestFor(ExportSourceId::TenantUsers), m_analyst);
        QStringList names;
        for (const ExportColumn& c : r.columns)
            names << c.name;
        QVERIFY(!names.contains(QStringLiteral("email")));
        QVERIFY(!names.contains(QStringLiteral("display_name")));
        QCOMPARE(names.indexOf(QStringLiteral("pseudonym")), 3);
        QVERIFY(r.rows.size() > 3);
        // The same pseudonym the console shows an analyst for each user.
        TenantService tenants(*m_fx.store, m_fx.clock, m_analyst, *m_fx.log);
        QHash<qint64, QString> shown;
        for (qint64 t : { 1, 2, 3 })
            for (const TenantUser& u : tenants.users(TenantId(t)))
                shown.insert(u.id, u.email);
        const QByteArray key = PseudonymSecret::get(*m_fx.store);
        for (const QVariantList& row : r.rows) {
            const qint64 id = row.at(0).toLongLong();
            QCOMPARE(row.at(3).toString(), shown.value(id));
            QCOMPARE(row.at(3).toString(), ExportSourceReader::userPseudonym(key, id));
            QVERIFY(row.at(3).toString().startsWith(QStringLiteral("user-")));
        }
        const QList<QVariantList> expected = sqlRows(m_fx.store->db(),
            "SELECT u.id, u.tenant_id, t.slug, u.role, u.active, u.created_at, u.deactivated_at "
            "FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id ORDER BY u.id",
            { 5, 6 }, { 4 });
        QCOMPARE(r.rows.size(), expected.size());
        for (qsizetype i = 0; i < r.rows.size(); ++i) {
            QVariantList row = r.rows.at(i);
            row.removeAt(3);
            QCOMPARE(row, expected.at(i));
        }
    }

    void clearPersonalDataNeedsTheRightRole()
    {
        ExportRequest request = requestFor(ExportSourceId::TenantUsers);
        request.clearPersonalData = true;
        const Recording r = exportRows(request, m_officer);
        QCOMPARE(r.columns.size(), exportSource(ExportSourceId::TenantUsers).columns.size());
        const QList<QVariantList> expected
            = sqlRows(m_fx.store->db(), "SELECT email, display_name FROM tenant_users ORDER BY id");
        QCOMPARE(r.rows.size(), expected.size());
        for (qsizetype i = 0; i < r.rows.size(); ++i) {
            QCOMPARE(r.rows.at(i).at(4), expected.at(i).at(0));
            QCOMPARE(r.rows.at(i).at(5), expected.at(i).at(1));
        }

        // An analyst may not: refused, and the refusal is in the audit trail.
        expectDeniedAndRecorded(request, m_analyst, QStringLiteral("Analyst"));

        // Asking for a personal column without asking for clear data is a mistake in the request.
        ExportRequest column = requestFor(ExportSourceId::TenantUsers);
        column.columns = { QStringLiteral("id"), QStringLiteral("email") };
        expectInvalid(column, m_officer, QStringLiteral("email"));
        ExportRequest filter = requestFor(ExportSourceId::TenantUsers, { QStringLiteral("email~@") });
        expectInvalid(filter, m_officer, QStringLiteral("email~@"));
    }

    void clearDataOfASourceWithoutPersonalColumnsChangesNothing()
    {
        ExportRequest request = requestFor(ExportSourceId::Models);
        const Recording plain = exportRows(request, m_analyst);
        request.clearPersonalData = true;
        const Recording clear = exportRows(request, m_analyst);
        QCOMPARE(clear.rows, plain.rows);
    }

    void sourcesNeedTheirViewRight()
    {
        // Analysts may not read the audit trail, so they may not export it.
        expectInvalid(requestFor(ExportSourceId::AuditEvents), m_analyst, QStringLiteral("audit trail"),
            DomainError::Kind::PermissionDenied);
    }

    void columnsAreChosenAndOrdered()
    {
        ExportRequest request = requestFor(ExportSourceId::Predictions);
        request.columns = { QStringLiteral("forecast_time"), QStringLiteral("value"), QStringLiteral("id") };
        const Recording r = exportRows(request, m_analyst);
        const QList<QVariantList> expected = sqlRows(
            m_fx.store->db(), "SELECT forecast_time, value, id FROM predictions ORDER BY id", { 0 });
        QCOMPARE(r.rows, expected);
        QCOMPARE(r.columns.at(0).name, QStringLiteral("forecast_time"));

        ExportRequest unknown = requestFor(ExportSourceId::Predictions);
        unknown.columns = { QStringLiteral("id"), QStringLiteral("colour") };
        expectInvalid(unknown, m_analyst, QStringLiteral("colour"));
        ExportRequest twice = requestFor(ExportSourceId::Predictions);
        twice.columns = { QStringLiteral("id"), QStringLiteral("id") };
        expectInvalid(twice, m_analyst, QStringLiteral("twice"));
    }

    void filtersAndSortMatchSql()
    {
        const qint64 fromSecs
            = m_fx.store->db().scalarInt("SELECT min(forecast_time) + 3600 * 12 FROM predictions");
        const QString from = QDateTime::fromSecsSinceEpoch(fromSecs, Qt::UTC).toString(Qt::ISODate);
        ExportRequest request = requestFor(ExportSourceId::Predictions,
            { QStringLiteral("value>=20"), QStringLiteral("forecast_time>=") + from,
                QStringLiteral("tenant!=")
                    + m_fx.store->db().scalarText("SELECT slug FROM tenants WHERE id = 2"),
                QStringLiteral("city~a") });
        request.sort = ExportSort { QStringLiteral("value"), true };
        request.columns = { QStringLiteral("id"), QStringLiteral("value") };
        const Recording r = exportRows(request, m_analyst);
        const std::string sql = "SELECT id, value FROM predictions WHERE value >= 20 AND forecast_time >= "
            + std::to_string(fromSecs)
            + " AND tenant_id <> 2 AND instr(city, 'a') > 0 ORDER BY value DESC, id";
        const QList<QVariantList> expected = sqlRows(m_fx.store->db(), sql.c_str());
        QVERIFY(expected.size() > 10);
        QVERIFY(expected.size() < 600);
        QCOMPARE(r.rows, expected);

        // Milliseconds against whole seconds: "> t+0.5 s" excludes t, ">= t+1 s" is the same set.
        ExportRequest ms = requestFor(
            ExportSourceId::Predictions, { QStringLiteral("forecast_time>%1").arg(fromSecs * 1000 + 500) });
        ms.columns = { QStringLiteral("id") };
        const qint64 after = m_fx.store->db().scalarInt(
            ("SELECT count(*) FROM predictions WHERE forecast_time > " + std::to_string(fromSecs)).c_str());
        QCOMPARE(exportRows(ms, m_analyst).rows.size(), after);

        // Null conditions and booleans.
        ExportRequest models = requestFor(
            ExportSourceId::Models, { QStringLiteral("mae=null"), QStringLiteral("deployed=false") });
        models.columns = { QStringLiteral("id") };
        const QList<QVariantList> noMae = sqlRows(m_fx.store->db(),
            "SELECT id FROM ml_models WHERE mae IS NULL AND status <> 'deployed' ORDER BY id");
        QVERIFY(!noMae.isEmpty());
        QCOMPARE(exportRows(models, m_analyst).rows, noMae);
    }

    void badFiltersNameTheCondition()
    {
        expectInvalid(requestFor(ExportSourceId::Predictions, { QStringLiteral("value>=abc") }), m_analyst,
            QStringLiteral("value>=abc"));
        expectInvalid(requestFor(ExportSourceId::Predictions, { QStringLiteral("colour=red") }), m_analyst,
            QStringLiteral("colour=red"));
        expectInvalid(requestFor(ExportSourceId::Predictions, { QStringLiteral("value~3") }), m_analyst,
            QStringLiteral("value~3"));
        expectInvalid(requestFor(ExportSourceId::Predictions, { QStringLiteral("forecast_time<yesterday") }),
            m_analyst, QStringLiteral("forecast_time<yesterday"));
        expectInvalid(requestFor(ExportSourceId::TenantUsers, { QStringLiteral("pseudonym=user-1") }),
            m_analyst, QStringLiteral("pseudonym=user-1"));
        expectInvalid(requestFor(ExportSourceId::AuditEvents, { QStringLiteral("resource~tenant") }),
            m_auditor, QStringLiteral("resource~tenant"));
        expectInvalid(requestFor(ExportSourceId::AuditEvents, { QStringLiteral("type=teleported") }),
            m_auditor, QStringLiteral("type=teleported"));
        ExportRequest sort = requestFor(ExportSourceId::AuditEvents);
        sort.sort = ExportSort { QStringLiteral("actor"), false };
        expectInvalid(sort, m_auditor, QStringLiteral("actor"));
    }

    void auditSeqBoundsLimitTheCount()
    {
        Recording r;
        ExportRequest request = requestFor(
            ExportSourceId::AuditEvents, { QStringLiteral("seq>100"), QStringLiteral("seq<=150") });
        request.destination = out(QStringLiteral("rows.txt"));
        ExportJob job(*m_fx.store, *m_fx.log, m_fx.clock, m_auditor, request, test::recordingFactory(r));
        qint64 total = -1;
        job.run([&](const ExportProgress& p) { total = p.totalRows; });
        QCOMPARE(r.rows.size(), 50);
        QCOMPARE(r.rows.front().at(0).toLongLong(), qint64(101));
        QCOMPARE(total, qint64(50));
    }

    void auditEventsComeThroughAuditReader()
    {
        ExportRequest request
            = requestFor(ExportSourceId::AuditEvents, { QStringLiteral("category=operator") });
        request.sort = ExportSort { QStringLiteral("seq"), true };
        const qint64 last = m_fx.log->size();
        const Recording r = exportRows(request, m_auditor);

        AuditReader reader(*m_fx.store, m_auditor);
        AuditPageRequest page;
        page.filter.categories = { AuditCategory::Operator };
        page.order = AuditPageRequest::Order::NewestFirst;
        page.beforeSeq = last + 1;
        page.limit = 10000;
        const QList<AuditEvent> events = reader.page(page);
        QVERIFY(events.size() > 5);
        QCOMPARE(r.rows.size(), events.size());
        const QHash<qint64, QString> slugs { { 1,
            m_fx.store->db().scalarText("SELECT slug FROM tenants WHERE id = 1") } };
        for (qsizetype i = 0; i < events.size(); ++i) {
            const AuditRecord& e = events.at(i).record;
            const QVariantList& row = r.rows.at(i);
            QCOMPARE(row.at(0).toLongLong(), e.sequence);
            QCOMPARE(row.at(1).toString(), QStringLiteral("@%1").arg(e.timeUtcMs));
            QCOMPARE(row.at(2).isNull(), !e.tenant.has_value());
            QCOMPARE(row.at(4).toString(), e.actorId);
            QCOMPARE(row.at(5).toString(), auditEventTypeId(e.type));
            QCOMPARE(row.at(6).toString(), QStringLiteral("operator"));
            QCOMPARE(row.at(7).toString(), auditSeverityId(e.severity));
            QCOMPARE(row.at(8).toString(), auditOutcomeId(e.outcome));
            QCOMPARE(row.at(9).toString(), e.resource);
            QCOMPARE(QJsonDocument::fromJson(row.at(10).toString().toUtf8()).object(), e.details);
            QCOMPARE(row.at(11).toString(), QString::fromLatin1(reader.chainHash(e.sequence).toHex()));
        }
        // Nothing personal: no exported text holds an operator's display name.
        for (const QVariantList& row : r.rows)
            for (const QVariant& v : row)
                QVERIFY(!v.toString().contains(QStringLiteral("Avery Morgan")));

        // Exporting the audit trail is itself audited.
        const auto recorded = reader.event(m_fx.log->size());
        QVERIFY(recorded);
        QCOMPARE(recorded->record.type, AuditEventType::DataExported);
        QCOMPARE(recorded->record.details.value(QStringLiteral("source")).toString(),
            QStringLiteral("audit_events"));
        QCOMPARE(recorded->record.details.value(QStringLiteral("rows")).toInteger(), qint64(events.size()));

        // Time, seq and type conditions map onto the filter and the page bounds.
        const qint64 midMs = events.at(events.size() / 2).record.timeUtcMs;
        ExportRequest ranged = requestFor(ExportSourceId::AuditEvents,
            { QStringLiteral("time>=%1").arg(midMs), QStringLiteral("seq<=%1").arg(last),
                QStringLiteral("type=login") });
        ranged.columns = { QStringLiteral("seq") };
        const Recording rr = exportRows(ranged, m_auditor);
        AuditPageRequest check;
        check.filter.fromMs = midMs;
        check.filter.types = { AuditEventType::Login };
        check.order = AuditPageRequest::Order::OldestFirst;
        check.beforeSeq = last + 1;
        check.limit = 10000;
        QList<QVariantList> expected;
        for (const AuditEvent& e : reader.page(check))
            expected << QVariantList { QVariant::fromValue<qint64>(e.record.sequence) };
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rr.rows, expected);
    }

    void auditPersonalColumnsOnlyInClear()
    {
        const ExportSourceInfo& info = exportSource(ExportSourceId::AuditEvents);
        const QStringList personal { QStringLiteral("actor_name"), QStringLiteral("actor_email"),
            QStringLiteral("source_address"), QStringLiteral("personal_details") };
        QCOMPARE(info.personalColumns, personal);
        // Absent by default, even for a role that could see them.
        ExportRequest request = requestFor(ExportSourceId::AuditEvents, { QStringLiteral("seq<=50") });
        for (const Session* session : { &m_officer, &m_admin, &m_auditor }) {
            const Recording r = exportRows(request, *session);
            QCOMPARE(r.rows.size(), 50);
            QCOMPARE(r.columns.size(), info.columns.size() - personal.size());
            for (const ExportColumn& c : r.columns)
                QVERIFY2(!personal.contains(c.name), qPrintable(c.name));
        }
        // Asked for in clear by an officer: every column, the personal ones included.
        request.clearPersonalData = true;
        const Recording clear = exportRows(request, m_officer);
        QCOMPARE(clear.columns.size(), info.columns.size());

        // An auditor reads the trail but not personal data: refused, and audited as such.
        expectDeniedAndRecorded(request, m_auditor, QStringLiteral("Auditor"));

        // A personal column without clear data is a mistake in the request.
        ExportRequest column = requestFor(ExportSourceId::AuditEvents);
        column.columns = { QStringLiteral("seq"), QStringLiteral("actor_email") };
        expectInvalid(column, m_officer, QStringLiteral("actor_email"));
        // Filters and sorts on personal columns are refused, with clear data too:
        // the personal parts are not indexed, and a search would reveal who is in the trail.
        for (const bool inClear : { false, true }) {
            for (const QString& f : { QStringLiteral("actor_email~@"), QStringLiteral("actor_name=Avery Morgan"),
                     QStringLiteral("source_address=null"), QStringLiteral("personal_details~mail") }) {
                ExportRequest filter = requestFor(ExportSourceId::AuditEvents, { f });
                filter.clearPersonalData = inClear;
                expectInvalid(filter, m_officer, f);
                expectInvalid(filter, m_officer, QStringLiteral("pseudonymous actor"));
            }
            ExportRequest sort = requestFor(ExportSourceId::AuditEvents);
            sort.clearPersonalData = inClear;
            sort.sort = ExportSort { QStringLiteral("actor_email"), false };
            expectInvalid(sort, m_officer, QStringLiteral("actor_email"));
        }
    }

    void auditPersonalColumnsMatchAuditReader()
    {
        ExportRequest request = requestFor(ExportSourceId::AuditEvents);
        request.clearPersonalData = true;
        request.columns = { QStringLiteral("seq"), QStringLiteral("actor"), QStringLiteral("actor_name"),
            QStringLiteral("actor_email"), QStringLiteral("source_address"), QStringLiteral("personal_details") };
        const qint64 last = m_fx.log->size();
        request.filters = { ExportCondition::parse(QStringLiteral("seq<=%1").arg(last)) };

        // What the trail holds for an officer, the reference for every row.
        AuditReader reader(*m_fx.store, m_officer);
        const auto expectedRows = [&] {
            AuditPageRequest page;
            page.order = AuditPageRequest::Order::OldestFirst;
            page.beforeSeq = last + 1;
            page.limit = 10000;
            QList<QVariantList> rows;
            const auto text = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
            for (const AuditEvent& e : reader.page(page)) {
                QVariantList row { QVariant::fromValue<qint64>(e.record.sequence), e.record.actorId };
                if (e.personal) {
                    const AuditPersonalData& p = e.personal->data;
                    row << text(p.actorName) << text(p.actorEmail) << text(p.sourceAddress)
                        << (p.details.isEmpty() ? QVariant()
                                                : QVariant(QString::fromUtf8(
                                                      QJsonDocument(p.details).toJson(QJsonDocument::Compact))));
                } else {
                    row << QVariant() << QVariant() << QVariant() << QVariant();
                }
                rows << row;
            }
            return rows;
        };
        const Recording r = exportRows(request, m_officer);
        const QList<QVariantList> expected = expectedRows();
        QCOMPARE(expected.size(), qint64(last));
        QCOMPARE(r.rows, expected);
        // The demo has events with a name, an e-mail, an address and personal
        // details, and events without any (a system event, or an erased person's).
        int withEmail = 0, withAddress = 0, withDetails = 0, without = 0;
        for (const QVariantList& row : r.rows) {
            withEmail += row.at(3).isNull() ? 0 : 1;
            withAddress += row.at(4).isNull() ? 0 : 1;
            withDetails += row.at(5).isNull() ? 0 : 1;
            without += row.at(2).isNull() && row.at(3).isNull() && row.at(4).isNull() && row.at(5).isNull();
        }
        QVERIFY(withEmail > 10);
        QVERIFY(withAddress > 0);
        QVERIFY(withDetails > 0);
        QVERIFY(without > 0);
        for (const QVariantList& row : r.rows)
            if (!row.at(5).isNull())
                QVERIFY(QJsonDocument::fromJson(row.at(5).toString().toUtf8()).isObject());

        // The export's own event says it showed personal data in clear.
        const auto recorded = reader.event(m_fx.log->size());
        QVERIFY(recorded);
        QCOMPARE(recorded->record.type, AuditEventType::DataExported);
        QVERIFY(recorded->record.details.value(QStringLiteral("clear_personal_data")).toBool());

        // Erasing a person: their events stay, with NULL personal columns.
        qint64 erasedSeq = 0;
        QString subject;
        for (const QVariantList& row : r.rows) {
            if (row.at(3).isNull())
                continue;
            const auto part = m_fx.log->repository().personal(row.at(0).toLongLong());
            QVERIFY(part);
            subject = part->subject;
            erasedSeq = part->seq;
            break;
        }
        QVERIFY(!subject.isEmpty());
        QVERIFY(m_fx.store->transact([&] { return m_fx.log->eraseSubject(subject); }) > 0);
        const Recording after = exportRows(request, m_officer);
        QCOMPARE(after.rows, expectedRows());
        QCOMPARE(after.rows.size(), r.rows.size());
        bool sawErased = false;
        for (qsizetype i = 0; i < after.rows.size(); ++i) {
            const QVariantList& row = after.rows.at(i);
            QCOMPARE(row.at(0), r.rows.at(i).at(0));
            QCOMPARE(row.at(1), r.rows.at(i).at(1)); // the pseudonym still stands for the person
            if (row.at(0).toLongLong() == erasedSeq) {
                sawErased = true;
                for (int c = 2; c < 6; ++c)
                    QVERIFY(row.at(c).isNull());
            }
        }
        QVERIFY(sawErased);
        QVERIFY(after.rows != r.rows);
    }
};

QTEST_GUILESS_MAIN(TestExportSources)
#include "TestExportSources.moc"
