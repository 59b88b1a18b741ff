#include "export/ParquetColumnChunk.h"

#include "export/ParquetCompressor.h"
#include "export/ParquetRleEncoder.h"
#include "export/ParquetThriftEncoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace gc {

using parquet::Encoding;
using parquet::PageType;
using parquet::ThriftType;
using parquet::Type;

namespace {

constexpr std::size_t kInitialSlots = 1024;

void setStatistics(ParquetColumnChunk::Encoded& out, std::string_view min, std::string_view max)
{
    out.statistics = true;
    out.min.assign(min);
    out.max.assign(max);
}

void putLe32(char* at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((v >> (8 * i)) & 0xFF);
}

std::uint32_t getLe32(const char* at)
{
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= std::uint32_t(std::uint8_t(at[i])) << (8 * i);
    return v;
}

/// PLAIN encoding of 8-byte values: their little-endian bytes.
template<class T>
void appendLe64(std::string& out, const T* values, std::size_t count)
{
    static_assert(sizeof(T) == 8);
    if constexpr (std::endian::native == std::endian::little) {
        out.append(reinterpret_cast<const char*>(values), count * 8);
    } else {
        for (std::size_t i = 0; i < count; ++i) {
            const auto bits = std::bit_cast<std::uint64_t>(values[i]);
            for (int b = 0; b < 8; ++b)
                out.push_back(char((bits >> (8 * b)) & 0xFF));
        }
    }
}

/// PLAIN encoding of one BYTE_ARRAY: 4-byte little-endian length, then the bytes.
void appendPlain(std::string& out, std::string_view text)
{
    char length[4];
    putLe32(length, std::uint32_t(text.size()));
    out.append(length, 4);
    out.append(text);
}

std::uint64_t load64(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
}

/// The last `n` (< 8) bytes before `end` of a string of `size` bytes as one
/// word, without a variable-length memcpy (a library call).
std::uint64_t loadTail(const char* end, std::size_t n, std::size_t size)
{
    if (size >= 8)
        return load64(end - 8) >> (8 * (8 - n)); // re-reads bytes already hashed, shifted out
    std::uint64_t word = 0;
    for (std::size_t i = 0; i < n; ++i)
        word |= std::uint64_t(std::uint8_t(end[-std::ptrdiff_t(n) + std::ptrdiff_t(i)])) << (8 * i);
    return word;
}

/// A fast hash for the dictionary (not std::hash: that is an out-of-line
/// call per cell, and dictionary lookups are the hot path of text columns).
std::uint64_t hashText(std::string_view text)
{
    const char* p = text.data();
    std::size_t n = text.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (std::uint64_t(n) * 0xFF51AFD7ED558CCDull);
    while (n >= 8) {
        h = (h ^ load64(p)) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        h = (h ^ loadTail(p + n, n, text.size())) * 0x94D049BB133111EBull;
        h ^= h >> 29;
    }
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
}

/// memcmp(a, b, n) == 0 for the short strings dictionaries hold, inline.
bool sameBytes(const char* a, const char* b, std::size_t n)
{
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 <= n; i += 8) {
            if (load64(a + i) != load64(b + i))
                return false;
        }
        return load64(a + n - 8) == load64(b + n - 8);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

template<class T>
std::string le64Bytes(T value)
{
    std::string out;
    appendLe64(out, &value, 1);
    return out;
}

Type physicalType(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
    case ExportType::Timestamp:
        return Type::Int64;
    case ExportType::Double:
        return Type::Double;
    case ExportType::Boolean:
        return Type::Boolean;
    case ExportType::Text:
        return Type::ByteArray;
    }
    return Type::ByteArray;
}

} // namespace

ParquetColumnChunk::ParquetColumnChunk(
    const ExportColumn& column, bool dictionary, Limits limits, Scratch& scratch)
    : m_nameUtf8(column.name.toStdString()), m_physical(physicalType(column.type)),
      m_type(column.type), m_cellKind(ExportText::cellKind(column.type)), m_optional(column.nullable), m_limits(limits),
      m_dictionaryActive(dictionary && column.type == ExportType::Text), m_scratch(scratch)
{
}

