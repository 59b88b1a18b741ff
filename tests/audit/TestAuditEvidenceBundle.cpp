// Evidence bundles: written from a real store, checked with no store, and
// every kind of damage to the file named instead of crashing.
#include "audit/AuditEvidenceBundle.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/SigningKey.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace gc;

namespace {

constexpr qint64 kEvents = 240;
const QDateTime kStart = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

Session sessionAs(Role role)
{
    Operator op;
    op.id = 1;
    op.username = QStringLiteral("someone");
    op.displayName = QStringLiteral("Some One");
    op.role = role;
    return Session(op);
}

QJsonObject parse(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray serialize(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// `bundle` with events[index][key] replaced by what `edit` makes of it.
QByteArray withEventField(const QByteArray& bundle, int index, const QString& key,
    const std::function<QJsonValue(const QJsonValue&)>& edit)
{
    QJsonObject root = parse(bundle);
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonObject e = events[index].toObject();
    e.insert(key, edit(e.value(key)));
    events[index] = e;
    root.insert(QStringLiteral("events"), events);
    return serialize(root);
}

QJsonValue flipBase64(const QJsonValue& v, int byte)
{
    QByteArray raw = QByteArray::fromBase64(v.toString().toLatin1());
    raw[byte] = char(raw[byte] ^ 0x20);
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

class TestAuditEvidenceBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesAndVerifiesARange();
    void writesAFilteredSelection();
    void trustedKeyDecides();
    void malformedFilesAreNamed();
    void refusesWhatItCannotProve();
    void cancelLeavesNoFile();
    void recordsTheExport();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
    PublicKey m_key;
    QByteArray m_bundle; ///< bytes of a valid bundle of events 10..90
};

void TestAuditEvidenceBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("store.sqlite3"));
    m_store = Store::open(m_storePath);
    m_clock = std::make_unique<ManualClock>(kStart);
    AuditSigningConfig signing;
    signing.keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    signing.everyEvents = 100;
    signing.everySeconds = 0;
    m_log = std::make_unique<AuditLog>(*m_store, *m_clock, signing);
    std::vector<AuditEventDraft> drafts;
    for (qint64 i = 1; i <= kEvents; ++i) {
        AuditEventDraft d;
        d.tenant = i % 2 ? std::optional<TenantId>(TenantId(7)) : std::nullopt;
        d.actorId = QStringLiteral("op-%1").arg(i % 3);
        d.type = i % 5 == 0 ? AuditEventType::TenantSuspended : AuditEventType::DataRead;
        d.resource = QStringLiteral("tenant/7");
        d.details = QJsonObject { { QStringLiteral("n"), i } };
        d.personal.actorName = QStringLiteral("Person %1").arg(i % 3);
        d.timeUtcMs = kStart.toMSecsSinceEpoch() + i * 60'000;
        drafts.push_back(d);
    }
    m_log->appendBatch(drafts);
    m_key = m_log->publicKey();

    const AuditReader reader(*m_store, sessionAs(Role::Auditor));
    QCOMPARE(reader.checkpoints().size(), 2); // 100 and 200
    AuditBundleSelection range;
    range.fromSeq = 10;
    range.toSeq = 90;
    const QString path = m_dir.filePath(QStringLiteral("range.json"));
    const AuditBundleSummary s = AuditEvidenceBundle::write(reader, range, path);
    QCOMPARE(s.eventCount, 81);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_bundle = f.readAll();
    QCOMPARE(s.sha256, QCryptographicHash::hash(m_bundle, QCryptographicHash::Sha256));
    QCOMPARE(s.bytes, m_bundle.size());
}

void TestAuditEvidenceBundle::writesAndVerifiesARange()
{
    const QJsonObject root = parse(m_bundle);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("geoconsole-audit-evidence"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("checkpoints")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("personalData")).toString(), QStringLiteral("omitted"));
    QVERIFY(!m_bundle.contains("Person "));
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.first().toObject().value(QStringLiteral("seq")).toInteger(), 10);
    QCOMPARE(events.last().toObject().value(QStringLiteral("seq")).toInteger(), 90);

    const AuditBundleCheck check = AuditEvidenceBundle::verify(m_dir.filePath(QStringLiteral("range.json")));
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.eventCount, 81);
    QCOMPARE(check.checkpointCount, 2);
    QCOMPARE(check.lastCheckpoint.treeSize, 200);
    QCOMPARE(check.keyIds, QList<QString> { m_key.keyId() });
}

