#include "SigningKey.h"

#include "audit/OsslFree.h"
#include "core/DomainError.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace gc {
namespace {

// A PEM Ed25519 key is about 120 bytes; anything far larger is not a key file.
constexpr qint64 kMaxKeyFileSize = 16 * 1024;

DomainError keyFileError(DomainError::Kind kind, const QString& message)
{
    ERR_clear_error();
    return DomainError(kind, message, QStringLiteral("keyFile"));
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Wipes the secret from memory when the buffer goes away.
struct Wiped
{
    QByteArray data;
    ~Wiped()
    {
        if (!data.isEmpty())
            OPENSSL_cleanse(data.data(), std::size_t(data.size()));
    }
};

} // namespace

SigningKey::SigningKey(evp_pkey_st* key)
    : m_key(key)
{ }

SigningKey::SigningKey(SigningKey&& other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{ }

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

SigningKey::~SigningKey()
{
    EVP_PKEY_free(m_key);
}

SigningKey SigningKey::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (key == nullptr)
        throw std::runtime_error("OpenSSL could not generate an Ed25519 key");
    return SigningKey(key);
}

SigningKey SigningKey::fromSeed(QByteArrayView seed)
{
    EVP_PKEY* key = seed.size() == 32 ? EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                        reinterpret_cast<const unsigned char*>(seed.data()), std::size_t(seed.size()))
                                      : nullptr;
    if (key == nullptr)
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "An Ed25519 private key seed is 32 bytes."));
    return SigningKey(key);
}

SigningKey SigningKey::load(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT)
            throw keyFileError(DomainError::Kind::NotFound,
                QCoreApplication::translate("gc::SigningKey", "The signing key file %1 does not exist.")
                    .arg(path));
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot read the signing key file %1: %2")
                .arg(path, systemError(err)));
    }
    // Checked on the path first (so a FIFO or device is never opened), then
    // again on the opened file, which is what is actually read.
    const auto check = [&path](const struct stat& info) {
        if (!S_ISREG(info.st_mode))
            throw keyFileError(DomainError::Kind::Invalid,
                QCoreApplication::translate(
                    "gc::SigningKey", "The signing key path %1 is not a regular file.")
                    .arg(path));
        if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            throw keyFileError(DomainError::Kind::PermissionDenied,
                QCoreApplication::translate("gc::SigningKey",
                    "The signing key file %1 can be accessed by other users (permissions %2). Refusing "
                    "to use it: restrict it with \"chmod 600 %1\" and consider the key compromised if "
                    "others could read it.")
                    .arg(path, QString::number(info.st_mode & 0777, 8).rightJustified(4, u'0')));
        }
        if (info.st_uid != ::geteuid()) {
            throw keyFileError(DomainError::Kind::PermissionDenied,
                QCoreApplication::translate(
                    "gc::SigningKey", "The signing key file %1 belongs to another user. Refusing to use it.")
                    .arg(path));
        }
        if (info.st_size > kMaxKeyFileSize)
            throw keyFileError(DomainError::Kind::Invalid,
                QCoreApplication::translate(
                    "gc::SigningKey", "The file %1 is too large to be a signing key file.")
                    .arg(path));
    };
    check(st);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot read the signing key file %1: %2")
                .arg(path, file.errorString()));
    struct stat opened
    {
    };
    if (::fstat(file.handle(), &opened) != 0)
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot read the signing key file %1: %2")
                .arg(path, systemError(errno)));
    check(opened);
    Wiped pem { file.read(kMaxKeyFileSize + 1) };
    std::unique_ptr<BIO, OsslFree> bio(BIO_new_mem_buf(pem.data.constData(), int(pem.data.size())));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (key == nullptr)
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate(
                "gc::SigningKey", "The file %1 does not hold a private key in PEM format.")
                .arg(path));
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate(
                "gc::SigningKey", "The key in %1 is not an Ed25519 key; audit checkpoints need Ed25519.")
                .arg(path));
    }
    return SigningKey(key);
}

void SigningKey::save(const QString& path) const
{
    std::unique_ptr<BIO, OsslFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throw std::runtime_error("OpenSSL could not encode the private key");
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    Wiped pem { QByteArray(data, qsizetype(len)) };
    OPENSSL_cleanse(data, std::size_t(len));

    const QByteArray target = QFile::encodeName(path);
    if (::access(target.constData(), F_OK) == 0)
        throw keyFileError(DomainError::Kind::Conflict,
            QCoreApplication::translate(
                "gc::SigningKey", "The signing key file %1 already exists; it is never overwritten.")
                .arg(path));
    // mkstemp creates the file with mode 0600 from the start, so the key is
    // never readable by others, not even for an instant.
    QByteArray tmpl = target + ".XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        const int err = errno;
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot write the signing key file %1: %2")
                .arg(path, systemError(err)));
    }
    const auto fail = [&](int err) {
        ::close(fd);
        ::unlink(tmpl.constData());
        return keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot write the signing key file %1: %2")
                .arg(path, systemError(err)));
    };
    qsizetype written = 0;
    while (written < pem.data.size()) {
        const ssize_t n = ::write(fd, pem.data.constData() + written, std::size_t(pem.data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw fail(n < 0 ? errno : EIO);
        written += n;
    }
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 || ::fsync(fd) != 0)
        throw fail(errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot write the signing key file %1: %2")
                .arg(path, systemError(err)));
    }
    // link() fails if the target appeared meanwhile, so even a race cannot
    // make us replace someone's key; rename() would.
    const int linked = ::link(tmpl.constData(), target.constData());
    const int err = errno;
    ::unlink(tmpl.constData());
    if (linked != 0) {
        if (err == EEXIST)
            throw keyFileError(DomainError::Kind::Conflict,
                QCoreApplication::translate(
                    "gc::SigningKey", "The signing key file %1 already exists; it is never overwritten.")
                    .arg(path));
        throw keyFileError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey", "Cannot write the signing key file %1: %2")
                .arg(path, systemError(err)));
    }
}

PublicKey SigningKey::publicKey() const
{
    unsigned char raw[PublicKey::kRawSize];
    std::size_t len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(m_key, raw, &len) != 1 || len != sizeof raw)
        throw std::runtime_error("OpenSSL could not export the public key");
    return PublicKey::fromRaw(QByteArrayView(reinterpret_cast<const char*>(raw), PublicKey::kRawSize));
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    std::unique_ptr<EVP_MD_CTX, OsslFree> ctx(EVP_MD_CTX_new());
    QByteArray sig(PublicKey::kSignatureSize, Qt::Uninitialized);
    std::size_t len = std::size_t(sig.size());
    // Ed25519 is PureEdDSA: no separate digest, hence the null md.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
               reinterpret_cast<const unsigned char*>(message.data()), std::size_t(message.size()))
            != 1
        || len != std::size_t(PublicKey::kSignatureSize)) {
        ERR_clear_error();
        throw std::runtime_error("OpenSSL could not sign");
    }
    return sig;
}

Checkpoint SigningKey::signCheckpoint(qint64 treeSize, const QByteArray& rootHash, qint64 unixTime) const
{
    Checkpoint cp;
    cp.treeSize = treeSize;
    cp.rootHash = rootHash;
    cp.unixTime = unixTime;
    cp.keyId = keyId();
    if (!cp.isWellFormed())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::SigningKey",
                "A checkpoint needs a tree size and time of at least 0 and a 32-byte root hash."));
    cp.signature = sign(cp.body());
    return cp;
}

} // namespace gc
