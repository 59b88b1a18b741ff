#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace gc;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// Makes a plain SQLite database through the C API, as another program would.
void makeForeignSqlite(const QString& path, int userVersion, int appId)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const std::string sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1); PRAGMA user_version=" +
        std::to_string(userVersion) + "; PRAGMA application_id=" + std::to_string(appId) + ";";
    QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        {
            auto store = Store::open(path);
            QVERIFY(store->created());
            QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
            QCOMPARE(store->db().scalarInt("PRAGMA application_id"), qint64(Store::kApplicationId));
            QCOMPARE(store->db().scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
            QCOMPARE(store->db().scalarInt("PRAGMA foreign_keys"), qint64(1));
            QVERIFY(store->integrityCheck().isEmpty());
        }
        auto again = Store::open(path);
        QVERIFY(!again->created());
        QCOMPARE(again->schemaVersion(), Store::latestSchemaVersion());
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite3")));
        try {
            store->db().exec("INSERT INTO tenant_users(tenant_id,email,display_name,role,created_at) "
                             "VALUES (999,'a@b.c','A','viewer',0)");
            QFAIL("a row pointing at a missing tenant was accepted");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Constraint);
        }
    }

    void failedTransactionLeavesNothing()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY_THROWS_EXCEPTION(StoreError, store->transact([&] {
            store->db().exec("INSERT INTO settings VALUES ('a','1')");
            store->db().exec("INSERT INTO settings VALUES ('a','2')"); // duplicate key
        }));
        QCOMPARE(store->db().scalarInt("SELECT count(*) FROM settings"), qint64(0));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("text file") << QByteArray("hello, this is not a database\n") << int(StoreError::Kind::NotAStore);
        QTest::newRow("short binary") << QByteArray("SQLite format 3") << int(StoreError::Kind::NotAStore);
        QByteArray zeros(8192, '\0');
        QTest::newRow("zeros") << zeros << int(StoreError::Kind::NotAStore);
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite3"));
        writeFile(path, content);
        const QByteArray before = fileDigest(path);
        try {
            Store::open(path);
            QFAIL("a bad file was opened");
        } catch (const StoreError& e) {
            QCOMPARE(int(e.kind()), kind);
            QVERIFY(!e.message().isEmpty());
            QVERIFY(e.message().contains(path));
        }
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        makeForeignSqlite(path, 3, 0);
        const QByteArray before = fileDigest(path);
        try {
            Store::open(path);
            QFAIL("another program's database was opened");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotAStore);
        }
        QCOMPARE(fileDigest(path), before);
    }

    void refusesNewerStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite3"));
        makeForeignSqlite(path, Store::latestSchemaVersion() + 1, Store::kApplicationId);
        const QByteArray before = fileDigest(path);
        try {
            Store::open(path);
            QFAIL("a store from a newer version was opened");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::TooNew);
            QVERIFY(e.message().contains(QString::number(Store::latestSchemaVersion() + 1)));
        }
        QCOMPARE(fileDigest(path), before);
    }

    void refusesTruncatedStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite3"));
        {
            auto store = Store::open(path);
            store->transact([&] {
                auto st = store->db().prepare("INSERT INTO settings VALUES (?, ?)");
                for (int i = 0; i < 2000; ++i) {
                    st.bind(1, QStringLiteral("key-%1").arg(i)).bind(2, QString(200, u'x'));
                    st.exec();
                }
            });
            store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(path);
        QVERIFY(f.size() > 100000);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = fileDigest(path);
        try {
            Store::open(path);
            QFAIL("a truncated store was opened");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
        }
        QCOMPARE(fileDigest(path), before);
    }

    void refusesDamagedSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite3"));
        {
            auto store = Store::open(path);
            store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        // Overwrite page 1 after the header: the schema table's b-tree page.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(900, '\xA5'));
        f.close();
        const QByteArray before = fileDigest(path);
        try {
            Store::open(path);
            QFAIL("a damaged store was opened");
        } catch (const StoreError& e) {
            QVERIFY2(e.kind() == StoreError::Kind::Corrupt || e.kind() == StoreError::Kind::NotAStore,
                     qPrintable(e.message()));
        }
        QCOMPARE(fileDigest(path), before);
    }

    void reportsLockedStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.sqlite3"));
        Store::open(path).reset();
        // Another program holds the write lock.
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        try {
            Store::Options o;
            o.busyTimeoutMs = 100;
            auto store = Store::open(path, o);
            // WAL readers may still open; the first write must report the lock.
            store->transact([&] { store->db().exec("INSERT INTO settings VALUES ('k','v')"); });
            QFAIL("a locked store was written");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Locked);
            QVERIFY(e.message().contains(QStringLiteral("locked")));
        }
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    }

    void refusesReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkdir(sub));
        const QString path = sub + QStringLiteral("/s.sqlite3");
        Store::open(path).reset();
        const QByteArray before = fileDigest(path);
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        try {
            Store::open(path);
            QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QFAIL("a store in a read-only folder was opened for writing");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
        }
        QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(fileDigest(path), before);
    }

    void refusesMissingFolder()
    {
        QTemporaryDir dir;
        try {
            Store::open(dir.filePath(QStringLiteral("no/such/folder/s.sqlite3")));
            QFAIL("opened in a missing folder");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::CannotOpen);
        }
    }

    void readerSeesCommittedData()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("r.sqlite3")));
        store->db().exec("INSERT INTO settings VALUES ('a','1')");
        auto reader = store->openReader();
        QCOMPARE(reader->scalarText("SELECT value FROM settings WHERE key='a'"), QStringLiteral("1"));
        QVERIFY_THROWS_EXCEPTION(StoreError, reader->exec("INSERT INTO settings VALUES ('b','2')"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
