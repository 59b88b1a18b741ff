#pragma once

#include "export/ExportOptions.h"
#include "export/ExportWriter.h"

#include <QByteArray>

#include <string>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace gc {

class XlsxLibrary;

/// XLSX through libxlsxwriter in constant-memory mode (rows go to a temporary
/// file in the target's folder as they come). The first row of every sheet is
/// the bold, frozen header with an autofilter over the sheet's rows; after
/// maxRowsPerSheet() data rows the export continues on a new sheet named
/// "<name> (2)", "<name> (3)"… with the header repeated.
///
/// Every libxlsxwriter return value is checked: a value the format refuses is
/// a DomainError naming row and column, a failure to write is a StoreError;
/// the file is never silently short. What XLSX cannot hold (docs/export-formats.md):
/// - integers beyond ±2^53 and doubles beyond ±9.99999999999999E+307 are
///   written as text (Excel's numbers are doubles, shown with 15 digits);
/// - other doubles are numbers with 16 significant digits (libxlsxwriter's
///   "%.16G"); NaN and ±infinity are the text "NaN", "Infinity", "-Infinity";
/// - timestamps from 1900-03-01 on are date cells (UTC, shown with
///   milliseconds); earlier ones, which Excel's 1900 calendar cannot show,
///   are ISO 8601 text;
/// - text longer than 32,767 UTF-16 units or holding NUL is refused; an empty
///   string is an empty cell, as NULL is.
class XlsxWriter final : public ExportWriter
{
public:
    /// Data rows per sheet: Excel's 1,048,576 rows minus the header.
    static constexpr qint64 kMaxDataRowsPerSheet = 1048575;

    /// Throws DomainError (Invalid, field "sheetName") for a sheet name Excel refuses.
    explicit XlsxWriter(const XlsxOptions& options);
    ~XlsxWriter() override;
    Q_DISABLE_COPY_MOVE(XlsxWriter)

    /// Excel's rules: 1 to 31 characters, none of [ ] : * ? / \, no apostrophe
    /// first or last, not "History". Throws DomainError (field "sheetName").
    static void validate(const XlsxOptions& options);

    /// Lowers the rows per sheet (1..kMaxDataRowsPerSheet), so tests can see
    /// the roll-over without writing a million rows. Call before begin().
    void setMaxRowsPerSheet(qint64 rows);
    [[nodiscard]] qint64 maxRowsPerSheet() const { return m_maxRows; }

    void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) override;
    void writeRow(std::span<const ExportCell> row) override;
    void finish() override;
    /// 0 until finish(): libxlsxwriter writes the file only when it closes it.
    [[nodiscard]] qint64 bytesWritten() const override { return m_bytes; }
    [[nodiscard]] QString extension() const override { return QStringLiteral("xlsx"); }

private:
    void addSheet();
    void closeSheet();
    void writeText(std::uint32_t row, std::uint16_t column, std::string_view text);
    void check(int error, qsizetype column);
    [[noreturn]] void failFile(int error);

    QString m_sheetName;
    QString m_path;
    QByteArray m_nativePath;
    QByteArray m_tmpdir;
    ExportColumns m_columns;
    const XlsxLibrary* m_lib = nullptr;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    qint64 m_maxRows = kMaxDataRowsPerSheet;
    qint64 m_rowsInSheet = 0;
    int m_sheets = 0;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    std::string m_text;
};

} // namespace gc
