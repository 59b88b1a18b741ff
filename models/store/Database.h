#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace gc {

class Database;

/// A prepared statement. Bind indexes are 1-based, column indexes 0-based (as in
/// SQLite). step() returns true while a row is available. Any SQLite error is
/// thrown as StoreError with a kind derived from the result code.
class Statement final
{
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Q_DISABLE_COPY(Statement)

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const char* utf8) { return bind(index, std::string_view(utf8)); }
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const std::optional<QString>& value);

    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows (or ignores them).
    void exec();
    void reset();
    void clearBindings();

    [[nodiscard]] bool isNull(int col) const;
    [[nodiscard]] std::int64_t int64(int col) const;
    [[nodiscard]] int int32(int col) const { return static_cast<int>(int64(col)); }
    [[nodiscard]] double real(int col) const;
    [[nodiscard]] QString text(int col) const;
    [[nodiscard]] std::string_view textView(int col) const;
    [[nodiscard]] QByteArray blob(int col) const;
    [[nodiscard]] std::optional<std::int64_t> optInt64(int col) const;
    [[nodiscard]] std::optional<QString> optText(int col) const;
    [[nodiscard]] int columnCount() const;

    [[nodiscard]] sqlite3_stmt* handle() const { return m_stmt; }

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// One SQLite connection. Not thread-safe: one connection per thread, as SQLite
/// wants. Opened with extended result codes, foreign keys on and a busy timeout.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    static constexpr int kBusyTimeoutMs = 5000;

    /// Opens an existing file (ReadOnly) or opens/creates one (ReadWrite).
    /// Throws StoreError (CannotOpen, ReadOnly, NotAStore).
    Database(const QString& path, Mode mode);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Executes one or more statements with no parameters.
    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    /// First column of the first row of a query with no parameters.
    [[nodiscard]] std::int64_t scalarInt(std::string_view sql);
    [[nodiscard]] QString scalarText(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool inTransaction() const;
    /// Cancels a running statement from another thread (sqlite3_interrupt).
    void interrupt();

    /// Throws the StoreError matching `rc` with SQLite's current message.
    [[noreturn]] void raise(int rc, std::string_view context = {}) const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    Mode m_mode;
};

/// RAII transaction: BEGIN IMMEDIATE on construction (write lock taken at once,
/// so a busy store fails here and not halfway), ROLLBACK unless commit() ran.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

/// Maps an SQLite result code to a StoreError kind and user-facing sentence.
StoreError storeErrorFor(int rc, const QString& sqliteMessage, const QString& path);

} // namespace gc
