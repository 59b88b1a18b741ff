#include "audit/AuditEvent.h"
#include "audit/AuditEventCodec.h"
#include "audit/AuditEventType.h"
#include "audit/MerkleProofVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/PersonalCommitment.h"
#include "core/DomainError.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace gc;

namespace QTest {
template <> char* toString(const gc::AuditDecodeError& e)
{
    return qstrdup(gc::AuditEventCodec::message(e).toUtf8().constData());
}
} // namespace QTest

namespace {

// Includes characters that need escaping in JSON, multi-byte UTF-8 and a
// surrogate pair, so the round trip covers the encoder's corner cases.
const QStringList kPieces { QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral("7"),
    QStringLiteral(" "), QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"),
    QStringLiteral("\t"), QString(QChar(0x01)), QString(QChar(0x1f)), QString(QChar(0x00df)),
    QString(QChar(0x20ac)), QStringLiteral("\U0001F600"), QStringLiteral("/"), QStringLiteral("{"),
    QStringLiteral(":") };

QString randomString(QRandomGenerator& rng, int maxPieces = 8)
{
    QString s;
    const int n = int(rng.bounded(maxPieces + 1));
    for (int i = 0; i < n; ++i)
        s += kPieces[int(rng.bounded(qint64(kPieces.size())))];
    return s;
}

QJsonValue randomJsonValue(QRandomGenerator& rng, int depth);

QJsonObject randomObject(QRandomGenerator& rng, int depth)
{
    QJsonObject o;
    const int n = int(rng.bounded(depth > 0 ? 5 : 3));
    for (int i = 0; i < n; ++i)
        o.insert(randomString(rng, 4), randomJsonValue(rng, depth - 1));
    return o;
}

QJsonValue randomJsonValue(QRandomGenerator& rng, int depth)
{
    switch (rng.bounded(depth > 0 ? 8 : 6)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return rng.bounded(2) == 1;
    case 2:
        return qint64(rng.bounded(2'000'000)) - 1'000'000;
    case 3:
        // Below 2^53: Qt's parser stores larger whole numbers as integers,
        // which QJsonValue then does not compare equal to the double.
        return (rng.generateDouble() - 0.5) * std::pow(10.0, double(rng.bounded(36)) - 20.0);
    case 4:
    case 5:
        return randomString(rng);
    case 6: {
        QJsonArray a;
        const int n = int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            a.append(randomJsonValue(rng, depth - 1));
        return a;
    }
    default:
        return randomObject(rng, depth - 1);
    }
}

QByteArray randomBytes(QRandomGenerator& rng, int n)
{
    QByteArray b(n, '\0');
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

AuditRecord randomRecord(QRandomGenerator& rng, qint64 sequence)
{
    const auto& types = allAuditEventTypes();
    AuditRecord r;
    r.sequence = sequence;
    r.timeUtcMs = qint64(rng.generate64() >> 1) - (qint64(1) << 62);
    if (rng.bounded(3) != 0)
        r.tenant = TenantId(qint64(rng.generate64()));
    r.actorId = randomString(rng);
    r.type = types[int(rng.bounded(qint64(types.size())))];
    r.severity = *auditSeverityFromCode(quint8(rng.bounded(4)));
    r.outcome = *auditOutcomeFromCode(quint8(rng.bounded(3)));
    r.resource = randomString(rng);
    r.details = randomObject(rng, 3);
    r.personalCommitment = rng.bounded(4) == 0 ? PersonalCommitment::none() : randomBytes(rng, 32);
    return r;
}

AuditRecord sampleRecord()
{
    AuditRecord r;
    r.sequence = 7;
    r.timeUtcMs = 1'764'201'600'123;
    r.tenant = TenantId(42);
    r.actorId = QStringLiteral("user-3f9a02c1");
    r.type = AuditEventType::DataExported;
    r.severity = AuditSeverity::Notice;
    r.outcome = AuditOutcome::Success;
    r.resource = QStringLiteral("tenant/42/predictions");
    r.details = QJsonObject { { QStringLiteral("rows"), 1200 },
        { QStringLiteral("format"), QStringLiteral("csv") } };
    r.personalCommitment = QByteArray(32, '\x5a');
    return r;
}

AuditDecodeError decodeError(QByteArrayView bytes)
{
    AuditDecodeError e = AuditDecodeError::None;
    const auto r = AuditEventCodec::decode(bytes, &e);
    if (r && e != AuditDecodeError::None)
        return AuditDecodeError::BadValue; // inconsistent: a record and an error
    return e;
}

// Byte offset of the actor id's length prefix in a record with a tenant.
constexpr int kActorOffset = 1 + 8 + 8 + 1 + 8;

} // namespace

class TestAuditEvents : public QObject
{
    Q_OBJECT

private slots:
    void typesHaveStableUniqueIdsInEveryCategory()
    {
        const auto& types = allAuditEventTypes();
        QVERIFY(types.size() >= 20);
        QSet<QString> ids;
        QSet<quint16> codes;
        QHash<AuditCategory, int> perCategory;
        for (AuditEventType t : types) {
            const QString id = auditEventTypeId(t);
            QVERIFY(!id.isEmpty());
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY(!codes.contains(quint16(t)));
            codes.insert(quint16(t));
            QCOMPARE(auditEventTypeFromId(id), t);
            QCOMPARE(auditEventTypeFromCode(quint16(t)), t);
            QVERIFY(!auditEventTypeDisplayName(t).isEmpty());
            ++perCategory[auditEventCategory(t)];
        }
        for (AuditCategory c : allAuditCategories()) {
            QVERIFY2(perCategory.value(c) > 0, qPrintable(auditCategoryId(c)));
            QCOMPARE(auditCategoryFromId(auditCategoryId(c)), c);
            QVERIFY(!auditCategoryDisplayName(c).isEmpty());
        }
        // The ids other layers and stored data rely on.
        for (const char* id : { "login", "logout", "login_failed", "password_changed", "role_changed",
                 "data_read", "data_exported", "data_updated", "data_deleted", "prediction_requested",
                 "api_key_created", "api_key_revoked", "tenant_provisioned", "tenant_tier_changed",
                 "tenant_suspended", "tenant_reactivated", "tenant_offboarded", "tenant_purged",
                 "tenant_user_added", "tenant_user_changed", "quota_warning", "quota_exceeded",
                 "authentication_failure", "suspected_breach", "alert_raised", "alert_resolved",
                 "gdpr_request_received", "gdpr_erasure_completed", "gdpr_export_completed",
                 "backup_completed", "configuration_changed", "key_rotated", "checkpoint_signed" })
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        // Codes are part of the hashed bytes: pin a few so a renumbering fails here.
        QCOMPARE(quint16(AuditEventType::Login), quint16(1));
        QCOMPARE(quint16(AuditEventType::TenantPurged), quint16(65));
        QCOMPARE(quint16(AuditEventType::CheckpointSigned), quint16(123));
        QCOMPARE(auditEventCategory(AuditEventType::SuspectedBreach), AuditCategory::Security);
        QCOMPARE(auditEventDefaultSeverity(AuditEventType::SuspectedBreach), AuditSeverity::Critical);
        QCOMPARE(auditEventDefaultSeverity(AuditEventType::Login), AuditSeverity::Info);
        QVERIFY(!auditEventTypeFromCode(0));
        QVERIFY(!auditEventTypeFromId(QStringLiteral("LOGIN")));
        for (quint8 s = 0; s < 4; ++s) {
            const AuditSeverity sev = *auditSeverityFromCode(s);
            QCOMPARE(auditSeverityFromId(auditSeverityId(sev)), sev);
            QVERIFY(!auditSeverityDisplayName(sev).isEmpty());
        }
        QVERIFY(!auditSeverityFromCode(4));
        for (quint8 o = 0; o < 3; ++o) {
            const AuditOutcome out = *auditOutcomeFromCode(o);
            QCOMPARE(auditOutcomeFromId(auditOutcomeId(out)), out);
            QVERIFY(!auditOutcomeDisplayName(out).isEmpty());
        }
        QVERIFY(!auditOutcomeFromCode(3));
    }

