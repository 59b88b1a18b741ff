# Exporting what a pane shows (docs/export.md): a table's rows read from its
# item model, and the job that writes them through the export writers.
target_sources(geoconsole_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExportTableSnapshot.h ${CMAKE_CURRENT_LIST_DIR}/ExportTableSnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportTableJob.h ${CMAKE_CURRENT_LIST_DIR}/ExportTableJob.cpp)
