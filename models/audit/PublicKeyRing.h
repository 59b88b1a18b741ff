#pragma once

#include "audit/Checkpoint.h"
#include "audit/PublicKey.h"

#include <QHash>
#include <QList>
#include <QString>

namespace gc {

/// The public keys an auditor trusts, by key id. After a key rotation the
/// old public key stays in the ring, so checkpoints it signed still verify
/// while only the new private key signs new ones.
class PublicKeyRing final
{
public:
    /// Adds `key` (a no-op for a null key or one already present).
    void add(const PublicKey& key);
    [[nodiscard]] bool contains(const QString& keyId) const { return m_keys.contains(keyId); }
    /// The key with `keyId`, or a null key.
    [[nodiscard]] PublicKey find(const QString& keyId) const { return m_keys.value(keyId); }
    /// All keys, ordered by key id so listings are stable.
    [[nodiscard]] QList<PublicKey> keys() const;
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }

    /// Checks `checkpoint` with the key it names: UnknownKey when that key
    /// is not in the ring, otherwise as Checkpoint::verify(). Never throws.
    [[nodiscard]] CheckpointFailure verify(const Checkpoint& checkpoint) const;

    /// The keys as concatenated "BEGIN PUBLIC KEY" PEM blocks, in keys() order.
    [[nodiscard]] QByteArray toPem() const;
    /// Reads concatenated PEM public keys. Throws gc::DomainError (Invalid)
    /// if any block is not an Ed25519 public key or there are none.
    [[nodiscard]] static PublicKeyRing fromPem(QByteArrayView pem);

private:
    QHash<QString, PublicKey> m_keys;
};

} // namespace gc
