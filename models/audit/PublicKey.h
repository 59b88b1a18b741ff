#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace gc {

/// An Ed25519 public key (32 raw bytes) that checks signatures. A plain value:
/// copy it freely. A default-constructed key is null and verifies nothing.
class PublicKey final
{
public:
    static constexpr int kRawSize = 32;
    static constexpr int kSignatureSize = 64;

    PublicKey() = default;

    /// Throws gc::DomainError (Kind::Invalid) unless `raw` is a 32-byte
    /// Ed25519 public key.
    [[nodiscard]] static PublicKey fromRaw(QByteArrayView raw);
    /// Reads a "BEGIN PUBLIC KEY" PEM (SubjectPublicKeyInfo). Throws
    /// gc::DomainError (Kind::Invalid) for anything but an Ed25519 key.
    [[nodiscard]] static PublicKey fromPem(QByteArrayView pem);

    [[nodiscard]] bool isNull() const { return m_raw.isEmpty(); }
    [[nodiscard]] QByteArray raw() const { return m_raw; }
    [[nodiscard]] QByteArray toPem() const;
    /// First 8 bytes of SHA-256(raw key), as 16 lowercase hex digits; empty
    /// for a null key.
    [[nodiscard]] QString keyId() const;
    /// True when `signature` is a valid Ed25519 signature of `message`.
    /// Never throws; false for a null key or a signature of the wrong length.
    [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView signature) const;

    /// The key id for `raw` (see keyId()).
    [[nodiscard]] static QString keyIdOf(QByteArrayView raw);

    friend bool operator==(const PublicKey&, const PublicKey&) = default;

private:
    QByteArray m_raw;
};

} // namespace gc
