#pragma once

#include "export/ExportOptions.h"
#include "export/ParquetFormat.h"

#include <QtGlobal>

#include <memory>
#include <string_view>

struct ZSTD_CCtx_s;

namespace gc {

/// Compresses Parquet pages with the codec of ParquetOptions, reusing one
/// output buffer and one zstd context for every page of the file.
class ParquetCompressor final
{
public:
    ParquetCompressor(ParquetOptions::Compression compression, int zstdLevel);
    ~ParquetCompressor();
    Q_DISABLE_COPY_MOVE(ParquetCompressor)

    [[nodiscard]] parquet::Codec codec() const;
    /// The page as written: `page` itself when uncompressed, otherwise a view
    /// of the internal buffer, valid until the next call. Throws StoreError
    /// (Internal) if the codec fails, which only happens when out of memory.
    [[nodiscard]] std::string_view compress(std::string_view page);

private:
    void reserve(std::size_t bytes);

    ParquetOptions::Compression m_compression;
    int m_zstdLevel;
    ZSTD_CCtx_s* m_zstd = nullptr;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
};

} // namespace gc
