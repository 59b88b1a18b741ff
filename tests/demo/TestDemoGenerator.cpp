#include "audit/AuditEventCodec.h"
#include "audit/SqliteAuditRepository.h"
#include "auth/PasswordHasher.h"
#include "core/DomainError.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "tenancy/SqliteTenantRepository.h"
#include "tenancy/TenantService.h"
#include "tenancy/Tier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace gc;

namespace {

constexpr qint64 kDay = 86'400;

DemoOptions smallOptions()
{
    DemoOptions o;
    o.tenants = 12;
    o.days = 14;
    o.predictions = 20'000;
    o.seed = 4242;
    o.endDay = QDate(2026, 11, 27);
    o.auditEvents = 3'000;
    return o;
}

/// Every audit record of `s`, in sequence order.
QList<AuditRecord> auditRecords(Store& s)
{
    QList<AuditRecord> out;
    const SqliteAuditRepository repo(s.db());
    repo.forEachRow(1, repo.lastSeq(), [&](const StoredAuditRow& row) {
        auto r = AuditEventCodec::decode(row.record);
        if (r)
            out << *r;
        return bool(r);
    });
    return out;
}

/// A record as text with its pseudonyms (random per store by design) replaced
/// by the order in which they first appear, so two runs compare equal when
/// everything the seed decides is equal.
QStringList normalized(const QList<AuditRecord>& records)
{
    static const QRegularExpression pseudonym(QStringLiteral("\\b(op|user|key)-[0-9a-f]{16}\\b"));
    QHash<QString, int> seen;
    const auto replace = [&](const QString& text) -> QString {
        QString out;
        qsizetype last = 0;
        for (auto it = pseudonym.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int n = int(seen.size());
            const int id = seen.contains(m.captured()) ? seen.value(m.captured())
                                                       : seen.insert(m.captured(), n).value();
            out += text.mid(last, m.capturedStart() - last) + m.captured(1) + QStringLiteral("#")
                + QString::number(id);
            last = m.capturedEnd();
        }
        return out + text.mid(last);
    };
    QStringList out;
    for (AuditRecord r : records) {
        // A checkpoint names the random key and the root over random commitments.
        if (r.type == AuditEventType::CheckpointSigned) {
            r.details.remove(QStringLiteral("key_id"));
            r.details.remove(QStringLiteral("root_hash"));
        }
        out << replace(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                           .arg(r.sequence)
                           .arg(r.timeUtcMs)
                           .arg(r.tenant ? r.tenant->value : -1)
                           .arg(r.actorId, auditEventTypeId(r.type), auditSeverityId(r.severity),
                               auditOutcomeId(r.outcome), r.resource,
                               QString::fromUtf8(AuditEventCodec::canonicalJson(r.details))));
    }
    return out;
}

/// Most events of one actor (among `records` of `type`) within any `windowMs`.
int densestRun(const QList<AuditRecord>& records, AuditEventType type, qint64 windowMs)
{
    QHash<QString, QList<qint64>> times;
    for (const AuditRecord& r : records) {
        if (r.type == type)
            times[r.actorId] << r.timeUtcMs;
    }
    int best = 0;
    for (const QList<qint64>& t : std::as_const(times)) {
        qsizetype from = 0;
        for (qsizetype i = 0; i < t.size(); ++i) {
            while (t.at(i) - t.at(from) > windowMs)
                ++from;
            best = std::max(best, int(i - from + 1));
        }
    }
    return best;
}

qint64 dayStart(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d) * kDay;
}

qint64 scalar(Store& s, const char* sql)
{
    return s.db().scalarInt(sql);
}

QStringList tables(Store& s)
{
    // The tables Store::rowCounts lists: virtual tables' shadow tables excluded.
    QStringList out;
    for (const auto& [table, rows] : s.rowCounts())
        out << table;
    return out;
}

