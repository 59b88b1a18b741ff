#pragma once

#include <xlsxwriter.h>

namespace gc {

/// libxlsxwriter's functions, loaded at run time with dlopen(RTLD_DEEPBIND).
///
/// Why not link it: Debian's libxlsxwriter calls minizip's zipOpen3(), and
/// QuaZip (linked for ZIP exports) exports its own, incompatible zipOpen3().
/// Both calls go through the PLT, so in one process the first library loaded
/// wins and the other one crashes (libxlsxwriter's workbook_close ends in
/// QuaZip's QIODevice callbacks). Loaded with RTLD_DEEPBIND, libxlsxwriter
/// and its minizip resolve their own symbols first, and QuaZip keeps its own.
/// So geoconsole_models must never link libxlsxwriter directly.
class XlsxLibrary final
{
public:
    /// The loaded library. Throws StoreError (Internal) if it cannot be loaded.
    static const XlsxLibrary& get();

    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::lxw_workbook_free) workbookFree = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_write_boolean) writeBoolean = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&::worksheet_autofilter) autofilter = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;
};

} // namespace gc
