#pragma once

#include "export/ExportCell.h"
#include "export/ExportFilter.h"
#include "export/ExportRequest.h"
#include "export/ExportSourceCatalog.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace gc {

class Database;
class Statement;

/// What to read from one store-backed source: the fields (catalog column
/// names, each readable from the store; "pseudonym" is not, the caller derives
/// it from "id"), the checked conditions, the order, and optionally a range of
/// the source's integer key (predictions, models, tenant users: their id) for
/// reading one source with several connections.
struct SqliteExportQuery
{
    ExportSourceId source = ExportSourceId::Predictions;
    QStringList fields;
    QList<ExportTypedCondition> conditions;
    std::optional<ExportSort> sort;
    std::optional<qint64> keyFrom; ///< key >= keyFrom
    std::optional<qint64> keyTo; ///< key <= keyTo
};

/// Rows of one query, one at a time. Text cells view SQLite's buffer or the
/// repository's lookup tables: valid until the next call to next().
class SqliteExportCursor final
{
public:
    ~SqliteExportCursor();
    Q_DISABLE_COPY_MOVE(SqliteExportCursor)

    /// Advances to the next row; false after the last. StoreError on failure
    /// (Interrupted after SqliteExportRepository::interrupt()).
    bool next();
    [[nodiscard]] std::span<const ExportCell> row() const { return m_cells; }

private:
    friend class SqliteExportRepository;
    enum class Read : quint8
    {
        Integer,
        Real,
        Text,
        Boolean,
        Seconds,
        TenantSlug,
        ModelLabel
    };
    SqliteExportCursor(Database& db, std::unique_ptr<Statement> statement, std::vector<Read> reads,
        const std::unordered_map<qint64, std::string>& slugs,
        const std::unordered_map<qint64, std::string>& models);

    Database& m_db;
    std::unique_ptr<Statement> m_statement;
    std::vector<Read> m_reads;
    std::vector<ExportCell> m_cells;
    const std::unordered_map<qint64, std::string>& m_slugs;
    const std::unordered_map<qint64, std::string>& m_models;
};

/// All SQL of data export: the store-backed sources (predictions, models,
/// tenant users, usage) and the tenant slugs the audit-events source shows.
/// Works on a read-only connection of its own (Store::openReader()), so an
/// export can run on a background thread while the console keeps writing.
///
/// Tenant slugs and model labels ("aq-pm25-gbm 1.2.0") are read once into
/// memory and joined in C++: both tables are small, and a lookup per row is
/// cheaper than a join in SQLite's bytecode. Filters and sorts on them use a
/// subquery, so they still work on any operator.
class SqliteExportRepository final
{
public:
    explicit SqliteExportRepository(std::unique_ptr<Database> reader);
    ~SqliteExportRepository();
    Q_DISABLE_COPY_MOVE(SqliteExportRepository)

    /// Starts a read transaction: counts, lookups and rows from now on see one
    /// snapshot of the store. endSnapshot() ends it (the destructor too).
    void beginSnapshot();
    void endSnapshot();

    /// Rows the query gives (the conditions applied; the order ignored).
    [[nodiscard]] qint64 count(const SqliteExportQuery& query);
    /// Smallest and largest key of the source's rows that match the query's
    /// conditions; nullopt when none match or the source has no integer key.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> keyRange(const SqliteExportQuery& query);
    /// Opens the rows of `query`. The cursor refers to this repository.
    [[nodiscard]] std::unique_ptr<SqliteExportCursor> open(const SqliteExportQuery& query);

    /// id → slug of every tenant (purged ones are gone).
    [[nodiscard]] QHash<qint64, QString> tenantSlugs();

    /// Whether the source can be read with keyFrom/keyTo (it has an integer key).
    [[nodiscard]] static bool hasIntegerKey(ExportSourceId source);
    /// Whether `field` of `source` can be filtered and sorted on in SQL.
    [[nodiscard]] static bool isStoredField(ExportSourceId source, const QString& field);

    /// Cancels a running statement from another thread.
    void interrupt();

private:
    struct Sql;
    [[nodiscard]] Sql build(const SqliteExportQuery& query, bool withOrder) const;
    void bindAll(Statement& statement, const Sql& sql) const;
    void loadLookups();

    std::unique_ptr<Database> m_db;
    bool m_inSnapshot = false;
    bool m_lookupsLoaded = false;
    std::unordered_map<qint64, std::string> m_slugs;
    std::unordered_map<qint64, std::string> m_models;
};

} // namespace gc
