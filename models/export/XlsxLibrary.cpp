#include "export/XlsxLibrary.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>

#include <dlfcn.h>

namespace gc {

namespace {

struct Loaded
{
    XlsxLibrary library;
    QString error; ///< empty when every function was found
};

template<typename F>
void resolve(void* handle, const char* name, F& out, QString* error)
{
    out = reinterpret_cast<F>(dlsym(handle, name));
    if (!out && error->isEmpty())
        *error = QLatin1String("missing function ") + QLatin1String(name);
}

Loaded load()
{
    Loaded loaded;
    // The handle stays open for the process's lifetime.
    void* handle = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!handle) {
        loaded.error = QString::fromLocal8Bit(dlerror());
        return loaded;
    }
    XlsxLibrary& x = loaded.library;
    QString* e = &loaded.error;
    resolve(handle, "workbook_new_opt", x.workbookNewOpt, e);
    resolve(handle, "workbook_add_worksheet", x.workbookAddWorksheet, e);
    resolve(handle, "workbook_add_format", x.workbookAddFormat, e);
    resolve(handle, "workbook_close", x.workbookClose, e);
    resolve(handle, "lxw_workbook_free", x.workbookFree, e);
    resolve(handle, "format_set_bold", x.formatSetBold, e);
    resolve(handle, "format_set_num_format", x.formatSetNumFormat, e);
    resolve(handle, "worksheet_write_string", x.writeString, e);
    resolve(handle, "worksheet_write_number", x.writeNumber, e);
    resolve(handle, "worksheet_write_boolean", x.writeBoolean, e);
    resolve(handle, "worksheet_set_column", x.setColumn, e);
    resolve(handle, "worksheet_freeze_panes", x.freezePanes, e);
    resolve(handle, "worksheet_autofilter", x.autofilter, e);
    resolve(handle, "lxw_strerror", x.strerror, e);
    return loaded;
}

} // namespace

const XlsxLibrary& XlsxLibrary::get()
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty())
        throw StoreError(StoreError::Kind::Internal,
            QCoreApplication::translate("gc::XlsxWriter",
                "The XLSX library (libxlsxwriter) could not be loaded; install the libxlsxwriter4 package."),
            loaded.error);
    return loaded.library;
}

} // namespace gc
