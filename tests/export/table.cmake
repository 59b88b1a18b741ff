# Exporting what a pane shows (docs/export.md): a table's rows read from its
# item model, and the job that writes them.
gc_add_test(NAME test_export_table SOURCES table/TestExportTable.cpp engine/ExportTestSupport.h
    LIBS geoconsole_models LABEL model)
