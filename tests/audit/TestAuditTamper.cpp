// The tamper matrix: a real store with a few hundred events and signed
// checkpoints, copied and altered with raw SQL one way per case, must fail
// verification with the right kind and the right first sequence number.
#include "audit/AuditEventCodec.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/AuditVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/MerkleTreeBuilder.h"
#include "audit/SigningKey.h"
#include "audit/SqliteAuditRepository.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace gc;

namespace {

constexpr qint64 kEvents = 300;
constexpr qint64 kEvery = 50; // a checkpoint every 50 events: 50, 100, ..., 300

const QDateTime kStart = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

AuditEventDraft draft(qint64 i)
{
    static const AuditEventType types[] = { AuditEventType::Login, AuditEventType::DataRead,
        AuditEventType::TenantProvisioned, AuditEventType::ApiKeyCreated,
        AuditEventType::ConfigurationChanged, AuditEventType::LoginFailed };
    AuditEventDraft d;
    if (i % 3 != 0)
        d.tenant = TenantId(1 + i % 5);
    d.actorId = QStringLiteral("op-%1").arg(i % 4, 16, 16, QLatin1Char('0'));
    d.type = types[i % 6];
    d.outcome = i % 11 == 0 ? AuditOutcome::Failure : AuditOutcome::Success;
    d.resource = QStringLiteral("tenant/%1").arg(i % 7);
    d.details
        = QJsonObject { { QStringLiteral("count"), i }, { QStringLiteral("step"), QStringLiteral("x") } };
    // Some records need the full decoder (non-ASCII, fractions), so both paths are covered.
    if (i % 10 == 0)
        d.details.insert(QStringLiteral("city"), QStringLiteral("Zürich"));
    if (i % 17 == 0)
        d.details.insert(QStringLiteral("ratio"), 0.5);
    if (i % 4 == 0) {
        d.personal.actorName = QStringLiteral("Alice Example %1").arg(i % 8);
        d.personal.actorEmail = QStringLiteral("alice%1@example.org").arg(i % 8);
        d.personal.sourceAddress = QStringLiteral("192.0.2.%1").arg(i % 200);
        d.subject = QStringLiteral("user-%1").arg(i % 8);
    }
    d.timeUtcMs = kStart.toMSecsSinceEpoch() + i * 1000;
    return d;
}

QByteArray flipped(QByteArray b, qsizetype offset)
{
    b[offset] = char(b[offset] ^ 0x01);
    return b;
}

QByteArray blob(Database& db, const char* sql, qint64 key)
{
    Statement st = db.prepare(sql);
    st.bind(1, std::int64_t(key));
    return st.step() ? st.blob(0) : QByteArray();
}

void setBlob(Database& db, const char* sql, const QByteArray& value, qint64 key)
{
    Statement st = db.prepare(sql);
    st.bindBlob(1, value).bind(2, std::int64_t(key));
    st.exec();
}

QByteArray recordOf(Database& db, qint64 seq)
{
    return blob(db, "SELECT record FROM audit_events WHERE seq = ?1", seq);
}

void setRecord(Database& db, qint64 seq, const QByteArray& record)
{
    setBlob(db, "UPDATE audit_events SET record = ?1 WHERE seq = ?2", record, seq);
}

QByteArray chainOf(Database& db, qint64 seq)
{
    return blob(db, "SELECT chain_hash FROM audit_events WHERE seq = ?1", seq);
}

// Offset of the first byte of the actor text in an encoded record.
qsizetype actorOffset(const QByteArray& record)
{
    return 17 + 1 + (record[17] == 1 ? 8 : 0) + 4;
}

// Offset of the first byte of the details JSON.
qsizetype detailsOffset(const QByteArray& record)
{
    auto u32 = [&](qsizetype at) {
        return qsizetype((quint32(quint8(record[at])) << 24) | (quint32(quint8(record[at + 1])) << 16)
            | (quint32(quint8(record[at + 2])) << 8) | quint32(quint8(record[at + 3])));
    };
    qsizetype p = actorOffset(record) - 4;
    p += 4 + u32(p); // actor
    p += 4; // type, severity, outcome
    p += 4 + u32(p); // resource
    return p + 4;
}

// Writes a row the way an attacker with the store but not the key would.
void insertRow(Database& db, qint64 seq, const AuditRecord& r, const QByteArray& chainHash)
{
    Statement st = db.prepare("INSERT INTO audit_events(seq, time_ms, tenant_id, actor, type, category, "
                              "severity, outcome, resource, record, chain_hash) VALUES "
                              "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, std::int64_t(seq)).bind(2, std::int64_t(r.timeUtcMs));
    if (r.tenant)
        st.bind(3, std::int64_t(r.tenant->value));
    else
        st.bindNull(3);
    st.bind(4, r.actorId).bind(5, int(r.type)).bind(6, int(r.category())).bind(7, int(r.severity));
    st.bind(8, int(r.outcome))
        .bind(9, r.resource)
        .bindBlob(10, AuditEventCodec::encode(r))
        .bindBlob(11, chainHash);
    st.exec();
}

// Moves rows seq >= from up by `by` (through negative numbers: the key is unique).
void shiftUp(Database& db, qint64 from, qint64 by)
{
    Statement a = db.prepare("UPDATE audit_events SET seq = -(seq + ?1) WHERE seq >= ?2");
    a.bind(1, std::int64_t(by)).bind(2, std::int64_t(from));
    a.exec();
    db.exec("UPDATE audit_events SET seq = -seq WHERE seq < 0");
}

AuditRecord forged(qint64 seq)
{
    AuditRecord r;
    r.sequence = seq;
    r.timeUtcMs = kStart.toMSecsSinceEpoch() + (seq - 1) * 1000 + 500;
    r.actorId = QStringLiteral("op-00000000000000ff");
    r.type = AuditEventType::DataExported;
    r.resource = QStringLiteral("store");
    r.details = QJsonObject { { QStringLiteral("rows"), 5000 } };
    return r;
}

// Rewrites the chain hashes of seq >= from so every link holds again.
void rechain(Database& db, qint64 from)
{
    QByteArray previous = from == 1 ? AuditEventCodec::genesisChainHash() : chainOf(db, from - 1);
    Statement st = db.prepare("SELECT seq, record FROM audit_events WHERE seq >= ?1 ORDER BY seq");
    st.bind(1, std::int64_t(from));
    QList<QPair<qint64, QByteArray>> rows;
    while (st.step())
        rows.append({ st.int64(0), st.blob(1) });
    for (const auto& [seq, record] : rows) {
        previous = AuditEventCodec::chainHash(previous, AuditEventCodec::leafHash(record));
        setBlob(db, "UPDATE audit_events SET chain_hash = ?1 WHERE seq = ?2", previous, seq);
    }
}

// Rebuilds subtrees and checkpoints from the rows as they are now, signed
// with `key`, and makes `key` the only public key the store lists.
void resign(Database& db, const SigningKey& key)
{
    QList<QByteArray> leaves;
    {
        Statement st = db.prepare("SELECT record FROM audit_events ORDER BY seq");
        while (st.step())
            leaves.append(AuditEventCodec::leafHash(st.blob(0)));
    }
    db.exec("DELETE FROM audit_subtrees");
    MerkleTreeBuilder builder;
    builder.setSubtreeCallback(
        [&](int level, qint64 index, const QByteArray& hash) {
            Statement st = db.prepare("INSERT INTO audit_subtrees(level, idx, hash) VALUES (?1, ?2, ?3)");
            st.bind(1, level).bind(2, std::int64_t(index)).bindBlob(3, hash);
            st.exec();
        },
        AuditLog::kStoredSubtreeLevel);
    for (const QByteArray& leaf : leaves)
        builder.appendLeafHash(leaf);
    QList<qint64> sizes;
    {
        Statement st = db.prepare("SELECT tree_size FROM audit_checkpoints ORDER BY tree_size");
        while (st.step())
            sizes.append(st.int64(0));
    }
    db.exec("DELETE FROM audit_checkpoints");
    for (qint64 size : sizes) {
        const Checkpoint c = key.signCheckpoint(size,
            MerkleTree::rootHash(std::span(leaves.constData(), size)), kStart.toSecsSinceEpoch() + size);
        Statement st
            = db.prepare("INSERT INTO audit_checkpoints(tree_size, root_hash, unix_time, key_id, note) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)");
        st.bind(1, std::int64_t(c.treeSize))
            .bindBlob(2, c.rootHash)
            .bind(3, std::int64_t(c.unixTime))
            .bind(4, c.keyId)
            .bindBlob(5, c.toText());
        st.exec();
    }
    db.exec("DELETE FROM audit_public_keys");
    Statement st = db.prepare("INSERT INTO audit_public_keys(key_id, pem, added_at) VALUES (?1, ?2, ?3)");
    st.bind(1, key.keyId())
        .bindBlob(2, key.publicKey().toPem())
        .bind(3, std::int64_t(kStart.toSecsSinceEpoch()));
    st.exec();
}

struct Case
{
    QString name;
    std::function<void(Database&)> tamper;
    AuditTamperKind kind;
    qint64 firstBadSeq;
    std::optional<qint64> checkpointSize = {};
    bool trusted = false; ///< verify against the original public key only
    bool saved = false; ///< pass the original checkpoints as saved by an auditor
};

} // namespace

class TestAuditTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untouchedVerifies();
    void tamperMatrix();
    void rebuiltLog();
    void erasureKeepsVerifying();
    void cancelThrows();
    void twoReadersMatchOne();

private:
    QString copy(const QString& name);
    AuditVerifyReport verifyAt(const QString& path, const AuditVerifier::Options& options = {});
    QString check(const Case& c);

