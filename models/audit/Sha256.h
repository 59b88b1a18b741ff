#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

struct evp_md_ctx_st;
struct evp_md_st;

namespace gc {

/// A reusable SHA-256 context (OpenSSL EVP) with the RFC 6962 domain-separated
/// leaf and node hashes. Reusing one context and one fetched digest avoids an
/// allocation and an algorithm lookup per hash, which is most of the cost for
/// the short inputs a Merkle tree hashes. Not thread-safe: one per thread.
class Sha256 final
{
    Q_DISABLE_COPY_MOVE(Sha256)

public:
    static constexpr int kSize = 32;
    using Digest = std::array<std::uint8_t, kSize>;

    /// Throws std::runtime_error when OpenSSL cannot provide SHA-256.
    Sha256();
    ~Sha256();

    /// SHA-256(data).
    Digest hash(QByteArrayView data);
    /// SHA-256(0x00 || leaf).
    Digest leaf(QByteArrayView leaf);
    /// SHA-256(0x01 || left || right); both are 32-byte digests.
    Digest node(const std::uint8_t* left, const std::uint8_t* right);

    static QByteArray toBytes(const Digest& d)
    {
        return QByteArray(reinterpret_cast<const char*>(d.data()), kSize);
    }

    /// The calling thread's instance, for callers that hash now and then.
    static Sha256& local();

private:
    void begin();
    void update(const void* data, std::size_t size);
    Digest finish();

    evp_md_ctx_st* m_ctx = nullptr;
    evp_md_st* m_md = nullptr;
};

} // namespace gc