QString ParquetColumnChunk::textRejection(std::string_view text)
{
    if (text.size() > kMaxTextBytes)
        return QCoreApplication::translate("gc::ParquetWriter",
            "the text is %1 bytes long; a Parquet export takes at most %2 bytes per value.")
            .arg(qulonglong(text.size()))
            .arg(qulonglong(kMaxTextBytes));
    return ExportText::invalidUtf8Reason();
}

bool ParquetColumnChunk::acceptableText(std::string_view text)
{
    if (text.size() > kMaxTextBytes)
        return false;
    // Most exported text is ASCII: skip it eight bytes at a time before the
    // full UTF-8 check.
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (word & 0x8080808080808080ull)
            break;
    }
    return ExportText::isValidUtf8(text.substr(i));
}

bool ParquetColumnChunk::appendText(std::string_view text)
{
    if (m_dictionaryActive) {
        const DictionaryResult result = appendToDictionary(text);
        if (result != DictionaryResult::Full)
            return result == DictionaryResult::Stored;
    }
    if (!acceptableText(text))
        return false;
    appendPlain(m_text, text);
    return true;
}

ParquetColumnChunk::DictionaryResult ParquetColumnChunk::appendToDictionary(std::string_view text)
{
    if (m_slots.empty())
        m_slots.assign(kInitialSlots, 0);
    // Sorted or clustered exports repeat the previous value: skip the hash.
    if (!m_indices.empty()) {
        const std::uint32_t last = m_indices.back();
        const DictionaryEntry& e = m_entries[last];
        if (e.length == text.size() && sameBytes(m_dictionary.data() + e.offset, text.data(), text.size())) {
            m_indices.push_back(last);
            return DictionaryResult::Stored;
        }
    }
    const std::uint64_t hash = hashText(text);
    std::size_t mask = m_slots.size() - 1;
    std::size_t pos = hash & mask;
    while (const std::uint32_t slot = m_slots[pos]) {
        const DictionaryEntry& e = m_entries[slot - 1];
        if (e.hash == hash && e.length == text.size()
            && sameBytes(m_dictionary.data() + e.offset, text.data(), text.size())) {
            // Equal to an entry that was checked when it was added.
            m_indices.push_back(slot - 1);
            return DictionaryResult::Stored;
        }
        pos = (pos + 1) & mask;
    }
    if (!acceptableText(text))
        return DictionaryResult::Rejected;
    if (m_dictionary.size() + 4 + text.size() > m_limits.dictionaryBytes) {
        abandonDictionary();
        return DictionaryResult::Full;
    }
    const auto index = std::uint32_t(m_entries.size());
    appendPlain(m_dictionary, text);
    m_entries.push_back({std::uint32_t(m_dictionary.size() - text.size()), std::uint32_t(text.size()), hash});
    m_slots[pos] = index + 1;
    m_indices.push_back(index);
    if (m_entries.size() * 2 > m_slots.size()) {
        m_slots.assign(m_slots.size() * 2, 0);
        mask = m_slots.size() - 1;
        for (std::uint32_t i = 0; i < m_entries.size(); ++i) {
            std::size_t p = m_entries[i].hash & mask;
            while (m_slots[p])
                p = (p + 1) & mask;
            m_slots[p] = i + 1;
        }
    }
    return DictionaryResult::Stored;
}

void ParquetColumnChunk::abandonDictionary()
{
    m_text.clear();
    m_text.reserve(m_indices.size() * 4 + m_dictionary.size());
    for (const std::uint32_t index : m_indices)
        appendPlain(m_text, dictionaryValue(index));
    m_dictionaryActive = false;
    // The column stays PLAIN from now on: give the dictionary's memory back.
    std::string().swap(m_dictionary);
    std::vector<DictionaryEntry>().swap(m_entries);
    std::vector<std::uint32_t>().swap(m_slots);
    std::vector<std::uint32_t>().swap(m_indices);
}