    QTemporaryDir m_dir;
    QString m_base;
    PublicKey m_key;
    QList<Checkpoint> m_checkpoints;
    QByteArray m_root;
    int m_copies = 0;
};

void TestAuditTamper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.sqlite3"));
    ManualClock clock(kStart);
    auto store = Store::open(m_base);
    {
        AuditSigningConfig signing;
        signing.keyPath = m_dir.filePath(QStringLiteral("key.pem"));
        signing.everyEvents = kEvery;
        signing.everySeconds = 0;
        AuditLog log(*store, clock, signing);
        std::vector<AuditEventDraft> drafts;
        for (qint64 i = 1; i <= kEvents; ++i)
            drafts.push_back(draft(i));
        QCOMPARE(log.appendBatch(drafts), kEvents);
        m_key = log.publicKey();
        m_root = log.rootHash(kEvents);
    }
    SqliteAuditRepository repo(store->db());
    m_checkpoints = repo.checkpoints();
    QCOMPARE(m_checkpoints.size(), kEvents / kEvery);
    QCOMPARE(m_checkpoints.back().treeSize, kEvents);
    store.reset();
    QVERIFY(!QFile::exists(m_base + QStringLiteral("-wal"))
        || QFile(m_base + QStringLiteral("-wal")).size() == 0);
}

