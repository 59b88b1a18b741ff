#include "export/SqliteExportRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <stdexcept>
#include <variant>

namespace gc {

namespace {

/// One field of a source: the SQL read for its cell, how the cell is made
/// from it, and the expression filters and sorts use (when it differs).
struct FieldSql
{
    const char* name;
    const char* expr;
    int read; ///< SqliteExportCursor::Read
    const char* filterExpr = nullptr;
    bool seconds = false; ///< a Timestamp stored in seconds
};

struct SourceSql
{
    ExportSourceId source;
    const char* from;
    const char* key; ///< integer key for ranges, or nullptr
    const char* order; ///< the natural order (ties)
    std::vector<FieldSql> fields;
};

// Keep in step with SqliteExportCursor::Read.
constexpr int kInteger = 0;
constexpr int kReal = 1;
constexpr int kText = 2;
constexpr int kBoolean = 3;
constexpr int kSeconds = 4;
constexpr int kTenantSlug = 5;
constexpr int kModelLabel = 6;

const char* const kSlugOfP = "(SELECT slug FROM tenants WHERE id = p.tenant_id)";
const char* const kModelOfP = "(SELECT name || ' ' || version FROM ml_models WHERE id = p.model_id)";

const std::vector<SourceSql>& sources()
{
    static const std::vector<SourceSql> all {
        { ExportSourceId::Predictions, "predictions p", "p.id", "p.id",
            {
                { "id", "p.id", kInteger },
                { "tenant_id", "p.tenant_id", kInteger },
                { "tenant", "p.tenant_id", kTenantSlug, kSlugOfP },
                { "city", "p.city", kText },
                { "latitude", "p.latitude", kReal },
                { "longitude", "p.longitude", kReal },
                { "pollutant", "p.pollutant", kText },
                { "value", "p.value", kReal },
                { "unit", "p.unit", kText },
                { "model_id", "p.model_id", kInteger },
                { "model", "p.model_id", kModelLabel, kModelOfP },
                { "forecast_time", "p.forecast_time", kSeconds, nullptr, true },
            } },
        { ExportSourceId::Models, "ml_models m", "m.id", "m.id",
            {
                { "id", "m.id", kInteger },
                { "name", "m.name", kText },
                { "pollutant", "m.pollutant", kText },
                { "version", "m.version", kText },
                { "algorithm", "m.algorithm", kText },
                { "status", "m.status", kText },
                { "deployed", "(m.status = 'deployed')", kBoolean },
                { "trained_at", "m.trained_at", kSeconds, nullptr, true },
                { "deployed_at", "m.deployed_at", kSeconds, nullptr, true },
                { "retired_at", "m.retired_at", kSeconds, nullptr, true },
                { "mae", "m.mae", kReal },
                { "rmse", "m.rmse", kReal },
            } },
        { ExportSourceId::TenantUsers, "tenant_users u", "u.id", "u.id",
            {
                { "id", "u.id", kInteger },
                { "tenant_id", "u.tenant_id", kInteger },
                { "tenant", "u.tenant_id", kTenantSlug, "(SELECT slug FROM tenants WHERE id = u.tenant_id)" },
                { "email", "u.email", kText },
                { "display_name", "u.display_name", kText },
                { "role", "u.role", kText },
                { "active", "u.active", kBoolean },
                { "created_at", "u.created_at", kSeconds, nullptr, true },
                { "deactivated_at", "u.deactivated_at", kSeconds, nullptr, true },
            } },
        { ExportSourceId::Usage, "request_log r", nullptr, "r.tenant_id, r.hour, r.endpoint",
            {
                { "tenant_id", "r.tenant_id", kInteger },
                { "tenant", "r.tenant_id", kTenantSlug, "(SELECT slug FROM tenants WHERE id = r.tenant_id)" },
                { "hour", "r.hour", kSeconds, nullptr, true },
                { "endpoint", "r.endpoint", kText },
                { "requests", "r.requests", kInteger },
                { "errors", "r.errors", kInteger },
                // NULL, not NaN or 0, for an hour without requests: there is no rate.
                { "error_rate",
                    "CASE WHEN r.requests = 0 THEN NULL ELSE CAST(r.errors AS REAL) / r.requests END",
                    kReal },
            } },
    };
    return all;
}

const SourceSql& sourceSql(ExportSourceId id)
{
    for (const SourceSql& s : sources())
        if (s.source == id)
            return s;
    throw std::logic_error("SqliteExportRepository: the source is not stored in SQL tables");
}

const FieldSql* fieldSql(const SourceSql& s, const QString& name)
{
    for (const FieldSql& f : s.fields)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

const FieldSql& requireField(const SourceSql& s, const QString& name)
{
    if (const FieldSql* f = fieldSql(s, name))
        return *f;
    throw std::logic_error("SqliteExportRepository: unknown field " + name.toStdString());
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

const char* sqlOperator(ExportOperator op)
{
    switch (op) {
    case ExportOperator::Equal:
        return " = ";
    case ExportOperator::NotEqual:
        // IS NOT, so that "deactivated_at != X" keeps the rows where it is NULL.
        return " IS NOT ";
    case ExportOperator::Less:
        return " < ";
    case ExportOperator::LessOrEqual:
        return " <= ";
    case ExportOperator::Greater:
        return " > ";
    case ExportOperator::GreaterOrEqual:
        return " >= ";
    case ExportOperator::Contains:
        return nullptr;
    }
    return nullptr;
}

} // namespace

using Bind = std::variant<std::int64_t, double, std::string>;

struct SqliteExportRepository::Sql
{
    std::string text;
    std::vector<Bind> binds;
};

// ------------------------------------------------------------------ cursor

SqliteExportCursor::SqliteExportCursor(Database& db, std::unique_ptr<Statement> statement,
    std::vector<Read> reads, const std::unordered_map<qint64, std::string>& slugs,
    const std::unordered_map<qint64, std::string>& models)
    : m_db(db)
    , m_statement(std::move(statement))
    , m_reads(std::move(reads))
    , m_cells(m_reads.size())
    , m_slugs(slugs)
    , m_models(models)
{ }

SqliteExportCursor::~SqliteExportCursor() = default;

bool SqliteExportCursor::next()
{
    sqlite3_stmt* st = m_statement->handle();
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW)
        m_db.raise(rc, "export");
    // Through sqlite3_value: one lookup of the column per cell instead of two
    // (type, then value), each of which would also re-check the statement's
    // error state; this made reading a third cheaper (4.0 instead of 2.7 M
    // rows per CPU-second). The value is "unprotected" in SQLite's terms,
    // which only means no connection mutex is held: our connections are
    // opened with SQLITE_OPEN_NOMUTEX and used by one thread at a time, so
    // there is no mutex to hold, and the value is read before the next step.
    const int n = int(m_reads.size());
    for (int i = 0; i < n; ++i) {
        ExportCell& c = m_cells[std::size_t(i)];
        sqlite3_value* v = sqlite3_column_value(st, i);
        if (sqlite3_value_type(v) == SQLITE_NULL) {
            c = ExportCell::null();
            continue;
        }
        switch (m_reads[std::size_t(i)]) {
        case Read::Integer:
            c = ExportCell::ofInteger(sqlite3_value_int64(v));
            break;
        case Read::Real:
            c = ExportCell::ofDouble(sqlite3_value_double(v));
            break;
        case Read::Text: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
            c = ExportCell::ofText(std::string_view(p, std::size_t(sqlite3_value_bytes(v))));
            break;
        }
        case Read::Boolean:
            c = ExportCell::ofBoolean(sqlite3_value_int64(v) != 0);
            break;
        case Read::Seconds:
            c = ExportCell::ofTimestamp(sqlite3_value_int64(v) * 1000);
            break;
        case Read::TenantSlug:
        case Read::ModelLabel: {
            const auto& map = m_reads[std::size_t(i)] == Read::TenantSlug ? m_slugs : m_models;
            const auto it = map.find(sqlite3_value_int64(v));
            c = it == map.end() ? ExportCell::null() : ExportCell::ofText(it->second);
            break;
        }
        }
    }
    return true;
}

// ------------------------------------------------------------------ repository

SqliteExportRepository::SqliteExportRepository(std::unique_ptr<Database> reader)
    : m_db(std::move(reader))
{ }

SqliteExportRepository::~SqliteExportRepository()
{
    try {
        endSnapshot();
    } catch (const std::exception&) {
        // Ending a read transaction cannot lose anything; the connection closes next.
    }
}

void SqliteExportRepository::beginSnapshot()
{
    if (m_inSnapshot)
        return;
    m_db->exec("BEGIN");
    m_inSnapshot = true;
    // A deferred transaction takes its snapshot at the first read: read now,
    // so the count and the rows that follow agree.
    (void)m_db->scalarInt("SELECT count(*) FROM sqlite_schema");
}

void SqliteExportRepository::endSnapshot()
{
    if (!m_inSnapshot)
        return;
    m_inSnapshot = false;
    m_db->exec("COMMIT");
}

bool SqliteExportRepository::hasIntegerKey(ExportSourceId source)
{
    return source != ExportSourceId::AuditEvents && sourceSql(source).key != nullptr;
}

bool SqliteExportRepository::isStoredField(ExportSourceId source, const QString& field)
{
    return source != ExportSourceId::AuditEvents && fieldSql(sourceSql(source), field) != nullptr;
}

void SqliteExportRepository::interrupt()
{
    m_db->interrupt();
}

void SqliteExportRepository::loadLookups()
{
    if (m_lookupsLoaded)
        return;
    m_lookupsLoaded = true;
    Statement slugs(*m_db, "SELECT id, slug FROM tenants");
    while (slugs.step())
        m_slugs.emplace(slugs.int64(0), std::string(slugs.textView(1)));
    Statement models(*m_db, "SELECT id, name || ' ' || version FROM ml_models");
    while (models.step())
        m_models.emplace(models.int64(0), std::string(models.textView(1)));
}

QHash<qint64, QString> SqliteExportRepository::tenantSlugs()
{
    QHash<qint64, QString> out;
    Statement st(*m_db, "SELECT id, slug FROM tenants");
    while (st.step())
        out.insert(st.int64(0), st.text(1));
    return out;
}

SqliteExportRepository::Sql SqliteExportRepository::build(
    const SqliteExportQuery& query, bool withOrder) const
{
    const SourceSql& s = sourceSql(query.source);
    Sql sql;
    std::string where;
    const auto andWhere = [&](const std::string& term) {
        where += where.empty() ? " WHERE " : " AND ";
        where += term;
    };
    for (const ExportTypedCondition& c : query.conditions) {
        const FieldSql& f = requireField(s, c.column);
        const std::string expr = f.filterExpr ? f.filterExpr : f.expr;
        if (c.isNull) {
            andWhere(expr + (c.op == ExportOperator::Equal ? " IS NULL" : " IS NOT NULL"));
            continue;
        }
        if (c.op == ExportOperator::Contains) {
            andWhere("instr(" + expr + ", ?) > 0");
            sql.binds.emplace_back(c.text.toStdString());
            continue;
        }
        const std::string op = sqlOperator(c.op);
        switch (c.type) {
        case ExportType::Integer:
        case ExportType::Boolean:
            andWhere(expr + op + '?');
            sql.binds.emplace_back(std::int64_t(c.integer));
            break;
        case ExportType::Double:
            andWhere(expr + op + '?');
            sql.binds.emplace_back(c.real);
            break;
        case ExportType::Text:
            andWhere(expr + op + '?');
            sql.binds.emplace_back(c.text.toStdString());
            break;
        case ExportType::Timestamp: {
            if (!f.seconds) {
                andWhere(expr + op + '?');
                sql.binds.emplace_back(std::int64_t(c.integer));
                break;
            }
            // Whole seconds in the store, milliseconds in the condition: round
            // the bound so that "t*1000 OP ms" holds exactly.
            const qint64 ms = c.integer;
            const bool whole = ms % 1000 == 0;
            switch (c.op) {
            case ExportOperator::GreaterOrEqual:
            case ExportOperator::Less:
                andWhere(expr + op + '?');
                sql.binds.emplace_back(std::int64_t(ceilDiv(ms, 1000)));
                break;
            case ExportOperator::Greater:
            case ExportOperator::LessOrEqual:
                andWhere(expr + op + '?');
                sql.binds.emplace_back(std::int64_t(floorDiv(ms, 1000)));
                break;
            case ExportOperator::Equal:
                if (!whole) {
                    andWhere("0");
                } else {
                    andWhere(expr + op + '?');
                    sql.binds.emplace_back(std::int64_t(ms / 1000));
                }
                break;
            case ExportOperator::NotEqual:
                if (!whole) {
                    andWhere("1");
                } else {
                    andWhere(expr + op + '?');
                    sql.binds.emplace_back(std::int64_t(ms / 1000));
                }
                break;
            case ExportOperator::Contains:
                break;
            }
            break;
        }
        }
    }
    if (query.keyFrom) {
        andWhere(std::string(s.key) + " >= ?");
        sql.binds.emplace_back(std::int64_t(*query.keyFrom));
    }
    if (query.keyTo) {
        andWhere(std::string(s.key) + " <= ?");
        sql.binds.emplace_back(std::int64_t(*query.keyTo));
    }
    std::string select;
    for (const QString& name : query.fields) {
        select += select.empty() ? "SELECT " : ", ";
        select += requireField(s, name).expr;
    }
    if (select.empty())
        select = "SELECT 1";
    sql.text = select + " FROM " + s.from + where;
    if (withOrder) {
        sql.text += " ORDER BY ";
        if (query.sort) {
            const FieldSql& f = requireField(s, query.sort->column);
            sql.text += std::string(f.filterExpr ? f.filterExpr : f.expr)
                + (query.sort->descending ? " DESC, " : ", ");
        }
        sql.text += s.order;
    }
    return sql;
}

void SqliteExportRepository::bindAll(Statement& statement, const Sql& sql) const
{
    int index = 1;
    for (const Bind& b : sql.binds) {
        if (const auto* i = std::get_if<std::int64_t>(&b))
            statement.bind(index, *i);
        else if (const auto* d = std::get_if<double>(&b))
            statement.bind(index, *d);
        else
            statement.bind(index, std::string_view(std::get<std::string>(b)));
        ++index;
    }
}

qint64 SqliteExportRepository::count(const SqliteExportQuery& query)
{
    SqliteExportQuery q = query;
    q.fields.clear();
    Sql sql = build(q, false);
    sql.text = "SELECT count(*) FROM (" + sql.text + ")";
    Statement st(*m_db, sql.text);
    bindAll(st, sql);
    st.step();
    return st.int64(0);
}

std::optional<std::pair<qint64, qint64>> SqliteExportRepository::keyRange(const SqliteExportQuery& query)
{
    const SourceSql& s = sourceSql(query.source);
    if (!s.key)
        return std::nullopt;
    SqliteExportQuery q = query;
    q.fields.clear();
    const Sql sql = build(q, false);
    // One bound per query: SQLite answers a lone min() or max() of the key
    // from the end of the table (or the first match in key order), but
    // scans every row for both in one query (50 ms for 1,000,000 rows).
    const auto bound = [&](const char* function) -> std::optional<qint64> {
        std::string text = sql.text;
        // build() selected "1"; select the bound instead.
        text.replace(0, std::string("SELECT 1").size(), std::string("SELECT ") + function + "(" + s.key + ")");
        Statement st(*m_db, text);
        bindAll(st, sql);
        if (!st.step() || st.isNull(0))
            return std::nullopt;
        return qint64(st.int64(0));
    };
    const std::optional<qint64> low = bound("min");
    const std::optional<qint64> high = low ? bound("max") : std::nullopt;
    if (!low || !high)
        return std::nullopt;
    return std::make_pair(*low, *high);
}

std::unique_ptr<SqliteExportCursor> SqliteExportRepository::open(const SqliteExportQuery& query)
{
    loadLookups();
    const SourceSql& s = sourceSql(query.source);
    std::vector<SqliteExportCursor::Read> reads;
    for (const QString& name : query.fields)
        reads.push_back(SqliteExportCursor::Read(requireField(s, name).read));
    const Sql sql = build(query, true);
    auto st = std::make_unique<Statement>(*m_db, sql.text);
    bindAll(*st, sql);
    return std::unique_ptr<SqliteExportCursor>(
        new SqliteExportCursor(*m_db, std::move(st), std::move(reads), m_slugs, m_models));
}

} // namespace gc