void ParquetColumnChunk::encode(ParquetCompressor& compressor, Encoded& out)
{
    out.bytes.clear();
    out.sizes = {};
    Sizes& sizes = out.sizes;
    const bool dictionary = usingDictionary();
    int indexBitWidth = 0;
    if (dictionary) {
        writePage(out.bytes, compressor, PageType::DictionaryPage, m_entries.size(), m_dictionary, sizes);
        indexBitWidth = std::max(1, int(std::bit_width(std::uint32_t(m_entries.size() - 1))));
    }
    out.dictionaryBytes = qint64(out.bytes.size());

    // Pages end on row boundaries once their values reach the byte target;
    // costs are in bits so booleans, definition levels and indices count too.
    const std::size_t budget = m_limits.pageBytes * 8;
    std::size_t row = 0;
    std::size_t value = 0;
    std::size_t textPos = 0;
    while (row < m_rows) {
        const std::size_t firstRow = row;
        const std::size_t firstValue = value;
        const std::size_t textBegin = textPos;
        if (!m_optional && (m_physical != Type::ByteArray || dictionary)) {
            // Fixed cost per row: no need to look at each one.
            const std::size_t rowBits = m_physical == Type::Boolean ? 1
                : m_physical == Type::ByteArray                     ? std::size_t(indexBitWidth)
                                                                    : 64;
            row = std::min(m_rows, firstRow + std::max<std::size_t>(1, budget / rowBits));
            value = row;
        } else {
            std::size_t bits = 0;
            while (row < m_rows && (row == firstRow || bits < budget)) {
                if (m_optional) {
                    bits += 1;
                    if (!m_definitions[row]) {
                        ++row;
                        continue;
                    }
                }
                switch (m_physical) {
                case Type::Boolean:
                    bits += 1;
                    break;
                case Type::ByteArray:
                    if (dictionary) {
                        bits += std::size_t(indexBitWidth);
                    } else {
                        const std::size_t length = 4 + getLe32(m_text.data() + textPos);
                        textPos += length;
                        bits += length * 8;
                    }
                    break;
                default:
                    bits += 64;
                    break;
                }
                ++value;
                ++row;
            }
        }
        buildDataPage(firstRow, row, firstValue, value, textBegin, textPos, indexBitWidth);
        writePage(out.bytes, compressor, PageType::DataPage, row - firstRow, m_scratch.page, sizes);
    }

    out.rows = qint64(m_rows);
    out.nullCount = m_nullCount;
    computeStatistics(out);
    clear();
}

void ParquetColumnChunk::writeMetadata(
    const Encoded& chunk, qint64 offset, parquet::Codec codec, ParquetThriftEncoder& footer) const
{
    const bool dictionary = chunk.dictionaryBytes > 0;
    footer.beginStruct(); // ColumnChunk
    footer.fieldI64(2, offset);
    footer.fieldStruct(3); // ColumnMetaData
    footer.fieldI32(1, std::int32_t(m_physical));
    footer.fieldList(2, ThriftType::I32, dictionary ? 3 : 2);
    footer.elementI32(std::int32_t(Encoding::Plain));
    footer.elementI32(std::int32_t(Encoding::Rle));
    if (dictionary)
        footer.elementI32(std::int32_t(Encoding::RleDictionary));
    footer.fieldList(3, ThriftType::Binary, 1);
    footer.elementBinary(m_nameUtf8);
    footer.fieldI32(4, std::int32_t(codec));
    footer.fieldI64(5, chunk.rows);
    footer.fieldI64(6, chunk.sizes.uncompressed);
    footer.fieldI64(7, chunk.sizes.compressed);
    footer.fieldI64(9, offset + chunk.dictionaryBytes);
    if (dictionary)
        footer.fieldI64(11, offset);
    footer.fieldStruct(12); // Statistics
    footer.fieldI64(3, chunk.nullCount);
    if (chunk.statistics) {
        footer.fieldBinary(5, chunk.max);
        footer.fieldBinary(6, chunk.min);
    }
    footer.endStruct();
    footer.endStruct();
    footer.endStruct();
}

