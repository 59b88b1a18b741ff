#pragma once

#include "Operator.h"

#include <QList>
#include <optional>

namespace gc {

/// Persistence of operators. The only place operator SQL lives is its SQLite
/// implementation; a PostgreSQL store adds another implementation.
class OperatorRepository
{
public:
    virtual ~OperatorRepository() = default;
    [[nodiscard]] virtual int count() const = 0;
    [[nodiscard]] virtual QList<Operator> list() const = 0;
    [[nodiscard]] virtual std::optional<Operator> byId(qint64 id) const = 0;
    [[nodiscard]] virtual std::optional<Operator> byUsername(const QString& username) const = 0;
    [[nodiscard]] virtual QString passwordHash(qint64 id) const = 0;
    /// Inserts and returns the new id; throws StoreError(Constraint) on a taken username.
    virtual qint64 insert(const Operator& op, const QString& passwordHash) = 0;
    virtual void update(const Operator& op) = 0;
    virtual void setPasswordHash(qint64 id, const QString& passwordHash) = 0;
    virtual void setLastLogin(qint64 id, qint64 secs) = 0;
};

} // namespace gc
