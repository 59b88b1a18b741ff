# The export engine (docs/export.md): requests, filters, the sources' readers
# and their one SQL repository, the job (temporary files, parts, packaging,
# manifest, audit event).
target_sources(geoconsole_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExportFilter.h ${CMAKE_CURRENT_LIST_DIR}/ExportFilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportRequest.h ${CMAKE_CURRENT_LIST_DIR}/ExportRequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportSourcePlan.h ${CMAKE_CURRENT_LIST_DIR}/ExportSourcePlan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportSourceReader.h ${CMAKE_CURRENT_LIST_DIR}/ExportSourceReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportSourceSqlReader.h ${CMAKE_CURRENT_LIST_DIR}/ExportSourceSqlReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportParquetPipeline.h ${CMAKE_CURRENT_LIST_DIR}/ExportParquetPipeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportSourcePrefetcher.h ${CMAKE_CURRENT_LIST_DIR}/ExportSourcePrefetcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportSourceAuditReader.h ${CMAKE_CURRENT_LIST_DIR}/ExportSourceAuditReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SqliteExportRepository.h ${CMAKE_CURRENT_LIST_DIR}/SqliteExportRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportManifest.h ${CMAKE_CURRENT_LIST_DIR}/ExportManifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportJob.h ${CMAKE_CURRENT_LIST_DIR}/ExportJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportPreview.h ${CMAKE_CURRENT_LIST_DIR}/ExportPreview.cpp)
