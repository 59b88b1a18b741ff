#include "export/XlsxWriter.h"

#include "core/DomainError.h"
#include "export/ExportFile.h"
#include "export/ExportText.h"
#include "export/XlsxLibrary.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <clocale>
#include <cmath>
#include <limits>
#include <locale.h>

namespace gc {

namespace {

constexpr std::int64_t kMaxExactInteger = std::int64_t(1) << 53;
/// Excel's largest number; beyond it a cell would not open as a number.
constexpr double kMaxNumber = 9.99999999999999e307;
/// 1900-03-01T00:00:00Z: from here on, Excel serial = 25569 + days since 1970
/// (before it, Excel's calendar has the fictitious 1900-02-29).
constexpr std::int64_t kFirstSerialMs = -2203891200000;
constexpr double kMsPerDay = 86400000.0;
constexpr int kMaxSheetNameChars = 31;
constexpr std::size_t kMaxCellChars = 32767;

/// libxlsxwriter formats numbers with printf's "%.16G", which follows
/// LC_NUMERIC; QCoreApplication sets the user's locale, and a German one
/// would write "0,5" into the file. Every call into libxlsxwriter runs with
/// the "C" locale for this thread.
class CLocaleScope final
{
public:
    CLocaleScope()
    {
        static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
        m_previous = c ? uselocale(c) : locale_t(nullptr);
    }
    ~CLocaleScope()
    {
        if (m_previous)
            uselocale(m_previous);
    }
    Q_DISABLE_COPY_MOVE(CLocaleScope)

private:
    locale_t m_previous;
};

bool sheetNameProblem(const QString& name, QString* reason)
{
    if (name.isEmpty() || name.size() > kMaxSheetNameChars) {
        *reason = QCoreApplication::translate("gc::XlsxWriter", "A sheet name has 1 to 31 characters.");
        return true;
    }
    for (const QChar c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20) {
            *reason = QCoreApplication::translate("gc::XlsxWriter",
                "A sheet name cannot contain [ ] : * ? / \\ or control characters.");
            return true;
        }
    }
    if (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\''))) {
        *reason = QCoreApplication::translate("gc::XlsxWriter", "A sheet name cannot start or end with an apostrophe.");
        return true;
    }
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0) {
        *reason = QCoreApplication::translate("gc::XlsxWriter", "Excel reserves the sheet name “History”.");
        return true;
    }
    return false;
}

/// A usable sheet name from a source name: forbidden characters become "_".
QString sheetNameFrom(const QString& source)
{
    QString name = source;
    for (QChar& c : name)
        if (QStringView(u"[]:*?/\\'").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    name.truncate(kMaxSheetNameChars);
    QString reason;
    return name.isEmpty() || sheetNameProblem(name, &reason) ? QStringLiteral("export") : name;
}

bool isFileError(int error)
{
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return true;
    default:
        return false;
    }
}

} // namespace

void XlsxWriter::validate(const XlsxOptions& options)
{
    QString reason;
    if (!options.sheetName.isEmpty() && sheetNameProblem(options.sheetName, &reason))
        throw DomainError(DomainError::Kind::Invalid, reason, QStringLiteral("sheetName"));
}

XlsxWriter::XlsxWriter(const XlsxOptions& options) : m_sheetName(options.sheetName)
{
    validate(options);
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook) { // abandoned after an error: free it without writing the file
        const CLocaleScope c;
        m_lib->workbookFree(m_workbook);
    }
}

void XlsxWriter::setMaxRowsPerSheet(qint64 rows)
{
    m_maxRows = std::clamp<qint64>(rows, 1, kMaxDataRowsPerSheet);
}

void XlsxWriter::failFile(int error)
{
    const QString detail = QString::fromUtf8(m_lib->strerror(lxw_error(error)));
    throw StoreError(StoreError::Kind::Io,
        QCoreApplication::translate("gc::XlsxWriter", "“%1” could not be written: %2").arg(m_path, detail), detail);
}

void XlsxWriter::check(int error, qsizetype column)
{
    if (error == LXW_NO_ERROR)
        return;
    if (isFileError(error))
        failFile(error);
    const QString name = column >= 0 ? m_columns.at(column).name : QStringLiteral("-");
    ExportText::throwCellError(m_rows, name,
        QCoreApplication::translate("gc::XlsxWriter", "the spreadsheet library refused the value: %1")
            .arg(QString::fromUtf8(m_lib->strerror(lxw_error(error)))));
}

void XlsxWriter::begin(const QString& path, const ExportColumns& columns, const QString& sourceName)
{
    ExportText::checkColumns(columns);
    if (columns.size() > LXW_COL_MAX)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::XlsxWriter", "A sheet holds at most %1 columns.").arg(LXW_COL_MAX),
            QStringLiteral("columns"));
    m_columns = columns;
    m_path = path;
    if (m_sheetName.isEmpty())
        m_sheetName = sheetNameFrom(sourceName);
    // libxlsxwriter opens the file only in m_lib->workbookClose(): create it now so
    // an unwritable path fails here, as with the other formats.
    {
        ExportFile probe;
        probe.open(path);
        probe.close();
    }
    m_lib = &XlsxLibrary::get();
    m_nativePath = QFile::encodeName(path);
    m_tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE; // a sheet of a million rows passes 4 GB uncompressed
    const CLocaleScope c;
    m_workbook = m_lib->workbookNewOpt(m_nativePath.constData(), &options);
    if (!m_workbook)
        failFile(LXW_ERROR_MEMORY_MALLOC_FAILED);
    m_header = m_lib->workbookAddFormat(m_workbook);
    m_date = m_lib->workbookAddFormat(m_workbook);
    if (!m_header || !m_date)
        failFile(LXW_ERROR_MEMORY_MALLOC_FAILED);
    m_lib->formatSetBold(m_header);
    m_lib->formatSetNumFormat(m_date, "yyyy-mm-dd hh:mm:ss.000");
    addSheet();
}

