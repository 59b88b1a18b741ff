#include "export/ParquetThriftEncoder.h"

namespace gc {

using parquet::ThriftType;

void ParquetThriftEncoder::appendVarint(std::string& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(char((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

void ParquetThriftEncoder::fieldHeader(std::int16_t id, ThriftType type)
{
    std::int16_t& last = m_lastField.back();
    const int delta = int(id) - int(last);
    if (delta > 0 && delta <= 15) {
        m_out.push_back(char((delta << 4) | int(type)));
    } else {
        m_out.push_back(char(type));
        varint(zigzag(id));
    }
    last = id;
}

void ParquetThriftEncoder::fieldBool(std::int16_t id, bool value)
{
    // The compact protocol folds a boolean field's value into its type id.
    fieldHeader(id, value ? ThriftType::BoolTrue : ThriftType::BoolFalse);
}

void ParquetThriftEncoder::fieldI32(std::int16_t id, std::int32_t value)
{
    fieldHeader(id, ThriftType::I32);
    varint(zigzag(value));
}

void ParquetThriftEncoder::fieldI64(std::int16_t id, std::int64_t value)
{
    fieldHeader(id, ThriftType::I64);
    varint(zigzag(value));
}

void ParquetThriftEncoder::fieldBinary(std::int16_t id, std::string_view bytes)
{
    fieldHeader(id, ThriftType::Binary);
    elementBinary(bytes);
}

void ParquetThriftEncoder::elementBinary(std::string_view bytes)
{
    varint(bytes.size());
    m_out.append(bytes);
}

void ParquetThriftEncoder::fieldStruct(std::int16_t id)
{
    fieldHeader(id, ThriftType::Struct);
    beginStruct();
}

void ParquetThriftEncoder::fieldList(std::int16_t id, ThriftType elementType, std::size_t size)
{
    fieldHeader(id, ThriftType::List);
    if (size < 15) {
        m_out.push_back(char((size << 4) | std::size_t(elementType)));
    } else {
        m_out.push_back(char(0xF0 | int(elementType)));
        varint(size);
    }
}

void ParquetThriftEncoder::endStruct()
{
    m_out.push_back(char(ThriftType::Stop));
    m_lastField.pop_back();
}

} // namespace gc
