# Scheduled exports (docs/export-schedules.md): the schedule grammar, and the
# service's definitions, runs, history, audit events, item models and timer.
gc_add_test(NAME test_export_schedule SOURCES schedule/TestExportSchedule.cpp LIBS geoconsole_models LABEL model)
gc_add_test(NAME test_export_schedule_service SOURCES schedule/TestExportScheduleService.cpp
    engine/ExportTestSupport.h LIBS geoconsole_models LABEL model)
