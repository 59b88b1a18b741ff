#include "SqliteOperatorRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace gc {

namespace {

// qint64 is long long and std::int64_t is long here: Statement::bind needs the latter.
constexpr std::int64_t i64(qint64 v)
{
    return v;
}

constexpr std::string_view kSelect
    = "SELECT id, username, display_name, role, active, created_at, last_login_at FROM operators";

Operator readOperator(const Statement& st)
{
    Operator op;
    op.id = st.int64(0);
    op.username = st.text(1);
    op.displayName = st.text(2);
    const QString role = st.text(3);
    const auto parsed = roleFromId(role);
    if (!parsed) {
        // The table's CHECK constraint makes this unreachable unless the file
        // was edited by hand; refusing beats guessing a role.
        throw StoreError(StoreError::Kind::Internal,
            QCoreApplication::translate(
                "SqliteOperatorRepository", "The store contains an operator with an unknown role."),
            QStringLiteral("operators.role = '%1' for id %2").arg(role).arg(op.id));
    }
    op.role = *parsed;
    op.active = st.int64(4) != 0;
    op.createdAt = QDateTime::fromSecsSinceEpoch(st.int64(5), Qt::UTC);
    if (!st.isNull(6))
        op.lastLoginAt = QDateTime::fromSecsSinceEpoch(st.int64(6), Qt::UTC);
    return op;
}

std::optional<Operator> single(Statement& st)
{
    if (!st.step())
        return std::nullopt;
    return readOperator(st);
}

} // namespace

int SqliteOperatorRepository::count() const
{
    return int(m_db.scalarInt("SELECT count(*) FROM operators"));
}

QList<Operator> SqliteOperatorRepository::list() const
{
    auto st = m_db.prepare(std::string(kSelect) + " ORDER BY username COLLATE NOCASE");
    QList<Operator> result;
    while (st.step())
        result.append(readOperator(st));
    return result;
}

std::optional<Operator> SqliteOperatorRepository::byId(qint64 id) const
{
    auto st = m_db.prepare(std::string(kSelect) + " WHERE id = ?");
    st.bind(1, i64(id));
    return single(st);
}

std::optional<Operator> SqliteOperatorRepository::byUsername(const QString& username) const
{
    auto st = m_db.prepare(std::string(kSelect) + " WHERE username = ?");
    st.bind(1, username);
    return single(st);
}

QString SqliteOperatorRepository::passwordHash(qint64 id) const
{
    auto st = m_db.prepare("SELECT password_hash FROM operators WHERE id = ?");
    st.bind(1, i64(id));
    return st.step() ? st.text(0) : QString();
}

qint64 SqliteOperatorRepository::insert(const Operator& op, const QString& passwordHash)
{
    auto st = m_db.prepare("INSERT INTO operators(username, display_name, role, password_hash, active, "
                           "created_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, op.username)
        .bind(2, op.displayName)
        .bind(3, roleId(op.role))
        .bind(4, passwordHash)
        .bind(5, op.active ? 1 : 0)
        .bind(6, i64(op.createdAt.toSecsSinceEpoch()));
    if (op.lastLoginAt)
        st.bind(7, i64(op.lastLoginAt->toSecsSinceEpoch()));
    else
        st.bindNull(7);
    st.exec();
    return m_db.lastInsertRowId();
}

void SqliteOperatorRepository::update(const Operator& op)
{
    auto st = m_db.prepare(
        "UPDATE operators SET username = ?, display_name = ?, role = ?, active = ? WHERE id = ?");
    st.bind(1, op.username)
        .bind(2, op.displayName)
        .bind(3, roleId(op.role))
        .bind(4, op.active ? 1 : 0)
        .bind(5, i64(op.id));
    st.exec();
}

void SqliteOperatorRepository::setPasswordHash(qint64 id, const QString& passwordHash)
{
    auto st = m_db.prepare("UPDATE operators SET password_hash = ? WHERE id = ?");
    st.bind(1, passwordHash).bind(2, i64(id));
    st.exec();
}

void SqliteOperatorRepository::setLastLogin(qint64 id, qint64 secs)
{
    auto st = m_db.prepare("UPDATE operators SET last_login_at = ? WHERE id = ?");
    st.bind(1, i64(secs)).bind(2, i64(id));
    st.exec();
}

} // namespace gc
