#pragma once

#include "Database.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace gc {

/// The console's store: one SQLite file in WAL mode, migrated to the schema this
/// build understands. Owns the single writer connection; background readers
/// open their own connections with openReader().
///
/// Opening never changes a file it refuses: a file that is not SQLite, an SQLite
/// file that is not ours, a store from a newer version, a truncated or corrupted
/// file, a locked store or a read-only location each throw StoreError before
/// anything is written.
class Store final
{
public:
    /// SQLite `application_id` stamped into every store ("GCon").
    static constexpr int kApplicationId = 0x47436f6e;

    struct Options
    {
        int busyTimeoutMs = Database::kBusyTimeoutMs;
        /// Create the file when it does not exist (false: missing file is CannotOpen).
        bool create = true;
    };

    static std::unique_ptr<Store> open(const QString& path) { return open(path, Options{}); }
    static std::unique_ptr<Store> open(const QString& path, const Options& options);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /// The writer connection. Use from the thread that opened the store.
    [[nodiscard]] Database& db() { return *m_db; }
    /// A new read-only connection for a background thread.
    [[nodiscard]] std::unique_ptr<Database> openReader() const;

    [[nodiscard]] const QString& path() const { return m_path; }
    /// True when this open created the file (a fresh, empty store).
    [[nodiscard]] bool created() const { return m_created; }
    [[nodiscard]] int schemaVersion() const;

    /// Runs `work` inside one IMMEDIATE transaction; rolls back if it throws.
    template<typename F>
    auto transact(F&& work) -> decltype(work())
    {
        Transaction tx(*m_db);
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            tx.commit();
        } else {
            auto result = work();
            tx.commit();
            return result;
        }
    }

    /// Rows per table (name, count), sorted by name; for `geoconsole store info`.
    [[nodiscard]] QList<QPair<QString, qint64>> rowCounts();

    /// Full `PRAGMA integrity_check`; returns the problems found (empty = healthy).
    [[nodiscard]] QStringList integrityCheck();

    /// The default store location: <app data>/geoconsole.sqlite3.
    static QString defaultPath();
    /// Latest schema version this build writes.
    static int latestSchemaVersion();

private:
    Store(QString path, std::unique_ptr<Database> db, bool created);
    QString m_path;
    std::unique_ptr<Database> m_db;
    bool m_created;
};

} // namespace gc
