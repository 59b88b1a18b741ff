#pragma once

#include "audit/Checkpoint.h"
#include "audit/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct evp_pkey_st;

namespace gc {

/// An Ed25519 private key that signs audit checkpoints. It lives outside the
/// store, in a PEM file (PKCS#8 "BEGIN PRIVATE KEY") that only its owner may
/// read. Movable, not copyable: there is one holder of the secret at a time.
class SigningKey final
{
    Q_DISABLE_COPY(SigningKey)

public:
    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    ~SigningKey();

    /// A fresh key from OpenSSL's CSPRNG. Throws std::runtime_error if OpenSSL fails.
    [[nodiscard]] static SigningKey generate();
    /// The key whose 32-byte RFC 8032 secret seed is `seed` (for importing a
    /// key and for the RFC 8032 test vectors). Throws gc::DomainError (Invalid).
    [[nodiscard]] static SigningKey fromSeed(QByteArrayView seed);

    /// Reads a key file written by save(). Refuses, with gc::DomainError:
    /// a missing file (NotFound); a file that group or others may read, write
    /// or execute, or that another user owns (PermissionDenied, telling how to
    /// fix it); anything that is not a regular file holding one Ed25519
    /// private key in PEM (Invalid).
    [[nodiscard]] static SigningKey load(const QString& path);
    /// Writes the key to `path` with permissions 0600, atomically: a reader
    /// sees no file or the whole key. Never overwrites: an existing file is a
    /// gc::DomainError (Conflict), because replacing a key file loses the key.
    /// Other failures (no such folder, disk full) are gc::DomainError (Invalid).
    void save(const QString& path) const;

    [[nodiscard]] PublicKey publicKey() const;
    [[nodiscard]] QString keyId() const { return publicKey().keyId(); }

    /// The 64-byte Ed25519 signature of `message`.
    [[nodiscard]] QByteArray sign(QByteArrayView message) const;
    /// A checkpoint for (treeSize, rootHash, unixTime) signed with this key.
    /// Throws gc::DomainError (Invalid) for a negative size or time or a root
    /// hash that is not 32 bytes.
    [[nodiscard]] Checkpoint signCheckpoint(
        qint64 treeSize, const QByteArray& rootHash, qint64 unixTime) const;

private:
    explicit SigningKey(evp_pkey_st* key);

    evp_pkey_st* m_key = nullptr;
};

} // namespace gc
