#include "PersonalCommitment.h"

#include "AuditEventCodec.h"
#include "core/DomainError.h"

#include <QCoreApplication>

#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace gc {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), n) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    return bytes;
}

void putField(QByteArray& out, const QByteArray& bytes)
{
    const auto n = quint32(bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((n >> shift) & 0xff));
    out.append(bytes);
}

QByteArray utf8Of(const QString& s)
{
    if (!s.isValidUtf16())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate(
                "gc::PersonalCommitment", "A personal data field is not valid Unicode."));
    return s.toUtf8();
}

} // namespace

QByteArray PersonalCommitment::generateSubjectKey()
{
    return randomBytes(kKeySize);
}

QByteArray PersonalCommitment::generateSalt()
{
    return randomBytes(kSaltSize);
}

QByteArray PersonalCommitment::canonicalBytes(const AuditPersonalData& data)
{
    QByteArray out;
    out.append(char(1));
    putField(out, utf8Of(data.actorName));
    putField(out, utf8Of(data.actorEmail));
    putField(out, utf8Of(data.sourceAddress));
    putField(out, AuditEventCodec::canonicalJson(data.details));
    return out;
}

QByteArray PersonalCommitment::commit(
    const AuditPersonalData& data, QByteArrayView salt, QByteArrayView subjectKey)
{
    if (salt.size() != kSaltSize || subjectKey.size() != kKeySize)
        throw std::invalid_argument("PersonalCommitment::commit needs a 32-byte salt and a 32-byte key");
    QByteArray message = canonicalBytes(data);
    message.append(salt.data(), salt.size());
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (HMAC(EVP_sha256(), subjectKey.data(), int(subjectKey.size()),
            reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()), mac,
            &macLength)
            == nullptr
        || macLength != kCommitmentSize)
        throw std::runtime_error("OpenSSL HMAC-SHA256 failed");
    return QByteArray(reinterpret_cast<const char*>(mac), kCommitmentSize);
}

bool PersonalCommitment::verify(
    const AuditPersonalData& data, QByteArrayView salt, QByteArrayView subjectKey, QByteArrayView commitment)
{
    if (commitment.size() != kCommitmentSize || salt.size() != kSaltSize || subjectKey.size() != kKeySize)
        return false;
    QByteArray expected;
    try {
        expected = commit(data, salt, subjectKey);
    } catch (const std::exception&) {
        return false;
    }
    return CRYPTO_memcmp(expected.constData(), commitment.data(), kCommitmentSize) == 0;
}

QByteArray PersonalCommitment::none()
{
    return QByteArray(kCommitmentSize, '\0');
}

} // namespace gc