QString TestAuditTamper::copy(const QString& name)
{
    const QString path = m_dir.filePath(QStringLiteral("case-%1-%2.sqlite3").arg(++m_copies).arg(name));
    if (!QFile::copy(m_base, path))
        qFatal("cannot copy the base store");
    return path;
}

AuditVerifyReport TestAuditTamper::verifyAt(const QString& path, const AuditVerifier::Options& options)
{
    auto store = Store::open(path, Store::Options { Database::kBusyTimeoutMs, false });
    SqliteAuditRepository repo(store->db());
    return AuditVerifier::verify(repo, options);
}

QString TestAuditTamper::check(const Case& c)
{
    const QString path = copy(QStringLiteral("case"));
    {
        Database db(path, Database::Mode::ReadWrite);
        c.tamper(db);
    }
    AuditVerifier::Options options;
    if (c.trusted)
        options.trustedKeys.add(m_key);
    if (c.saved)
        options.savedCheckpoints = m_checkpoints;
    const AuditVerifyReport r = verifyAt(path, options);
    QString problems;
    if (r.kind != c.kind)
        problems += QStringLiteral(" kind %1 (expected %2)")
                        .arg(AuditVerifier::kindId(r.kind), AuditVerifier::kindId(c.kind));
    if (r.firstBadSeq != c.firstBadSeq)
        problems += QStringLiteral(" first bad %1 (expected %2)")
                        .arg(r.firstBadSeq.value_or(-1))
                        .arg(c.firstBadSeq);
    if (c.checkpointSize && r.checkpointSize != c.checkpointSize)
        problems += QStringLiteral(" checkpoint %1 (expected %2)")
                        .arg(r.checkpointSize.value_or(-1))
                        .arg(*c.checkpointSize);
    if (r.message.isEmpty())
        problems += QStringLiteral(" no message");
    if (!problems.isEmpty())
        return c.name + QLatin1Char(':') + problems + QStringLiteral(" -- ") + r.message;
    return {};
}