void TestAuditEvidenceBundle::writesAFilteredSelection()
{
    const AuditReader reader(*m_store, sessionAs(Role::ComplianceOfficer));
    AuditBundleSelection s;
    s.filter.types = { AuditEventType::TenantSuspended };
    s.filter.tenantScope = AuditFilter::TenantScope::Tenant;
    s.filter.tenant = TenantId(7);
    const QString path = m_dir.filePath(QStringLiteral("filtered.json"));
    const AuditBundleSummary summary = AuditEvidenceBundle::write(reader, s, path);
    // Odd multiples of 5 up to 200 are covered: 5, 15, ..., 195; 205..235 are not yet.
    QCOMPARE(summary.eventCount, 20);
    QCOMPARE(summary.notYetCovered, 4);
    const AuditBundleCheck check = AuditEvidenceBundle::verify(path);
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.eventCount, 20);
}

void TestAuditEvidenceBundle::trustedKeyDecides()
{
    QVERIFY(AuditEvidenceBundle::verifyData(m_bundle, m_key).ok);
    const AuditBundleCheck other
        = AuditEvidenceBundle::verifyData(m_bundle, SigningKey::generate().publicKey());
    QVERIFY(!other.ok);
    QVERIFY2(other.message.contains(QStringLiteral("trusted key")), qPrintable(other.message));

    // A bundle re-signed by someone else, listing their own key, passes on its
    // own keys but not against the auditor's.
    const SigningKey forger = SigningKey::generate();
    QJsonObject root = parse(m_bundle);
    QJsonArray texts;
    for (const QJsonValue& t : root.value(QStringLiteral("checkpoints")).toArray()) {
        const Checkpoint c = Checkpoint::fromText(t.toString().toLatin1());
        texts.append(QString::fromLatin1(forger.signCheckpoint(c.treeSize, c.rootHash, c.unixTime).toText()));
    }
    root.insert(QStringLiteral("checkpoints"), texts);
    root.insert(QStringLiteral("publicKeys"), QJsonArray { QString::fromLatin1(forger.publicKey().toPem()) });
    QVERIFY(AuditEvidenceBundle::verifyData(serialize(root)).ok);
    QVERIFY(!AuditEvidenceBundle::verifyData(serialize(root), m_key).ok);
}

