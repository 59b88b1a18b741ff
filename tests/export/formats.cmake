# Tests of the CSV, JSON, XLSX, XML and YAML writers (docs/export-formats.md).
# Each writes tests/export/formats/HardDataset's rows and has outside readers
# (Python's csv/json/yaml/openpyxl, DuckDB, xmllint) compare every value.
set(GC_FORMATS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/formats)
add_library(gc_export_formats_testlib STATIC
    ${GC_FORMATS_DIR}/HardDataset.h ${GC_FORMATS_DIR}/HardDataset.cpp
    ${GC_FORMATS_DIR}/ExternalReader.h ${GC_FORMATS_DIR}/ExternalReader.cpp)
target_link_libraries(gc_export_formats_testlib PUBLIC geoconsole_models)
target_include_directories(gc_export_formats_testlib PUBLIC ${GC_FORMATS_DIR})
target_compile_definitions(gc_export_formats_testlib PUBLIC
    GC_FORMATS_SCRIPTS="${GC_FORMATS_DIR}"
    GC_SYSTEM_PYTHON="${GC_SYSTEM_PYTHON}"
    GC_NODE="${GC_NODE}"
    GC_EXPORT_TOOLS="${GC_EXPORT_TOOLS}"
    GC_XMLLINT="${GC_XMLLINT}"
    GC_EXPORT_XSD="${PROJECT_SOURCE_DIR}/resources/export/geoconsole-export.xsd")

gc_add_test(NAME test_export_text SOURCES ${GC_FORMATS_DIR}/TestExportText.cpp LIBS gc_export_formats_testlib LABEL unit)
gc_add_test(NAME test_export_csv SOURCES ${GC_FORMATS_DIR}/TestExportCsv.cpp LIBS gc_export_formats_testlib LABEL unit)
gc_add_test(NAME test_export_json SOURCES ${GC_FORMATS_DIR}/TestExportJson.cpp LIBS gc_export_formats_testlib LABEL unit)
gc_add_test(NAME test_export_xml SOURCES ${GC_FORMATS_DIR}/TestExportXml.cpp LIBS gc_export_formats_testlib LABEL unit)
gc_add_test(NAME test_export_xlsx SOURCES ${GC_FORMATS_DIR}/TestExportXlsx.cpp
    LIBS gc_export_formats_testlib PkgConfig::QUAZIP LABEL unit)
gc_add_test(NAME test_export_yaml SOURCES ${GC_FORMATS_DIR}/TestExportYaml.cpp LIBS gc_export_formats_testlib LABEL unit)

# geoconsole_export_formats_bench: writer-only rates (docs/export-formats.md); not a test.
add_executable(geoconsole_export_formats_bench ${GC_FORMATS_DIR}/FormatsBench.cpp)
target_link_libraries(geoconsole_export_formats_bench PRIVATE geoconsole_models)
target_include_directories(geoconsole_export_formats_bench PRIVATE ${XLSXWRITER_INCLUDE_DIRS})