/// SHA-256 over every value of every row `sql` returns, with types, except
/// the columns named `password_hash` (salted at random on purpose).
QByteArray fingerprint(Store& s, const QString& sql)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto st = s.db().prepare(sql.toStdString());
    const int columns = st.columnCount();
    while (st.step()) {
        for (int c = 0; c < columns; ++c) {
            if (qstrcmp(sqlite3_column_name(st.handle(), c), "password_hash") == 0)
                continue;
            const int type = sqlite3_column_type(st.handle(), c);
            h.addData(QByteArray::number(type));
            h.addData(QByteArrayView(":"));
            h.addData(type == SQLITE_FLOAT ? QByteArray::number(st.real(c), 'g', 17) : st.blob(c));
            h.addData(QByteArrayView("|"));
        }
        h.addData(QByteArrayView("\n"));
    }
    return h.result();
}

/// Every table, rows in the order of all their columns.
QMap<QString, QByteArray> tableFingerprints(Store& s)
{
    QMap<QString, QByteArray> out;
    for (const QString& table : tables(s)) {
        auto info = s.db().prepare(
            QString(QStringLiteral("SELECT count(*) FROM pragma_table_info('") + table + QStringLiteral("')"))
                .toStdString());
        info.step();
        QStringList order;
        for (int i = 1; i <= info.int32(0); ++i)
            order << QString::number(i);
        out.insert(table,
            fingerprint(s, QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(u','))));
    }
    return out;
}

