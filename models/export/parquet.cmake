# The Apache Parquet writer (docs/export-parquet.md), written from the format
# specification: Thrift compact encoder, RLE/bit-packed hybrid, pages and
# column chunks, compression, and the ExportWriter on top.
target_sources(geoconsole_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ParquetFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/ParquetThriftEncoder.h ${CMAKE_CURRENT_LIST_DIR}/ParquetThriftEncoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ParquetRleEncoder.h ${CMAKE_CURRENT_LIST_DIR}/ParquetRleEncoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ParquetCompressor.h ${CMAKE_CURRENT_LIST_DIR}/ParquetCompressor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ParquetColumnChunk.h ${CMAKE_CURRENT_LIST_DIR}/ParquetColumnChunk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ParquetRowGroupEncoder.h ${CMAKE_CURRENT_LIST_DIR}/ParquetRowGroupEncoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ParquetWriter.h ${CMAKE_CURRENT_LIST_DIR}/ParquetWriter.cpp)
