# Tests of the Parquet writer (docs/export-parquet.md). The reader tests run
# DuckDB and hyparquet (tests/export/tools) on files the writer produced.
gc_add_test(NAME test_parquet_encoding
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/parquet/TestParquetEncoding.cpp LIBS geoconsole_models LABEL unit)

gc_add_test(NAME test_parquet_readers
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/parquet/TestParquetReaders.cpp ${CMAKE_CURRENT_LIST_DIR}/parquet/ParquetTestData.h
    LIBS geoconsole_models LABEL unit)
target_compile_definitions(test_parquet_readers PRIVATE
    GC_NODE="${GC_NODE}" GC_EXPORT_TOOLS="${GC_EXPORT_TOOLS}" GC_PARQUET_SCRIPTS="${CMAKE_CURRENT_LIST_DIR}/parquet")

gc_add_test(NAME test_parquet_writer
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/parquet/TestParquetWriter.cpp LIBS geoconsole_models LABEL unit)

# geoconsole_parquet_bench: the writer's own rate on 1M prediction-shaped rows
# (docs/export-parquet.md). A measuring tool, not a test.
add_executable(geoconsole_parquet_bench ${CMAKE_CURRENT_LIST_DIR}/parquet/ParquetBench.cpp)
target_link_libraries(geoconsole_parquet_bench PRIVATE geoconsole_models)
