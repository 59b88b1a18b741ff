#include "PasswordHasher.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <memory>
#include <optional>
#include <stdexcept>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace gc {

namespace {

constexpr QLatin1String kPrefix("$scrypt$");
// Longest well-formed string is about 110 characters; anything much longer is
// refused before it is parsed.
constexpr qsizetype kMaxEncodedLength = 256;
constexpr auto kBase64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

using Digest = std::array<unsigned char, PasswordHasher::kHashBytes>;

struct KdfDeleter
{
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

/// Holds the UTF-8 bytes of a password and wipes them when done.
class PasswordBytes final
{
public:
    explicit PasswordBytes(const QString& password)
        : m_bytes(password.normalized(QString::NormalizationForm_C).toUtf8())
    { }
    ~PasswordBytes()
    {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(PasswordBytes)
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

/// scrypt's working set as OpenSSL counts it: B (128*r*p) plus V (128*r*(N+2)).
std::uint64_t requiredMemory(const PasswordHasher::Cost& cost)
{
    const std::uint64_t n = std::uint64_t(1) << cost.logN;
    const auto r = std::uint64_t(cost.r);
    const auto p = std::uint64_t(cost.p);
    return 128 * r * p + 128 * r * (n + 2);
}

/// Derives the hash; false when OpenSSL refuses (e.g. out of memory).
bool derive(
    const PasswordBytes& password, const QByteArray& salt, const PasswordHasher::Cost& cost, Digest& out)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    if (!kdf)
        return false;
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return false;

    uint64_t n = uint64_t(1) << cost.logN;
    uint32_t r = uint32_t(cost.r);
    uint32_t p = uint32_t(cost.p);
    uint64_t maxMem = requiredMemory(cost);
    // OSSL_PARAM takes non-const pointers but only reads octet strings here.
    auto* pass = const_cast<char*>(password.bytes().constData());
    auto* saltData = const_cast<char*>(salt.constData());
    const std::array<OSSL_PARAM, 7> params {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass, size_t(password.bytes().size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltData, size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };
    return EVP_KDF_derive(ctx.get(), out.data(), out.size(), params.data()) == 1;
}

/// A decimal without sign, blanks or leading zeros, at most three digits.
std::optional<int> parseSmallNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<int> parseParam(QStringView part, QLatin1String name)
{
    if (part.size() <= name.size() + 1 || !part.startsWith(name) || part.at(name.size()) != u'=')
        return std::nullopt;
    return parseSmallNumber(part.mid(name.size() + 1));
}

/// Decodes canonical unpadded base64 of exactly `expectedBytes` bytes.
std::optional<QByteArray> parseBase64(QStringView text, int expectedBytes)
{
    const QByteArray ascii = text.toLatin1();
    const auto decoded
        = QByteArray::fromBase64Encoding(ascii, kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes)
        return std::nullopt;
    // Refuse the other spellings of the same bytes (padding, stray bits) so one
    // hash has exactly one encoded form.
    if (decoded.decoded.toBase64(kBase64) != ascii)
        return std::nullopt;
    return decoded.decoded;
}

struct Parsed
{
    PasswordHasher::Cost cost;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString& encoded)
{
    if (encoded.size() > kMaxEncodedLength || !encoded.startsWith(kPrefix))
        return std::nullopt;
    for (QChar c : encoded) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return std::nullopt;
    }
    // "", "scrypt", "ln=..,r=..,p=..", salt, hash
    const QList<QStringView> parts = QStringView(encoded).split(u'$');
    if (parts.size() != 5)
        return std::nullopt;
    const QList<QStringView> params = parts.at(2).split(u',');
    if (params.size() != 3)
        return std::nullopt;
    const auto logN = parseParam(params.at(0), QLatin1String("ln"));
    const auto r = parseParam(params.at(1), QLatin1String("r"));
    const auto p = parseParam(params.at(2), QLatin1String("p"));
    if (!logN || !r || !p)
        return std::nullopt;
    Parsed result;
    result.cost = PasswordHasher::Cost { *logN, *r, *p };
    if (!PasswordHasher::isSupported(result.cost))
        return std::nullopt;
    auto salt = parseBase64(parts.at(3), PasswordHasher::kSaltBytes);
    auto hash = parseBase64(parts.at(4), PasswordHasher::kHashBytes);
    if (!salt || !hash)
        return std::nullopt;
    result.salt = std::move(*salt);
    result.hash = std::move(*hash);
    return result;
}

} // namespace

bool PasswordHasher::isSupported(Cost cost)
{
    if (cost.logN < 1 || cost.logN > kMaxLogN || cost.r < 1 || cost.r > kMaxR || cost.p < 1 || cost.p > kMaxP)
        return false;
    const std::uint64_t working = 128 * std::uint64_t(cost.r) * (std::uint64_t(1) << cost.logN);
    return working <= kMaxMemoryBytes;
}

QString PasswordHasher::hash(const QString& password, Cost cost)
{
    if (!isSupported(cost))
        throw std::invalid_argument("scrypt cost out of bounds");
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        throw std::runtime_error("RAND_bytes failed");
    const PasswordBytes bytes(password);
    Digest digest {};
    if (!derive(bytes, salt, cost, digest))
        throw std::runtime_error("scrypt key derivation failed");
    const QByteArray hashBytes(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
    OPENSSL_cleanse(digest.data(), digest.size());
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(QString::number(cost.logN), QString::number(cost.r), QString::number(cost.p),
            QString::fromLatin1(salt.toBase64(kBase64)), QString::fromLatin1(hashBytes.toBase64(kBase64)));
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    try {
        const auto parsed = parse(encoded);
        if (!parsed)
            return false;
        const PasswordBytes bytes(password);
        Digest digest {};
        if (!derive(bytes, parsed->salt, parsed->cost, digest))
            return false;
        const bool same = CRYPTO_memcmp(digest.data(), parsed->hash.constData(), digest.size()) == 0;
        OPENSSL_cleanse(digest.data(), digest.size());
        return same;
    } catch (const std::exception&) {
        // Only allocation can throw here; a failed check is the safe answer.
        return false;
    }
}

bool PasswordHasher::needsRehash(const QString& encoded, Cost cost)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return true;
    return parsed->cost.logN < cost.logN || parsed->cost.r < cost.r || parsed->cost.p < cost.p;
}

} // namespace gc
