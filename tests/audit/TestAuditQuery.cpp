// Audit queries: every filter field and their combinations against a
// brute-force oracle, keyset paging in both directions, hostile search text,
// and the reader's permission checks and masking.
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/SqliteAuditRepository.h"
#include "auth/Operator.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "audit/AuditEventCodec.h"
#include "audit/AuditIndexBuffer.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace gc;

namespace {

const qint64 kStartMs = 1795737600000; // 2026-11-27T00:00:00Z
constexpr std::size_t kBatched = 3000;

const QStringList kWords { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
    QStringLiteral("delta"), QStringLiteral("quota"), QStringLiteral("export"), QStringLiteral("exceeded"),
    QStringLiteral("report"), QStringLiteral("rotation"), QStringLiteral("breach") };

struct Expected
{
    AuditRecord record;
    bool hasPersonal = false;
    QStringList tokens; ///< what the full-text index should hold, lower case
};

QStringList tokensOf(const QString& text)
{
    static const QRegularExpression split(QStringLiteral("[^A-Za-z0-9]+"));
    QStringList out;
    for (const QString& t : text.toLower().split(split, Qt::SkipEmptyParts))
        out.append(t);
    return out;
}

Session sessionFor(Role role)
{
    Operator op;
    op.id = 1;
    op.username = QStringLiteral("someone");
    op.displayName = QStringLiteral("Some One");
    op.role = role;
    return Session(op);
}

/// A text query the oracle understands: words, word* prefixes, "two word" phrases.
struct TextQuery
{
    QString text;
    QList<QStringList> phrases; ///< each must occur as consecutive tokens
    QStringList prefixes;
};

bool matchesText(const Expected& e, const TextQuery& q)
{
    for (const QStringList& ph : q.phrases) {
        bool found = false;
        for (qsizetype i = 0; !found && i + ph.size() <= e.tokens.size(); ++i) {
            found = true;
            for (qsizetype j = 0; j < ph.size(); ++j)
                if (e.tokens[i + j] != ph[j])
                    found = false;
        }
        if (!found)
            return false;
    }
    for (const QString& p : q.prefixes) {
        if (std::none_of(e.tokens.begin(), e.tokens.end(), [&](const QString& t) { return t.startsWith(p); }))
            return false;
    }
    return true;
}

} // namespace

class TestAuditQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    std::vector<Expected> m_events;
    QStringList m_actors;

    bool matches(const Expected& e, const AuditFilter& f, const std::optional<TextQuery>& text) const
    {
        const AuditRecord& r = e.record;
        if (f.fromMs && r.timeUtcMs < *f.fromMs)
            return false;
        if (f.toMs && r.timeUtcMs >= *f.toMs)
            return false;
        if (f.tenantScope == AuditFilter::TenantScope::Platform && r.tenant)
            return false;
        if (f.tenantScope == AuditFilter::TenantScope::Tenant && r.tenant != std::optional<TenantId>(f.tenant))
            return false;
        if (!f.actorId.isEmpty() && r.actorId != f.actorId)
            return false;
        if (!f.types.isEmpty() && !f.types.contains(r.type))
            return false;
        if (!f.categories.isEmpty() && !f.categories.contains(r.category()))
            return false;
        if (!f.severities.isEmpty() && !f.severities.contains(r.severity))
            return false;
        if (!f.outcomes.isEmpty() && !f.outcomes.contains(r.outcome))
            return false;
        if (!f.resource.isEmpty()) {
            if (f.resource.endsWith(QLatin1Char('/')) ? !r.resource.startsWith(f.resource) : r.resource != f.resource)
                return false;
        }
        if (text && !matchesText(e, *text))
            return false;
        return true;
    }

    QList<qint64> oracle(const AuditFilter& f, const std::optional<TextQuery>& text) const
    {
        QList<qint64> out;
        for (const Expected& e : m_events)
            if (matches(e, f, text))
                out.append(e.record.sequence);
        return out;
    }

    AuditFilter randomFilter(QRandomGenerator& rng, std::optional<TextQuery>& text) const
    {
        AuditFilter f;
        const auto maybe = [&](int percent) { return int(rng.bounded(100)) < percent; };
        const qint64 lastMs = m_events.back().record.timeUtcMs;
        if (maybe(25))
            f.fromMs = kStartMs + qint64(rng.bounded(quint32(lastMs - kStartMs + 2000))) - 1000;
        if (maybe(25))
            f.toMs = kStartMs + qint64(rng.bounded(quint32(lastMs - kStartMs + 2000))) - 1000;
        if (maybe(30)) {
            if (maybe(30)) {
                f.tenantScope = AuditFilter::TenantScope::Platform;
            } else {
                f.tenantScope = AuditFilter::TenantScope::Tenant;
                f.tenant = TenantId(1 + rng.bounded(5));
            }
        }
        if (maybe(25))
            f.actorId = m_actors[rng.bounded(int(m_actors.size()))];
        const auto& types = allAuditEventTypes();
        if (maybe(30))
            for (int n = 1 + int(rng.bounded(3)); n > 0; --n)
                f.types.append(types[rng.bounded(int(types.size()))]);
        if (maybe(25))
            for (int n = 1 + int(rng.bounded(2)); n > 0; --n)
                f.categories.append(allAuditCategories()[rng.bounded(int(allAuditCategories().size()))]);
        if (maybe(25))
            f.severities.append(AuditSeverity(rng.bounded(4)));
        if (maybe(25)) {
            f.outcomes.append(AuditOutcome(rng.bounded(3)));
            if (maybe(30))
                f.outcomes.append(AuditOutcome(rng.bounded(3)));
        }
        if (maybe(30)) {
            static const QStringList resources { QStringLiteral("tenant/"), QStringLiteral("api_key/"),
                QStringLiteral("store"), QStringLiteral("tenant/3"), QStringLiteral("tenant/2/"),
                QStringLiteral("api_key/7"), QStringLiteral("nothing/") };
            f.resource = resources[rng.bounded(int(resources.size()))];
        }
        if (maybe(40)) {
            TextQuery q;
            const int kind = int(rng.bounded(4));
            const QString w = kWords[rng.bounded(int(kWords.size()))];
            const QString w2 = kWords[rng.bounded(int(kWords.size()))];
            if (kind == 0) {
                q.text = w;
                q.phrases.append({ w });
            } else if (kind == 1) {
                q.text = w + QLatin1Char(' ') + w2.toUpper();
                q.phrases.append({ w });
                q.phrases.append({ w2 });
            } else if (kind == 2) {
                q.text = QLatin1Char('"') + w + QLatin1Char(' ') + w2 + QLatin1Char('"');
                q.phrases.append({ w, w2 });
            } else {
                q.text = w.left(3) + QLatin1Char('*');
                q.prefixes.append(w.left(3));
            }
            f.text = q.text;
            text = q;
        }
        return f;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<ManualClock>(QDateTime::fromMSecsSinceEpoch(kStartMs, Qt::UTC));
        m_store = Store::open(m_dir.filePath(QStringLiteral("query.sqlite3")));
        AuditSigningConfig signing;
        signing.everyEvents = 0;
        signing.everySeconds = 0;
        m_log = std::make_unique<AuditLog>(*m_store, *m_clock, signing);
        for (int i = 0; i < 12; ++i)
            m_actors.append(m_log->pseudonym(QStringLiteral("op"), QStringLiteral("user%1").arg(i)));

        QRandomGenerator rng(20261127);
        std::vector<AuditEventDraft> drafts;
        qint64 t = kStartMs;
        const auto& types = allAuditEventTypes();
        for (int i = 0; i < 4000; ++i) {
            AuditEventDraft d;
            if (rng.bounded(5) != 0)
                d.tenant = TenantId(1 + rng.bounded(5));
            d.actorId = rng.bounded(10) == 0 ? QString() : m_actors[rng.bounded(int(m_actors.size()))];
            d.type = types[rng.bounded(int(types.size()))];
            if (rng.bounded(3) == 0)
                d.severity = AuditSeverity(rng.bounded(4));
            d.outcome = AuditOutcome(rng.bounded(10) < 7 ? 0 : rng.bounded(3));
            switch (rng.bounded(5)) {
            case 0:
                d.resource = QStringLiteral("tenant/%1").arg(rng.bounded(6));
                break;
            case 1:
                d.resource = QStringLiteral("api_key/%1").arg(rng.bounded(12));
                break;
            case 2:
                d.resource = QStringLiteral("tenant/%1/users").arg(rng.bounded(4));
                break;
            case 3:
                d.resource = QStringLiteral("store");
                break;
            default:
                d.resource = QStringLiteral("operator/%1").arg(rng.bounded(4));
            }
            QString note;
            for (int n = int(rng.bounded(4)); n > 0; --n)
                note += kWords[rng.bounded(int(kWords.size()))] + QLatin1Char(' ');
            d.details = QJsonObject { { QStringLiteral("note"), note.trimmed() },
                { QStringLiteral("count"), int(rng.bounded(1000)) },
                { QStringLiteral("tags"), QJsonArray { kWords[rng.bounded(int(kWords.size()))] } } };
            if (rng.bounded(2) == 0) {
                d.personal.actorName = QStringLiteral("Person");
                d.personal.actorEmail = QStringLiteral("secretword@example.org");
            }
            // Times mostly rise, sometimes repeat, sometimes lie in the past (raised).
            const quint32 step = rng.bounded(10);
            if (step < 7)
                t += step * 1000;
            d.timeUtcMs = step == 9 ? t - 50000 : t;
            drafts.push_back(d);
        }
        // Most events in one batch (indexed at its end), the rest one per
        // transaction: the index catches up every few hundred events, so the
        // newest ones are read from the table. Every query below crosses that edge.
        m_log->appendBatch(std::span(drafts).first(kBatched));
        for (std::size_t i = kBatched; i < drafts.size(); ++i)
            m_store->transact([&] { m_log->append(drafts[i]); });
        qint64 last = 0;
        for (std::size_t i = 0; i < drafts.size(); ++i) {
            const AuditEventDraft& d = drafts[i];
            Expected e;
            e.record.sequence = qint64(i) + 1;
            e.record.timeUtcMs = std::max(*d.timeUtcMs, last);
            last = e.record.timeUtcMs;
            e.record.tenant = d.tenant;
            e.record.actorId = d.actorId;
            e.record.type = d.type;
            e.record.severity = d.severity.value_or(auditEventDefaultSeverity(d.type));
            e.record.outcome = d.outcome;
            e.record.resource = d.resource;
            e.record.details = d.details;
            e.hasPersonal = !d.personal.isEmpty();
            // In the order the index holds them: resource, then detail values by key.
            e.tokens = tokensOf(d.resource) + tokensOf(QString::number(d.details.value(QLatin1String("count")).toInt()))
                + tokensOf(d.details.value(QLatin1String("note")).toString())
                + tokensOf(d.details.value(QLatin1String("tags")).toArray().first().toString());
            m_events.push_back(e);
        }
    }

    void indexEndsBeforeTheNewestEvents()
    {
        auto& repo = static_cast<SqliteAuditRepository&>(m_log->repository());
        const qint64 indexed = repo.indexedUpto();
        QVERIFY2(indexed > qint64(kBatched), "single appends flushed the index at least once");
        QVERIFY2(indexed < qint64(m_events.size()), "some events are after the index's end");
    }

    void eventsRoundTrip()
    {
        AuditReader reader(*m_store, sessionFor(Role::Administrator));
        QCOMPARE(reader.lastSeq(), qint64(m_events.size()));
        for (qint64 seq : { qint64(1), qint64(77), qint64(m_events.size()) }) {
            const auto e = reader.event(seq);
            QVERIFY(e);
            AuditRecord expected = m_events[std::size_t(seq - 1)].record;
            expected.personalCommitment = e->record.personalCommitment;
            QCOMPARE(e->record, expected);
            QCOMPARE(e->personal.has_value(), m_events[std::size_t(seq - 1)].hasPersonal);
        }
        QVERIFY(!reader.event(0));
        QVERIFY(!reader.event(qint64(m_events.size()) + 1));
    }

    void singleFieldsMatchOracle()
    {
        AuditReader reader(*m_store, sessionFor(Role::Auditor));
        QList<AuditFilter> filters;
        AuditFilter f;
        filters.append(f);
        f.tenantScope = AuditFilter::TenantScope::Platform;
        filters.append(f);
        f = {};
        f.tenantScope = AuditFilter::TenantScope::Tenant;
        f.tenant = TenantId(3);
        filters.append(f);
        f = {};
        f.actorId = m_actors[4];
        filters.append(f);
        f = {};
        f.actorId = QStringLiteral("nobody");
        filters.append(f);
        f = {};
        f.types = { AuditEventType::Login, AuditEventType::TenantPurged };
        filters.append(f);
        f = {};
        f.categories = { AuditCategory::Security };
        filters.append(f);
        f = {};
        f.severities = { AuditSeverity::Critical };
        filters.append(f);
        f = {};
        f.outcomes = { AuditOutcome::Denied };
        filters.append(f);
        for (const char* r : { "tenant/", "tenant/2", "tenant/2/", "tenant/2/users", "store", "store/", "api_key/" }) {
            f = {};
            f.resource = QString::fromLatin1(r);
            filters.append(f);
        }
        f = {};
        f.fromMs = m_events[1000].record.timeUtcMs;
        f.toMs = m_events[1500].record.timeUtcMs;
        filters.append(f);
        f = {};
        f.fromMs = m_events.back().record.timeUtcMs + 1;
        filters.append(f);
        f = {};
        f.toMs = kStartMs;
        filters.append(f);
        for (const AuditFilter& filter : std::as_const(filters)) {
            const QList<qint64> expected = oracle(filter, std::nullopt);
            QCOMPARE(reader.count(filter), qint64(expected.size()));
            AuditPageRequest req;
            req.filter = filter;
            req.limit = 10000;
            QList<qint64> got;
            for (const AuditEvent& e : reader.page(req))
                got.append(e.record.sequence);
            QList<qint64> reversed(expected.rbegin(), expected.rend());
            QCOMPARE(got, reversed);
        }
    }

    void textSearch()
    {
        AuditReader reader(*m_store, sessionFor(Role::Auditor));
        // The number of matches, or -1 when the store disagrees with the oracle.
        const auto check = [&](const TextQuery& q) -> qsizetype {
            AuditFilter f;
            f.text = q.text;
            const QList<qint64> expected = oracle(f, q);
            AuditPageRequest req;
            req.filter = f;
            req.order = AuditPageRequest::Order::OldestFirst;
            req.limit = 10000;
            QList<qint64> got;
            for (const AuditEvent& e : reader.page(req))
                got.append(e.record.sequence);
            if (got != expected || reader.count(f) != qint64(expected.size())) {
                qWarning() << "text" << q.text << "got" << got.size() << "expected" << expected.size();
                return -1;
            }
            return expected.size();
        };
        QVERIFY(check({ QStringLiteral("quota"), { { QStringLiteral("quota") } }, {} }) > 0);
        QVERIFY(check({ QStringLiteral("QUOTA exceeded"), { { QStringLiteral("quota") }, { QStringLiteral("exceeded") } }, {} }) > 0);
        QVERIFY(check({ QStringLiteral("\"quota exceeded\""), { { QStringLiteral("quota"), QStringLiteral("exceeded") } }, {} }) > 0);
        QVERIFY(check({ QStringLiteral("rot*"), {}, { QStringLiteral("rot") } }) > 0);
        QVERIFY(check({ QStringLiteral("users"), { { QStringLiteral("users") } }, {} }) > 0); // from the resource
        // Personal data is not searchable.
        QCOMPARE(check({ QStringLiteral("secretword"), { { QStringLiteral("secretword") } }, {} }), 0);
        QCOMPARE(check({ QStringLiteral("person"), { { QStringLiteral("person") } }, {} }), 0);
    }

    void hostileTextNeverFails()
    {
        AuditReader reader(*m_store, sessionFor(Role::Auditor));
        const QStringList inputs { QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"quota"),
            QStringLiteral("quota\""), QStringLiteral("NEAR(quota exceeded, 2)"), QStringLiteral("quota NEAR exceeded"),
            QStringLiteral("*"), QStringLiteral("**"), QStringLiteral("*quota"), QStringLiteral("quo*ta*"),
            QStringLiteral("(quota"), QStringLiteral("quota)"), QStringLiteral("()"), QStringLiteral("AND"),
            QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("quota AND"), QStringLiteral("OR quota"),
            QStringLiteral("quota NOT export"), QStringLiteral("body:quota"), QStringLiteral("{body}: quota"),
            QStringLiteral("^quota"), QStringLiteral("quota + export"), QStringLiteral("-quota"),
            QStringLiteral("'quota'"), QStringLiteral("quota;DROP TABLE audit_events"), QStringLiteral("\\"),
            QStringLiteral("\u00e9t\u00e9 \u65e5\u672c\u8a9e \U0001F600"), QStringLiteral("\u0000quota"),
            QStringLiteral("\t\n"), QStringLiteral(" "), QStringLiteral(""), QStringLiteral("quota\"export\"*"),
            QString(QChar(0xd800)) + QStringLiteral("x"), QStringLiteral("\"\"\"\"\"*"), QStringLiteral("a\"b\"c") };
        for (const QString& text : inputs) {
            AuditFilter f;
            f.text = text;
            AuditPageRequest req;
            req.filter = f;
            req.limit = 20;
            try {
                (void)reader.page(req);
                (void)reader.count(f);
                req.order = AuditPageRequest::Order::OldestFirst;
                (void)reader.page(req);
            } catch (const std::exception& e) {
                QFAIL(qPrintable(QStringLiteral("%1 failed: %2").arg(text, QString::fromUtf8(e.what()))));
            }
        }
        // Operators are words: NEAR and AND are searched for, not obeyed.
        AuditFilter f;
        f.text = QStringLiteral("quota AND exceeded");
        QCOMPARE(reader.count(f), 0);
        f.text = QStringLiteral("quota -");
        AuditFilter plain;
        plain.text = QStringLiteral("quota");
        QCOMPARE(reader.count(f), reader.count(plain));
        f.text = QStringLiteral("!!!");
        QCOMPARE(reader.count(f), 0);
        f.text = QStringLiteral("   ");
        QCOMPARE(reader.count(f), qint64(m_events.size()));
    }

    void randomCombinationsAndPaging()
    {
        AuditReader reader(*m_store, sessionFor(Role::ComplianceOfficer));
        QRandomGenerator rng(42);
        int nonEmpty = 0;
        for (int round = 0; round < 150; ++round) {
            std::optional<TextQuery> text;
            const AuditFilter f = randomFilter(rng, text);
            const QList<qint64> expected = oracle(f, text);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            QCOMPARE(reader.count(f), qint64(expected.size()));

            // Newest first, pages of a random size, keyed by the last seq seen.
            const int limit = 1 + int(rng.bounded(60));
            QList<qint64> down;
            AuditPageRequest req;
            req.filter = f;
            req.limit = limit;
            for (;;) {
                const QList<AuditEvent> page = reader.page(req);
                QVERIFY(page.size() <= limit);
                for (const AuditEvent& e : page)
                    down.append(e.record.sequence);
                if (page.size() < limit)
                    break;
                req.beforeSeq = page.last().record.sequence;
            }
            QCOMPARE(down, QList<qint64>(expected.rbegin(), expected.rend()));

            QList<qint64> up;
            req = {};
            req.filter = f;
            req.order = AuditPageRequest::Order::OldestFirst;
            req.limit = limit;
            for (;;) {
                const QList<AuditEvent> page = reader.page(req);
                for (const AuditEvent& e : page)
                    up.append(e.record.sequence);
                if (page.size() < limit)
                    break;
                req.afterSeq = page.last().record.sequence;
            }
            QCOMPARE(up, expected);

            // A window between two seqs from the middle.
            if (expected.size() > 4) {
                AuditPageRequest mid;
                mid.filter = f;
                mid.afterSeq = expected[1];
                mid.beforeSeq = expected[expected.size() - 2];
                mid.limit = 10000;
                QCOMPARE(qsizetype(reader.page(mid).size()), expected.size() - 4);
            }
        }
        QVERIFY(nonEmpty > 50); // the filters are not all trivially empty
    }

    void readerChecksPermissionsAndMasks()
    {
        AuditReader analyst(*m_store, sessionFor(Role::Analyst));
        const auto denied = [](auto f) {
            try {
                f();
            } catch (const DomainError& e) {
                return e.kind() == DomainError::Kind::PermissionDenied;
            }
            return false;
        };
        QVERIFY(denied([&] { (void)analyst.page({}); }));
        QVERIFY(denied([&] { (void)analyst.count({}); }));
        QVERIFY(denied([&] { (void)analyst.event(1); }));
        QVERIFY(denied([&] { (void)analyst.lastSeq(); }));
        QVERIFY(denied([&] { (void)analyst.checkpoints(); }));
        QVERIFY(denied([&] { (void)analyst.rootHash(1); }));
        QVERIFY(denied([&] { (void)analyst.inclusionProof(1, 1); }));
        QVERIFY(denied([&] { (void)analyst.leafHash(1); }));
        QVERIFY(denied([&] { (void)analyst.alerts(false); }));

        AuditReader auditor(*m_store, sessionFor(Role::Auditor));
        AuditReader admin(*m_store, sessionFor(Role::Administrator));
        AuditPageRequest req;
        req.limit = 100;
        const QList<AuditEvent> masked = auditor.page(req);
        const QList<AuditEvent> clear = admin.page(req);
        QCOMPARE(masked.size(), clear.size());
        int personal = 0;
        for (qsizetype i = 0; i < masked.size(); ++i) {
            QVERIFY(!masked[i].personal);
            QCOMPARE(masked[i].record, clear[i].record);
            if (clear[i].personal) {
                ++personal;
                QCOMPARE(clear[i].personal->data.actorEmail, QStringLiteral("secretword@example.org"));
            }
        }
        QVERIFY(personal > 0);
        QVERIFY(!auditor.event(clear.first().record.sequence)->personal);
        QCOMPARE(auditor.leafHash(5), m_log->leafHash(5));
        QCOMPARE(auditor.rootHash(3000), m_log->rootHash(3000));
        QCOMPARE(auditor.inclusionProof(5, 3000), m_log->inclusionProof(5, 3000));
        QCOMPARE(auditor.chainHash(5), m_log->repository().row(5)->chainHash);
    }

    void readerSeesNewEvents()
    {
        AuditReader reader(*m_store, sessionFor(Role::Auditor));
        const qint64 before = reader.lastSeq();
        AuditPageRequest req;
        req.limit = 5;
        (void)reader.page(req);
        m_store->transact([&] {
            AuditEventDraft d;
            d.resource = QStringLiteral("store");
            m_log->append(d);
        });
        QCOMPARE(reader.lastSeq(), before + 1);
        QCOMPARE(reader.page(req).first().record.sequence, before + 1);
        m_events.push_back({});
        m_events.back().record = reader.event(before + 1)->record;
    }

    /// A store of schema 2 (six per-event indexes, no posting runs) is
    /// migrated on open and answers every query as before.
    void migratedStoreAnswersTheSame()
    {
        // A store made by migrations 1 and 2 alone, holding these events as
        // schema 2 held them (the full-text index filled per event).
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite3"));
        {
            Database db(path, Database::Mode::ReadWrite);
            db.exec("PRAGMA journal_mode = WAL");
            for (std::size_t step = 0; step < 2; ++step)
                db.exec(schema::migrations()[step]);
            db.exec("PRAGMA user_version = 2");
            db.exec("PRAGMA application_id = " + std::to_string(Store::kApplicationId));
            db.exec("ATTACH '" + m_store->path().toStdString() + "' AS src");
            for (const char* table : { "audit_events", "audit_subtrees", "audit_checkpoints", "audit_public_keys",
                     "audit_personal", "audit_subject_keys" })
                db.exec(std::string("INSERT INTO main.") + table + " SELECT * FROM src." + table);
            db.exec("DETACH src");
            Statement records(db, "SELECT seq, record FROM audit_events ORDER BY seq");
            Statement fts(db, "INSERT INTO audit_fts(rowid, body) VALUES (?1, ?2)");
            while (records.step()) {
                const auto record = AuditEventCodec::decode(records.blob(1));
                QVERIFY(record);
                fts.bind(1, records.int64(0)).bind(2, auditFtsBody(*record));
                fts.exec();
            }
        }
        auto migrated = Store::open(path);
        QCOMPARE(migrated->schemaVersion(), Store::latestSchemaVersion());
        AuditReader reader(*migrated, sessionFor(Role::ComplianceOfficer));
        QRandomGenerator rng(99);
        for (int round = 0; round < 60; ++round) {
            std::optional<TextQuery> text;
            const AuditFilter f = randomFilter(rng, text);
            const QList<qint64> expected = oracle(f, text);
            QCOMPARE(reader.count(f), qint64(expected.size()));
            AuditPageRequest req;
            req.filter = f;
            req.limit = 10000;
            QList<qint64> got;
            for (const AuditEvent& e : reader.page(req))
                got.append(e.record.sequence);
            QCOMPARE(got, QList<qint64>(expected.rbegin(), expected.rend()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "TestAuditQuery.moc"