void ParquetColumnChunk::buildDataPage(std::size_t firstRow, std::size_t endRow, std::size_t firstValue,
    std::size_t endValue, std::size_t textBegin, std::size_t textEnd, int indexBitWidth)
{
    m_scratch.page.clear();
    if (m_optional) {
        // v1 data pages prefix the RLE definition levels with their length.
        m_scratch.page.append(4, '\0');
        ParquetRleEncoder::encode(
            std::span<const std::uint8_t>(m_definitions).subspan(firstRow, endRow - firstRow), 1, m_scratch.page);
        putLe32(m_scratch.page.data(), std::uint32_t(m_scratch.page.size() - 4));
    }
    const std::size_t count = endValue - firstValue;
    switch (m_physical) {
    case Type::Int64:
        appendLe64(m_scratch.page, m_integers.data() + firstValue, count);
        break;
    case Type::Double:
        appendLe64(m_scratch.page, m_doubles.data() + firstValue, count);
        break;
    case Type::Boolean: {
        // PLAIN booleans are bit-packed, least significant bit first.
        const std::size_t at = m_scratch.page.size();
        m_scratch.page.append((count + 7) / 8, '\0');
        for (std::size_t i = 0; i < count; ++i) {
            if (m_booleans[firstValue + i])
                m_scratch.page[at + i / 8] = char(std::uint8_t(m_scratch.page[at + i / 8]) | (1u << (i % 8)));
        }
        break;
    }
    default:
        if (indexBitWidth > 0) {
            m_scratch.page.push_back(char(indexBitWidth));
            ParquetRleEncoder::encode(
                std::span<const std::uint32_t>(m_indices).subspan(firstValue, count), indexBitWidth, m_scratch.page);
        } else {
            m_scratch.page.append(m_text, textBegin, textEnd - textBegin);
        }
        break;
    }
}

void ParquetColumnChunk::writePage(std::string& out, ParquetCompressor& compressor, PageType type,
    std::size_t count, std::string_view body, Sizes& sizes)
{
    const std::string_view stored = compressor.compress(body);
    m_scratch.header.clear();
    ParquetThriftEncoder header(m_scratch.header);
    header.beginStruct(); // PageHeader
    header.fieldI32(1, std::int32_t(type));
    header.fieldI32(2, std::int32_t(body.size()));
    header.fieldI32(3, std::int32_t(stored.size()));
    if (type == PageType::DataPage) {
        header.fieldStruct(5); // DataPageHeader
        header.fieldI32(1, std::int32_t(count));
        header.fieldI32(2, std::int32_t(usingDictionary() ? Encoding::RleDictionary : Encoding::Plain));
        header.fieldI32(3, std::int32_t(Encoding::Rle));
        header.fieldI32(4, std::int32_t(Encoding::Rle));
        header.endStruct();
    } else {
        header.fieldStruct(7); // DictionaryPageHeader
        header.fieldI32(1, std::int32_t(count));
        header.fieldI32(2, std::int32_t(Encoding::Plain));
        header.endStruct();
    }
    header.endStruct();
    out += m_scratch.header;
    out += stored;
    sizes.uncompressed += qint64(m_scratch.header.size() + body.size());
    sizes.compressed += qint64(m_scratch.header.size() + stored.size());
}