void TestAuditEvidenceBundle::malformedFilesAreNamed()
{
    struct Damage
    {
        const char* name;
        QByteArray bytes;
        QString expect; ///< a part of the message
        std::optional<qint64> badSeq = {};
    };
    QJsonObject root = parse(m_bundle);
    const auto without = [&](const char* key) {
        QJsonObject o = root;
        o.remove(QLatin1String(key));
        return serialize(o);
    };
    const auto with = [&](const char* key, const QJsonValue& v) {
        QJsonObject o = root;
        o.insert(QLatin1String(key), v);
        return serialize(o);
    };
    QJsonArray swapped = root.value(QStringLiteral("events")).toArray();
    {
        QJsonObject a = swapped[3].toObject();
        QJsonObject b = swapped[4].toObject();
        const QJsonValue proof = a.value(QStringLiteral("proof"));
        a.insert(QStringLiteral("proof"), b.value(QStringLiteral("proof")));
        b.insert(QStringLiteral("proof"), proof);
        swapped[3] = a;
        swapped[4] = b;
    }
    QJsonArray reordered = root.value(QStringLiteral("events")).toArray();
    {
        const QJsonValue first = reordered[0];
        reordered[0] = reordered[1];
        reordered[1] = first;
    }
    QJsonObject consistency = root.value(QStringLiteral("consistency")).toObject();
    consistency.insert(QStringLiteral("proof"), flipBase64(consistency.value(QStringLiteral("proof")), 40));

    const QList<Damage> damages {
        { "empty file", QByteArray(), QStringLiteral("JSON") },
        { "truncated", m_bundle.left(m_bundle.size() / 2), QStringLiteral("JSON is broken") },
        { "not an object", QByteArray("[1,2]"), QStringLiteral("not a GeoClimate") },
        { "other format", with("format", QStringLiteral("something")), QStringLiteral("not a GeoClimate") },
        { "newer version", with("version", 2), QStringLiteral("version 2") },
        { "no keys", without("publicKeys"), QStringLiteral("no public keys") },
        { "bad key",
            with("publicKeys",
                QJsonArray {
                    QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n") }),
            QStringLiteral("public key") },
        { "no checkpoints", with("checkpoints", QJsonArray {}), QStringLiteral("one or two checkpoints") },
        { "garbled checkpoint", with("checkpoints", QJsonArray { QStringLiteral("hello") }),
            QStringLiteral("checkpoint") },
        { "altered consistency proof", with("consistency", consistency), QStringLiteral("not consistent") },
        { "no events", with("events", QJsonArray {}), QStringLiteral("no events") },
        { "record not base64",
            withEventField(m_bundle, 5, QStringLiteral("record"),
                [](const QJsonValue&) { return QStringLiteral("%%%"); }),
            QStringLiteral("base64"), 15 },
        { "chain hash too short",
            withEventField(m_bundle, 5, QStringLiteral("chainHash"),
                [](const QJsonValue&) { return QString::fromLatin1(QByteArray(31, 'x').toBase64()); }),
            QStringLiteral("base64"), 15 },
        { "record edited",
            withEventField(
                m_bundle, 5, QStringLiteral("record"), [](const QJsonValue& v) { return flipBase64(v, 70); }),
            QStringLiteral("Event 15"), 15 },
        { "record made undecodable",
            withEventField(
                m_bundle, 5, QStringLiteral("record"), [](const QJsonValue& v) { return flipBase64(v, 0); }),
            QStringLiteral("cannot be decoded"), 15 },
        { "chain hash edited",
            withEventField(m_bundle, 6, QStringLiteral("chainHash"),
                [](const QJsonValue& v) { return flipBase64(v, 3); }),
            QStringLiteral("hash chain"), 16 },
        { "seq edited",
            withEventField(m_bundle, 5, QStringLiteral("seq"), [](const QJsonValue&) { return 16; }),
            QStringLiteral("record says"), 16 },
        { "seq beyond checkpoint",
            withEventField(m_bundle, 80, QStringLiteral("seq"), [](const QJsonValue&) { return 500; }),
            QStringLiteral("sequence number") },
        { "proof not base64",
            withEventField(
                m_bundle, 5, QStringLiteral("proof"), [](const QJsonValue&) { return QStringLiteral("@@"); }),
            QStringLiteral("inclusion proof"), 15 },
        { "proofs swapped", with("events", swapped), QStringLiteral("another event"), 13 },
        { "events reordered", with("events", reordered), QStringLiteral("out of order"), 10 },
    };
    for (const Damage& d : damages) {
        const AuditBundleCheck check = AuditEvidenceBundle::verifyData(d.bytes);
        QVERIFY2(!check.ok, d.name);
        QVERIFY2(check.message.contains(d.expect),
            qPrintable(QLatin1String(d.name) + QStringLiteral(": ") + check.message));
        if (d.badSeq)
            QVERIFY2(check.badSeq == d.badSeq,
                qPrintable(QLatin1String(d.name) + QStringLiteral(": ") + check.message));
    }
    // A missing file is a message too.
    const AuditBundleCheck missing = AuditEvidenceBundle::verify(m_dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok);
    QVERIFY(missing.message.contains(QStringLiteral("none.json")));
}

void TestAuditEvidenceBundle::refusesWhatItCannotProve()
{
    const AuditReader reader(*m_store, sessionAs(Role::Auditor));
    AuditBundleSelection late;
    late.fromSeq = 201;
    const QString path = m_dir.filePath(QStringLiteral("late.json"));
    QVERIFY_THROWS_EXCEPTION(DomainError, AuditEvidenceBundle::write(reader, late, path));
    QVERIFY(!QFile::exists(path));

    const AuditReader analyst(*m_store, sessionAs(Role::Analyst));
    try {
        AuditEvidenceBundle::write(analyst, {}, path);
        QFAIL("an analyst may not export evidence");
    } catch (const DomainError& e) {
        QCOMPARE(e.kind(), DomainError::Kind::PermissionDenied);
    }
    QVERIFY(!QFile::exists(path));
}

void TestAuditEvidenceBundle::cancelLeavesNoFile()
{
    const AuditReader reader(*m_store, sessionAs(Role::Auditor));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous contents");
    old.close();
    int calls = 0;
    try {
        AuditEvidenceBundle::write(reader, {}, path, [&](qint64, qint64) { return ++calls < 2; });
        QFAIL("cancel was ignored");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::Interrupted);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous contents"));
    QCOMPARE(QDir(m_dir.path())
                 .entryList({ QStringLiteral("cancelled.json*") }, QDir::Files | QDir::Hidden)
                 .size(),
        1);
}

void TestAuditEvidenceBundle::recordsTheExport()
{
    const AuditReader reader(*m_store, sessionAs(Role::Administrator));
    AuditBundleSelection s;
    s.fromSeq = 1;
    s.toSeq = 3;
    const AuditBundleSummary summary
        = AuditEvidenceBundle::write(reader, s, m_dir.filePath(QStringLiteral("small.json")));
    const qint64 seq = AuditEvidenceBundle::record(*m_log, reader.session(), summary);
    const auto e = reader.event(seq);
    QVERIFY(e);
    QCOMPARE(e->record.type, AuditEventType::DataExported);
    QCOMPARE(e->record.details.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(summary.sha256.toHex()));
    QCOMPARE(e->record.details.value(QStringLiteral("events")).toInteger(), 3);
    QCOMPARE(e->record.actorId, m_log->operatorActor(reader.session().op()));
}

QTEST_GUILESS_MAIN(TestAuditEvidenceBundle)
#include "TestAuditEvidenceBundle.moc"
