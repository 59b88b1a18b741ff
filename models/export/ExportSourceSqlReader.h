#pragma once

#include "export/ExportSourceReader.h"
#include "export/SqliteExportRepository.h"

#include <string>
#include <vector>

namespace gc {

/// An ExportSourceReader over the store's own tables (predictions, models,
/// tenant users, usage) through SqliteExportRepository, in one read
/// transaction: the count and the rows come from the same snapshot.
class ExportSourceSqlReader final : public ExportSourceReader
{
public:
    /// `keyFrom`/`keyTo` restrict the rows to a range of the source's key
    /// (for reading one source on several connections).
    ExportSourceSqlReader(const Store& store, const ExportSourcePlan& plan, const QByteArray& pseudonymKey,
        std::optional<qint64> keyFrom = std::nullopt, std::optional<qint64> keyTo = std::nullopt);
    ~ExportSourceSqlReader() override;
    Q_DISABLE_COPY_MOVE(ExportSourceSqlReader)

    [[nodiscard]] qint64 count() override;
    bool next() override;
    [[nodiscard]] std::span<const ExportCell> row() const override { return m_row; }
    void interrupt() override;

    /// The smallest and largest key of the rows the plan matches (nullopt for
    /// none, or a source without an integer key).
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> keyRange();
    /// Reads, from the next call to next() on, only the rows whose key is in
    /// [keyFrom, keyTo], from the start, in the same snapshot.
    void setKeyRange(qint64 keyFrom, qint64 keyTo);

private:
    SqliteExportRepository m_repo;
    SqliteExportQuery m_query;
    std::unique_ptr<SqliteExportCursor> m_cursor;
    QByteArray m_pseudonymKey;
    int m_pseudonymAt = -1; ///< plan column shown as pseudonym (read as the id), or -1
    std::span<const ExportCell> m_row;
    std::vector<ExportCell> m_own; ///< the row with the pseudonym put in
    std::string m_pseudonym;
};

} // namespace gc