void TestAuditTamper::untouchedVerifies()
{
    const AuditVerifyReport r = verifyAt(m_base);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.eventsChecked, kEvents);
    QCOMPARE(r.checkpointsChecked, kEvents / kEvery);
    QCOMPARE(r.personalPartsChecked, kEvents / 4);
    QCOMPARE(r.rootHash, m_root);

    AuditVerifier::Options options;
    options.trustedKeys.add(m_key);
    options.savedCheckpoints = m_checkpoints;
    qint64 lastProgress = -1;
    options.progress = [&](qint64 done, qint64 total) {
        lastProgress = done;
        return total == kEvents;
    };
    const AuditVerifyReport withEvidence = verifyAt(m_base, options);
    QVERIFY2(withEvidence.ok(), qPrintable(withEvidence.message));
    QCOMPARE(withEvidence.checkpointsChecked, 2 * (kEvents / kEvery));
    QCOMPARE(lastProgress, kEvents);
}

void TestAuditTamper::tamperMatrix()
{
    using K = AuditTamperKind;
    QList<Case> cases;
    // One byte of every column, for the first, a middle and the last event.
    for (const qint64 seq : { qint64(1), qint64(137), kEvents }) {
        const QString at = QString::number(seq);
        auto recordByte = [seq](std::function<qsizetype(const QByteArray&)> offset) {
            return [seq, offset](Database& db) {
                const QByteArray r = recordOf(db, seq);
                setRecord(db, seq, flipped(r, offset(r)));
            };
        };
        cases.append({ QStringLiteral("record version byte @") + at,
            recordByte([](const QByteArray&) { return 0; }), K::Undecodable, seq });
        cases.append({ QStringLiteral("record sequence byte @") + at,
            recordByte([](const QByteArray&) { return 8; }), K::Modified, seq });
        cases.append({ QStringLiteral("record time byte @") + at,
            recordByte([](const QByteArray&) { return 16; }), K::Modified, seq });
        cases.append(
            { QStringLiteral("record actor byte @") + at, recordByte(actorOffset), K::Modified, seq });
        cases.append({ QStringLiteral("record details byte @") + at,
            recordByte([](const QByteArray& r) { return detailsOffset(r) + 2; }), K::Modified, seq });
        cases.append({ QStringLiteral("record details brace @") + at,
            recordByte([](const QByteArray& r) { return detailsOffset(r); }), K::Undecodable, seq });
        cases.append({ QStringLiteral("record commitment byte @") + at,
            recordByte([](const QByteArray& r) { return r.size() - 1; }), K::Modified, seq });
        cases.append({ QStringLiteral("record cut short @") + at,
            [seq](Database& db) { setRecord(db, seq, recordOf(db, seq).chopped(1)); }, K::Undecodable, seq });
        cases.append({ QStringLiteral("chain_hash @") + at,
            [seq](Database& db) {
                setBlob(db, "UPDATE audit_events SET chain_hash = ?1 WHERE seq = ?2",
                    flipped(chainOf(db, seq), 31), seq);
            },
            K::Modified, seq });
        auto column = [seq](const char* sql) {
            return [seq, sql](Database& db) {
                Statement st = db.prepare(sql);
                st.bind(1, std::int64_t(seq));
                st.exec();
                QCOMPARE(db.changes(), 1);
            };
        };
        cases.append({ QStringLiteral("time_ms @") + at,
            column("UPDATE audit_events SET time_ms = time_ms + 1 WHERE seq = ?1"), K::Modified, seq });
        cases.append({ QStringLiteral("tenant_id @") + at,
            column("UPDATE audit_events SET tenant_id = coalesce(tenant_id + 1, 9) WHERE seq = ?1"),
            K::Modified, seq });
        cases.append({ QStringLiteral("actor @") + at,
            column("UPDATE audit_events SET actor = 'op-ffffffffffffffff' WHERE seq = ?1"), K::Modified,
            seq });
        cases.append({ QStringLiteral("type @") + at,
            column("UPDATE audit_events SET type = 21 WHERE seq = ?1"), K::Modified, seq });
        cases.append({ QStringLiteral("category @") + at,
            column("UPDATE audit_events SET category = (category + 1) % 7 WHERE seq = ?1"), K::Modified,
            seq });
        cases.append({ QStringLiteral("severity @") + at,
            column("UPDATE audit_events SET severity = 3 - severity WHERE seq = ?1"), K::Modified, seq });
        cases.append({ QStringLiteral("outcome @") + at,
            column("UPDATE audit_events SET outcome = 1 - outcome WHERE seq = ?1"), K::Modified, seq });
        cases.append({ QStringLiteral("resource @") + at,
            column("UPDATE audit_events SET resource = resource || 'x' WHERE seq = ?1"), K::Modified, seq });
    }

    auto exec = [](const char* sql) { return [sql](Database& db) { db.exec(sql); }; };
    cases.append({ QStringLiteral("delete a middle event"), exec("DELETE FROM audit_events WHERE seq = 137"),
        K::Deleted, 137 });
    cases.append({ QStringLiteral("delete the last event before a checkpoint"),
        exec("DELETE FROM audit_events WHERE seq = 150"), K::Deleted, 150 });
    cases.append({ QStringLiteral("delete three events"),
        exec("DELETE FROM audit_events WHERE seq BETWEEN 140 AND 142"), K::Deleted, 140 });
    cases.append({ QStringLiteral("delete and renumber"),
        [](Database& db) {
            db.exec("DELETE FROM audit_events WHERE seq = 137");
            db.exec("UPDATE audit_events SET seq = -(seq - 1) WHERE seq > 137");
            db.exec("UPDATE audit_events SET seq = -seq WHERE seq < 0");
        },
        K::Deleted, 137 });
    cases.append({ QStringLiteral("insert in the middle, renumbered, chained"),
        [](Database& db) {
            shiftUp(db, 137, 1);
            const AuditRecord r = forged(137);
            insertRow(db, 137, r,
                AuditEventCodec::chainHash(
                    chainOf(db, 136), AuditEventCodec::leafHash(AuditEventCodec::encode(r))));
        },
        K::Inserted, 137 });
    cases.append({ QStringLiteral("insert in the middle, renumbered, bogus chain"),
        [](Database& db) {
            shiftUp(db, 137, 1);
            insertRow(db, 137, forged(137), QByteArray(32, 'b'));
        },
        K::Inserted, 137 });
    cases.append({ QStringLiteral("append with a bogus chain"),
        [](Database& db) { insertRow(db, kEvents + 1, forged(kEvents + 1), chainOf(db, kEvents)); },
        K::Inserted, kEvents + 1 });
    auto swap = [](qint64 a, qint64 b) {
        return [a, b](Database& db) {
            Statement st = db.prepare("UPDATE audit_events SET seq = CASE seq WHEN ?1 THEN -?2 ELSE -?1 END "
                                      "WHERE seq IN (?1, ?2)");
            st.bind(1, std::int64_t(a)).bind(2, std::int64_t(b));
            st.exec();
            db.exec("UPDATE audit_events SET seq = -seq WHERE seq < 0");
        };
    };
    cases.append({ QStringLiteral("swap two events"), swap(120, 180), K::Reordered, 120 });
    cases.append({ QStringLiteral("swap neighbours"), swap(120, 121), K::Reordered, 120 });
    cases.append({ QStringLiteral("truncate after checkpoint 200"),
        exec("DELETE FROM audit_events WHERE seq > 200"), K::Truncated, 201, 250 });
    cases.append({ QStringLiteral("truncate, drop later checkpoints, keep a subtree"),
        exec("DELETE FROM audit_events WHERE seq > 200; DELETE FROM audit_checkpoints WHERE tree_size > 200"),
        K::Truncated, 201 });
    cases.append({ QStringLiteral("truncate and hide it, auditor saved checkpoints"),
        exec("DELETE FROM audit_events WHERE seq > 200; DELETE FROM audit_checkpoints WHERE tree_size > 200; "
             "DELETE FROM audit_subtrees"),
        K::Truncated, 201, 250, false, true });
    cases.append({ QStringLiteral("fork: event changed, chain recomputed"),
        [](Database& db) {
            AuditRecord r = *AuditEventCodec::decode(recordOf(db, 130));
            r.resource = QStringLiteral("tenant/99");
            setRecord(db, 130, AuditEventCodec::encode(r));
            db.exec("UPDATE audit_events SET resource = 'tenant/99' WHERE seq = 130");
            rechain(db, 130);
        },
        K::Fork, 101, 150 });
    cases.append({ QStringLiteral("checkpoint root altered"),
        [](Database& db) {
            setBlob(db, "UPDATE audit_checkpoints SET root_hash = ?1 WHERE tree_size = ?2",
                flipped(blob(db, "SELECT root_hash FROM audit_checkpoints WHERE tree_size = ?1", 150), 0),
                150);
        },
        K::BadCheckpoint, 101, 150 });
    cases.append({ QStringLiteral("checkpoint size altered"),
        exec("UPDATE audit_checkpoints SET tree_size = 149 WHERE tree_size = 150"), K::BadCheckpoint, 101,
        149 });
    cases.append({ QStringLiteral("checkpoint signature altered"),
        [](Database& db) {
            QByteArray note = blob(db, "SELECT note FROM audit_checkpoints WHERE tree_size = ?1", 150);
            const qsizetype sig = note.indexOf("sig ") + 6;
            note[sig] = note[sig] == 'A' ? 'B' : 'A';
            setBlob(db, "UPDATE audit_checkpoints SET note = ?1 WHERE tree_size = ?2", note, 150);
        },
        K::BadCheckpoint, 101, 150 });
    cases.append({ QStringLiteral("checkpoint re-signed with an added key, trusted key given"),
        [](Database& db) {
            const SigningKey other = SigningKey::generate();
            const Checkpoint c = other.signCheckpoint(
                200, blob(db, "SELECT root_hash FROM audit_checkpoints WHERE tree_size = ?1", 200), 1);
            Statement update = db.prepare(
                "UPDATE audit_checkpoints SET key_id = ?1, unix_time = 1, note = ?2 WHERE tree_size = 200");
            update.bind(1, c.keyId).bindBlob(2, c.toText());
            update.exec();
            Statement add
                = db.prepare("INSERT INTO audit_public_keys(key_id, pem, added_at) VALUES (?1, ?2, 1)");
            add.bind(1, c.keyId).bindBlob(2, other.publicKey().toPem());
            add.exec();
        },
        K::BadCheckpoint, 151, 200, true });
    cases.append({ QStringLiteral("stored subtree altered"),
        [](Database& db) {
            db.exec("UPDATE audit_subtrees SET hash = zeroblob(32) WHERE level = 8 AND idx = 0");
            QCOMPARE(db.changes(), 1);
        },
        K::BadSubtree, 1 });
    cases.append({ QStringLiteral("personal data altered"),
        exec("UPDATE audit_personal SET data = replace(data, 'Alice', 'Alicf') WHERE seq = 100"),
        K::BadPersonalPart, 100 });
    cases.append({ QStringLiteral("personal salt altered"),
        exec("UPDATE audit_personal SET salt = zeroblob(32) WHERE seq = 200"), K::BadPersonalPart, 200 });

    QCOMPARE(cases.size(), 3 * 17 + 20);
    QStringList failures;
    for (const Case& c : cases) {
        const QString problem = check(c);
        if (!problem.isEmpty())
            failures.append(problem);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestAuditTamper::rebuiltLog()
{
    // Someone with the store but not the key rewrites event 130 and rebuilds
    // everything after it -- chain, subtrees, checkpoints -- re-signed with a
    // key of their own that they make the store list.
    const QString path = copy(QStringLiteral("rebuilt"));
    {
        Database db(path, Database::Mode::ReadWrite);
        AuditRecord r = *AuditEventCodec::decode(recordOf(db, 130));
        r.details.insert(QStringLiteral("count"), 0);
        setRecord(db, 130, AuditEventCodec::encode(r));
        rechain(db, 130);
        resign(db, SigningKey::generate());
    }
    // The store's own keys cannot tell: that is what outside evidence is for.
    const AuditVerifyReport alone = verifyAt(path);
    QVERIFY2(alone.ok(), qPrintable(alone.message));

    AuditVerifier::Options trusted;
    trusted.trustedKeys.add(m_key);
    const AuditVerifyReport withKey = verifyAt(path, trusted);
    QCOMPARE(withKey.kind, AuditTamperKind::BadCheckpoint);
    QCOMPARE(withKey.firstBadSeq, 1);
    QCOMPARE(withKey.checkpointSize, kEvery);

    AuditVerifier::Options saved;
    saved.savedCheckpoints = m_checkpoints;
    const AuditVerifyReport withSaved = verifyAt(path, saved);
    QCOMPARE(withSaved.kind, AuditTamperKind::Fork);
    QCOMPARE(withSaved.firstBadSeq, 101);
    QCOMPARE(withSaved.checkpointSize, 150);
    QVERIFY(withSaved.message.contains(QStringLiteral("150")));
}

void TestAuditTamper::erasureKeepsVerifying()
{
    constexpr qint64 kErased = (kEvents + 4) / 8; // events 4, 12, 20, ... are about user-4
    const QString path = copy(QStringLiteral("erased"));
    qint64 before = 0;
    {
        const AuditVerifyReport r = verifyAt(path);
        QVERIFY(r.ok());
        before = r.personalPartsChecked;
    }
    {
        auto store = Store::open(path);
        ManualClock clock(kStart);
        AuditSigningConfig signing;
        signing.keyPath = m_dir.filePath(QStringLiteral("key.pem"));
        signing.everySeconds = 0;
        AuditLog log(*store, clock, signing);
        QCOMPARE(log.eraseSubject(draft(4).subject), kErased);
    }
    AuditVerifier::Options options;
    options.trustedKeys.add(m_key);
    options.savedCheckpoints = m_checkpoints;
    const AuditVerifyReport r = verifyAt(path, options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rootHash, m_root);
    QCOMPARE(r.personalPartsChecked, before - kErased);
}

void TestAuditTamper::cancelThrows()
{
    AuditVerifier::Options options;
    QList<qint64> calls;
    options.progress = [&](qint64 done, qint64 total) {
        calls.append(done);
        return total != kEvents;
    };
    QVERIFY_THROWS_EXCEPTION(StoreError, (void)verifyAt(m_base, options));
    QCOMPARE(calls, QList<qint64> { 0 });
    try {
        (void)verifyAt(m_base, options);
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
        QVERIFY(!e.message().isEmpty());
    }
}

void TestAuditTamper::twoReadersMatchOne()
{
    // Enough events for two chunks of 2^16 per reader thread.
    const QString path = m_dir.filePath(QStringLiteral("big.sqlite3"));
    constexpr qint64 kBig = 150'000;
    ManualClock clock(kStart);
    QByteArray root;
    {
        auto store = Store::open(path);
        AuditSigningConfig signing;
        signing.keyPath = m_dir.filePath(QStringLiteral("key.pem"));
        signing.everyEvents = 40'000;
        signing.everySeconds = 0;
        AuditLog log(*store, clock, signing);
        std::vector<AuditEventDraft> drafts;
        for (qint64 i = 1; i <= kBig; ++i)
            drafts.push_back(draft(i));
        log.appendBatch(drafts);
        root = log.rootHash(kBig);
    }
    Operator op;
    op.username = QStringLiteral("auditor");
    op.role = Role::Auditor;
    auto verifyBig = [&](bool twoReaders) {
        auto store = Store::open(path, Store::Options { Database::kBusyTimeoutMs, false });
        SqliteAuditRepository repo(store->db());
        AuditVerifier::Options options;
        if (twoReaders)
            options.openReader = [&] { return std::make_unique<AuditReader>(*store, Session(op)); };
        return AuditVerifier::verify(repo, options);
    };
    const AuditVerifyReport one = verifyBig(false);
    const AuditVerifyReport two = verifyBig(true);
    QVERIFY2(one.ok(), qPrintable(one.message));
    QVERIFY2(two.ok(), qPrintable(two.message));
    QCOMPARE(one.rootHash, root);
    QCOMPARE(two.rootHash, root);
    QCOMPARE(two.eventsChecked, kBig);
    QCOMPARE(two.checkpointsChecked, kBig / 40'000);

    // A problem in either half, and a subtree only the merge step rebuilds.
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("UPDATE audit_events SET outcome = 1 - outcome WHERE seq = 140000");
    }
    QCOMPARE(verifyBig(true).firstBadSeq, 140'000);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("UPDATE audit_events SET severity = 3 - severity WHERE seq = 70000");
    }
    QCOMPARE(verifyBig(true).firstBadSeq, 70'000);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("UPDATE audit_events SET severity = 3 - severity WHERE seq = 70000; "
                "UPDATE audit_events SET outcome = 1 - outcome WHERE seq = 140000; "
                "UPDATE audit_subtrees SET hash = zeroblob(32) WHERE level = 17 AND idx = 0");
    }
    const AuditVerifyReport subtree = verifyBig(true);
    QCOMPARE(subtree.kind, AuditTamperKind::BadSubtree);
    QCOMPARE(subtree.firstBadSeq, 1);
}

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "TestAuditTamper.moc"
