// WalCheckpointer: the writer's automatic checkpoints are off while it lives,
// the log is copied into the store file meanwhile, nothing is left to copy
// when it is gone, and the writer's setting comes back.
#include "store/Database.h"
#include "store/Store.h"
#include "store/WalCheckpointer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace gc;


class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsInTheBackgroundAndRestores()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("wal.sqlite3"));
        auto store = Store::open(path);
        Database& db = store->db();
        db.exec("PRAGMA wal_autocheckpoint = 777");
        db.exec("CREATE TABLE t(x BLOB)");
        const auto walBytes = [&] { return QFileInfo(path + QStringLiteral("-wal")).size(); };
        {
            WalCheckpointer checkpointer(db, path);
            QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), std::int64_t(0));
            // Far more than 777 pages: without checkpoints the log would only grow.
            for (int round = 0; round < 20; ++round) {
                store->transact([&] {
                    Statement st(db, "INSERT INTO t(x) VALUES (randomblob(4000))");
                    for (int i = 0; i < 500; ++i)
                        st.exec();
                });
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
            }
        }
        QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), std::int64_t(777));
        // Every row is in the store file itself: a copy of the file without
        // its log holds them all, so the next commit has nothing to copy.
        const QString fileOnly = dir.filePath(QStringLiteral("file-only.sqlite3"));
        QVERIFY(QFile::copy(path, fileOnly));
        {
            Database copy(fileOnly, Database::Mode::ReadWrite);
            QCOMPARE(copy.scalarInt("SELECT count(*) FROM t"), std::int64_t(10000));
        }
        QVERIFY(walBytes() > 0);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM t"), std::int64_t(10000));
    }

    void finishCopiesTheRestWithoutWaiting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("finish.sqlite3"));
        auto store = Store::open(path);
        Database& db = store->db();
        db.exec("CREATE TABLE t(x BLOB)");
        WalCheckpointer checkpointer(db, path);
        store->transact([&] {
            Statement st(db, "INSERT INTO t(x) VALUES (randomblob(4000))");
            for (int i = 0; i < 3000; ++i)
                st.exec();
        });
        checkpointer.finish(); // returns at once; the thread makes the last copy
        QDeadlineTimer deadline(10'000);
        while (!checkpointer.finished() && !deadline.hasExpired())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QVERIFY(checkpointer.finished());
        // The writer's own checkpoints stay off until the object is gone.
        QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), std::int64_t(0));
        const QString fileOnly = dir.filePath(QStringLiteral("file-only.sqlite3"));
        QVERIFY(QFile::copy(path, fileOnly));
        Database copy(fileOnly, Database::Mode::ReadWrite);
        QCOMPARE(copy.scalarInt("SELECT count(*) FROM t"), std::int64_t(3000));
    }

    void aStoreItCannotOpenChangesNothing()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("a.sqlite3")));
        Database& db = store->db();
        const auto before = db.scalarInt("PRAGMA wal_autocheckpoint");
        {
            // The second connection fails (no such folder); the writer is unharmed.
            WalCheckpointer checkpointer(db, dir.filePath(QStringLiteral("missing/b.sqlite3")));
            store->transact([&] { db.exec("CREATE TABLE t(x)"); });
        }
        QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), before);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
