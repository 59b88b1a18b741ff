#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <string_view>
#include <vector>

struct evp_md_ctx_st;

namespace gc {

/// A file opened for writing through a large buffer, for the text and binary
/// export writers. Every failed write or close becomes a StoreError naming the
/// file (DiskFull for ENOSPC/EDQUOT, Io otherwise) instead of a short file.
/// Not QFile: QFile's buffer is 16 KiB and it reports a full disk only as a
/// generic error string; exports write hundreds of MB per second.
///
/// It also computes the SHA-256 of what it writes, block by block as the
/// blocks go to the operating system, so the engine need not read a
/// finished file back to hash it.
class ExportFile final
{
public:
    ExportFile() = default;
    ~ExportFile();
    Q_DISABLE_COPY_MOVE(ExportFile)

    /// Creates or truncates `path`. Throws StoreError.
    void open(const QString& path);
    void write(std::string_view bytes)
    {
        if (bytes.size() <= m_buffer.size() - m_used) {
            std::copy(bytes.begin(), bytes.end(), m_buffer.data() + m_used);
            m_used += bytes.size();
        } else {
            writeSlow(bytes);
        }
    }
    void put(char c)
    {
        if (m_used == m_buffer.size())
            flush();
        m_buffer[m_used++] = c;
    }
    /// Hands the buffer to the operating system.
    void flush();
    /// Flushes, syncs to disk and closes. Throws StoreError.
    void close();
    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    /// Bytes written so far, buffered ones included.
    [[nodiscard]] qint64 size() const { return m_flushed + qint64(m_used); }
    [[nodiscard]] const QString& path() const { return m_path; }
    /// SHA-256 of the file's bytes once close() returned; empty before.
    [[nodiscard]] const QByteArray& sha256() const { return m_sha256; }

private:
    struct HashFree
    {
        void operator()(evp_md_ctx_st* ctx) const;
    };

    void writeSlow(std::string_view bytes);
    [[noreturn]] void fail(int error) const;

    QString m_path;
    int m_fd = -1;
    std::vector<char> m_buffer;
    std::size_t m_used = 0;
    qint64 m_flushed = 0;
    qint64 m_syncedTo = 0; ///< bytes handed to writeback so far
    std::unique_ptr<evp_md_ctx_st, HashFree> m_hash;
    QByteArray m_sha256;
};

} // namespace gc
