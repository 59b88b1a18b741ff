// The audit log writer: transactions, hashing, stored subtrees, proofs,
// checkpoints and keys, erasure, pseudonyms.
#include "audit/AuditEventCodec.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/AuditVerifier.h"
#include "audit/AuditRepository.h"
#include "audit/MerkleProofVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/PersonalCommitment.h"
#include "audit/PublicKeyRing.h"
#include "audit/SigningKey.h"
#include "audit/SqliteAuditRepository.h"
#include "auth/Operator.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <stdexcept>
#include <vector>

using namespace gc;

namespace {

const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1795737600, Qt::UTC); // 2026-11-27T00:00:00Z

AuditEventDraft draft(int i)
{
    AuditEventDraft d;
    d.tenant = i % 3 == 0 ? std::nullopt : std::optional<TenantId>(TenantId(i % 3));
    d.actorId = QStringLiteral("op-%1").arg(i % 5, 16, 10, QLatin1Char('0'));
    d.type = allAuditEventTypes()[i % allAuditEventTypes().size()];
    d.outcome = AuditOutcome(i % 3);
    d.resource = QStringLiteral("tenant/%1").arg(i % 7);
    d.details = QJsonObject { { QStringLiteral("n"), i }, { QStringLiteral("note"), QStringLiteral("event number") } };
    if (i % 2 == 0) {
        d.personal.actorName = QStringLiteral("Person %1").arg(i % 5);
        d.personal.actorEmail = QStringLiteral("p%1@example.org").arg(i % 5);
    }
    return d;
}

std::vector<AuditEventDraft> drafts(int from, int count)
{
    std::vector<AuditEventDraft> out;
    for (int i = from; i < from + count; ++i)
        out.push_back(draft(i));
    return out;
}

// Leaf hashes recomputed from the stored records, and the chain checked on the way.
QList<QByteArray> leavesFromScratch(AuditRepository& repo)
{
    QList<QByteArray> leaves;
    QByteArray chain = AuditEventCodec::genesisChainHash();
    repo.forEachRow(1, repo.lastSeq(), [&](const StoredAuditRow& r) {
        const QByteArray leaf = AuditEventCodec::leafHash(r.record);
        chain = AuditEventCodec::chainHash(chain, leaf);
        if (chain != r.chainHash || r.seq != leaves.size() + 1)
            throw std::runtime_error("chain hash differs from recomputation");
        leaves.append(leaf);
        return true;
    });
    return leaves;
}

