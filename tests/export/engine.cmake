# The export engine's tests (docs/export.md): sources, filters, the job.
gc_add_test(NAME test_export_sources SOURCES engine/TestExportSources.cpp engine/ExportTestSupport.h
    LIBS geoconsole_models LABEL model)
gc_add_test(NAME test_export_job SOURCES engine/TestExportJob.cpp engine/ExportTestSupport.h
    LIBS geoconsole_models PkgConfig::QUAZIP LABEL model)
