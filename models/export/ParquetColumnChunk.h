#pragma once

#include "export/ExportCell.h"
#include "export/ExportText.h"
#include "export/ParquetFormat.h"

#include <QtGlobal>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

class ParquetCompressor;
class ParquetThriftEncoder;

/// One column's values of the row group being built, and the code that
/// writes them as a Parquet column chunk: an optional dictionary page, then
/// v1 data pages of about `pageBytes` each, followed (in the footer) by the
/// chunk's ColumnMetaData with statistics. Values are kept in their PLAIN
/// form (fixed-width arrays, or length-prefixed bytes for text) so a page is
/// one copy of a range; text columns that dictionary-encode keep only the
/// dictionary and one index per value.
class ParquetColumnChunk final
{
public:
    struct Limits
    {
        std::size_t pageBytes;       ///< target uncompressed size of a data page's values
        std::size_t dictionaryBytes; ///< largest PLAIN-encoded dictionary before falling back
    };

    /// What writing one chunk added to the file, for the RowGroup totals.
    struct Sizes
    {
        qint64 uncompressed = 0; ///< page headers included, as ColumnMetaData counts them
        qint64 compressed = 0;
    };

    /// Buffers for building one page, shared by all columns of a file so
    /// their capacity is paid once, not once per column.
    struct Scratch
    {
        std::string page;
        std::string header;
    };

    ParquetColumnChunk(const ExportColumn& column, bool dictionary, Limits limits, Scratch& scratch);
    Q_DISABLE_COPY_MOVE(ParquetColumnChunk)

    /// Buffers one cell and adds the bytes it holds to `bufferedBytes`.
    /// Returns false, buffering nothing, if the cell is neither Null (in a
    /// nullable column) nor of the column's type, or is text that is not
    /// UTF-8 or too long for a page.
    [[nodiscard]] bool append(const ExportCell& cell, std::size_t& bufferedBytes)
    {
        if (cell.kind == m_cellKind) [[likely]] {
            if (m_optional)
                m_definitions.push_back(1);
            switch (m_physical) {
            case parquet::Type::Int64:
                m_integers.push_back(cell.integer);
                bufferedBytes += 8;
                break;
            case parquet::Type::Double:
                m_doubles.push_back(cell.real);
                bufferedBytes += 8;
                break;
            case parquet::Type::Boolean:
                m_booleans.push_back(cell.boolean ? 1 : 0);
                bufferedBytes += 1;
                break;
            default:
                if (!appendText(cell.text)) [[unlikely]] {
                    if (m_optional)
                        m_definitions.pop_back();
                    return false;
                }
                bufferedBytes += cell.text.size() + 4;
                break;
            }
            ++m_rows;
            return true;
        }
        if (cell.kind == ExportCell::Kind::Null && m_optional) {
            m_definitions.push_back(0);
            ++m_nullCount;
            ++m_rows;
            bufferedBytes += 1;
            return true;
        }
        return false;
    }

    /// False for text append() refuses: not UTF-8, or longer than kMaxTextBytes.
    [[nodiscard]] static bool acceptableText(std::string_view text);
    /// Why append() refused a text cell of the column's type (invalid UTF-8
    /// or too long), for ExportText::throwCellError.
    [[nodiscard]] static QString textRejection(std::string_view text);

    /// One column chunk as encoded and compressed, not yet placed in a file:
    /// what encode() makes, possibly on another thread than the one that
    /// writes the file, and writeMetadata() describes once its offset is known.
    struct Encoded
    {
        std::string bytes;          ///< the pages: the dictionary page (if any), then the data pages
        qint64 dictionaryBytes = 0; ///< the dictionary page's share of `bytes` (0: no dictionary)
        Sizes sizes;
        qint64 rows = 0;
        qint64 nullCount = 0;
        bool statistics = false; ///< min and max are set
        std::string min;
        std::string max;
    };

    /// Encodes the buffered rows as a column chunk into `out` (its buffers
    /// are reused) and empties the buffers for the next row group.
    void encode(ParquetCompressor& compressor, Encoded& out);
    /// Appends the ColumnChunk structure (with ColumnMetaData) of `chunk`,
    /// written at file offset `offset`, to `footer`. Any chunk of a column
    /// with the same options can be described by any of them.
    void writeMetadata(const Encoded& chunk, qint64 offset, parquet::Codec codec, ParquetThriftEncoder& footer) const;

    /// Appends this column's SchemaElement to the footer's schema list.
    void writeSchemaElement(ParquetThriftEncoder& footer) const;

    /// Longest text value accepted: a page's size is a 32-bit number.
    static constexpr std::size_t kMaxTextBytes = std::size_t(1) << 30;
    /// Text statistics longer than this are left out of the footer.
    static constexpr std::size_t kMaxStatisticsBytes = 4096;

private:
    struct DictionaryEntry
    {
        std::uint32_t offset; ///< of the bytes (after the length prefix) in m_dictionary
        std::uint32_t length;
        std::uint64_t hash;
    };

    enum class DictionaryResult : quint8 { Stored, Rejected, Full };

    [[nodiscard]] bool appendText(std::string_view text);
    [[nodiscard]] DictionaryResult appendToDictionary(std::string_view text);
    void abandonDictionary();
    [[nodiscard]] std::string_view dictionaryValue(std::uint32_t index) const
    {
        const DictionaryEntry& e = m_entries[index];
        return {m_dictionary.data() + e.offset, e.length};
    }
    [[nodiscard]] bool usingDictionary() const { return m_dictionaryActive && !m_entries.empty(); }

    void writePage(std::string& out, ParquetCompressor& compressor, parquet::PageType type,
        std::size_t count, std::string_view body, Sizes& sizes);
    void buildDataPage(std::size_t firstRow, std::size_t endRow, std::size_t firstValue,
        std::size_t endValue, std::size_t textBegin, std::size_t textEnd, int indexBitWidth);
    void computeStatistics(Encoded& out);
    void clear();

    std::string m_nameUtf8;
    parquet::Type m_physical;
    ExportType m_type;
    ExportCell::Kind m_cellKind;
    bool m_optional;
    Limits m_limits;

    // The row group's values; only the vector of m_physical is used.
    std::vector<std::uint8_t> m_definitions; ///< optional columns: 1 per row, 0 for NULL
    std::vector<std::int64_t> m_integers;
    std::vector<double> m_doubles;
    std::vector<std::uint8_t> m_booleans;
    std::string m_text;                      ///< PLAIN BYTE_ARRAY: 4-byte length + bytes per value
    std::vector<std::uint32_t> m_indices;    ///< dictionary indices while the dictionary is in use
    std::size_t m_rows = 0;
    qint64 m_nullCount = 0;

    // Dictionary of this chunk's text values. Once it overflows, the column
    // stays PLAIN for the rest of the file: a column that did not fit once is
    // not low-cardinality, and retrying would cost every row group the same.
    bool m_dictionaryActive;
    std::string m_dictionary; ///< PLAIN-encoded entries: the dictionary page as written
    std::vector<DictionaryEntry> m_entries;
    std::vector<std::uint32_t> m_slots; ///< open addressing: entry index + 1, 0 = empty

    Scratch& m_scratch;
};

} // namespace gc
