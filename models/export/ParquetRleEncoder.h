#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace gc {

/// Parquet's RLE / bit-packed hybrid encoding (Encodings.md, "Run Length
/// Encoding / Bit-Packing Hybrid"), used for definition levels and dictionary
/// indices. Runs of 8 or more equal values become RLE runs, everything else
/// bit-packed groups of 8 (at most 63 groups per run, as parquet-mr writes);
/// the last group is padded with zeros, which readers skip because they know
/// the value count. No length prefix: callers that need one (definition levels
/// in a v1 data page) add it.
class ParquetRleEncoder final
{
public:
    ParquetRleEncoder() = delete;

    /// Appends `values` (each < 2^bitWidth, 1 <= bitWidth <= 32) to `out`.
    static void encode(std::span<const std::uint8_t> values, int bitWidth, std::string& out);
    static void encode(std::span<const std::uint32_t> values, int bitWidth, std::string& out);
};

} // namespace gc
