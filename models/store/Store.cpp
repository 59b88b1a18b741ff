#include "Store.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

#include <sqlite3.h>

namespace gc {

namespace {

quint32 be32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool hasWriteBits(QFileDevice::Permissions p)
{
    return p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

/// Checks the 100-byte SQLite header without going through SQLite, so a
/// foreign or truncated file is refused before any library touches it.
void checkHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "The store “%1” cannot be read: %2")
                .arg(path, f.errorString()));
    const QByteArray header = f.read(100);
    static constexpr char kMagic[] = "SQLite format 3"; // followed by NUL
    if (header.size() < 100 || std::memcmp(header.constData(), kMagic, sizeof kMagic) != 0)
        throw StoreError(StoreError::Kind::NotAStore,
            QCoreApplication::translate(
                "Store", "“%1” is not a GeoClimate Console store (it is not an SQLite database).")
                .arg(path));
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = (quint32(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = be32(h + 24);
    const quint32 pageCount = be32(h + 28);
    const quint32 validFor = be32(h + 92);
    // The in-header page count is only trustworthy when written by a recent
    // SQLite in the same transaction as the change counter.
    if (validFor == changeCounter && pageCount > 0 && pageSize >= 512) {
        const qint64 expected = qint64(pageSize) * pageCount;
        if (f.size() < expected)
            throw StoreError(StoreError::Kind::Corrupt,
                QCoreApplication::translate("Store",
                    "The store “%1” is damaged: the file is shorter than its own header says "
                    "(%2 of %3 bytes). It has not been changed; restore it from a backup.")
                    .arg(path)
                    .arg(f.size())
                    .arg(expected));
    }
}

/// Reads identity and version through a read-only connection. Also forces the
/// schema to be parsed, which is where most corruption shows up.
void inspectExisting(const QString& path, int busyTimeoutMs)
{
    Database probe(path, Database::Mode::ReadOnly);
    sqlite3_busy_timeout(probe.handle(), busyTimeoutMs);
    const auto appId = probe.scalarInt("PRAGMA application_id");
    const auto version = probe.scalarInt("PRAGMA user_version");
    const auto objects = probe.scalarInt("SELECT count(*) FROM sqlite_schema");
    if (appId != Store::kApplicationId && (appId != 0 || objects > 0))
        throw StoreError(StoreError::Kind::NotAStore,
            QCoreApplication::translate("Store",
                "“%1” is an SQLite database of another program, not a GeoClimate Console store. "
                "It has not been changed.")
                .arg(path));
    if (version > Store::latestSchemaVersion())
        throw StoreError(StoreError::Kind::TooNew,
            QCoreApplication::translate("Store",
                "The store “%1” was written by a newer version of GeoClimate Console (store version "
                "%2; this version reads up to %3). It has not been changed; update the console.")
                .arg(path)
                .arg(version)
                .arg(Store::latestSchemaVersion()));
}

void migrate(Database& db)
{
    const auto& steps = schema::migrations();
    for (;;) {
        Transaction tx(db);
        const int current = int(db.scalarInt("PRAGMA user_version"));
        if (current >= int(steps.size())) {
            tx.commit();
            return;
        }
        db.exec(steps[size_t(current)]);
        db.exec("PRAGMA user_version = " + std::to_string(current + 1));
        db.exec("PRAGMA application_id = " + std::to_string(Store::kApplicationId));
        tx.commit();
    }
}

} // namespace

int Store::latestSchemaVersion()
{
    return int(schema::migrations().size());
}

QString Store::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/geoconsole");
    return QDir(dir).filePath(QStringLiteral("geoconsole.sqlite3"));
}

std::unique_ptr<Store> Store::open(const QString& path, const Options& options)
{
    if (path.isEmpty())
        throw StoreError(
            StoreError::Kind::CannotOpen, QCoreApplication::translate("Store", "No store file was given."));
    const QFileInfo info(path);
    const QFileInfo dirInfo(info.absolutePath());
    const bool exists = info.exists();

    if (exists && info.isDir())
        throw StoreError(StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "“%1” is a folder, not a store file.").arg(path));
    if (!exists && !options.create)
        throw StoreError(StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "The store “%1” does not exist.").arg(path));
    if (!dirInfo.exists())
        throw StoreError(StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "The folder “%1” does not exist.")
                .arg(QDir::toNativeSeparators(dirInfo.filePath())));

    if (exists && info.size() > 0) {
        checkHeader(path);
        inspectExisting(path, options.busyTimeoutMs);
    }
    // Permission bits are honoured even when the process could override them
    // (root): a store placed in a read-only location is not ours to change. WAL
    // mode needs to create files beside the store, hence the folder check.
    if ((exists && !hasWriteBits(info.permissions())) || !hasWriteBits(dirInfo.permissions()))
        throw StoreError(StoreError::Kind::ReadOnly,
            QCoreApplication::translate(
                "Store", "The store “%1” cannot be written: the file or its folder is read-only.")
                .arg(path));

    auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    sqlite3_busy_timeout(db->handle(), options.busyTimeoutMs);
    db->exec("PRAGMA foreign_keys = ON");
    const QString journal = db->scalarText("PRAGMA journal_mode = WAL");
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StoreError(StoreError::Kind::Internal,
            QCoreApplication::translate(
                "Store", "The store “%1” could not be switched to write-ahead logging (journal mode %2).")
                .arg(path, journal));
    db->exec("PRAGMA synchronous = NORMAL");
    migrate(*db);
    return std::unique_ptr<Store>(new Store(path, std::move(db), !exists || info.size() == 0));
}

Store::Store(QString path, std::unique_ptr<Database> db, bool created)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_created(created)
{ }

Store::~Store() = default;

std::unique_ptr<Database> Store::openReader() const
{
    auto reader = std::make_unique<Database>(m_path, Database::Mode::ReadOnly);
    reader->exec("PRAGMA query_only = 1");
    return reader;
}

int Store::schemaVersion() const
{
    return int(m_db->scalarInt("PRAGMA user_version"));
}

QList<QPair<QString, qint64>> Store::rowCounts()
{
    QStringList tables;
    // Shadow tables of virtual tables (FTS5's index and configuration) are
    // internals of their virtual table, not data of their own.
    auto names = m_db->prepare(
        "SELECT t.name FROM sqlite_schema t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' "
        "AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.type = 'table' "
        "AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\\_%' ESCAPE '\\') "
        "ORDER BY t.name");
    while (names.step())
        tables << names.text(0);
    QList<QPair<QString, qint64>> counts;
    for (const QString& table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const std::string sql = "SELECT count(*) FROM \"" + quoted.toStdString() + '"';
        counts.append({ table, m_db->scalarInt(sql) });
    }
    return counts;
}

QStringList Store::integrityCheck()
{
    QStringList problems;
    auto st = m_db->prepare("PRAGMA integrity_check");
    while (st.step()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace gc
