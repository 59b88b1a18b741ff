#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "audit/PublicKey.h"
#include "audit/PublicKeyRing.h"
#include "audit/SigningKey.h"
#include "core/DomainError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace gc;

namespace {

constexpr qint64 kTime = 1795737600; // 2026-11-27T00:00:00Z

QByteArray hex(const char* h)
{
    return QByteArray::fromHex(QByteArray(h));
}

bool writeFile(const QString& path, const QByteArray& data, QFile::Permissions perms)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size()
        && f.setPermissions(perms);
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// Runs `f`, which must throw DomainError of `kind`; returns its message.
template <typename F> QString domainErrorOf(F f, DomainError::Kind kind)
{
    try {
        f();
    } catch (const DomainError& e) {
        if (e.kind() != kind)
            return QStringLiteral("<wrong kind>");
        return e.message();
    }
    return QStringLiteral("<no exception>");
}

} // namespace

class TestCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void rfc8032Vector()
    {
        // RFC 8032 §7.1, TEST 2 (one-byte message 0x72).
        const SigningKey key
            = SigningKey::fromSeed(hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
        QCOMPARE(
            key.publicKey().raw(), hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"));
        const QByteArray sig = hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                   "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QCOMPARE(key.sign(hex("72")), sig);
        QVERIFY(key.publicKey().verify(hex("72"), sig));
        QVERIFY(!key.publicKey().verify(hex("73"), sig));
        // Key id: first 8 bytes of SHA-256 of the raw public key.
        QCOMPARE(key.keyId(),
            QString::fromLatin1(
                QCryptographicHash::hash(key.publicKey().raw(), QCryptographicHash::Sha256).left(8).toHex()));
        QCOMPARE(key.keyId().size(), 16);
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)SigningKey::fromSeed(QByteArray(31, 'x')));
    }

    void signVerifyRoundTrip()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray root = MerkleTree::leafHash("x");
        const Checkpoint cp = key.signCheckpoint(42, root, kTime);
        QCOMPARE(cp.treeSize, 42);
        QCOMPARE(cp.rootHash, root);
        QCOMPARE(cp.time(), QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC));
        QCOMPARE(cp.keyId, key.keyId());
        QCOMPARE(cp.signature.size(), PublicKey::kSignatureSize);
        QCOMPARE(cp.verify(key.publicKey()), CheckpointFailure::None);

        // The documented canonical encoding, byte for byte.
        const QByteArray expectedBody = QByteArray("geoconsole-audit-checkpoint v1\n42\n") + root.toBase64()
            + "\n1795737600\n" + key.keyId().toLatin1() + '\n';
        QCOMPARE(cp.body(), expectedBody);
        QCOMPARE(cp.toText(), expectedBody + "\nsig " + cp.signature.toBase64() + '\n');

        const Checkpoint parsed = Checkpoint::fromText(cp.toText());
        QCOMPARE(parsed, cp);
        QCOMPARE(parsed.verify(key.publicKey()), CheckpointFailure::None);

        // Public key export round trips.
        QCOMPARE(PublicKey::fromRaw(key.publicKey().raw()), key.publicKey());
        QCOMPARE(PublicKey::fromPem(key.publicKey().toPem()), key.publicKey());
        QVERIFY(key.publicKey().toPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(PublicKey::fromPem(key.publicKey().toPem()).keyId(), key.keyId());
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)PublicKey::fromRaw(QByteArray(31, 'x')));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)PublicKey::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n"));

        QVERIFY_THROWS_EXCEPTION(DomainError, (void)key.signCheckpoint(-1, root, kTime));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)key.signCheckpoint(1, root.left(31), kTime));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)key.signCheckpoint(1, root, -5));
    }

    void alteredCheckpointsRejected()
    {
        const SigningKey key = SigningKey::generate();
        const PublicKey pub = key.publicKey();
        const Checkpoint cp = key.signCheckpoint(1000, MerkleTree::leafHash("root"), kTime);

        Checkpoint c = cp;
        c.treeSize = 1001;
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        c = cp;
        c.treeSize = 999;
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        c = cp;
        c.rootHash[31] = char(c.rootHash[31] ^ 1);
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        c = cp;
        c.unixTime += 1;
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        for (int bit = 0; bit < 8 * PublicKey::kSignatureSize; bit += 7) {
            c = cp;
            c.signature[bit / 8] = char(c.signature[bit / 8] ^ (1 << (bit % 8)));
            QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        }
        c = cp;
        c.signature.chop(1);
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        c = cp;
        c.signature.clear();
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        c = cp;
        c.rootHash.chop(1);
        QCOMPARE(c.verify(pub), CheckpointFailure::Malformed);
        QVERIFY(c.body().isEmpty());
        c = cp;
        c.keyId = QStringLiteral("not-a-key-id");
        QCOMPARE(c.verify(pub), CheckpointFailure::Malformed);
        // Signed by another key under this key's name.
        const SigningKey other = SigningKey::generate();
        c = cp;
        c.signature = other.sign(cp.body());
        QCOMPARE(c.verify(pub), CheckpointFailure::BadSignature);
        QCOMPARE(cp.verify(other.publicKey()), CheckpointFailure::WrongKey);
        QCOMPARE(cp.verify(PublicKey()), CheckpointFailure::WrongKey);

        // A signature over a different body (another log's header) is no good here.
        QVERIFY(!pub.verify(cp.body(), key.sign(QByteArray(cp.body() + "x"))));
    }

    void malformedTextRejected()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray text = key.signCheckpoint(7, MerkleTree::leafHash("r"), kTime).toText();
        const auto rejected = [](const QByteArray& t) {
            return domainErrorOf([&] { (void)Checkpoint::fromText(t); }, DomainError::Kind::Invalid)
                .startsWith(QStringLiteral("This is not a valid audit checkpoint"));
        };
        QVERIFY(!rejected(text));
        QVERIFY(rejected({}));
        QVERIFY(rejected(text.chopped(1)));
        QVERIFY(rejected(text + '\n'));
        QVERIFY(rejected(text + "extra\n"));
        QVERIFY(rejected(QByteArray(text).replace("v1", "v2")));
        QVERIFY(rejected(QByteArray(text).replace("\n7\n", "\n07\n")));
        QVERIFY(rejected(QByteArray(text).replace("\n7\n", "\n-7\n")));
        QVERIFY(rejected(QByteArray(text).replace("\n7\n", "\n+7\n")));
        QVERIFY(rejected(QByteArray(text).replace("\n7\n", "\n 7\n")));
        QVERIFY(rejected(QByteArray(text).replace("\n7\n", "\n99999999999999999999\n")));
        QVERIFY(rejected(QByteArray(text).replace("\n1795737600\n", "\n1795737600.5\n")));
        QVERIFY(rejected(QByteArray(text).replace("\nsig ", "\nsignature ")));
        QVERIFY(rejected(QByteArray(text).replace("\n\nsig ", "\nsig ")));
        QList<QByteArray> lines = text.split('\n');
        lines[2] = lines[2].left(40);
        QVERIFY(rejected(lines.join('\n')));
        lines = text.split('\n');
        lines[4] = lines[4].toUpper();
        QVERIFY(rejected(lines.join('\n')));
        lines = text.split('\n');
        lines[6] = lines[6].left(20);
        QVERIFY(rejected(lines.join('\n')));
        lines = text.split('\n');
        lines[6] += "AA==";
        QVERIFY(rejected(lines.join('\n')));
        // Every Checkpoint failure has a message.
        for (auto f : { CheckpointFailure::None, CheckpointFailure::Malformed, CheckpointFailure::UnknownKey,
                 CheckpointFailure::WrongKey, CheckpointFailure::BadSignature })
            QVERIFY(!Checkpoint::message(f).isEmpty());
    }

    void randomTextNeverAccepted()
    {
        // Mutated checkpoints either fail to parse or fail to verify; none crash.
        const SigningKey key = SigningKey::generate();
        PublicKeyRing ring;
        ring.add(key.publicKey());
        const QByteArray text = key.signCheckpoint(123456, MerkleTree::leafHash("r"), kTime).toText();
        QRandomGenerator rng(8032);
        int parsed = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray t = text;
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(t.size()));
                switch (rng.bounded(3)) {
                case 0:
                    t[pos] = char(rng.bounded(256));
                    break;
                case 1:
                    t.remove(pos, 1);
                    break;
                default:
                    t.insert(pos, char(rng.bounded(256)));
                }
            }
            if (t == text)
                continue;
            try {
                const Checkpoint cp = Checkpoint::fromText(t);
                ++parsed;
                QVERIFY2(ring.verify(cp) != CheckpointFailure::None, t.constData());
            } catch (const DomainError& e) {
                QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            }
        }
        // Some mutations (e.g. a changed digit) still parse; they must fail to verify.
        QVERIFY(parsed > 0);
    }

    void keyRotation()
    {
        const SigningKey oldKey = SigningKey::generate();
        const Checkpoint oldCp = oldKey.signCheckpoint(10, MerkleTree::leafHash("a"), kTime);
        PublicKeyRing ring;
        ring.add(oldKey.publicKey());
        QCOMPARE(ring.verify(oldCp), CheckpointFailure::None);

        // Rotate: a new key signs from now on; the old public key stays.
        const SigningKey newKey = SigningKey::generate();
        QVERIFY(newKey.keyId() != oldKey.keyId());
        ring.add(newKey.publicKey());
        ring.add(newKey.publicKey());
        QCOMPARE(ring.size(), 2);
        const Checkpoint newCp = newKey.signCheckpoint(20, MerkleTree::leafHash("b"), kTime + 60);
        QCOMPARE(ring.verify(oldCp), CheckpointFailure::None);
        QCOMPARE(ring.verify(newCp), CheckpointFailure::None);
        QCOMPARE(ring.find(oldKey.keyId()), oldKey.publicKey());
        QVERIFY(ring.find(QStringLiteral("0000000000000000")).isNull());

        // The ring survives a PEM round trip (an auditor's copy).
        const PublicKeyRing copy = PublicKeyRing::fromPem(ring.toPem());
        QCOMPARE(copy.keys(), ring.keys());
        QCOMPARE(copy.verify(oldCp), CheckpointFailure::None);
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)PublicKeyRing::fromPem(""));
        QVERIFY_THROWS_EXCEPTION(
            DomainError, (void)PublicKeyRing::fromPem(QByteArray(ring.toPem() + "garbage")));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)PublicKeyRing::fromPem(ring.toPem().chopped(30)));

        // A checkpoint from a key the auditor never trusted.
        const SigningKey stranger = SigningKey::generate();
        QCOMPARE(
            ring.verify(stranger.signCheckpoint(10, oldCp.rootHash, kTime)), CheckpointFailure::UnknownKey);
        // Relabelling a stranger's checkpoint with a trusted key id does not help.
        Checkpoint forged = stranger.signCheckpoint(10, oldCp.rootHash, kTime);
        forged.keyId = oldKey.keyId();
        QCOMPARE(ring.verify(forged), CheckpointFailure::BadSignature);

        PublicKeyRing onlyNew;
        onlyNew.add(newKey.publicKey());
        QCOMPARE(onlyNew.verify(oldCp), CheckpointFailure::UnknownKey);
    }

    void keyFilePermissions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("audit-signing.pem"));
        const SigningKey key = SigningKey::generate();
        key.save(path);

        const QFile::Permissions perms = QFile::permissions(path);
        QVERIFY(perms.testFlag(QFile::ReadOwner));
        QVERIFY(!(perms
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                | QFile::ExeOther)));
        QCOMPARE(SigningKey::load(path).keyId(), key.keyId());
        // The loaded key signs as the original does (Ed25519 is deterministic).
        QCOMPARE(SigningKey::load(path).sign("m"), key.sign("m"));

        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFile::ReadGroup | QFile::ReadOther)); // 0644
        const QString refused
            = domainErrorOf([&] { (void)SigningKey::load(path); }, DomainError::Kind::PermissionDenied);
        QVERIFY2(refused.contains(QStringLiteral("chmod 600")), qPrintable(refused));
        QVERIFY2(refused.contains(path), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("0644")), qPrintable(refused));

        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFile::ReadGroup)); // 0640
        QVERIFY(domainErrorOf([&] { (void)SigningKey::load(path); }, DomainError::Kind::PermissionDenied)
                    .contains(QStringLiteral("0640")));
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFile::WriteOther)); // 0602
        QVERIFY(domainErrorOf([&] { (void)SigningKey::load(path); }, DomainError::Kind::PermissionDenied)
                    .contains(QStringLiteral("0602")));

        QVERIFY(QFile::setPermissions(path, kOwnerOnly)); // 0600
        QCOMPARE(SigningKey::load(path).keyId(), key.keyId());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner)); // 0400
        QCOMPARE(SigningKey::load(path).keyId(), key.keyId());

        // Saving never replaces an existing key file.
        const SigningKey other = SigningKey::generate();
        QVERIFY(!domainErrorOf([&] { other.save(path); }, DomainError::Kind::Conflict).startsWith(u'<'));
        QCOMPARE(SigningKey::load(path).keyId(), key.keyId());
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("audit-signing.pem") });
        QVERIFY(!domainErrorOf([&] { other.save(dir.filePath(QStringLiteral("no/such/dir/k.pem"))); },
            DomainError::Kind::Invalid)
                     .startsWith(u'<'));
    }

    void malformedKeyFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto loadError = [&](const QString& name, const QByteArray& content, DomainError::Kind kind) {
            const QString path = dir.filePath(name);
            if (!writeFile(path, content, kOwnerOnly))
                return QStringLiteral("<cannot write>");
            return domainErrorOf([&] { (void)SigningKey::load(path); }, kind);
        };
        const SigningKey key = SigningKey::generate();
        key.save(dir.filePath(QStringLiteral("good.pem")));
        QFile good(dir.filePath(QStringLiteral("good.pem")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray pem = good.readAll();

        const QList<QPair<QString, QByteArray>> bad = {
            { QStringLiteral("empty.pem"), QByteArray() },
            { QStringLiteral("garbage.pem"), QByteArray("this is not a key\n") },
            { QStringLiteral("truncated.pem"), pem.left(pem.size() / 2) },
            { QStringLiteral("corrupt.pem"), QByteArray(pem).replace(40, 8, "AAAAAAAA") },
            { QStringLiteral("public.pem"), key.publicKey().toPem() },
            { QStringLiteral("binary.pem"), QByteArray(300, '\xff') },
        };
        for (const auto& [name, content] : bad) {
            const QString msg = loadError(name, content, DomainError::Kind::Invalid);
            QVERIFY2(!msg.startsWith(u'<'), qPrintable(name + QStringLiteral(": ") + msg));
            QVERIFY2(msg.contains(name), qPrintable(msg));
        }
        QVERIFY(!loadError(QStringLiteral("huge.pem"), QByteArray(64 * 1024, 'A'), DomainError::Kind::Invalid)
                     .startsWith(u'<'));
        QVERIFY(!domainErrorOf([&] { (void)SigningKey::load(dir.filePath(QStringLiteral("missing.pem"))); },
            DomainError::Kind::NotFound)
                     .startsWith(u'<'));
        // A FIFO is refused before it is opened (opening one would block).
        const QString fifo = dir.filePath(QStringLiteral("fifo.pem"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(domainErrorOf([&] { (void)SigningKey::load(fifo); }, DomainError::Kind::Invalid)
                    .contains(QStringLiteral("not a regular file")));
        QVERIFY(!domainErrorOf([&] { (void)SigningKey::load(dir.path()); }, DomainError::Kind::Invalid)
                     .startsWith(u'<'));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "TestCheckpoint.moc"
