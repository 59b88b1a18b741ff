#include "PublicKey.h"

#include "audit/OsslFree.h"
#include "audit/Sha256.h"
#include "core/DomainError.h"

#include <QCoreApplication>

#include <memory>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace gc {
namespace {

DomainError invalidKey()
{
    ERR_clear_error();
    return DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::PublicKey", "This is not an Ed25519 public key."),
        QStringLiteral("publicKey"));
}

} // namespace

PublicKey PublicKey::fromRaw(QByteArrayView raw)
{
    if (raw.size() != kRawSize)
        throw invalidKey();
    std::unique_ptr<EVP_PKEY, OsslFree> key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
        reinterpret_cast<const unsigned char*>(raw.data()), std::size_t(raw.size())));
    if (!key)
        throw invalidKey();
    PublicKey out;
    out.m_raw = raw.toByteArray();
    return out;
}

PublicKey PublicKey::fromPem(QByteArrayView pem)
{
    std::unique_ptr<BIO, OsslFree> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        throw invalidKey();
    std::unique_ptr<EVP_PKEY, OsslFree> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        throw invalidKey();
    unsigned char raw[kRawSize];
    std::size_t len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key.get(), raw, &len) != 1 || len != sizeof raw)
        throw invalidKey();
    PublicKey out;
    out.m_raw = QByteArray(reinterpret_cast<const char*>(raw), kRawSize);
    return out;
}

QByteArray PublicKey::toPem() const
{
    if (isNull())
        return {};
    std::unique_ptr<EVP_PKEY, OsslFree> key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(m_raw.constData()), kRawSize));
    std::unique_ptr<BIO, OsslFree> bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        throw std::runtime_error("OpenSSL could not write a public key");
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

QString PublicKey::keyIdOf(QByteArrayView raw)
{
    const Sha256::Digest d = Sha256::local().hash(raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(d.data()), 8).toHex());
}

QString PublicKey::keyId() const
{
    return isNull() ? QString() : keyIdOf(m_raw);
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (isNull() || signature.size() != kSignatureSize)
        return false;
    std::unique_ptr<EVP_PKEY, OsslFree> key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(m_raw.constData()), kRawSize));
    std::unique_ptr<EVP_MD_CTX, OsslFree> ctx(EVP_MD_CTX_new());
    // Ed25519 hashes internally (PureEdDSA), so no digest is named.
    const bool ok = key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
               std::size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.data()),
               std::size_t(message.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

} // namespace gc
