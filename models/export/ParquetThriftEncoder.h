#pragma once

#include "export/ParquetFormat.h"

#include <QtGlobal>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

/// Appends Thrift compact-protocol bytes to a string: the encoding of every
/// Parquet page header and of the file footer. Only what Parquet's structures
/// use is here (no maps, sets or doubles). Fields must be written in
/// increasing id order within a struct (the compact protocol stores id
/// deltas); optional fields are simply not written.
class ParquetThriftEncoder final
{
public:
    explicit ParquetThriftEncoder(std::string& out) : m_out(out) { }
    Q_DISABLE_COPY_MOVE(ParquetThriftEncoder)

    void fieldBool(std::int16_t id, bool value);
    void fieldI32(std::int16_t id, std::int32_t value);
    void fieldI64(std::int16_t id, std::int64_t value);
    void fieldBinary(std::int16_t id, std::string_view bytes);
    /// Opens a struct-valued field; close it with endStruct().
    void fieldStruct(std::int16_t id);
    /// Opens a list-valued field of `size` elements of `elementType`; the
    /// elements follow (element*() or beginStruct()/endStruct() per element).
    void fieldList(std::int16_t id, parquet::ThriftType elementType, std::size_t size);

    void elementI32(std::int32_t value) { varint(zigzag(value)); }
    void elementBinary(std::string_view bytes);
    /// Starts a struct that is a list element or the top-level value.
    void beginStruct() { m_lastField.push_back(0); }
    /// Writes the stop byte of the innermost open struct.
    void endStruct();

    /// Unsigned LEB128, as the compact protocol writes lengths and sizes.
    static void appendVarint(std::string& out, std::uint64_t value);
    static std::uint64_t zigzag(std::int64_t value)
    {
        return (std::uint64_t(value) << 1) ^ std::uint64_t(value >> 63);
    }

private:
    void fieldHeader(std::int16_t id, parquet::ThriftType type);
    void varint(std::uint64_t value) { appendVarint(m_out, value); }

    std::string& m_out;
    std::vector<std::int16_t> m_lastField{0};
};

} // namespace gc