    void encodingMatchesTheDocumentedLayout()
    {
        AuditRecord r;
        r.sequence = 0x0102;
        r.timeUtcMs = -1;
        r.actorId = QStringLiteral("ab");
        r.type = AuditEventType::KeyRotated;
        r.severity = AuditSeverity::Warning;
        r.outcome = AuditOutcome::Denied;
        r.resource = QString(QChar(0x00e9));
        r.details = QJsonObject { { QStringLiteral("b"), 1 },
            { QStringLiteral("a"), QJsonArray { true, QJsonValue() } } };
        r.personalCommitment = QByteArray(32, '\x11');
        const QByteArray expected = QByteArray::fromHex("01"
                                                        "0000000000000102"
                                                        "ffffffffffffffff"
                                                        "00"
                                                        "00000002"
                                                        "6162"
                                                        "007a"
                                                        "02"
                                                        "02"
                                                        "00000002"
                                                        "c3a9")
            + QByteArray::fromHex("00000017") + QByteArray("{\"a\":[true,null],\"b\":1}")
            + QByteArray(32, '\x11');
        QCOMPARE(AuditEventCodec::encode(r).toHex(), expected.toHex());
    }

    void canonicalJsonFollowsTheRules()
    {
        const QJsonObject o { { QStringLiteral("z"), 0.5 }, { QString(QChar(0x00e9)), 1e300 },
            { QStringLiteral("A"), QString(QStringLiteral("q\"\\\n\x01/") + QChar(0x20ac)) },
            { QStringLiteral("m"), -12 },
            { QStringLiteral("n"),
                QJsonObject { { QStringLiteral("y"), false }, { QStringLiteral("x"), 3.0 } } } };
        QCOMPARE(AuditEventCodec::canonicalJson(o),
            QByteArray("{\"A\":\"q\\\"\\\\\\n\\u0001/\xe2\x82\xac\",\"m\":-12,\"n\":{\"x\":3,\"y\":false},"
                       "\"z\":0.5,\"\xc3\xa9\":1e+300}"));
        QCOMPARE(AuditEventCodec::canonicalJson({}), QByteArray("{}"));
        QCOMPARE(AuditEventCodec::canonicalJson(QJsonObject { { QStringLiteral("a"), 1.019287325430931e18 },
                     { QStringLiteral("b"), -2.5e-7 }, { QStringLiteral("c"), qint64(1) << 53 } }),
            QByteArray("{\"a\":1.019287325430931e+18,\"b\":-2.5e-07,\"c\":9.007199254740992e+15}"));

        // Large numbers decode to the same text again.
        AuditRecord r = sampleRecord();
        r.details = QJsonObject { { QStringLiteral("big"), 1.019287325430931e18 },
            { QStringLiteral("neg"), -1e300 } };
        const QByteArray bytes = AuditEventCodec::encode(r);
        const auto back = AuditEventCodec::decode(bytes);
        QVERIFY(back.has_value());
        QCOMPARE(AuditEventCodec::encode(*back), bytes);

        // An integer a double cannot hold would collide with its neighbour.
        r.details = QJsonObject { { QStringLiteral("id"), (qint64(1) << 53) + 1 } };
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)AuditEventCodec::encode(r));
    }

    void roundTripsRandomRecords()
    {
        QRandomGenerator rng(20261127);
        for (int i = 0; i < 2000; ++i) {
            const AuditRecord r = randomRecord(rng, qint64(rng.generate64() >> 1));
            const QByteArray bytes = AuditEventCodec::encode(r);
            AuditDecodeError e = AuditDecodeError::Truncated;
            const auto back = AuditEventCodec::decode(bytes, &e);
            QVERIFY2(back.has_value(), qPrintable(AuditEventCodec::message(e) + QString::number(i)));
            QCOMPARE(e, AuditDecodeError::None);
            QVERIFY2(*back == r, qPrintable(QString::number(i)));
            QCOMPARE(AuditEventCodec::encode(*back), bytes);
        }
    }

    void encodingIsDeterministic()
    {
        const AuditRecord r = sampleRecord();
        QCOMPARE(AuditEventCodec::encode(r), AuditEventCodec::encode(r));

        AuditRecord a = r;
        AuditRecord b = r;
        a.details = QJsonObject();
        b.details = QJsonObject();
        const QStringList keys { QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("Mu"),
            QStringLiteral("\U0001F600"), QStringLiteral("beta") };
        for (int i = 0; i < keys.size(); ++i)
            a.details.insert(keys[i], i);
        for (int i = int(keys.size()) - 1; i >= 0; --i)
            b.details.insert(keys[i], i);
        QJsonObject innerA { { QStringLiteral("k2"), 2 } };
        innerA.insert(QStringLiteral("k1"), 1);
        QJsonObject innerB { { QStringLiteral("k1"), 1 } };
        innerB.insert(QStringLiteral("k2"), 2);
        a.details.insert(QStringLiteral("inner"), innerA);
        b.details.insert(QStringLiteral("inner"), innerB);
        QCOMPARE(AuditEventCodec::encode(a), AuditEventCodec::encode(b));
    }

    void everyFieldChangesTheBytes()
    {
        const AuditRecord base = sampleRecord();
        const QByteArray baseBytes = AuditEventCodec::encode(base);
        QList<std::function<void(AuditRecord&)>> changes {
            [](AuditRecord& r) { r.sequence += 1; },
            [](AuditRecord& r) { r.timeUtcMs += 1; },
            [](AuditRecord& r) { r.tenant = TenantId(43); },
            [](AuditRecord& r) { r.tenant.reset(); },
            [](AuditRecord& r) { r.actorId += u'x'; },
            [](AuditRecord& r) { r.type = AuditEventType::DataRead; },
            [](AuditRecord& r) { r.severity = AuditSeverity::Critical; },
            [](AuditRecord& r) { r.outcome = AuditOutcome::Failure; },
            [](AuditRecord& r) { r.resource.chop(1); },
            [](AuditRecord& r) { r.details.insert(QStringLiteral("rows"), 1201); },
            [](AuditRecord& r) { r.details.insert(QStringLiteral("extra"), QJsonValue()); },
            [](AuditRecord& r) { r.details.insert(QStringLiteral("rows"), QStringLiteral("1200")); },
            [](AuditRecord& r) { r.personalCommitment[31] = '\x5b'; },
        };
        QSet<QByteArray> seen { baseBytes };
        for (int i = 0; i < changes.size(); ++i) {
            AuditRecord r = base;
            changes[i](r);
            const QByteArray bytes = AuditEventCodec::encode(r);
            QVERIFY2(!seen.contains(bytes), qPrintable(QString::number(i)));
            seen.insert(bytes);
        }

        // A platform event and tenant 0 are different events.
        AuditRecord platform = base;
        platform.tenant.reset();
        AuditRecord tenantZero = base;
        tenantZero.tenant = TenantId(0);
        QVERIFY(AuditEventCodec::encode(platform) != AuditEventCodec::encode(tenantZero));
    }

    void movingCharactersBetweenStringsChangesTheBytes()
    {
        AuditRecord a = sampleRecord();
        AuditRecord b = a;
        a.actorId = QStringLiteral("ab");
        a.resource = QStringLiteral("c");
        b.actorId = QStringLiteral("a");
        b.resource = QStringLiteral("bc");
        QVERIFY(AuditEventCodec::encode(a) != AuditEventCodec::encode(b));

        // Resource and details are adjacent in the encoding.
        AuditRecord c = sampleRecord();
        AuditRecord d = c;
        c.resource = QStringLiteral("x{");
        c.details = QJsonObject();
        d.resource = QStringLiteral("x");
        d.details = QJsonObject();
        QVERIFY(AuditEventCodec::encode(c) != AuditEventCodec::encode(d));

        // Key and value inside details.
        AuditRecord e = sampleRecord();
        AuditRecord f = e;
        e.details = QJsonObject { { QStringLiteral("ab"), QStringLiteral("c") } };
        f.details = QJsonObject { { QStringLiteral("a"), QStringLiteral("bc") } };
        QVERIFY(AuditEventCodec::encode(e) != AuditEventCodec::encode(f));

        // Personal data fields.
        AuditPersonalData p { QStringLiteral("Ann"), QStringLiteral("a@x.org"), QStringLiteral("10.0.0.1"),
            {} };
        AuditPersonalData q = p;
        q.actorName = QStringLiteral("An");
        q.actorEmail = QStringLiteral("na@x.org");
        QVERIFY(PersonalCommitment::canonicalBytes(p) != PersonalCommitment::canonicalBytes(q));
    }

    void encoderRefusesWhatCannotBeEncodedFaithfully()
    {
        auto refuses = [](const AuditRecord& r) {
            try {
                (void)AuditEventCodec::encode(r);
            } catch (const DomainError& e) {
                return e.kind() == DomainError::Kind::Invalid && !e.message().isEmpty();
            }
            return false;
        };
        AuditRecord r = sampleRecord();
        r.sequence = -1;
        QVERIFY(refuses(r));
        r = sampleRecord();
        r.personalCommitment.chop(1);
        QVERIFY(refuses(r));
        r = sampleRecord();
        r.actorId = QString(QChar(0xd800));
        QVERIFY(refuses(r));
        r = sampleRecord();
        r.details.insert(QStringLiteral("x"), std::numeric_limits<double>::quiet_NaN());
        QVERIFY(refuses(r));
        r = sampleRecord();
        r.type = static_cast<AuditEventType>(999);
        QVERIFY(refuses(r));
    }

    void decoderRejectsMalformedBytes()
    {
        const QByteArray bytes = AuditEventCodec::encode(sampleRecord());
        QVERIFY(AuditEventCodec::decode(bytes).has_value());
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QCOMPARE(decodeError(bytes.first(n)), AuditDecodeError::Truncated);
        QCOMPARE(decodeError(QByteArray(bytes + '\0')), AuditDecodeError::TrailingBytes);
        QCOMPARE(decodeError(QByteArray(bytes + bytes)), AuditDecodeError::TrailingBytes);
        for (char version : { '\x00', '\x02', '\xff' }) {
            QByteArray b = bytes;
            b[0] = version;
            QCOMPARE(decodeError(b), AuditDecodeError::UnsupportedVersion);
        }

        // sampleRecord has a tenant: flag at 17, actor "user-3f9a02c1" (13 bytes).
        QByteArray badFlag = bytes;
        badFlag[17] = '\x02';
        QCOMPARE(decodeError(badFlag), AuditDecodeError::BadValue);
        QByteArray badUtf8 = bytes;
        badUtf8[kActorOffset + 4] = '\xff';
        QCOMPARE(decodeError(badUtf8), AuditDecodeError::BadUtf8);
        QByteArray overlong = bytes; // "/" as the overlong pair C0 AF is not UTF-8
        overlong[kActorOffset + 4] = '\xc0';
        overlong[kActorOffset + 5] = '\xaf';
        QCOMPARE(decodeError(overlong), AuditDecodeError::BadUtf8);
        const int typeOffset = kActorOffset + 4 + 13;
        QByteArray badType = bytes;
        badType[typeOffset] = '\xff';
        QCOMPARE(decodeError(badType), AuditDecodeError::BadValue);
        QByteArray badSeverity = bytes;
        badSeverity[typeOffset + 2] = '\x04';
        QCOMPARE(decodeError(badSeverity), AuditDecodeError::BadValue);
        QByteArray badOutcome = bytes;
        badOutcome[typeOffset + 3] = '\x03';
        QCOMPARE(decodeError(badOutcome), AuditDecodeError::BadValue);
        QByteArray badSequence = bytes;
        badSequence[1] = '\x80';
        QCOMPARE(decodeError(badSequence), AuditDecodeError::BadValue);

        // Same object, non-canonical text: keys out of order, whitespace.
        auto withDetails = [&](const QByteArray& json) {
            AuditRecord r = sampleRecord();
            r.details = QJsonObject();
            QByteArray b = AuditEventCodec::encode(r);
            const qsizetype at = b.size() - 32 - 2; // "{}" and its length prefix
            b.replace(at - 4, 6, QByteArray(QByteArray::fromHex("000000") + char(json.size()) + json));
            return b;
        };
        QVERIFY(AuditEventCodec::decode(withDetails("{\"a\":1,\"b\":2}")).has_value());
        QCOMPARE(decodeError(withDetails("{\"b\":2,\"a\":1}")), AuditDecodeError::BadDetails);
        QCOMPARE(decodeError(withDetails("{\"a\": 1}")), AuditDecodeError::BadDetails);
        QCOMPARE(decodeError(withDetails("{\"a\":1.0}")), AuditDecodeError::BadDetails);
        QCOMPARE(decodeError(withDetails("{\"a\":\"\\u0041\"}")), AuditDecodeError::BadDetails);
        QCOMPARE(decodeError(withDetails("[1]")), AuditDecodeError::BadDetails);
        QCOMPARE(decodeError(withDetails("{\"a\":")), AuditDecodeError::BadDetails);
        QCOMPARE(decodeError(withDetails("{\"a\":\"\\ud800\"}")), AuditDecodeError::BadDetails);

        // Whatever single-byte corruption decodes must re-encode to itself.
        QRandomGenerator rng(7);
        for (int i = 0; i < 3000; ++i) {
            QByteArray b = bytes;
            b[qsizetype(rng.bounded(qint64(b.size())))] = char(rng.bounded(256));
            const auto r = AuditEventCodec::decode(b);
            if (r)
                QCOMPARE(AuditEventCodec::encode(*r), b);
        }
    }

    void commitmentOpensOnlyWithTheExactInputs()
    {
        const AuditPersonalData data { QStringLiteral("Jürgen Schmidt"),
            QStringLiteral("j.schmidt@example.org"), QStringLiteral("192.0.2.17"),
            QJsonObject { { QStringLiteral("invitee"), QStringLiteral("Ana Pérez") } } };
        const QByteArray key = PersonalCommitment::generateSubjectKey();
        const QByteArray salt = PersonalCommitment::generateSalt();
        QCOMPARE(key.size(), 32);
        QCOMPARE(salt.size(), 32);
        QVERIFY(key != PersonalCommitment::generateSubjectKey());
        const QByteArray c = PersonalCommitment::commit(data, salt, key);
        QCOMPARE(c.size(), 32);
        QVERIFY(c != PersonalCommitment::none());
        QCOMPARE(PersonalCommitment::commit(data, salt, key), c);
        QVERIFY(PersonalCommitment::verify(data, salt, key, c));
        // Same data, another salt: unlinkable commitments.
        QVERIFY(PersonalCommitment::commit(data, PersonalCommitment::generateSalt(), key) != c);

        for (int i = 0; i < 32; ++i) {
            for (const QByteArray* which : { &key, &salt, &c }) {
                QByteArray k = key, s = salt, cc = c;
                QByteArray& target = which == &key ? k : which == &salt ? s : cc;
                target[i] = char(target[i] ^ 0x01);
                QVERIFY(!PersonalCommitment::verify(data, s, k, cc));
            }
        }
        AuditPersonalData changed = data;
        changed.actorName += u' ';
        QVERIFY(!PersonalCommitment::verify(changed, salt, key, c));
        changed = data;
        changed.actorEmail = QStringLiteral("J.schmidt@example.org");
        QVERIFY(!PersonalCommitment::verify(changed, salt, key, c));
        changed = data;
        changed.sourceAddress = QStringLiteral("192.0.2.18");
        QVERIFY(!PersonalCommitment::verify(changed, salt, key, c));
        changed = data;
        changed.details.insert(QStringLiteral("invitee"), QStringLiteral("Ana Perez"));
        QVERIFY(!PersonalCommitment::verify(changed, salt, key, c));
        QVERIFY(!PersonalCommitment::verify(data, salt.first(31), key, c));
        QVERIFY(!PersonalCommitment::verify(data, salt, key, c.first(31)));
        QVERIFY(!PersonalCommitment::verify({}, salt, key, c));
    }

    void chainHashIsDocumented()
    {
        QCOMPARE(AuditEventCodec::genesisChainHash(),
            QCryptographicHash::hash("geoconsole-audit-chain-v1", QCryptographicHash::Sha256));
        const QByteArray bytes = AuditEventCodec::encode(sampleRecord());
        QCOMPARE(AuditEventCodec::leafHash(bytes),
            QCryptographicHash::hash(QByteArray(QByteArray(1, '\0') + bytes), QCryptographicHash::Sha256));
        const QByteArray leaf = AuditEventCodec::leafHash(bytes);
        QCOMPARE(AuditEventCodec::chainHash(AuditEventCodec::genesisChainHash(), leaf),
            QCryptographicHash::hash(
                QByteArray(AuditEventCodec::genesisChainHash() + leaf), QCryptographicHash::Sha256));
    }

    void erasureKeepsEveryHashAndProof()
    {
        QRandomGenerator rng(99);
        const QStringList subjects { QStringLiteral("user-a1"), QStringLiteral("user-b2"),
            QStringLiteral("user-c3"), QStringLiteral("user-d4") };
        QHash<QString, QByteArray> subjectKeys;
        for (const QString& s : subjects)
            subjectKeys.insert(s, PersonalCommitment::generateSubjectKey());

        // What the store keeps: record bytes + chain hash, and the personal parts beside them.
        QList<AuditEvent> events;
        QList<AuditChainEntry> stored;
        QList<QByteArray> leaves;
        QByteArray chain = AuditEventCodec::genesisChainHash();
        for (int i = 0; i < 100; ++i) {
            AuditEvent e;
            e.record = randomRecord(rng, i + 1);
            e.record.actorId = subjects[i % subjects.size()];
            if (i % 5 != 4) {
                AuditPersonalPart part;
                part.data.actorName = QStringLiteral("Person ") + e.record.actorId;
                part.data.actorEmail = e.record.actorId + QStringLiteral("@example.org");
                part.data.sourceAddress = QStringLiteral("198.51.100.") + QString::number(i);
                part.data.details = QJsonObject { { QStringLiteral("name"), randomString(rng) } };
                part.salt = PersonalCommitment::generateSalt();
                e.record.personalCommitment
                    = PersonalCommitment::commit(part.data, part.salt, subjectKeys.value(e.record.actorId));
                e.personal = part;
            } else {
                e.record.personalCommitment = PersonalCommitment::none();
            }
            const QByteArray bytes = AuditEventCodec::encode(e.record);
            leaves << AuditEventCodec::leafHash(bytes);
            chain = AuditEventCodec::chainHash(chain, leaves.last());
            stored << AuditChainEntry { bytes, chain };
            events << e;
        }
        const QByteArray root = MerkleTree::rootHash(leaves);
        QVERIFY(!AuditEventCodec::firstChainBreak(stored).has_value());
        for (const AuditEvent& e : events) {
            if (e.personal)
                QVERIFY(PersonalCommitment::verify(e.personal->data, e.personal->salt,
                    subjectKeys.value(e.record.actorId), e.record.personalCommitment));
        }

        // Erase user-b2: personal parts, salts and the subject key go.
        const QString erased = QStringLiteral("user-b2");
        subjectKeys.remove(erased);
        int erasedCount = 0;
        for (AuditEvent& e : events) {
            if (e.record.actorId == erased && e.personal) {
                e.personal.reset();
                ++erasedCount;
            }
        }
        QVERIFY(erasedCount > 0);

        // Recompute everything from what is left.
        QList<QByteArray> leavesAfter;
        QByteArray chainAfter = AuditEventCodec::genesisChainHash();
        for (int i = 0; i < events.size(); ++i) {
            const QByteArray bytes = AuditEventCodec::encode(events[i].record);
            QCOMPARE(bytes, stored[i].recordBytes);
            leavesAfter << AuditEventCodec::leafHash(bytes);
            chainAfter = AuditEventCodec::chainHash(chainAfter, leavesAfter.last());
            QCOMPARE(chainAfter, stored[i].chainHash);
        }
        QCOMPARE(leavesAfter, leaves);
        QCOMPARE(MerkleTree::rootHash(leavesAfter), root);
        QVERIFY(!AuditEventCodec::firstChainBreak(stored).has_value());

        // An erased subject's event still proves its inclusion in the old root.
        const qint64 erasedIndex = 1; // event 2 belongs to user-b2
        QCOMPARE(events[erasedIndex].record.actorId, erased);
        QVERIFY(!events[erasedIndex].personal.has_value());
        const auto proof = MerkleTree::inclusionProof(erasedIndex, leavesAfter);
        QCOMPARE(MerkleProofVerifier::verifyInclusion(erasedIndex, leavesAfter.size(),
                     AuditEventCodec::leafHash(stored[erasedIndex].recordBytes), proof, root),
            ProofFailure::None);
        // Other subjects can still open their commitments.
        for (const AuditEvent& e : events) {
            if (e.personal)
                QVERIFY(PersonalCommitment::verify(e.personal->data, e.personal->salt,
                    subjectKeys.value(e.record.actorId), e.record.personalCommitment));
        }
    }

    void chainBreaksAtTheTamperedSequence()
    {
        QRandomGenerator rng(5);
        QList<AuditChainEntry> entries;
        QByteArray chain = AuditEventCodec::genesisChainHash();
        for (int i = 0; i < 50; ++i) {
            const QByteArray bytes = AuditEventCodec::encode(randomRecord(rng, i + 1));
            chain = AuditEventCodec::chainHash(chain, AuditEventCodec::leafHash(bytes));
            entries << AuditChainEntry { bytes, chain };
        }
        QCOMPARE(AuditEventCodec::firstChainBreak(entries), std::nullopt);
        QCOMPARE(AuditEventCodec::firstChainBreak({}), std::nullopt);

        for (int k : { 0, 1, 23, 49 }) {
            const qint64 seq = k + 1;
            // Modified contents, still decodable (the time moves by 1 ms).
            auto modified = entries;
            AuditRecord r = *AuditEventCodec::decode(modified[k].recordBytes);
            r.timeUtcMs += 1;
            modified[k].recordBytes = AuditEventCodec::encode(r);
            QCOMPARE(AuditEventCodec::firstChainBreak(modified), seq);
            // A corrupted byte that no longer decodes.
            auto corrupted = entries;
            corrupted[k].recordBytes.chop(1);
            QCOMPARE(AuditEventCodec::firstChainBreak(corrupted), seq);
            // Altered stored chain hash.
            auto badHash = entries;
            badHash[k].chainHash[0] = char(badHash[k].chainHash[0] ^ 0x80);
            QCOMPARE(AuditEventCodec::firstChainBreak(badHash), seq);
            // Removed.
            auto removed = entries;
            removed.removeAt(k);
            QCOMPARE(AuditEventCodec::firstChainBreak(removed),
                k == 49 ? std::nullopt : std::optional<qint64>(seq));
            // Reordered with the next one.
            if (k < 49) {
                auto swapped = entries;
                swapped.swapItemsAt(k, k + 1);
                QCOMPARE(AuditEventCodec::firstChainBreak(swapped), seq);
            }
            // A renumbered record re-chained by the forger still breaks at the renumbering.
            auto renumbered = entries;
            r = *AuditEventCodec::decode(renumbered[k].recordBytes);
            r.sequence += 1;
            renumbered[k].recordBytes = AuditEventCodec::encode(r);
            QCOMPARE(AuditEventCodec::firstChainBreak(renumbered), seq);
        }

        // Continuing a chain from a verified point.
        const std::span<const AuditChainEntry> tail(entries.constData() + 20, entries.size() - 20);
        QCOMPARE(AuditEventCodec::firstChainBreak(tail, 21, entries[19].chainHash), std::nullopt);
        QCOMPARE(AuditEventCodec::firstChainBreak(tail, 21, entries[18].chainHash), qint64(21));
    }
};

QTEST_GUILESS_MAIN(TestAuditEvents)
#include "TestAuditEvents.moc"
