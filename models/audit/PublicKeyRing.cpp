#include "PublicKeyRing.h"

#include "core/DomainError.h"

#include <QCoreApplication>

#include <algorithm>

namespace gc {

void PublicKeyRing::add(const PublicKey& key)
{
    if (!key.isNull())
        m_keys.insert(key.keyId(), key);
}

QList<PublicKey> PublicKeyRing::keys() const
{
    QList<PublicKey> out = m_keys.values();
    std::sort(
        out.begin(), out.end(), [](const PublicKey& a, const PublicKey& b) { return a.keyId() < b.keyId(); });
    return out;
}

CheckpointFailure PublicKeyRing::verify(const Checkpoint& checkpoint) const
{
    if (!checkpoint.isWellFormed())
        return CheckpointFailure::Malformed;
    const auto it = m_keys.constFind(checkpoint.keyId);
    if (it == m_keys.constEnd())
        return CheckpointFailure::UnknownKey;
    return checkpoint.verify(*it);
}

QByteArray PublicKeyRing::toPem() const
{
    QByteArray out;
    for (const PublicKey& key : keys())
        out += key.toPem();
    return out;
}

PublicKeyRing PublicKeyRing::fromPem(QByteArrayView pem)
{
    static constexpr QByteArrayView begin("-----BEGIN PUBLIC KEY-----");
    static constexpr QByteArrayView end("-----END PUBLIC KEY-----");
    PublicKeyRing ring;
    qsizetype from = 0;
    int blocks = 0;
    while (true) {
        const qsizetype start = pem.indexOf(begin, from);
        if (start < 0)
            break;
        const qsizetype stop = pem.indexOf(end, start);
        if (stop < 0)
            break;
        ring.add(PublicKey::fromPem(pem.sliced(start, stop + end.size() - start)));
        ++blocks;
        from = stop + end.size();
    }
    // Whatever is left must be blank: a damaged or foreign block is an error,
    // not something to skip silently.
    const QByteArray rest = pem.sliced(from).toByteArray().trimmed();
    if (blocks == 0 || !rest.isEmpty())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::PublicKeyRing",
                "The key ring must consist of Ed25519 public keys in PEM "
                "format and nothing else."),
            QStringLiteral("keyRing"));
    return ring;
}

} // namespace gc
