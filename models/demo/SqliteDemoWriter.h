#pragma once

#include "store/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace gc {

/// One row of the forecast model registry (table ml_models).
struct DemoModelRow
{
    QString name;
    QString pollutant;
    QString version;
    QString algorithm;
    QString status; ///< "training", "deployed" or "retired"
    qint64 trainedAt = 0;
    std::optional<qint64> deployedAt;
    std::optional<qint64> retiredAt;
    std::optional<double> mae;
    std::optional<double> rmse;
};

/// One prediction. The strings must outlive the writer (the generator passes
/// string literals): the bulk insert binds them without copying.
struct DemoPredictionRow
{
    qint64 tenantId = 0;
    const char* city = nullptr; ///< UTF-8
    double latitude = 0;
    double longitude = 0;
    const char* pollutant = nullptr; ///< UTF-8
    double value = 0;
    const char* unit = nullptr; ///< UTF-8
    qint64 modelId = 0;
    qint64 forecastTime = 0;
};

/// The demo generator's bulk writer: the request log, the model registry and
/// the predictions, which no feature repository writes in bulk. (Tenants,
/// their users, keys and configuration, and operators go through their own
/// repositories, so their column mapping lives in one place.) Writes in
/// whatever transaction the caller holds and opens none itself, except that
/// checkpoint() must run outside one.
///
/// Predictions go in through one reused prepared statement between
/// beginPredictions() and endPredictions(); the predictions indexes are
/// dropped in between and rebuilt from their own stored definitions. That is
/// 1.4 to 1.9 times faster than maintaining them row by row (see
/// docs/benchmarks.md), gives compact indexes, and leaves the schema exactly as
/// the migrations made it.
///
/// While a writer lives, its connection has a page cache of up to
/// kBulkCacheSize and sorts with helper threads; the destructor restores the
/// connection's previous settings.
class SqliteDemoWriter final
{
public:
    /// In PRAGMA cache_size units: negative = KiB (256 MiB).
    static constexpr std::int64_t kBulkCacheSize = -262'144;

    explicit SqliteDemoWriter(Database& db);
    ~SqliteDemoWriter();
    Q_DISABLE_COPY_MOVE(SqliteDemoWriter)

    /// True when no table but `settings` holds a row.
    [[nodiscard]] bool storeIsEmpty();

    void insertRequestBucket(
        qint64 tenantId, qint64 hour, const char* endpoint, qint64 requests, qint64 errors);
    qint64 insertModel(const DemoModelRow& m);

    void beginPredictions();
    void insertPrediction(const DemoPredictionRow& p);
    void endPredictions();

    /// Records in the store's settings that the demo generator made it.
    void markGenerated();
    /// Copies the write-ahead log into the main file and truncates it, so the
    /// finished store is one self-contained, synced file. Outside a transaction.
    void checkpoint();

private:
    void setCacheSize(std::int64_t size);

    Database& m_db;
    std::int64_t m_savedCacheSize;
    std::int64_t m_savedThreads;
    std::unique_ptr<Statement> m_bucket;
    std::unique_ptr<Statement> m_prediction;
    QList<QByteArray> m_predictionIndexSql;
};

} // namespace gc
