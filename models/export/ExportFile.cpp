#include "export/ExportFile.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace gc {

namespace {
constexpr std::size_t kBufferBytes = 1 << 20;
constexpr qint64 kWritebackBytes = 8 << 20;
}

void ExportFile::HashFree::operator()(evp_md_ctx_st* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

ExportFile::~ExportFile()
{
    if (m_fd >= 0)
        ::close(m_fd); // abandoned after an error: the engine deletes the file
}

void ExportFile::open(const QString& path)
{
    m_path = path;
    const QByteArray native = QFile::encodeName(path);
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0)
        fail(errno);
    m_buffer.resize(kBufferBytes);
    m_used = 0;
    m_flushed = 0;
    m_syncedTo = 0;
    m_sha256.clear();
    m_hash.reset(EVP_MD_CTX_new());
    if (!m_hash || EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr) != 1)
        throw StoreError(StoreError::Kind::Internal,
            QCoreApplication::translate("gc::ExportFile", "SHA-256 is not available from OpenSSL."));
}

void ExportFile::writeSlow(std::string_view bytes)
{
    while (!bytes.empty()) {
        if (m_used == m_buffer.size())
            flush();
        const std::size_t n = std::min(bytes.size(), m_buffer.size() - m_used);
        std::copy_n(bytes.data(), n, m_buffer.data() + m_used);
        m_used += n;
        bytes.remove_prefix(n);
    }
}

void ExportFile::flush()
{
    const char* p = m_buffer.data();
    std::size_t left = m_used;
    // Hashed while the block is in the cache, on its way out (OpenSSL uses
    // the CPU's SHA instructions): cheaper than reading the file back.
    EVP_DigestUpdate(m_hash.get(), p, left);
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail(errno);
        }
        p += n;
        left -= std::size_t(n);
        m_flushed += n;
    }
    m_used = 0;
    // Start the disk writing what is written so far, without waiting for it,
    // so the fsync in close() finds little left to do: on a large export that
    // wait was a tenth of the whole time.
    if (m_flushed - m_syncedTo >= kWritebackBytes) {
        (void)::sync_file_range(m_fd, m_syncedTo, m_flushed - m_syncedTo, SYNC_FILE_RANGE_WRITE);
        m_syncedTo = m_flushed;
    }
}

void ExportFile::close()
{
    flush();
    if (::fsync(m_fd) != 0 && errno != EINVAL)
        fail(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        fail(errno);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_hash.get(), reinterpret_cast<unsigned char*>(digest.data()), &length);
    m_hash.reset();
    m_sha256 = digest;
}

void ExportFile::fail(int error) const
{
    const bool full = error == ENOSPC || error == EDQUOT;
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    throw StoreError(full ? StoreError::Kind::DiskFull : StoreError::Kind::Io,
        full ? QCoreApplication::translate("gc::ExportFile", "The disk is full: “%1” could not be written.")
                   .arg(m_path)
             : QCoreApplication::translate("gc::ExportFile", "“%1” could not be written: %2.").arg(m_path, reason),
        reason);
}

} // namespace gc
