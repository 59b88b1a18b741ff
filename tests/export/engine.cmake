# The export engine's tests (docs/export.md): sources, filters, the job.
gc_add_test(NAME test_export_sources SOURCES engine/TestExportSources.cpp engine/ExportTestSupport.h
    LIBS geoconsole_models LABEL model)
gc_add_test(NAME test_export_job SOURCES engine/TestExportJob.cpp engine/ExportTestSupport.h engine/PythonRunner.h
    LIBS geoconsole_models PkgConfig::QUAZIP LABEL model)
# geoconsole_export_bench: a measuring tool, not a test (docs/benchmarks.md, "Export").
add_executable(geoconsole_export_bench engine/ExportBench.cpp)
target_link_libraries(geoconsole_export_bench PRIVATE geoconsole_models)
target_compile_definitions(geoconsole_export_bench PRIVATE
    GC_NODE="${GC_NODE}" GC_EXPORT_TOOLS="${GC_EXPORT_TOOLS}" GC_ENGINE_SCRIPTS="${CMAKE_CURRENT_LIST_DIR}/engine")
# Parquet read and encoded on two threads, compared by DuckDB with one thread's file.
gc_add_test(NAME test_export_parquet_pipeline
    SOURCES engine/TestExportParquetPipeline.cpp engine/ExportTestSupport.h engine/parquet_same_rows.cjs
    LIBS geoconsole_models LABEL model)
target_compile_definitions(test_export_parquet_pipeline PRIVATE
    GC_NODE="${GC_NODE}" GC_EXPORT_TOOLS="${GC_EXPORT_TOOLS}" GC_ENGINE_SCRIPTS="${CMAKE_CURRENT_LIST_DIR}/engine")