void XlsxWriter::addSheet()
{
    ++m_sheets;
    QString name = m_sheetName;
    if (m_sheets > 1) {
        const QString suffix = QStringLiteral(" (%1)").arg(m_sheets);
        name = name.left(kMaxSheetNameChars - suffix.size()) + suffix;
    }
    const QByteArray utf8 = name.toUtf8();
    m_sheet = m_lib->workbookAddWorksheet(m_workbook, utf8.constData());
    if (!m_sheet)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::XlsxWriter", "The spreadsheet refused the sheet name “%1”.").arg(name),
            QStringLiteral("sheetName"));
    m_rowsInSheet = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ExportColumn& column = m_columns.at(i);
        const auto col = lxw_col_t(i);
        const QByteArray header = column.name.toUtf8();
        check(m_lib->writeString(m_sheet, 0, col, header.constData(), m_header), i);
        const double width = column.type == ExportType::Timestamp ? 24 : std::max(10.0, double(header.size()) + 3);
        check(m_lib->setColumn(m_sheet, col, col, width, nullptr), i);
    }
    m_lib->freezePanes(m_sheet, 1, 0);
}

void XlsxWriter::closeSheet()
{
    check(m_lib->autofilter(m_sheet, 0, 0, lxw_row_t(m_rowsInSheet), lxw_col_t(m_columns.size() - 1)), -1);
}

void XlsxWriter::writeText(std::uint32_t row, std::uint16_t column, std::string_view text)
{
    if (text.empty())
        return; // libxlsxwriter writes no cell for "": documented as an empty cell
    const QString& name = m_columns.at(column).name;
    if (!ExportText::isValidUtf8(text))
        ExportText::throwCellError(m_rows, name, ExportText::invalidUtf8Reason());
    if (text.find('\0') != std::string_view::npos)
        ExportText::throwCellError(m_rows, name,
            QCoreApplication::translate("gc::XlsxWriter", "a spreadsheet cell cannot hold a NUL character."));
    if (ExportText::utf16Length(text) > kMaxCellChars)
        ExportText::throwCellError(m_rows, name,
            QCoreApplication::translate("gc::XlsxWriter",
                "the text has %1 characters; a spreadsheet cell holds at most 32,767.")
                .arg(ExportText::utf16Length(text)));
    // OOXML strings escape characters as "_xHHHH_" (libxlsxwriter does so
    // for control characters); a literal "_xHHHH_" needs its "_" escaped, or
    // Excel would show the character instead of the text.
    m_text.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_'
            && std::all_of(text.begin() + std::ptrdiff_t(i) + 2, text.begin() + std::ptrdiff_t(i) + 6,
                [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }))
            m_text += "_x005F";
        m_text += text[i];
    }
    check(m_lib->writeString(m_sheet, row, column, m_text.c_str(), nullptr), column);
}

void XlsxWriter::writeRow(std::span<const ExportCell> row)
{
    ++m_rows;
    ExportText::checkRow(m_columns, row, m_rows);
    const CLocaleScope c;
    if (m_rowsInSheet == m_maxRows) {
        closeSheet();
        addSheet();
    }
    const auto r = lxw_row_t(++m_rowsInSheet);
    char buffer[ExportText::kNumberChars];
    for (std::size_t i = 0; i < row.size(); ++i) {
        const ExportCell& cell = row[i];
        const auto col = lxw_col_t(i);
        switch (cell.kind) {
        case ExportCell::Kind::Null:
            break;
        case ExportCell::Kind::Integer:
            if (cell.integer >= -kMaxExactInteger && cell.integer <= kMaxExactInteger)
                check(m_lib->writeNumber(m_sheet, r, col, double(cell.integer), nullptr), qsizetype(i));
            else
                writeText(r, col, std::string_view(buffer, ExportText::writeInteger(buffer, cell.integer)));
            break;
        case ExportCell::Kind::Double:
            if (cell.real != cell.real)
                writeText(r, col, "NaN");
            else if (std::isinf(cell.real))
                writeText(r, col, cell.real > 0 ? "Infinity" : "-Infinity");
            else if (std::fabs(cell.real) > kMaxNumber)
                writeText(r, col, std::string_view(buffer, ExportText::writeFiniteDouble(buffer, cell.real)));
            else
                check(m_lib->writeNumber(m_sheet, r, col, cell.real, nullptr), qsizetype(i));
            break;
        case ExportCell::Kind::Boolean:
            check(m_lib->writeBoolean(m_sheet, r, col, cell.boolean ? 1 : 0, nullptr), qsizetype(i));
            break;
        case ExportCell::Kind::Text:
            writeText(r, col, cell.text);
            break;
        case ExportCell::Kind::Timestamp:
            if (!ExportText::timestampInRange(cell.integer))
                ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::timestampRangeReason());
            if (cell.integer >= kFirstSerialMs) {
                check(m_lib->writeNumber(m_sheet, r, col, 25569.0 + double(cell.integer) / kMsPerDay, m_date),
                    qsizetype(i));
            } else {
                ExportText::writeTimestamp(buffer, cell.integer);
                writeText(r, col, std::string_view(buffer, ExportText::kTimestampChars));
            }
            break;
        }
    }
}

void XlsxWriter::finish()
{
    const CLocaleScope c;
    closeSheet();
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr; // workbook_close frees it, whatever it returns
    const lxw_error error = m_lib->workbookClose(workbook);
    if (error != LXW_NO_ERROR)
        failFile(error);
    m_bytes = QFileInfo(m_path).size();
}

} // namespace gc
