#include "Sha256.h"

#include <stdexcept>

#include <openssl/evp.h>

namespace gc {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
    , m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
{
    if (m_ctx == nullptr || m_md == nullptr) {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
        throw std::runtime_error("OpenSSL provides no SHA-256");
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
    EVP_MD_free(m_md);
}

Sha256& Sha256::local()
{
    thread_local Sha256 instance;
    return instance;
}

void Sha256::begin()
{
    if (EVP_DigestInit_ex2(m_ctx, m_md, nullptr) != 1)
        throw std::runtime_error("EVP_DigestInit_ex2 failed");
}

void Sha256::update(const void* data, std::size_t size)
{
    if (EVP_DigestUpdate(m_ctx, data, size) != 1)
        throw std::runtime_error("EVP_DigestUpdate failed");
}

Sha256::Digest Sha256::finish()
{
    Digest out {};
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(m_ctx, out.data(), &len) != 1 || len != kSize)
        throw std::runtime_error("EVP_DigestFinal_ex failed");
    return out;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    begin();
    update(data.data(), std::size_t(data.size()));
    return finish();
}

Sha256::Digest Sha256::leaf(QByteArrayView leaf)
{
    static constexpr std::uint8_t prefix = 0x00;
    begin();
    update(&prefix, 1);
    update(leaf.data(), std::size_t(leaf.size()));
    return finish();
}

Sha256::Digest Sha256::node(const std::uint8_t* left, const std::uint8_t* right)
{
    // One contiguous buffer: a single update is cheaper than three.
    std::array<std::uint8_t, 1 + 2 * kSize> buf;
    buf[0] = 0x01;
    std::copy(left, left + kSize, buf.begin() + 1);
    std::copy(right, right + kSize, buf.begin() + 1 + kSize);
    begin();
    update(buf.data(), buf.size());
    return finish();
}

} // namespace gc
