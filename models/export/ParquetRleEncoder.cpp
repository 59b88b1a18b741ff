#include "export/ParquetRleEncoder.h"

#include "export/ParquetThriftEncoder.h"

#include <algorithm>

namespace gc {

namespace {

// parquet-mr caps a bit-packed run at 63 groups so its header fits one byte.
constexpr std::size_t kMaxLiteralValues = 63 * 8;

template<class T>
void appendBitPacked(std::span<const T> values, int bitWidth, std::string& out)
{
    while (!values.empty()) {
        const std::size_t count = std::min(values.size(), kMaxLiteralValues);
        const std::size_t groups = (count + 7) / 8;
        ParquetThriftEncoder::appendVarint(out, (groups << 1) | 1);
        std::uint64_t acc = 0;
        int bits = 0;
        for (std::size_t i = 0; i < groups * 8; ++i) {
            const std::uint64_t v = i < count ? std::uint64_t(values[i]) : 0;
            acc |= v << bits;
            bits += bitWidth;
            while (bits >= 8) {
                out.push_back(char(acc & 0xFF));
                acc >>= 8;
                bits -= 8;
            }
        }
        values = values.subspan(count);
    }
}

template<class T>
void appendRun(T value, std::size_t count, int bitWidth, std::string& out)
{
    ParquetThriftEncoder::appendVarint(out, std::uint64_t(count) << 1);
    const int bytes = (bitWidth + 7) / 8;
    for (int b = 0; b < bytes; ++b)
        out.push_back(char((std::uint64_t(value) >> (8 * b)) & 0xFF));
}

template<class T>
void encodeHybrid(std::span<const T> values, int bitWidth, std::string& out)
{
    const std::size_t n = values.size();
    std::size_t literalStart = 0;
    std::size_t i = 0;
    while (i < n) {
        const T value = values[i];
        std::size_t end = i + 1;
        while (end < n && values[end] == value)
            ++end;
        const std::size_t run = end - i;
        if (run >= 8) {
            // A bit-packed run must hold whole groups of 8 unless it is the
            // last one, so the run lends the pending literals their padding.
            const std::size_t pad = (8 - (i - literalStart) % 8) % 8;
            if (run - pad >= 8) {
                appendBitPacked(values.subspan(literalStart, i + pad - literalStart), bitWidth, out);
                appendRun(value, run - pad, bitWidth, out);
                literalStart = end;
            }
        }
        i = end;
    }
    appendBitPacked(values.subspan(literalStart), bitWidth, out);
}

} // namespace

void ParquetRleEncoder::encode(std::span<const std::uint8_t> values, int bitWidth, std::string& out)
{
    encodeHybrid(values, bitWidth, out);
}

void ParquetRleEncoder::encode(std::span<const std::uint32_t> values, int bitWidth, std::string& out)
{
    encodeHybrid(values, bitWidth, out);
}

} // namespace gc
