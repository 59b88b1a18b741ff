#pragma once

#include "OperatorRepository.h"

namespace gc {

class Database;

/// OperatorRepository over the store's `operators` table. Times are stored as
/// Unix seconds (UTC); user names compare case-insensitively (COLLATE NOCASE).
/// SQLite failures surface as StoreError.
class SqliteOperatorRepository final : public OperatorRepository
{
public:
    explicit SqliteOperatorRepository(Database& db)
        : m_db(db)
    { }
    Q_DISABLE_COPY_MOVE(SqliteOperatorRepository)

    [[nodiscard]] int count() const override;
    [[nodiscard]] QList<Operator> list() const override;
    [[nodiscard]] std::optional<Operator> byId(qint64 id) const override;
    [[nodiscard]] std::optional<Operator> byUsername(const QString& username) const override;
    /// Empty when no operator has `id`.
    [[nodiscard]] QString passwordHash(qint64 id) const override;
    qint64 insert(const Operator& op, const QString& passwordHash) override;
    /// Writes user name, display name, role and active flag of the row `op.id`.
    void update(const Operator& op) override;
    void setPasswordHash(qint64 id, const QString& passwordHash) override;
    void setLastLogin(qint64 id, qint64 secs) override;

private:
    Database& m_db;
};

} // namespace gc
