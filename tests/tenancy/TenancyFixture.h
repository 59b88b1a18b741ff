#pragma once

// Shared set-up for the tenancy tests: a fresh store per test, operator
// sessions per role, a pinned clock, and row-level snapshots of the store.

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "tenancy/SqliteTenantRepository.h"
#include "tenancy/TenantService.h"

#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace gc::test {

inline Session sessionFor(Role role, const char* username)
{
    return Session(Operator{1, QString::fromLatin1(username), QString::fromLatin1(username), role, true, {}, {}});
}

/// 2026-11-27 12:00 UTC: the middle of a UTC day, so "today" is unambiguous.
inline QDateTime fixtureStart()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
}

inline TenantDraft draftFor(const QString& slug, Tier tier = Tier::Free)
{
    TenantDraft d;
    d.slug = slug;
    d.name = QStringLiteral("Tenant ") + slug;
    d.tier = tier;
    d.contactName = QStringLiteral("Contact of ") + slug;
    d.contactEmail = QStringLiteral("ops@") + slug + QStringLiteral(".example");
    d.region = QStringLiteral("eu-west");
    return d;
}

/// Runs `call` and checks it throws DomainError of `kind` (and `field`, when given).
template<typename F>
bool throwsDomain(F&& call, DomainError::Kind kind, const QString& field = {}, QString* message = nullptr)
{
    try {
        call();
    } catch (const DomainError& e) {
        if (message)
            *message = e.message();
        if (e.kind() != kind) {
            qWarning("unexpected kind %d (%s)", int(e.kind()), qPrintable(e.message()));
            return false;
        }
        if (!field.isNull() && e.field() != field) {
            qWarning("unexpected field '%s' (%s)", qPrintable(e.field()), qPrintable(e.message()));
            return false;
        }
        if (e.message().isEmpty())
            return false;
        return true;
    }
    qWarning("no DomainError thrown");
    return false;
}

/// A fresh store, a pinned clock and one service per role.
class Fixture
{
public:
    Fixture()
        : clock(fixtureStart()),
          admin(sessionFor(Role::Administrator, "admin")),
          compliance(sessionFor(Role::ComplianceOfficer, "compliance")),
          analyst(sessionFor(Role::Analyst, "analyst")),
          auditor(sessionFor(Role::Auditor, "auditor"))
    {
        store = Store::open(dir.filePath(QStringLiteral("tenancy.sqlite3")));
        repo = std::make_unique<SqliteTenantRepository>(store->db());
        auditLog = std::make_unique<AuditLog>(*store, clock);
        adminService = std::make_unique<TenantService>(*store, clock, admin, *auditLog);
        analystService = std::make_unique<TenantService>(*store, clock, analyst, *auditLog);
        auditorService = std::make_unique<TenantService>(*store, clock, auditor, *auditLog);
    }

    Database& db() { return store->db(); }

    /// Requests for `tenant` in the hour containing now + `dayOffset` days.
    void recordRequests(TenantId tenant, qint64 requests, int dayOffset = 0, qint64 errors = 0)
    {
        const qint64 at = clock.nowUtc().addDays(dayOffset).toSecsSinceEpoch();
        store->transact([&] { repo->recordRequests(tenant, at, QStringLiteral("/v1/forecast"), requests, errors); });
    }

    /// Every row of `table` as text (one string per row), in a stable order;
    /// `where` restricts it (e.g. "tenant_id = 3").
    QStringList rows(const char* table, const QString& where = {})
    {
        QString sql = QStringLiteral("SELECT * FROM ") + QLatin1String(table);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        const QByteArray utf8 = sql.toUtf8();
        auto st = db().prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
        QStringList out;
        while (st.step()) {
            QStringList cols;
            for (int c = 0; c < st.columnCount(); ++c)
                cols << (st.isNull(c) ? QStringLiteral("NULL") : QString::fromLatin1(st.blob(c).toHex()));
            out << cols.join(u'|');
        }
        out.sort(); // rows are unique (every table has a key), so this is a canonical order
        return out;
    }

    static const QList<const char*>& ownedTables()
    {
        static const QList<const char*> tables{"tenant_config", "tenant_users", "api_keys", "request_log",
                                               "predictions"};
        return tables;
    }

    /// Every row the store holds for one tenant, table by table.
    QMap<QString, QStringList> tenantRows(TenantId id)
    {
        QMap<QString, QStringList> out;
        out.insert(QStringLiteral("tenants"), rows("tenants", QStringLiteral("id = %1").arg(id.value)));
        for (const char* table : ownedTables())
            out.insert(QLatin1String(table), rows(table, QStringLiteral("tenant_id = %1").arg(id.value)));
        return out;
    }

    /// Every row of every table of the store.
    QMap<QString, QStringList> allRows()
    {
        QMap<QString, QStringList> out;
        for (const char* table : {"tenants", "tenant_config", "tenant_users", "api_keys", "request_log",
                                  "predictions", "ml_models", "settings", "operators"})
            out.insert(QLatin1String(table), rows(table));
        return out;
    }

    /// Adds `count` predictions for `tenant` (and one ML model the first time).
    void addPredictions(TenantId tenant, int count)
    {
        store->transact([&] {
            db().exec("INSERT OR IGNORE INTO ml_models(id, name, pollutant, version, algorithm, status, trained_at)"
                      " VALUES (1, 'aq-gbm', 'PM2.5', '1.0', 'gbm', 'deployed', 0)");
            auto st = db().prepare("INSERT INTO predictions(tenant_id, city, latitude, longitude, pollutant, value,"
                                   " unit, model_id, forecast_time) VALUES (?, 'Lyon', 45.76, 4.84, 'PM2.5', ?,"
                                   " 'ug/m3', 1, ?)");
            for (int i = 0; i < count; ++i) {
                st.bind(1, std::int64_t(tenant.value)).bind(2, 10.0 + i % 17).bind(3, std::int64_t(i) * 3600);
                st.exec();
            }
        });
    }

    QTemporaryDir dir;
    ManualClock clock;
    Session admin;
    Session compliance;
    Session analyst;
    Session auditor;
    std::unique_ptr<Store> store;
    std::unique_ptr<SqliteTenantRepository> repo;
    std::unique_ptr<AuditLog> auditLog;
    std::unique_ptr<TenantService> adminService;
    std::unique_ptr<TenantService> analystService;
    std::unique_ptr<TenantService> auditorService;
};

} // namespace gc::test
