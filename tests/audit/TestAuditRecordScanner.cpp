// The verifier's fast path must never accept what AuditEventCodec::decode
// refuses, and must read the same fields when it accepts.
#include "audit/AuditEventCodec.h"
#include "audit/AuditRecordScanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace gc;

namespace {

AuditRecord baseRecord()
{
    AuditRecord r;
    r.sequence = 4242;
    r.timeUtcMs = 1'790'000'000'123;
    r.tenant = TenantId(17);
    r.actorId = QStringLiteral("op-3f9a02c1aa00bb11");
    r.type = AuditEventType::TenantSuspended;
    r.severity = AuditSeverity::Warning;
    r.outcome = AuditOutcome::Denied;
    r.resource = QStringLiteral("tenant/17");
    r.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("unpaid invoices") },
        { QStringLiteral("count"), 3 } };
    r.personalCommitment = QByteArray(32, '\x5a');
    return r;
}

quint32 u32At(const QByteArray& b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

// `encoded` with its details text replaced by `json` (length prefix fixed).
QByteArray withDetails(const QByteArray& encoded, const QByteArray& json)
{
    qsizetype p = 17 + 1 + (encoded[17] == 1 ? 8 : 0);
    p += 4 + u32At(encoded, p); // actor
    p += 4; // type, severity, outcome
    p += 4 + u32At(encoded, p); // resource
    const qsizetype oldLength = u32At(encoded, p);
    QByteArray out = encoded.left(p);
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((quint32(json.size()) >> shift) & 0xff));
    out.append(json);
    out.append(encoded.mid(p + 4 + oldLength));
    return out;
}

// Fails the test when the scanner accepts `bytes` that the decoder refuses or
// reads differently; returns whether the scanner accepted.
bool agrees(const QByteArray& bytes, const char* what)
{
    AuditRecordFields f;
    if (AuditRecordScanner::scan(bytes, f) != AuditRecordScanner::Result::Canonical)
        return false;
    const auto r = AuditEventCodec::decode(bytes);
    if (!r) {
        QTest::qFail(qPrintable(QStringLiteral("scanner accepted what decode refuses: %1 %2")
                                    .arg(QLatin1String(what), QString::fromLatin1(bytes.toHex()))),
            __FILE__, __LINE__);
        return true;
    }
    const bool same = f.sequence == r->sequence && f.timeUtcMs == r->timeUtcMs
        && f.tenant == (r->tenant ? std::optional<qint64>(r->tenant->value) : std::nullopt)
        && QLatin1String(f.actor) == r->actorId && f.type == quint16(r->type)
        && f.severity == quint8(r->severity) && f.outcome == quint8(r->outcome)
        && QLatin1String(f.resource) == r->resource && f.commitment == r->personalCommitment;
    if (!same)
        QTest::qFail(qPrintable(QStringLiteral("scanner read other fields: %1").arg(QLatin1String(what))),
            __FILE__, __LINE__);
    return true;
}

} // namespace

class TestAuditRecordScanner : public QObject
{
    Q_OBJECT

private slots:
    void plainRecordsTakeTheFastPath()
    {
        AuditRecord r = baseRecord();
        QVERIFY(agrees(AuditEventCodec::encode(r), "base"));
        r.tenant.reset();
        r.details = QJsonObject {};
        QVERIFY(agrees(AuditEventCodec::encode(r), "platform, empty details"));
        r.details = QJsonObject { { QStringLiteral("a"),
                                      QJsonArray { 1, -2, true, false, QJsonValue::Null,
                                          QJsonObject { { QStringLiteral("b"), 0 } } } },
            { QStringLiteral("big"), qint64(999'999'999'999'999) }, { QStringLiteral("neg"), -7 } };
        QVERIFY(agrees(AuditEventCodec::encode(r), "nested"));
    }

    void unusualRecordsAreLeftToTheDecoder()
    {
        const auto undecided = [](const AuditRecord& r) {
            AuditRecordFields f;
            return AuditRecordScanner::scan(AuditEventCodec::encode(r), f)
                == AuditRecordScanner::Result::Undecided;
        };
        AuditRecord r = baseRecord();
        r.details.insert(QStringLiteral("city"), QStringLiteral("Zürich"));
        QVERIFY(undecided(r));
        r = baseRecord();
        r.details.insert(QStringLiteral("ratio"), 0.25);
        QVERIFY(undecided(r));
        r = baseRecord();
        r.details.insert(QStringLiteral("quote"), QStringLiteral("say \"hi\""));
        QVERIFY(undecided(r));
        r = baseRecord();
        r.resource = QStringLiteral("tenant/\t17");
        QVERIFY(undecided(r));
        r = baseRecord();
        r.details.insert(QStringLiteral("huge"), qint64(9'000'000'000'000'000));
        QVERIFY(undecided(r));
    }

    void handMadeDetailsNeverFoolIt()
    {
        const QByteArray base = AuditEventCodec::encode(baseRecord());
        const char* texts[] = { "{}", "{\"a\":1}", "{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{ \"a\":1}",
            "{\"a\":-0}", "{\"a\":01}", "{\"a\":1.0}", "{\"a\":1e3}", "{\"a\":\"\\u0041\"}",
            "{\"a\":\"\\/\"}", "{\"a\":[1,]}", "{\"a\":[,1]}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"x}",
            "{\"a\":1", "[1]", "\"a\"", "{\"a\":{\"c\":1,\"b\":2}}", "{\"a\":{\"b\":1,\"c\":2}}",
            "{\"a\":1234567890123456}", "{\"a\":-123456789012345}", "{\"a\":\"x\"}x", "{\"\":1}",
            "{\"a\":\"\x7f\"}", "{\"a\":-}", "{\"a\":true,\"b\":false,\"c\":null}", "{\"A\":1,\"a\":2}",
            "{\"a\":2,\"A\":1}" };
        int accepted = 0;
        for (const char* t : texts)
            accepted += agrees(withDetails(base, QByteArray(t)), t) ? 1 : 0;
        QCOMPARE(accepted, 7); // the canonical ones above
    }

    void mutationsNeverFoolIt()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        AuditRecord r = baseRecord();
        r.details.insert(QStringLiteral("list"), QJsonArray { 1, 2, QStringLiteral("three") });
        const QByteArray base = AuditEventCodec::encode(r);
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray b = base;
            for (int n = 1 + int(rng.bounded(3)); n > 0; --n) {
                const qsizetype at = qsizetype(rng.bounded(quint32(b.size())));
                switch (rng.bounded(4)) {
                case 0:
                    b[at] = char(rng.bounded(256));
                    break;
                case 1:
                    b[at] = char(b[at] ^ (1 << rng.bounded(8)));
                    break;
                case 2:
                    b.remove(at, 1);
                    break;
                default:
                    b.insert(at, char(rng.bounded(256)));
                }
            }
            accepted += agrees(b, "mutation") ? 1 : 0;
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(accepted > 0);
    }

    void peeksTheSequence()
    {
        const QByteArray b = AuditEventCodec::encode(baseRecord());
        QCOMPARE(AuditRecordScanner::peekSequence(b), 4242);
        QCOMPARE(AuditRecordScanner::peekSequence(b.left(8)), std::nullopt);
        QByteArray other = b;
        other[0] = 2;
        QCOMPARE(AuditRecordScanner::peekSequence(other), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestAuditRecordScanner)
#include "TestAuditRecordScanner.moc"
