// The audit index's posting runs: the delta encoding read back exactly, and
// every malformed run refused rather than misread.
#include "audit/AuditIndexBuffer.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace gc;

class TestAuditIndex : public QObject
{
    Q_OBJECT

private slots:
    void runsRoundTrip()
    {
        QRandomGenerator rng(5);
        for (int round = 0; round < 200; ++round) {
            std::vector<qint64> seqs;
            qint64 v = 1 + qint64(rng.bounded(1000));
            const int n = 1 + int(rng.bounded(round < 100 ? 5 : 5000));
            for (int i = 0; i < n; ++i) {
                seqs.push_back(v);
                // Small steps, and now and then one that needs several varint bytes.
                v += rng.bounded(20) == 0 ? 1 + qint64(rng.generate64() % (qint64(1) << 40)) : 1 + rng.bounded(300);
            }
            const QByteArray deltas = auditPostings::encodeDeltas(seqs);
            QCOMPARE(deltas.isEmpty(), n == 1);
            std::vector<qint64> back;
            QVERIFY(auditPostings::decode(seqs.front(), seqs.back(), qint64(seqs.size()), deltas, back));
            QCOMPARE(back, seqs);
        }
    }

    void malformedRunsAreRefused()
    {
        const std::vector<qint64> seqs { 10, 11, 300, 70000 };
        const QByteArray deltas = auditPostings::encodeDeltas(seqs);
        std::vector<qint64> out;
        QVERIFY(auditPostings::decode(10, 70000, 4, deltas, out));
        const auto refused = [&](qint64 first, qint64 last, qint64 n, const QByteArray& bytes) {
            std::vector<qint64> o;
            return !auditPostings::decode(first, last, n, bytes, o);
        };
        QVERIFY(refused(10, 70000, 3, deltas));                  // count too small: bytes left over
        QVERIFY(refused(10, 70000, 5, deltas));                  // count too large: bytes run out
        QVERIFY(refused(10, 69999, 4, deltas));                  // last disagrees
        QVERIFY(refused(11, 70000, 4, deltas));                  // first disagrees
        QVERIFY(refused(10, 70000, 4, deltas.chopped(1)));       // truncated varint
        QVERIFY(refused(10, 70000, 4, deltas + QByteArray(1, '\0'))); // trailing byte
        QVERIFY(refused(10, 12, 3, QByteArray("\x01\x00", 2)));  // a zero step (not ascending)
        QVERIFY(refused(10, 10, 2, QByteArray(1, '\0')));
        QVERIFY(refused(10, 11, 1, QByteArray()));               // one element but first != last
        QVERIFY(refused(10, 10, 0, QByteArray()));
        QVERIFY(refused(10, 20, 2, QByteArray(11, char(0xff)))); // endless varint
    }

    void bufferGroupsEventsByFieldAndValue()
    {
        AuditIndexBuffer b;
        QVERIFY(b.isEmpty());
        b.add(41, std::nullopt, "op-a", 3, 1, 0, "tenant/7", "tenant/7 hello");
        b.add(42, qint64(7), "op-b", 3, 2, 1, "store", "store");
        b.add(43, qint64(7), "op-a", 5, 1, 0, "tenant/7/users", "tenant/7/users world");
        QCOMPARE(b.size(), qint64(3));
        QCOMPARE(b.firstSeq(), qint64(41));
        QCOMPARE(b.lastSeq(), qint64(43));
        QCOMPARE(b.body(0), QByteArrayView("tenant/7 hello"));
        QCOMPARE(b.body(2), QByteArrayView("tenant/7/users world"));
        const auto seqsOf = [&](AuditIndexField field, qint64 number, const QByteArray& text, bool isText) {
            const auto it = b.postings().find({ field, number, text, isText });
            return it == b.postings().end() ? std::vector<qint64>() : it->second;
        };
        QCOMPARE(seqsOf(AuditIndexField::Tenant, 0, {}, false), std::vector<qint64>({ 41 }));
        QCOMPARE(seqsOf(AuditIndexField::Tenant, 7, {}, false), std::vector<qint64>({ 42, 43 }));
        QCOMPARE(seqsOf(AuditIndexField::Actor, 0, "op-a", true), std::vector<qint64>({ 41, 43 }));
        QCOMPARE(seqsOf(AuditIndexField::Type, 3, {}, false), std::vector<qint64>({ 41, 42 }));
        QCOMPARE(seqsOf(AuditIndexField::Status, 4, {}, false), std::vector<qint64>({ 41, 43 }));
        QCOMPARE(seqsOf(AuditIndexField::ResourceKind, 0, "tenant/", true), std::vector<qint64>({ 41, 43 }));
        QCOMPARE(seqsOf(AuditIndexField::ResourceKind, 0, "", true), std::vector<qint64>({ 42 }));
        QCOMPARE(seqsOf(AuditIndexField::Resource, 0, "tenant/7/users", true), std::vector<qint64>({ 43 }));
        b.clear();
        QVERIFY(b.isEmpty());
        QVERIFY(b.postings().empty());
    }
};

QTEST_GUILESS_MAIN(TestAuditIndex)
#include "TestAuditIndex.moc"
