# Scheduled exports (docs/export-schedules.md): the schedule grammar, saved
# definitions and their run history, the service that runs the due ones, the
# console's timer, and the item models a view shows them with.
target_sources(geoconsole_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExportSchedule.h ${CMAKE_CURRENT_LIST_DIR}/ExportSchedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleTypes.h ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteExportScheduleRepository.h ${CMAKE_CURRENT_LIST_DIR}/SqliteExportScheduleRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleService.h ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleService.cpp)
target_sources(geoconsole_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleRunner.h ${CMAKE_CURRENT_LIST_DIR}/ExportScheduleRunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportDefinitionModel.h ${CMAKE_CURRENT_LIST_DIR}/ExportDefinitionModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportRunModel.h ${CMAKE_CURRENT_LIST_DIR}/ExportRunModel.cpp)
