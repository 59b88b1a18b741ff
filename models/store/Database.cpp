#include "Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace gc {

StoreError storeErrorFor(int rc, const QString& sqliteMessage, const QString& path)
{
    using K = StoreError::Kind;
    const QString file = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return { K::NotAStore,
            QCoreApplication::translate(
                "Store", "“%1” is not a GeoClimate Console store (it is not an SQLite database).")
                .arg(path),
            sqliteMessage, rc };
    case SQLITE_CORRUPT:
        return { K::Corrupt,
            QCoreApplication::translate(
                "Store", "The store “%1” is damaged. It has not been changed; restore it from a backup.")
                .arg(path),
            sqliteMessage, rc };
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { K::Locked,
            QCoreApplication::translate(
                "Store", "The store “%1” is locked by another program. Close it there and try again.")
                .arg(path),
            sqliteMessage, rc };
    case SQLITE_READONLY:
        return { K::ReadOnly,
            QCoreApplication::translate(
                "Store", "The store “%1” cannot be written: the file or its folder is read-only.")
                .arg(path),
            sqliteMessage, rc };
    case SQLITE_CANTOPEN:
        return { K::CannotOpen,
            QCoreApplication::translate(
                "Store", "The store “%1” cannot be opened: check that its folder exists and can be written.")
                .arg(path),
            sqliteMessage, rc };
    case SQLITE_FULL:
        return { K::DiskFull,
            QCoreApplication::translate(
                "Store", "The disk holding “%1” is full. Nothing was changed; free some space and try again.")
                .arg(file),
            sqliteMessage, rc };
    case SQLITE_IOERR:
        return { K::Io,
            QCoreApplication::translate("Store", "Reading or writing the store “%1” failed (%2).")
                .arg(path, sqliteMessage),
            sqliteMessage, rc };
    case SQLITE_CONSTRAINT:
        return { K::Constraint,
            QCoreApplication::translate("Store", "The change was refused by the store: %1")
                .arg(sqliteMessage),
            sqliteMessage, rc };
    case SQLITE_INTERRUPT:
        return { K::Interrupted, QCoreApplication::translate("Store", "The operation was cancelled."),
            sqliteMessage, rc };
    default:
        return { K::Internal, QCoreApplication::translate("Store", "Store error: %1").arg(sqliteMessage),
            sqliteMessage, rc };
    }
}

// ---------------------------------------------------------------- Database

Database::Database(const QString& path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    const int flags
        = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const QByteArray native = path.toUtf8();
    const int rc = sqlite3_open_v2(native.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg
            = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw storeErrorFor(rc, msg, path);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::raise(int rc, std::string_view context) const
{
    QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (!context.empty())
        msg += QStringLiteral(" [") + QString::fromUtf8(context.data(), qsizetype(context.size())) + u']';
    throw storeErrorFor(rc, msg, m_path);
}

void Database::exec(std::string_view sql)
{
    const std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        throw storeErrorFor(
            sqlite3_extended_errcode(m_db) ? sqlite3_extended_errcode(m_db) : rc, msg, m_path);
    }
}

std::int64_t Database::scalarInt(std::string_view sql)
{
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : 0;
}

QString Database::scalarText(std::string_view sql)
{
    Statement st(*this, sql);
    return st.step() ? st.text(0) : QString();
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

// ---------------------------------------------------------------- Statement

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db)
{
    const int rc = sqlite3_prepare_v3(
        db.handle(), sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.raise(rc, sql);
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

#define GC_CHECK_BIND(expr)                                                                                  \
    do {                                                                                                     \
        const int rc_ = (expr);                                                                              \
        if (rc_ != SQLITE_OK)                                                                                \
            m_db->raise(rc_, "bind");                                                                        \
    } while (false)

Statement& Statement::bind(int index, std::int64_t value)
{
    GC_CHECK_BIND(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    GC_CHECK_BIND(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    GC_CHECK_BIND(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    GC_CHECK_BIND(sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    GC_CHECK_BIND(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    GC_CHECK_BIND(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<QString>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

#undef GC_CHECK_BIND

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->raise(rc, sqlite3_sql(m_stmt));
}

void Statement::exec()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::int64_t Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

std::string_view Statement::textView(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

QByteArray Statement::blob(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

std::optional<std::int64_t> Statement::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

std::optional<QString> Statement::optText(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return text(col);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction()) {
        // A failed statement may already have rolled back; ignore errors here.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace gc
