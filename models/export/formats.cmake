# The export writers of the text formats and XLSX (docs/export-formats.md),
# and the factory that picks one for an ExportOptions.
target_sources(geoconsole_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExportText.h ${CMAKE_CURRENT_LIST_DIR}/ExportText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.h ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonWriter.h ${CMAKE_CURRENT_LIST_DIR}/JsonWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/YamlWriter.h ${CMAKE_CURRENT_LIST_DIR}/YamlWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportFileDevice.h ${CMAKE_CURRENT_LIST_DIR}/ExportFileDevice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XmlWriter.h ${CMAKE_CURRENT_LIST_DIR}/XmlWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XlsxLibrary.h ${CMAKE_CURRENT_LIST_DIR}/XlsxLibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XlsxWriter.h ${CMAKE_CURRENT_LIST_DIR}/XlsxWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportWriterFactory.cpp)
# libxlsxwriter is loaded at run time (XlsxLibrary.h says why): only its headers.
target_include_directories(geoconsole_models PRIVATE ${XLSXWRITER_INCLUDE_DIRS})
target_link_libraries(geoconsole_models PRIVATE ${CMAKE_DL_LIBS})