qint64 totalRows(Store& s)
{
    qint64 n = 0;
    for (const QString& table : tables(s))
        n += s.db().scalarInt(
            QString(QStringLiteral("SELECT count(*) FROM \"") + table + u'"').toStdString());
    return n;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> newStore(const QString& name) { return Store::open(m_dir.filePath(name)); }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameSeedGivesSameRows()
    {
        auto a = newStore(QStringLiteral("a.sqlite3"));
        auto b = newStore(QStringLiteral("b.sqlite3"));
        auto c = newStore(QStringLiteral("c.sqlite3"));
        DemoGenerator::generate(*a, smallOptions());
        DemoGenerator::generate(*b, smallOptions());
        DemoOptions other = smallOptions();
        other.seed += 1;
        DemoGenerator::generate(*c, other);

        const auto fa = tableFingerprints(*a);
        const auto fb = tableFingerprints(*b);
        const auto fc = tableFingerprints(*c);
        QCOMPARE(fa.keys(), fb.keys());
        QVERIFY(fa.contains(QStringLiteral("predictions")));
        for (auto it = fa.cbegin(); it != fa.cend(); ++it) {
            // The audit tables and the pseudonym secret in settings are random
            // by design; auditHistory() compares what the seed decides there.
            if (it.key().startsWith(QLatin1String("audit")) || it.key() == QLatin1String("settings"))
                continue;
            QVERIFY2(it.value() == fb.value(it.key()), qPrintable(it.key()));
        }
        for (const char* table : { "tenants", "tenant_users", "api_keys", "request_log", "predictions" })
            QVERIFY2(fa.value(QLatin1String(table)) != fc.value(QLatin1String(table)), table);
        // Same counts are not enough: every row holds something the seed decides.
        QCOMPARE(
            scalar(*a, "SELECT count(*) FROM predictions"), scalar(*c, "SELECT count(*) FROM predictions"));

        // The hashes differ (random salts) but each verifies the documented password.
        auto st = a->db().prepare("SELECT username, password_hash FROM operators ORDER BY id");
        int checked = 0;
        while (st.step()) {
            const auto& account = demoAccounts().at(checked++);
            QCOMPARE(st.text(0), QString::fromUtf8(account.username));
            QVERIFY(PasswordHasher::verify(QString::fromUtf8(account.password), st.text(1)));
        }
        QCOMPARE(checked, 4);
    }

    void handWrittenTenantsDoNotDependOnTenantCount()
    {
        DemoOptions few = smallOptions();
        few.days = 3;
        few.predictions = 2'000;
        DemoOptions many = few;
        many.tenants = 300;
        auto a = newStore(QStringLiteral("few.sqlite3"));
        auto b = newStore(QStringLiteral("many.sqlite3"));
        DemoGenerator::generate(*a, few);
        DemoGenerator::generate(*b, many);

        QCOMPARE(scalar(*b, "SELECT count(*) FROM tenants"), 300);
        const QString tenants = QStringLiteral("SELECT * FROM tenants WHERE id <= 12 ORDER BY id");
        const QString users = QStringLiteral("SELECT * FROM tenant_users WHERE tenant_id <= 12 ORDER BY id");
        const QString config
            = QStringLiteral("SELECT * FROM tenant_config WHERE tenant_id <= 12 ORDER BY 1, 2");
        QCOMPARE(fingerprint(*a, tenants), fingerprint(*b, tenants));
        QCOMPARE(fingerprint(*a, users), fingerprint(*b, users));
        QCOMPARE(fingerprint(*a, config), fingerprint(*b, config));

        // Generated tenants keep the same rules as the hand-written ones.
        static const QRegularExpression slugRe(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"));
        auto st = b->db().prepare(
            "SELECT slug, tier, (SELECT count(*) FROM tenant_users u WHERE u.tenant_id = t.id "
            "AND u.active = 1) FROM tenants t");
        while (st.step()) {
            QVERIFY2(slugRe.match(st.text(0)).hasMatch(), qPrintable(st.text(0)));
            const auto limit = tierLimits(*tierFromId(st.text(1))).maxUsers;
            if (limit)
                QVERIFY2(st.int32(2) <= *limit, qPrintable(st.text(0)));
        }
        QCOMPARE(scalar(*b, "SELECT count(DISTINCT lower(name)) FROM tenants"), 300);
        QCOMPARE(scalar(*b, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
        // Generated tenants get only the last two days of request log.
        QCOMPARE(scalar(*b, "SELECT count(DISTINCT hour / 86400) FROM request_log WHERE tenant_id > 12"), 2);
    }

    void shapeOfTheDemo()
    {
        const DemoOptions o = smallOptions();
        auto s = newStore(QStringLiteral("shape.sqlite3"));
        QList<int> percents;
        QStringList stages;
        DemoGenerator::generate(*s, o, [&](int percent, const QString& stage) {
            percents << percent;
            if (stages.isEmpty() || stages.last() != stage)
                stages << stage;
            return true;
        });

        // Progress: regular, monotonic, ends at 100.
        QVERIFY(percents.size() >= 5);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.last(), 100);
        QVERIFY(stages.contains(QStringLiteral("Writing predictions")));

        QVERIFY(s->integrityCheck().isEmpty());
        QCOMPARE(scalar(*s, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
        QCOMPARE(scalar(*s, "SELECT count(*) FROM tenants"), 12);
        QCOMPARE(scalar(*s, "SELECT count(DISTINCT tier) FROM tenants"), 4);
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM tenants WHERE status = 'suspended' AND status_reason <> '' "
                     "AND status_changed_at IS NOT NULL"),
            1);
        const qint64 periodEnd = dayStart(o.endDay.addDays(1));
        const qint64 periodStart = periodEnd - o.days * kDay;
        auto offboarding = s->db().prepare("SELECT purge_after FROM tenants WHERE status = 'offboarding'");
        QVERIFY(offboarding.step());
        QVERIFY(offboarding.int64(0) > periodEnd);
        QVERIFY(!offboarding.step());
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM tenants WHERE custom_price_cents IS NOT NULL AND tier <> "
                     "'enterprise'"),
            0);
        QCOMPARE(scalar(*s, "SELECT count(*) FROM settings WHERE key = 'demo.generated' AND value = '1'"), 1);

        // Operators: the documented accounts with their roles.
        auto ops = s->db().prepare("SELECT username, role FROM operators ORDER BY id");
        for (const DemoAccount& a : demoAccounts()) {
            QVERIFY(ops.step());
            QCOMPARE(ops.text(0), QString::fromUtf8(a.username));
            QCOMPARE(ops.text(1), QString::fromUtf8(a.role));
        }
        QVERIFY(!ops.step());

        // Users: several hundred, some gone, active ones within each tier's quota.
        QVERIFY(scalar(*s, "SELECT count(*) FROM tenant_users") >= 300);
        QVERIFY(
            scalar(*s, "SELECT count(*) FROM tenant_users WHERE active = 0 AND deactivated_at IS NOT NULL")
            > 0);
        QCOMPARE(
            scalar(*s, "SELECT count(*) FROM tenant_users WHERE active = 1 AND deactivated_at IS NOT NULL"),
            0);
        QCOMPARE(scalar(*s, "SELECT count(*) FROM tenant_users WHERE email NOT LIKE '%_@_%._%'"), 0);
        auto quota
            = s->db().prepare("SELECT t.slug, t.tier, count(u.id) FROM tenants t JOIN tenant_users u ON "
                              "u.tenant_id = t.id AND u.active = 1 GROUP BY t.id");
        int atLimit = 0;
        while (quota.step()) {
            const auto limit = tierLimits(*tierFromId(quota.text(1))).maxUsers;
            if (limit) {
                QVERIFY2(quota.int32(2) <= *limit, qPrintable(quota.text(0)));
                atLimit += quota.int32(2) == *limit;
            }
        }
        QVERIFY(atLimit >= 1);

        // API keys: unique visible prefixes, SHA-256 hashes, some revoked, most used.
        QCOMPARE(
            scalar(*s,
                "SELECT count(*) FROM api_keys WHERE prefix NOT GLOB 'gck_[0-9a-f][0-9a-f][0-9a-f][0-9a-f]"
                "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]' OR length(key_hash) <> 32"),
            0);
        QVERIFY(scalar(*s, "SELECT count(*) FROM api_keys WHERE revoked_at IS NOT NULL") >= 3);
        QVERIFY(scalar(*s, "SELECT count(*) FROM api_keys WHERE last_used_at IS NOT NULL") >= 20);
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM api_keys WHERE revoked_at < created_at OR last_used_at < "
                     "created_at OR last_used_at > revoked_at"),
            0);

        // Config values are stored in the canonical form the service would store.
        auto config = s->db().prepare("SELECT key, type, value FROM tenant_config");
        int entries = 0;
        while (config.step()) {
            const ConfigEntry e { config.text(0), *configTypeFromId(config.text(1)), config.text(2) };
            QCOMPARE(TenantService::validateConfig(e).value, e.value);
            ++entries;
        }
        QVERIFY(entries >= 12);

        // Request log: `days` whole days ending with the end day, for a tenant active throughout.
        auto log
            = s->db().prepare("SELECT min(hour), max(hour), count(DISTINCT hour / 86400), count(DISTINCT "
                              "endpoint) FROM request_log r JOIN tenants t ON t.id = r.tenant_id WHERE "
                              "t.slug = 'rhine-valley-air'");
        QVERIFY(log.step());
        QCOMPARE(log.int64(0), periodStart);
        QCOMPARE(log.int64(1), periodEnd - 3'600);
        QCOMPARE(log.int32(2), o.days);
        QCOMPARE(log.int32(3), 4);
        QCOMPARE(
            scalar(*s, "SELECT count(*) FROM request_log WHERE errors > requests OR hour % 3600 <> 0"), 0);
        // No traffic after a suspension or offboarding started.
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM request_log r JOIN tenants t ON t.id = r.tenant_id WHERE "
                     "t.status <> 'active' AND r.hour >= t.status_changed_at"),
            0);
        // Some tenants run close to their daily quota on the last day.
        SqliteTenantRepository repo(s->db());
        const auto summaries = repo.listSummaries(dayStart(o.endDay));
        QCOMPARE(summaries.size(), 12);
        int nearQuota = 0;
        for (const TenantSummary& t : summaries) {
            const auto limit = tierLimits(t.tenant.tier).maxRequestsPerDay;
            if (limit) {
                const double f = double(t.requestsToday) / double(*limit);
                nearQuota += f >= 0.8 && f <= 1.1;
            }
        }
        QVERIFY2(nearQuota >= 2, qPrintable(QString::number(nearQuota)));

        // Predictions: exact count, inside the period, made by a model for that
        // pollutant that was deployed at that time.
        QCOMPARE(scalar(*s, "SELECT count(*) FROM predictions"), o.predictions);
        auto range = s->db().prepare("SELECT min(forecast_time), max(forecast_time) FROM predictions");
        QVERIFY(range.step());
        QVERIFY(range.int64(0) >= periodStart);
        QVERIFY(range.int64(1) < periodEnd);
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM predictions p JOIN ml_models m ON m.id = p.model_id WHERE "
                     "m.pollutant <> p.pollutant OR m.deployed_at IS NULL OR p.forecast_time < m.deployed_at "
                     "OR (m.retired_at IS NOT NULL AND p.forecast_time >= m.retired_at)"),
            0);
        QVERIFY(scalar(*s, "SELECT count(DISTINCT model_id) FROM predictions") >= 6);
        QVERIFY(scalar(*s, "SELECT count(DISTINCT city) FROM predictions") >= 30);
        QCOMPARE(scalar(*s, "SELECT count(DISTINCT pollutant) FROM predictions"), 4);
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM predictions WHERE unit <> 'µg/m³' OR value <= 0 OR value > 1000 "
                     "OR latitude NOT BETWEEN -90 AND 90 OR longitude NOT BETWEEN -180 AND 180"),
            0);
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM predictions p JOIN tenants t ON t.id = p.tenant_id WHERE "
                     "p.forecast_time < t.created_at"),
            0);
        // The indexes dropped for the bulk insert are back.
        QCOMPARE(scalar(*s,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                     "('predictions_tenant_time', 'predictions_model')"),
            2);
        // Models: four pollutants, exactly one deployed version each, training ones unevaluated.
        QCOMPARE(scalar(*s, "SELECT count(DISTINCT pollutant) FROM ml_models WHERE status = 'deployed'"), 4);
        QCOMPARE(scalar(*s, "SELECT count(*) FROM ml_models WHERE status = 'deployed'"), 4);
        QCOMPARE(
            scalar(*s, "SELECT count(*) FROM ml_models WHERE status = 'training' AND mae IS NOT NULL"), 0);
        QVERIFY(
            scalar(*s, "SELECT count(*) FROM ml_models WHERE status = 'retired' AND retired_at IS NOT NULL")
            >= 4);
    }

    void auditHistory()
    {
        DemoOptions o = smallOptions();
        o.auditEvents = 20'000;
        auto a = newStore(QStringLiteral("audit-a.sqlite3"));
        auto b = newStore(QStringLiteral("audit-b.sqlite3"));
        DemoGenerator::generate(*a, o);
        DemoGenerator::generate(*b, o);
        const QList<AuditRecord> records = auditRecords(*a);
        QCOMPARE(records.size(), scalar(*a, "SELECT count(*) FROM audit_events"));

        // Exactly the events asked for, plus what the alert rules raised.
        qint64 alertsRaised = 0;
        QHash<AuditEventType, qint64> perType;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const AuditRecord& r = records.at(i);
            QCOMPARE(r.sequence, i + 1);
            if (i > 0)
                QVERIFY(r.timeUtcMs >= records.at(i - 1).timeUtcMs);
            ++perType[r.type];
            alertsRaised += r.type == AuditEventType::AlertRaised;
            // An alert carries the time of the event that raised it.
            if (r.type == AuditEventType::AlertRaised)
                QCOMPARE(r.timeUtcMs, records.at(i - 1).timeUtcMs);
            // Nothing personal in the hashed record.
            const QString text
                = r.actorId + r.resource + QString::fromUtf8(AuditEventCodec::canonicalJson(r.details));
            QVERIFY2(!text.contains(u'@'), qPrintable(text));
        }
        QCOMPARE(qint64(records.size()) - alertsRaised, o.auditEvents);
        QCOMPARE(alertsRaised, scalar(*a, "SELECT count(*) FROM audit_alerts"));

        // The same seed decides everything but the salts, keys and pseudonyms.
        QCOMPARE(normalized(auditRecords(*b)), normalized(records));
        QVERIFY(scalar(*a, "SELECT count(*) FROM audit_personal") > o.auditEvents / 2);

        // Consistent with the rows: every tenant, user and key has its event,
        // tenants at their creation, and prediction traffic sums to the request log.
        QCOMPARE(
            perType.value(AuditEventType::TenantProvisioned), scalar(*a, "SELECT count(*) FROM tenants"));
        QCOMPARE(
            perType.value(AuditEventType::TenantUserAdded), scalar(*a, "SELECT count(*) FROM tenant_users"));
        QCOMPARE(perType.value(AuditEventType::ApiKeyCreated), scalar(*a, "SELECT count(*) FROM api_keys"));
        QCOMPARE(perType.value(AuditEventType::ApiKeyRevoked),
            scalar(*a, "SELECT count(*) FROM api_keys WHERE revoked_at IS NOT NULL"));
        QCOMPARE(perType.value(AuditEventType::BackupCompleted), o.days);
        QVERIFY(perType.value(AuditEventType::CheckpointSigned) >= 1);
        QVERIFY(scalar(*a, "SELECT count(*) FROM audit_checkpoints") >= qint64(records.size()) / 10'000);
        for (AuditEventType t : { AuditEventType::Login, AuditEventType::Logout, AuditEventType::LoginFailed,
                 AuditEventType::DataRead, AuditEventType::DataExported, AuditEventType::QuotaWarning,
                 AuditEventType::GdprRequestReceived, AuditEventType::TenantSuspended,
                 AuditEventType::ConfigurationChanged })
            QVERIFY2(perType.value(t) > 0, qPrintable(auditEventTypeId(t)));
        qint64 predictionRequests = 0;
        for (const AuditRecord& r : records) {
            if (r.type == AuditEventType::PredictionRequested)
                predictionRequests += r.details.value(QStringLiteral("requests")).toInteger();
            if (r.type == AuditEventType::TenantProvisioned) {
                auto st = a->db().prepare("SELECT created_at FROM tenants WHERE id = ?1");
                st.bind(1, std::int64_t(r.tenant->value));
                QVERIFY(st.step());
                QCOMPARE(r.timeUtcMs, (st.int64(0) - 60) * 1000);
            }
        }
        QCOMPARE(predictionRequests,
            scalar(*a,
                "SELECT sum(requests) FROM request_log WHERE endpoint IN ('/v1/predictions', "
                "'/v1/forecast')"));

        // The patterns the alert rules look for, and the alerts they raised.
        QVERIFY(densestRun(records, AuditEventType::LoginFailed, 600'000) >= 5);
        QVERIFY(densestRun(records, AuditEventType::DataExported, 600'000) >= 20);
        const auto deniedSuspended
            = std::count_if(records.cbegin(), records.cend(), [](const AuditRecord& r) {
                  return r.outcome == AuditOutcome::Denied && r.tenant
                      && r.details.value(QStringLiteral("reason")).toString()
                      == QLatin1String("tenant_suspended");
              });
        QVERIFY(deniedSuspended > 0);
        for (const char* rule : { "repeated_failed_logins", "export_burst", "suspended_tenant_access" }) {
            auto st = a->db().prepare("SELECT count(*) FROM audit_alerts WHERE rule = ?1");
            st.bind(1, QString::fromLatin1(rule));
            QVERIFY(st.step());
            QVERIFY2(st.int64(0) > 0, rule);
        }
        // Completed erasures left no personal part of their subject.
        for (const AuditRecord& r : records) {
            if (r.type != AuditEventType::GdprErasureCompleted)
                continue;
            auto st = a->db().prepare("SELECT count(*) FROM audit_personal WHERE subject = ?1");
            st.bind(1, r.details.value(QStringLiteral("subject")).toString());
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), 0);
        }

        // Fewer events than the lifecycle needs: the earliest of those, exactly.
        DemoOptions few = o;
        few.auditEvents = 50;
        auto c = newStore(QStringLiteral("audit-few.sqlite3"));
        DemoGenerator::generate(*c, few);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM audit_events WHERE type <> 82"), 50);
        DemoOptions none = o;
        none.auditEvents = 0;
        auto d = newStore(QStringLiteral("audit-none.sqlite3"));
        DemoGenerator::generate(*d, none);
        QCOMPARE(scalar(*d, "SELECT count(*) FROM audit_events"), 0);
    }

    void cancelLeavesStoreEmpty_data()
    {
        QTest::addColumn<QString>("cancelAt");
        QTest::newRow("at once") << QString();
        QTest::newRow("during predictions") << QStringLiteral("Writing predictions");
        QTest::newRow("while saving") << QStringLiteral("Saving");
    }

    void cancelLeavesStoreEmpty()
    {
        QFETCH(QString, cancelAt);
        auto s = newStore(QStringLiteral("cancel-%1.sqlite3")
                              .arg(QString::fromUtf8(QTest::currentDataTag()))
                              .replace(u' ', u'-'));
        int calls = 0;
        try {
            DemoGenerator::generate(*s, smallOptions(), [&](int, const QString& stage) {
                ++calls;
                return !cancelAt.isEmpty() && stage != cancelAt;
            });
            QFAIL("generation was not cancelled");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
            QVERIFY(!e.message().isEmpty());
        }
        QVERIFY(calls >= 1);
        QCOMPARE(totalRows(*s), 0);
        QVERIFY(!s->db().inTransaction());
        // The store is still usable afterwards.
        DemoOptions tiny = smallOptions();
        tiny.predictions = 500;
        DemoGenerator::generate(*s, tiny);
        QCOMPARE(scalar(*s, "SELECT count(*) FROM predictions"), 500);
    }

    void cancelDuringTheAuditHistoryKeepsTheData()
    {
        // The audit batches commit on their own (appendBatch joins no
        // transaction): cancelling there keeps the data and a shorter, valid log.
        auto s = newStore(QStringLiteral("cancel-audit.sqlite3"));
        DemoOptions o = smallOptions();
        o.auditEvents = 30'000;
        int reportsInAudit = 0;
        try {
            DemoGenerator::generate(*s, o, [&](int, const QString& stage) {
                if (stage != QLatin1String("Writing the audit history"))
                    return true;
                return ++reportsInAudit < 3;
            });
            QFAIL("generation was not cancelled");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
        }
        QCOMPARE(scalar(*s, "SELECT count(*) FROM tenants"), 12);
        const qint64 events = scalar(*s, "SELECT count(*) FROM audit_events");
        QVERIFY(events > 0);
        QVERIFY(events < o.auditEvents);
        QCOMPARE(scalar(*s, "SELECT max(seq) FROM audit_events"), events);
        QVERIFY(!s->db().inTransaction());
    }

    void refusesStoreWithData()
    {
        auto s = newStore(QStringLiteral("twice.sqlite3"));
        DemoOptions tiny = smallOptions();
        tiny.predictions = 300;
        DemoGenerator::generate(*s, tiny);
        const auto before = tableFingerprints(*s);
        try {
            DemoGenerator::generate(*s, tiny);
            QFAIL("a second generation was accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::Conflict);
        }
        QCOMPARE(tableFingerprints(*s), before);
    }

    void refusesStoreWithOnlyAnOperator()
    {
        auto s = newStore(QStringLiteral("operator.sqlite3"));
        s->db().exec("INSERT INTO operators (username, display_name, role, password_hash, created_at) "
                     "VALUES ('root', 'Root', 'administrator', 'x', 0)");
        QVERIFY_THROWS_EXCEPTION(DomainError, DemoGenerator::generate(*s, smallOptions()));
        QCOMPARE(totalRows(*s), 1);
    }

    void rejectsOptionsOutOfRange_data()
    {
        QTest::addColumn<int>("tenants");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("predictions");
        QTest::addColumn<QString>("field");
        QTest::newRow("no tenants") << 0 << 14 << qint64(10) << QStringLiteral("tenants");
        QTest::newRow("no days") << 12 << 0 << qint64(10) << QStringLiteral("days");
        QTest::newRow("negative predictions") << 12 << 14 << qint64(-1) << QStringLiteral("predictions");
    }

    void rejectsOptionsOutOfRange()
    {
        QFETCH(int, tenants);
        QFETCH(int, days);
        QFETCH(qint64, predictions);
        QFETCH(QString, field);
        auto s = newStore(QStringLiteral("invalid.sqlite3"));
        DemoOptions o = smallOptions();
        o.tenants = tenants;
        o.days = days;
        o.predictions = predictions;
        try {
            DemoGenerator::generate(*s, o);
            QFAIL("invalid options were accepted");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            QCOMPARE(e.field(), field);
        }
        QCOMPARE(totalRows(*s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
