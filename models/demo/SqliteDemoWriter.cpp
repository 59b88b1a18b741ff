#include "SqliteDemoWriter.h"

#include "store/SettingsRepository.h"

#include <sqlite3.h>

#include <QThread>

#include <algorithm>
#include <cstring>
#include <string>

namespace gc {

namespace {

// qint64 is long long and std::int64_t is long on this platform: Statement::bind takes the latter.
std::optional<std::int64_t> opt(const std::optional<qint64>& v)
{
    return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}

void bindReal(Statement& st, int index, const std::optional<double>& v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}

} // namespace

SqliteDemoWriter::SqliteDemoWriter(Database& db)
    : m_db(db)
    , m_savedCacheSize(db.scalarInt("PRAGMA cache_size"))
    , m_savedThreads(db.scalarInt("PRAGMA threads"))
{
    // A million-row transaction outgrows SQLite's default 2 MB page cache;
    // pages spilled to the WAL are then read back for every later change to
    // them, which made inserts about 1.7 times slower on the benchmark. Memory
    // is only taken as pages are used, and given back when the writer goes.
    setCacheSize(kBulkCacheSize);
    const int helpers = std::clamp(QThread::idealThreadCount(), 1, 4);
    m_db.exec("PRAGMA threads = " + std::to_string(helpers));
}

SqliteDemoWriter::~SqliteDemoWriter()
{
    // Back to the store's normal settings; failure here leaves only a larger
    // cache behind, never wrong data, so it is not worth an exception.
    try {
        setCacheSize(m_savedCacheSize);
        m_db.exec("PRAGMA threads = " + std::to_string(m_savedThreads));
    } catch (const StoreError&) { }
}

void SqliteDemoWriter::setCacheSize(std::int64_t size)
{
    m_db.exec("PRAGMA cache_size = " + std::to_string(size));
}

bool SqliteDemoWriter::storeIsEmpty()
{
    // Every table of the schema but settings, so a table added by a later
    // migration is covered without touching this list. Shadow tables of a
    // virtual table (FTS5 keeps its configuration in one) are not data.
    auto tables = m_db.prepare(
        "SELECT t.name FROM sqlite_schema t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' "
        "AND t.name <> 'settings' AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.type = 'table' "
        "AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\\_%' ESCAPE '\\')");
    while (tables.step()) {
        const std::string sql = "SELECT EXISTS (SELECT 1 FROM \"" + std::string(tables.textView(0)) + "\")";
        if (m_db.scalarInt(sql) != 0)
            return false;
    }
    return true;
}

void SqliteDemoWriter::insertRequestBucket(
    qint64 tenantId, qint64 hour, const char* endpoint, qint64 requests, qint64 errors)
{
    if (!m_bucket)
        m_bucket = std::make_unique<Statement>(m_db,
            "INSERT INTO request_log (tenant_id, hour, endpoint, requests, errors) VALUES (?, ?, ?, ?, ?)");
    sqlite3_stmt* st = m_bucket->handle();
    sqlite3_bind_int64(st, 1, tenantId);
    sqlite3_bind_int64(st, 2, hour);
    sqlite3_bind_text(st, 3, endpoint, int(std::strlen(endpoint)), SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, requests);
    sqlite3_bind_int64(st, 5, errors);
    m_bucket->exec();
}

qint64 SqliteDemoWriter::insertModel(const DemoModelRow& m)
{
    auto st = m_db.prepare("INSERT INTO ml_models (name, pollutant, version, algorithm, status, trained_at, "
                           "deployed_at, retired_at, mae, rmse) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, m.name)
        .bind(2, m.pollutant)
        .bind(3, m.version)
        .bind(4, m.algorithm)
        .bind(5, m.status)
        .bind(6, std::int64_t(m.trainedAt))
        .bind(7, opt(m.deployedAt))
        .bind(8, opt(m.retiredAt));
    bindReal(st, 9, m.mae);
    bindReal(st, 10, m.rmse);
    st.exec();
    return m_db.lastInsertRowId();
}

void SqliteDemoWriter::beginPredictions()
{
    m_predictionIndexSql.clear();
    QList<QByteArray> names;
    {
        auto st = m_db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                               "'predictions' AND sql IS NOT NULL ORDER BY name");
        while (st.step()) {
            names << QByteArray(st.textView(0).data(), qsizetype(st.textView(0).size()));
            m_predictionIndexSql << QByteArray(st.textView(1).data(), qsizetype(st.textView(1).size()));
        }
    }
    for (const QByteArray& name : std::as_const(names))
        m_db.exec("DROP INDEX \"" + name.toStdString() + '"');
    m_prediction = std::make_unique<Statement>(m_db,
        "INSERT INTO predictions (tenant_id, city, latitude, longitude, pollutant, value, unit, model_id, "
        "forecast_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

void SqliteDemoWriter::insertPrediction(const DemoPredictionRow& p)
{
    // Raw binds with SQLITE_STATIC: this runs a million times and the strings
    // are literals, so nothing needs copying.
    sqlite3_stmt* st = m_prediction->handle();
    sqlite3_bind_int64(st, 1, p.tenantId);
    sqlite3_bind_text(st, 2, p.city, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 3, p.latitude);
    sqlite3_bind_double(st, 4, p.longitude);
    sqlite3_bind_text(st, 5, p.pollutant, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 6, p.value);
    sqlite3_bind_text(st, 7, p.unit, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 8, p.modelId);
    sqlite3_bind_int64(st, 9, p.forecastTime);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        m_db.raise(rc, "insert prediction");
}

void SqliteDemoWriter::endPredictions()
{
    m_prediction.reset();
    // The index sorter sizes its in-memory runs from the page cache: with the
    // bulk cache it would sort one huge run on one thread; with the normal
    // cache it sorts many small runs on the helper threads, about twice as fast.
    setCacheSize(m_savedCacheSize);
    for (const QByteArray& sql : std::as_const(m_predictionIndexSql))
        m_db.exec(sql.toStdString());
    m_predictionIndexSql.clear();
}

void SqliteDemoWriter::markGenerated()
{
    SettingsRepository(m_db).setValue(QStringLiteral("demo.generated"), QStringLiteral("1"));
}

void SqliteDemoWriter::checkpoint()
{
    auto st = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    st.step();
}

} // namespace gc