template <typename F> DomainError::Kind domainErrorKind(F f)
{
    try {
        f();
    } catch (const DomainError& e) {
        return e.kind();
    }
    throw std::runtime_error("no DomainError");
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ManualClock> m_clock;
    int m_storeNo = 0;

    AuditSigningConfig signing(qint64 everyEvents = 0, qint64 everySeconds = 0) const
    {
        AuditSigningConfig c;
        c.everyEvents = everyEvents;
        c.everySeconds = everySeconds;
        return c;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<ManualClock>(kStart);
        m_store = Store::open(m_dir.filePath(QStringLiteral("store%1.sqlite3").arg(++m_storeNo)));
    }

    void cleanup() { m_store.reset(); }

    void appendNeedsTransaction()
    {
        AuditLog log(*m_store, *m_clock, signing());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, log.append(draft(1)));
        QCOMPARE(log.size(), 0);
    }

    void appendAssignsSequenceTimeSeverity()
    {
        AuditLog log(*m_store, *m_clock, signing());
        AuditEventDraft d = draft(1);
        d.type = AuditEventType::SuspectedBreach;
        const qint64 seq = m_store->transact([&] { return log.append(d); });
        QCOMPARE(seq, 1);
        AuditEventDraft early = draft(2);
        early.timeUtcMs = kStart.toMSecsSinceEpoch() - 60000; // raised to the last time
        early.severity = AuditSeverity::Notice;
        m_store->transact([&] { log.append(early); });
        const auto r1 = AuditEventCodec::decode(log.repository().row(1)->record);
        const auto r2 = AuditEventCodec::decode(log.repository().row(2)->record);
        QVERIFY(r1 && r2);
        QCOMPARE(r1->timeUtcMs, kStart.toMSecsSinceEpoch());
        QCOMPARE(r2->timeUtcMs, kStart.toMSecsSinceEpoch());
        QCOMPARE(r1->severity, auditEventDefaultSeverity(AuditEventType::SuspectedBreach));
        QCOMPARE(r2->severity, AuditSeverity::Notice);
        QCOMPARE(r1->sequence, 1);
        QCOMPARE(r2->sequence, 2);
        // Filter columns are copies of the record.
        const StoredAuditRow row = *log.repository().row(1);
        QCOMPARE(row.actor, r1->actorId);
        QCOMPARE(row.type, int(r1->type));
        QCOMPARE(row.category, int(auditEventCategory(r1->type)));
        QCOMPARE(row.resource, r1->resource);
        QCOMPARE(row.tenantId, std::optional<qint64>(r1->tenant->value));
    }

    void rolledBackAppendLeavesNothing()
    {
        AuditLog log(*m_store, *m_clock, signing());
        m_store->transact([&] { log.append(draft(1)); });
        try {
            m_store->transact([&] {
                log.append(draft(2));
                log.append(draft(3));
                throw std::runtime_error("caller fails after appending");
            });
            QFAIL("no exception");
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(log.size(), 1);
        QVERIFY(!log.repository().personal(2));
        m_store->transact([&] { QCOMPARE(log.append(draft(4)), 2); });
        const auto leaves = leavesFromScratch(log.repository());
        QCOMPARE(leaves.size(), 2);
        QCOMPARE(log.rootHash(2), MerkleTree::rootHash(leaves));
    }

    void twoLogsInterleave()
    {
        AuditLog a(*m_store, *m_clock, signing());
        AuditLog b(*m_store, *m_clock, signing());
        for (int i = 0; i < 600; ++i) {
            AuditLog& log = (i / 7) % 2 == 0 ? a : b;
            m_store->transact([&] { QCOMPARE(log.append(draft(i)), i + 1); });
        }
        a.appendBatch(drafts(600, 100));
        m_store->transact([&] { b.append(draft(700)); });
        const auto leaves = leavesFromScratch(a.repository());
        QCOMPARE(leaves.size(), 701);
        QCOMPARE(a.rootHash(701), MerkleTree::rootHash(leaves));
        QCOMPARE(b.rootHash(512), MerkleTree::rootHash(std::span(leaves).first(512)));
    }

    void batchAppendsAndCancels()
    {
        AuditLog log(*m_store, *m_clock, signing());
        const auto first = drafts(0, 3000);
        QList<qint64> reported;
        QCOMPARE(log.appendBatch(first,
                     [&](qint64 done, qint64 total) {
                         reported.append(done);
                         return total == 3000;
                     }),
            3000);
        QCOMPARE(reported.last(), 3000);
        const auto more = drafts(3000, 5000);
        try {
            log.appendBatch(more, [](qint64 done, qint64) { return done < 2048; });
            QFAIL("no exception");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
        }
        QCOMPARE(log.size(), 3000);
        QVERIFY(log.repository().subtree(AuditLog::kStoredSubtreeLevel, 12).isEmpty()); // 3072..3327 not kept
        QCOMPARE(log.appendBatch(drafts(3000, 100)), 3100);
        const auto leaves = leavesFromScratch(log.repository());
        QCOMPARE(log.rootHash(3100), MerkleTree::rootHash(leaves));
        // Inside a transaction appendBatch refuses rather than half-join it.
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m_store->transact([&] { log.appendBatch(more); }));
    }

    void badDraftIsRefusedBeforeWriting()
    {
        AuditLog log(*m_store, *m_clock, signing());
        AuditEventDraft bad = draft(1);
        bad.details.insert(QStringLiteral("x"), QJsonValue(double(std::numeric_limits<double>::infinity())));
        QCOMPARE(domainErrorKind([&] { m_store->transact([&] { log.append(bad); }); }),
            DomainError::Kind::Invalid);
        m_store->transact([&] { QCOMPARE(log.append(draft(2)), 1); });
    }

    void subtreesRootsAndProofsMatchRecomputation()
    {
        AuditLog log(*m_store, *m_clock, signing());
        log.appendBatch(drafts(0, 1100));
        const QList<QByteArray> leaves = leavesFromScratch(log.repository());
        QCOMPARE(leaves.size(), 1100);
        // Every stored subtree is the recomputed one, and all complete ones are stored.
        int stored = 0;
        log.repository().forEachSubtree([&](int level, qint64 index, const QByteArray& hash) {
            ++stored;
            const qint64 from = index << level;
            const auto part = std::span(leaves).subspan(std::size_t(from), std::size_t(qint64(1) << level));
            if (hash != MerkleTree::rootHash(part))
                throw std::runtime_error("stored subtree differs");
            return true;
        });
        QCOMPARE(stored, 4 + 2 + 1); // 1100 = 4*256 + ...: four of 256, two of 512, one of 1024

        const QList<qint64> sizes { 1, 2, 3, 255, 256, 257, 511, 512, 513, 767, 1000, 1023, 1024, 1025, 1100 };
        for (qint64 size : sizes) {
            const auto prefix = std::span(leaves).first(std::size_t(size));
            const QByteArray root = MerkleTree::rootHash(prefix);
            QCOMPARE(log.rootHash(size), root);
            for (qint64 seq : { qint64(1), size / 2 + 1, size, std::max<qint64>(1, size - 256) }) {
                const MerkleProof p = log.inclusionProof(seq, size);
                QCOMPARE(p.hashes, MerkleTree::inclusionProof(seq - 1, prefix));
                QCOMPARE(MerkleProofVerifier::verifyInclusion(seq - 1, size, leaves[seq - 1], p.hashes, root),
                    ProofFailure::None);
                QCOMPARE(log.leafHash(seq), leaves[seq - 1]);
            }
            for (qint64 first : { qint64(1), size / 3, size - 1, qint64(256), qint64(512) }) {
                if (first < 1 || first > size)
                    continue;
                const MerkleProof p = log.consistencyProof(first, size);
                QCOMPARE(MerkleProofVerifier::verifyConsistency(first, size,
                             MerkleTree::rootHash(std::span(leaves).first(std::size_t(first))), root, p.hashes),
                    ProofFailure::None);
            }
        }
        QCOMPARE(domainErrorKind([&] { (void)log.rootHash(1101); }), DomainError::Kind::Invalid);
    }

    void checkpointsByCountAndTime()
    {
        AuditLog log(*m_store, *m_clock, signing(100, 300));
        log.appendBatch(drafts(0, 250));
        QList<Checkpoint> cps = log.repository().checkpoints();
        QCOMPARE(cps.size(), 2);
        QCOMPARE(cps[0].treeSize, 100);
        QCOMPARE(cps[1].treeSize, 200);
        PublicKeyRing ring;
        for (const PublicKey& k : log.repository().publicKeys())
            ring.add(k);
        for (const Checkpoint& c : cps) {
            QCOMPARE(ring.verify(c), CheckpointFailure::None);
            QCOMPARE(c.rootHash, log.rootHash(c.treeSize));
        }
        // Time: 50 events pending, 300 s later the next append signs.
        m_clock->advanceSecs(299);
        m_store->transact([&] { log.append(draft(250)); });
        QCOMPARE(log.repository().checkpoints().size(), 2);
        m_clock->advanceSecs(1);
        QVERIFY(log.checkpointIfDue());
        cps = log.repository().checkpoints();
        QCOMPARE(cps.size(), 3);
        QCOMPARE(cps.last().treeSize, 251);
        QCOMPARE(cps.last().unixTime, m_clock->nowSecs());
        // Nothing pending: not due however late.
        m_clock->advanceSecs(1000);
        QVERIFY(!log.checkpointIfDue());
        m_store->transact([&] { log.append(draft(251)); }); // due by time: signed inside the append
        QCOMPARE(log.repository().checkpoints().last().treeSize, 252);
    }

    void onDemandCheckpointRecordsEvent()
    {
        AuditLog log(*m_store, *m_clock, signing());
        log.appendBatch(drafts(0, 10));
        QVERIFY(!QFile::exists(log.signingConfig().keyPath));
        const Checkpoint c = log.checkpoint(QStringLiteral("op-x"));
        QVERIFY(QFile::exists(log.signingConfig().keyPath));
        QCOMPARE(QFile::permissions(log.signingConfig().keyPath),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(c.treeSize, 10);
        QCOMPARE(c.verify(log.publicKey()), CheckpointFailure::None);
        QCOMPARE(log.size(), 11);
        const auto rec = AuditEventCodec::decode(log.repository().row(11)->record);
        QCOMPARE(rec->type, AuditEventType::CheckpointSigned);
        QCOMPARE(rec->actorId, QStringLiteral("op-x"));
        // The last checkpoint is returned again while nothing follows it? 11 > 10:
        // a new one is signed for the CheckpointSigned event itself.
        const Checkpoint again = log.checkpoint();
        QCOMPARE(again.treeSize, 11);
    }

    void rotationKeepsOldCheckpointsVerifiable()
    {
        AuditLog log(*m_store, *m_clock, signing());
        log.appendBatch(drafts(0, 20));
        const Checkpoint before = log.checkpoint();
        const QString oldId = log.publicKey().keyId();
        m_clock->advanceSecs(10);
        const Checkpoint after = log.rotateKey(QStringLiteral("op-admin"));
        QVERIFY(after.keyId != oldId);
        QVERIFY(QFile::exists(log.signingConfig().keyPath + QLatin1Char('.') + oldId + QStringLiteral(".retired")));
        QCOMPARE(log.publicKey().keyId(), after.keyId);
        PublicKeyRing ring;
        for (const PublicKey& k : log.repository().publicKeys())
            ring.add(k);
        QCOMPARE(ring.size(), 2);
        for (const Checkpoint& c : log.repository().checkpoints())
            QCOMPARE(ring.verify(c), CheckpointFailure::None);
        QCOMPARE(ring.verify(before), CheckpointFailure::None);
        QCOMPARE(after.treeSize, log.size());
        const auto rec = AuditEventCodec::decode(log.repository().row(after.treeSize)->record);
        QCOMPARE(rec->type, AuditEventType::KeyRotated);
        // A second log object on the same store keeps signing with the new key.
        AuditLog other(*m_store, *m_clock, signing());
        QCOMPARE(other.publicKey().keyId(), after.keyId);
    }

    void missingKeyDoesNotBlockAppends()
    {
        {
            AuditLog log(*m_store, *m_clock, signing(10, 0));
            log.appendBatch(drafts(0, 10));
            QCOMPARE(log.repository().checkpoints().size(), 1);
            QVERIFY(QFile::remove(log.signingConfig().keyPath));
        }
        AuditLog log(*m_store, *m_clock, signing(10, 0));
        log.appendBatch(drafts(10, 25));
        for (int i = 0; i < 5; ++i)
            m_store->transact([&] { log.append(draft(100 + i)); });
        QCOMPARE(log.size(), 40);
        QCOMPARE(log.repository().checkpoints().size(), 1);
        QCOMPARE(domainErrorKind([&] { log.checkpoint(); }), DomainError::Kind::NotFound);
        QCOMPARE(log.size(), 40);

        // A key file others may read is refused the same way.
        SigningKey::generate().save(log.signingConfig().keyPath);
        QVERIFY(QFile::setPermissions(log.signingConfig().keyPath,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadUser | QFile::WriteUser));
        AuditLog open(*m_store, *m_clock, signing(10, 0));
        open.appendBatch(drafts(40, 20));
        QCOMPARE(open.size(), 60);
        QCOMPARE(domainErrorKind([&] { open.checkpoint(); }), DomainError::Kind::PermissionDenied);
        // Rotation repairs a lost key but not a suspicious one.
        QCOMPARE(domainErrorKind([&] { open.rotateKey(); }), DomainError::Kind::PermissionDenied);
        QVERIFY(QFile::remove(log.signingConfig().keyPath));
        const Checkpoint c = open.rotateKey();
        QCOMPARE(c.treeSize, 61);
        QCOMPARE(open.repository().checkpoints().size(), 2);
    }

    void erasureKeepsHashesAndProofs()
    {
        AuditLog log(*m_store, *m_clock, signing());
        log.appendBatch(drafts(0, 700));
        const Checkpoint c = log.checkpoint();
        const QByteArray root = log.rootHash(700);
        const MerkleProof proof = log.inclusionProof(300, 700);
        const QString subject = draft(2).actorId; // events 3, 13, ... have personal data (i even, i % 5 == 2)
        const auto part = log.repository().personal(3);
        QVERIFY(part);
        QCOMPARE(part->subject, subject);
        const QByteArray key = log.repository().subjectKey(subject);
        const auto rec = AuditEventCodec::decode(log.repository().row(3)->record);
        QVERIFY(PersonalCommitment::verify(part->part.data, part->part.salt, key, rec->personalCommitment));

        // More of the person's events one at a time: some reach the index,
        // the newest wait in the writer's buffer; erasure finds them all.
        for (const AuditEventDraft& d : drafts(700, 300))
            m_store->transact([&] { log.append(d); });
        const auto partsOf = [&](const QString& who) {
            qint64 n = 0;
            log.repository().forEachPersonal(1, log.size(), [&](const StoredPersonalPart& p) {
                n += p.subject == who ? 1 : 0;
                return true;
            });
            return n;
        };
        const qint64 before = partsOf(subject);
        QVERIFY(before > 70);
        auto& repo = static_cast<SqliteAuditRepository&>(log.repository());
        QVERIFY(repo.indexedUpto() < log.size());
        const auto subjectRuns = [&] {
            Statement st(m_store->db(), "SELECT count(*) FROM audit_postings WHERE field = 7 AND value = ?1");
            st.bind(1, subject);
            return st.step() ? st.int64(0) : -1;
        };

        const qint64 erased = m_store->transact([&] { return log.eraseSubject(subject); });
        QCOMPARE(erased, before);
        QCOMPARE(partsOf(subject), 0);
        QCOMPARE(subjectRuns(), 0);
        QVERIFY(!log.repository().personal(3));
        QVERIFY(log.repository().subjectKey(subject).isEmpty());
        QVERIFY(log.repository().personal(1)); // another subject
        QCOMPARE(log.rootHash(700), root);
        QCOMPARE(log.inclusionProof(300, 700), proof);
        QCOMPARE(c.rootHash, log.rootHash(c.treeSize));
        QCOMPARE(MerkleTree::rootHash(leavesFromScratch(log.repository())), log.rootHash(log.size()));
        // A later event of the same person gets a fresh key.
        m_store->transact([&] { log.append(draft(2)); });
        QVERIFY(!log.repository().subjectKey(subject).isEmpty());
        QVERIFY(log.repository().subjectKey(subject) != key);
    }

    void batchesCopyTheLogInTheBackground()
    {
        Database& db = m_store->db();
        const std::int64_t before = db.scalarInt("PRAGMA wal_autocheckpoint");
        QVERIFY(before > 0);
        {
            AuditLog log(*m_store, *m_clock, signing());
            log.appendBatch(drafts(0, 5000));
            // The batch's checkpointer makes its last copy after the batch
            // returned; until a later append finds it done, the writer leaves
            // checkpoints to it.
            QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), std::int64_t(0));
            QDeadlineTimer deadline(10'000);
            while (db.scalarInt("PRAGMA wal_autocheckpoint") != before && !deadline.hasExpired()) {
                QTest::qWait(20);
                m_store->transact([&] { log.append(draft(1)); });
            }
            QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), before);
            log.appendBatch(drafts(0, 3000));
        }
        // Destroying the log waits for the last copy and gives the setting back.
        QCOMPARE(db.scalarInt("PRAGMA wal_autocheckpoint"), before);
    }

    void observerSeesEachEventAndMayAppend()
    {
        AuditLog log(*m_store, *m_clock, signing());
        QList<qint64> seen;
        log.setAppendObserver([&](const AuditRecord& r) {
            seen.append(r.sequence);
            if (r.type == AuditEventType::LoginFailed) {
                AuditEventDraft alert;
                alert.type = AuditEventType::AlertRaised;
                alert.resource = QStringLiteral("alert/1");
                log.append(alert);
            }
        });
        std::vector<AuditEventDraft> ds = drafts(0, 5);
        for (AuditEventDraft& d : ds)
            d.type = AuditEventType::DataRead;
        ds[1].type = AuditEventType::LoginFailed;
        log.appendBatch(ds);
        QCOMPARE(log.size(), 6);
        QCOMPARE(seen, (QList<qint64> { 1, 2, 4, 5, 6 }));
        QCOMPARE(AuditEventCodec::decode(log.repository().row(3)->record)->type, AuditEventType::AlertRaised);
        QCOMPARE(log.rootHash(6), MerkleTree::rootHash(leavesFromScratch(log.repository())));
    }

    void largeBatchWithObserverAndPastTimes()
    {
        // More events than one pipeline chunk, so the batch is prepared on a
        // second thread; the observer's extra events shift every later seq.
        AuditLog log(*m_store, *m_clock, signing(1000, 0));
        int alerts = 0;
        log.setAppendObserver([&](const AuditRecord& r) {
            if (r.sequence % 1500 == 0) {
                ++alerts;
                AuditEventDraft alert;
                alert.type = AuditEventType::AlertRaised;
                alert.resource = QStringLiteral("alert/%1").arg(alerts);
                alert.timeUtcMs = r.timeUtcMs + 5000; // later than the drafts that follow
                log.append(alert);
            }
        });
        std::vector<AuditEventDraft> ds = drafts(0, 7000);
        for (std::size_t i = 0; i < ds.size(); ++i)
            ds[i].timeUtcMs = kStart.toMSecsSinceEpoch() + qint64(i) * 1000 - (i % 3 == 0 ? 4000 : 0);
        const qint64 last = log.appendBatch(ds);
        QCOMPARE(last, 7000 + alerts);
        QVERIFY(alerts >= 4);
        qint64 previous = std::numeric_limits<qint64>::min();
        qint64 seq = 0;
        int fromDrafts = 0;
        log.repository().forEachRow(1, last, [&](const StoredAuditRow& r) {
            const auto rec = AuditEventCodec::decode(r.record);
            if (!rec || rec->sequence != ++seq || rec->timeUtcMs < previous || rec->timeUtcMs != r.timeMs)
                throw std::runtime_error("sequence or time out of order");
            previous = rec->timeUtcMs;
            if (!rec->resource.startsWith(QLatin1String("alert/"))) {
                const AuditEventDraft& d = ds[std::size_t(fromDrafts++)];
                if (rec->resource != d.resource || rec->details != d.details || rec->actorId != d.actorId)
                    throw std::runtime_error("event differs from its draft");
            }
            return true;
        });
        QCOMPARE(fromDrafts, 7000);
        const auto leaves = leavesFromScratch(log.repository());
        QCOMPARE(log.rootHash(last), MerkleTree::rootHash(leaves));
        for (const Checkpoint& c : log.repository().checkpoints())
            QCOMPARE(c.rootHash, MerkleTree::rootHash(std::span(leaves).first(std::size_t(c.treeSize))));
        QCOMPARE(log.repository().checkpoints().size(), qsizetype(last / 1000));
        // Chain hashes (partly computed ahead on the preparing thread), filter
        // columns, subtrees and checkpoints all hold.
        const AuditVerifyReport report = AuditVerifier::verify(log.repository(), {});
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.eventsChecked, last);
        // Personal parts went to the right events.
        for (qint64 s : { qint64(1), qint64(2999), qint64(last) }) {
            const auto rec = AuditEventCodec::decode(log.repository().row(s)->record);
            const auto part = log.repository().personal(s);
            if (!part) {
                QCOMPARE(rec->personalCommitment, PersonalCommitment::none());
                continue;
            }
            QVERIFY(PersonalCommitment::verify(part->part.data, part->part.salt,
                log.repository().subjectKey(part->subject), rec->personalCommitment));
        }
    }

    void pseudonyms()
    {
        AuditLog log(*m_store, *m_clock, signing());
        const QString p = log.pseudonym(QStringLiteral("op"), QStringLiteral("alice"));
        QVERIFY(p.startsWith(QLatin1String("op-")));
        QCOMPARE(p.size(), 3 + 16);
        QCOMPARE(log.pseudonym(QStringLiteral("op"), QStringLiteral("alice")), p);
        QVERIFY(log.pseudonym(QStringLiteral("op"), QStringLiteral("bob")) != p);
        Operator op;
        op.username = QStringLiteral("alice");
        op.displayName = QStringLiteral("Alice Example");
        QCOMPARE(log.operatorActor(op), p);
        QCOMPARE(log.operatorPersonal(op).actorName, op.displayName);
        QCOMPARE(log.operatorPersonal(op).actorEmail, op.username);
        AuditLog other(*m_store, *m_clock, signing());
        QCOMPARE(other.operatorActor(op), p); // the secret is the store's
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
