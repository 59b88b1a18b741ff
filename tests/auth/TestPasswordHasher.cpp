#include "auth/PasswordHasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>

#include <stdexcept>

using namespace gc;

namespace {

// Cheap cost (1 MiB, about a millisecond) so most tests stay fast.
constexpr PasswordHasher::Cost kCheap { 10, 8, 1 };

QString password()
{
    return QStringLiteral("correct horse battery staple");
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QString encoded = PasswordHasher::hash(password(), kCheap);
        QVERIFY(PasswordHasher::verify(password(), encoded));
        QVERIFY(!PasswordHasher::verify(password() + QLatin1Char('!'), encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Correct horse battery staple"), encoded));
        QVERIFY(!PasswordHasher::verify(QString(), encoded));
    }

    void encodedFormIsDocumentedOne()
    {
        const QString encoded = PasswordHasher::hash(password(), kCheap);
        // 16-byte salt -> 22 base64 characters, 32-byte hash -> 43, no padding.
        static const QRegularExpression shape(
            QStringLiteral("^\\$scrypt\\$ln=10,r=8,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(shape.match(encoded).hasMatch(), qPrintable(encoded));
    }

    void defaultCost()
    {
        QElapsedTimer timer;
        timer.start();
        const QString encoded = PasswordHasher::hash(password());
        QVERIFY2(encoded.startsWith(QStringLiteral("$scrypt$ln=15,r=8,p=1$")), qPrintable(encoded));
        QVERIFY(PasswordHasher::verify(password(), encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("wrong password!"), encoded));
        QVERIFY(!PasswordHasher::needsRehash(encoded, PasswordHasher::Cost {}));
        qInfo("three scrypt runs at default cost took %lld ms", qint64(timer.elapsed()));
    }

    void knownVector()
    {
        // scrypt("password", "NaClNaClNaClNaCl", N=1024, r=8, p=1, 32 bytes), computed by a
        // pure-Python RFC 7914 implementation that reproduces the RFC's own test vectors
        // (the RFC's vectors use a 4-byte salt or p=16, which this format refuses).
        const QByteArray salt("NaClNaClNaClNaCl");
        const QByteArray hash
            = QByteArray::fromHex("02e8215bd3907488dbf18ed6df21995c4e445f9f22d1c8925d9c6d129589bdd5");
        const QString encoded = QStringLiteral("$scrypt$ln=10,r=8,p=1$")
            + QString::fromLatin1(salt.toBase64(QByteArray::OmitTrailingEquals)) + QLatin1Char('$')
            + QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals));
        QVERIFY(PasswordHasher::verify(QStringLiteral("password"), encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("passwore"), encoded));
    }

    void unicodePassword()
    {
        const QString pw = QStringLiteral("Pässwörd-日本語-🔑-ça");
        const QString encoded = PasswordHasher::hash(pw, kCheap);
        QVERIFY(PasswordHasher::verify(pw, encoded));
        // The same text in decomposed form (a + combining diaeresis) verifies too.
        const QString decomposed = pw.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != pw);
        QVERIFY(PasswordHasher::verify(decomposed, encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Passwort-日本語-🔑-ça"), encoded));
    }

    void saltsDiffer()
    {
        const QString a = PasswordHasher::hash(password(), kCheap);
        const QString b = PasswordHasher::hash(password(), kCheap);
        QVERIFY(a != b);
        QVERIFY(a.section(QLatin1Char('$'), 3, 3) != b.section(QLatin1Char('$'), 3, 3));
        QVERIFY(PasswordHasher::verify(password(), a));
        QVERIFY(PasswordHasher::verify(password(), b));
    }

    void encodedNeverContainsPassword()
    {
        for (const QString& pw :
            { password(), QStringLiteral("hunter2hunter2"), QStringLiteral("Pässwörd-日本語-🔑") }) {
            const QString encoded = PasswordHasher::hash(pw, kCheap);
            QVERIFY2(!encoded.contains(pw), qPrintable(encoded));
            QVERIFY(
                !encoded.contains(QString::fromLatin1(pw.toUtf8().toBase64(QByteArray::OmitTrailingEquals))));
        }
    }

    void malformedEncodingsAreFalse_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = PasswordHasher::hash(password(), kCheap);
        const QString salt = good.section(QLatin1Char('$'), 3, 3);
        const QString hash = good.section(QLatin1Char('$'), 4, 4);
        const auto with = [&](const QString& params, const QString& s, const QString& h) -> QString {
            return QStringLiteral("$scrypt$") + params + QLatin1Char('$') + s + QLatin1Char('$') + h;
        };
        const QString cheap = QStringLiteral("ln=10,r=8,p=1");
        QTest::newRow("empty") << QString();
        QTest::newRow("just prefix") << QStringLiteral("$scrypt$");
        QTest::newRow("wrong prefix")
            << QString(good).replace(QStringLiteral("$scrypt$"), QStringLiteral("$argon2$"));
        QTest::newRow("no leading dollar") << good.mid(1);
        QTest::newRow("bcrypt") << QStringLiteral(
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        QTest::newRow("plain text") << password();
        QTest::newRow("bad base64 salt") << with(cheap, QString(22, QLatin1Char('*')), hash);
        QTest::newRow("bad base64 hash") << with(cheap, salt, hash.left(42) + QLatin1Char('!'));
        QTest::newRow("padded hash") << with(cheap, salt, hash + QLatin1Char('='));
        QTest::newRow("truncated hash") << with(cheap, salt, hash.left(40));
        QTest::newRow("missing hash") << with(cheap, salt, QString());
        QTest::newRow("short salt") << with(cheap, salt.left(11), hash);
        QTest::newRow("extra field") << good + QStringLiteral("$AAAA");
        QTest::newRow("absurd ln=40") << with(QStringLiteral("ln=40,r=8,p=1"), salt, hash);
        QTest::newRow("ln=21") << with(QStringLiteral("ln=21,r=8,p=1"), salt, hash);
        QTest::newRow("ln=20 r=32 (4 GiB)") << with(QStringLiteral("ln=20,r=32,p=1"), salt, hash);
        QTest::newRow("huge r") << with(QStringLiteral("ln=10,r=999,p=1"), salt, hash);
        QTest::newRow("huge p") << with(QStringLiteral("ln=10,r=8,p=999"), salt, hash);
        QTest::newRow("ln=0") << with(QStringLiteral("ln=0,r=8,p=1"), salt, hash);
        QTest::newRow("r=0") << with(QStringLiteral("ln=10,r=0,p=1"), salt, hash);
        QTest::newRow("negative") << with(QStringLiteral("ln=-10,r=8,p=1"), salt, hash);
        QTest::newRow("leading zero") << with(QStringLiteral("ln=010,r=8,p=1"), salt, hash);
        QTest::newRow("plus sign") << with(QStringLiteral("ln=+10,r=8,p=1"), salt, hash);
        QTest::newRow("space") << with(QStringLiteral("ln= 10,r=8,p=1"), salt, hash);
        QTest::newRow("overflowing number")
            << with(QStringLiteral("ln=99999999999999999999,r=8,p=1"), salt, hash);
        QTest::newRow("reordered params") << with(QStringLiteral("r=8,ln=10,p=1"), salt, hash);
        QTest::newRow("missing param") << with(QStringLiteral("ln=10,r=8"), salt, hash);
        QTest::newRow("unknown param") << with(QStringLiteral("ln=10,r=8,p=1,x=1"), salt, hash);
        QTest::newRow("non-ascii") << with(cheap, salt, hash.left(42) + QStringLiteral("ä"));
        QTest::newRow("very long") << with(cheap, salt, hash + QString(100000, QLatin1Char('A')));
    }

    void malformedEncodingsAreFalse()
    {
        QFETCH(QString, encoded);
        bool result = true;
        try {
            result = PasswordHasher::verify(password(), encoded);
        } catch (...) {
            QFAIL("verify threw on a malformed encoding");
        }
        QVERIFY(!result);
        QVERIFY(PasswordHasher::needsRehash(encoded, kCheap));
    }

    void tamperedHashIsFalse()
    {
        const QString good = PasswordHasher::hash(password(), kCheap);
        // Swap the hash of another password in: well-formed, but wrong.
        const QString other = PasswordHasher::hash(QStringLiteral("another password"), kCheap);
        const QString mixed
            = good.section(QLatin1Char('$'), 0, 3) + QLatin1Char('$') + other.section(QLatin1Char('$'), 4, 4);
        QVERIFY(!PasswordHasher::verify(password(), mixed));
        // Same salt and hash, different cost parameters: a different derivation.
        QString cheaper = good;
        cheaper.replace(QStringLiteral("ln=10"), QStringLiteral("ln=9"));
        QVERIFY(!PasswordHasher::verify(password(), cheaper));
    }

    void needsRehash()
    {
        const QString cheap = PasswordHasher::hash(password(), kCheap);
        QVERIFY(!PasswordHasher::needsRehash(cheap, kCheap));
        QVERIFY(PasswordHasher::needsRehash(cheap, PasswordHasher::Cost { 11, 8, 1 }));
        QVERIFY(PasswordHasher::needsRehash(cheap, PasswordHasher::Cost { 10, 16, 1 }));
        QVERIFY(PasswordHasher::needsRehash(cheap, PasswordHasher::Cost { 10, 8, 2 }));
        QVERIFY(PasswordHasher::needsRehash(cheap, PasswordHasher::Cost {}));
        // A stronger stored hash is kept.
        QVERIFY(!PasswordHasher::needsRehash(cheap, PasswordHasher::Cost { 9, 8, 1 }));
        QVERIFY(!PasswordHasher::needsRehash(cheap, PasswordHasher::Cost { 10, 4, 1 }));
    }

    void refusesUnsupportedCost()
    {
        QVERIFY(PasswordHasher::isSupported(PasswordHasher::Cost {}));
        QVERIFY(PasswordHasher::isSupported(PasswordHasher::Cost { 20, 8, 1 }));
        QVERIFY(!PasswordHasher::isSupported(PasswordHasher::Cost { 21, 8, 1 }));
        QVERIFY(!PasswordHasher::isSupported(PasswordHasher::Cost { 20, 16, 1 }));
        QVERIFY(!PasswordHasher::isSupported(PasswordHasher::Cost { 0, 8, 1 }));
        QVERIFY(!PasswordHasher::isSupported(PasswordHasher::Cost { 10, 0, 1 }));
        QVERIFY(!PasswordHasher::isSupported(PasswordHasher::Cost { 10, 8, 0 }));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, PasswordHasher::hash(password(), PasswordHasher::Cost { 40, 8, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
