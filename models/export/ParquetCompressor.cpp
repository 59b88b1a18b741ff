#include "export/ParquetCompressor.h"

#include "store/StoreError.h"

#include <QCoreApplication>

#include <snappy.h>
#include <zstd.h>

namespace gc {

namespace {

[[noreturn]] void codecFailed(const char* detail)
{
    throw StoreError(StoreError::Kind::Internal,
        QCoreApplication::translate("gc::ParquetCompressor", "A Parquet page could not be compressed."),
        QString::fromUtf8(detail));
}

} // namespace

ParquetCompressor::ParquetCompressor(ParquetOptions::Compression compression, int zstdLevel)
    : m_compression(compression), m_zstdLevel(zstdLevel)
{
    if (m_compression == ParquetOptions::Compression::Zstd) {
        m_zstd = ZSTD_createCCtx();
        if (!m_zstd)
            codecFailed("ZSTD_createCCtx");
    }
}

ParquetCompressor::~ParquetCompressor()
{
    ZSTD_freeCCtx(m_zstd);
}

parquet::Codec ParquetCompressor::codec() const
{
    switch (m_compression) {
    case ParquetOptions::Compression::None:
        return parquet::Codec::Uncompressed;
    case ParquetOptions::Compression::Snappy:
        return parquet::Codec::Snappy;
    case ParquetOptions::Compression::Zstd:
        return parquet::Codec::Zstd;
    }
    return parquet::Codec::Uncompressed;
}

void ParquetCompressor::reserve(std::size_t bytes)
{
    if (bytes <= m_capacity)
        return;
    m_buffer = std::make_unique_for_overwrite<char[]>(bytes);
    m_capacity = bytes;
}

std::string_view ParquetCompressor::compress(std::string_view page)
{
    switch (m_compression) {
    case ParquetOptions::Compression::None:
        return page;
    case ParquetOptions::Compression::Snappy: {
        reserve(snappy::MaxCompressedLength(page.size()));
        std::size_t written = 0;
        snappy::RawCompress(page.data(), page.size(), m_buffer.get(), &written);
        return {m_buffer.get(), written};
    }
    case ParquetOptions::Compression::Zstd: {
        reserve(ZSTD_compressBound(page.size()));
        const std::size_t written =
            ZSTD_compressCCtx(m_zstd, m_buffer.get(), m_capacity, page.data(), page.size(), m_zstdLevel);
        if (ZSTD_isError(written))
            codecFailed(ZSTD_getErrorName(written));
        return {m_buffer.get(), written};
    }
    }
    return page;
}

} // namespace gc