void ParquetColumnChunk::computeStatistics(Encoded& out)
{
    out.statistics = false;
    switch (m_physical) {
    case Type::Int64:
        if (!m_integers.empty()) {
            std::int64_t lo = m_integers.front();
            std::int64_t hi = lo;
            for (const std::int64_t v : m_integers) {
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
            }
            setStatistics(out, le64Bytes(lo), le64Bytes(hi));
        }
        break;
    case Type::Double: {
        // The specification's order for doubles: NaN is left out of min/max
        // (a comparison with NaN is false, so it never replaces a bound),
        // and a zero bound is written as -0.0 (min) or +0.0 (max) so readers
        // need not know which zero the chunk held.
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        bool any = false;
        for (const double v : m_doubles) {
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        // Bounds exist unless every value is NaN (this stops at the first number).
        for (const double v : m_doubles) {
            if (!std::isnan(v)) {
                any = true;
                break;
            }
        }
        if (any) {
            if (lo == 0.0)
                lo = -0.0;
            if (hi == 0.0)
                hi = 0.0;
            setStatistics(out, le64Bytes(lo), le64Bytes(hi));
        }
        break;
    }
    case Type::Boolean:
        if (!m_booleans.empty()) {
            const auto [lo, hi] = std::minmax_element(m_booleans.begin(), m_booleans.end());
            // One byte each, filled rather than copied: GCC 12 at -O3 takes a
            // one-byte copy here for an overlapping one (-Wrestrict).
            out.statistics = true;
            out.min.assign(1, char(*lo));
            out.max.assign(1, char(*hi));
        }
        break;
    default: {
        // BYTE_ARRAY with STRING sorts as unsigned bytes, which is what
        // string_view's comparison (memcmp) does.
        std::string_view lo;
        std::string_view hi;
        bool any = false;
        auto consider = [&](std::string_view v) {
            if (!any || v < lo)
                lo = v;
            if (!any || v > hi)
                hi = v;
            any = true;
        };
        if (m_dictionaryActive) {
            for (std::uint32_t i = 0; i < m_entries.size(); ++i)
                consider(dictionaryValue(i));
        } else {
            for (std::size_t pos = 0; pos < m_text.size();) {
                const std::uint32_t length = getLe32(m_text.data() + pos);
                consider(std::string_view(m_text.data() + pos + 4, length));
                pos += 4 + length;
            }
        }
        if (any && lo.size() <= kMaxStatisticsBytes && hi.size() <= kMaxStatisticsBytes)
            setStatistics(out, lo, hi);
        break;
    }
    }
}

void ParquetColumnChunk::clear()
{
    m_rows = 0;
    m_nullCount = 0;
    m_definitions.clear();
    m_integers.clear();
    m_doubles.clear();
    m_booleans.clear();
    m_text.clear();
    m_indices.clear();
    if (m_dictionaryActive) {
        m_dictionary.clear();
        m_entries.clear();
        std::fill(m_slots.begin(), m_slots.end(), 0);
    }
}

void ParquetColumnChunk::writeSchemaElement(ParquetThriftEncoder& footer) const
{
    footer.beginStruct(); // SchemaElement
    footer.fieldI32(1, std::int32_t(m_physical));
    footer.fieldI32(3, std::int32_t(m_optional ? parquet::Repetition::Optional : parquet::Repetition::Required));
    footer.fieldBinary(4, m_nameUtf8);
    if (m_type == ExportType::Text) {
        footer.fieldI32(6, std::int32_t(parquet::ConvertedType::Utf8));
        footer.fieldStruct(10); // LogicalType
        footer.fieldStruct(1);  // STRING
        footer.endStruct();
        footer.endStruct();
    } else if (m_type == ExportType::Timestamp) {
        footer.fieldI32(6, std::int32_t(parquet::ConvertedType::TimestampMillis));
        footer.fieldStruct(10); // LogicalType
        footer.fieldStruct(8);  // TIMESTAMP
        footer.fieldBool(1, true); // isAdjustedToUTC
        footer.fieldStruct(2);  // unit: TimeUnit
        footer.fieldStruct(1);  // MILLIS
        footer.endStruct();
        footer.endStruct();
        footer.endStruct();
        footer.endStruct();
    }
    footer.endStruct();
}

} // namespace gc
