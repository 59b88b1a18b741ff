#pragma once

#include <cstdint>

/// The numbers the Apache Parquet format (parquet.thrift) gives its enums and
/// the Thrift compact protocol's type ids, as written into files. Names follow
/// the specification so each value can be checked against it.
namespace gc::parquet {

enum class Type : std::int32_t {
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
};

enum class ConvertedType : std::int32_t {
    Utf8 = 0,
    TimestampMillis = 9,
};

enum class Repetition : std::int32_t { Required = 0, Optional = 1, Repeated = 2 };

enum class Encoding : std::int32_t {
    Plain = 0,
    PlainDictionary = 2,
    Rle = 3,
    BitPacked = 4,
    RleDictionary = 8,
};

enum class Codec : std::int32_t { Uncompressed = 0, Snappy = 1, Zstd = 6 };

enum class PageType : std::int32_t { DataPage = 0, IndexPage = 1, DictionaryPage = 2, DataPageV2 = 3 };

/// Thrift compact protocol type ids (field headers and list element types).
enum class ThriftType : std::uint8_t {
    Stop = 0,
    BoolTrue = 1,
    BoolFalse = 2,
    Byte = 3,
    I16 = 4,
    I32 = 5,
    I64 = 6,
    Double = 7,
    Binary = 8,
    List = 9,
    Set = 10,
    Map = 11,
    Struct = 12,
};

} // namespace gc::parquet
