#pragma once

#include "export/ExportCell.h"
#include "export/ExportWriter.h"

#include <QString>

#include <string>
#include <vector>

/// The rows every format test writes: quotes, delimiters, CR/LF inside
/// values, formula-looking and YAML-looking strings, non-BMP characters, a
/// very long string, empty strings, NULLs, an all-NULL column, int64 limits,
/// NaN/±inf/-0.0, timestamps before 1970 and far in the future.
/// writeExpected() stores the same rows in a neutral form (hex text, IEEE bit
/// patterns, integers as decimal strings) that the reader scripts decode, so
/// the expected values never pass through the writer under test.
class HardDataset final
{
public:
    struct Options
    {
        int longText = 100000;      ///< characters of the long string (XLSX: 32,767)
        bool controlChars = true;   ///< C0 control characters (XML 1.0 cannot hold them)
    };

    HardDataset() : HardDataset(Options()) { }
    explicit HardDataset(const Options& options);
    /// `rows` rows for any columns, filled from the same hard values by type
    /// (NULL now and then where a column is nullable).
    HardDataset(const gc::ExportColumns& columns, std::size_t rows, const Options& options);

    const gc::ExportColumns& columns() const { return m_columns; }
    std::size_t rowCount() const { return m_rows.size(); }
    /// One row's cells; the text they view lives as long as the dataset.
    const std::vector<gc::ExportCell>& row(std::size_t i) const { return m_rows[i]; }

    /// begin(), every row, finish(): exceptions pass through.
    void writeAll(gc::ExportWriter& writer, const QString& path, const QString& sourceName = QStringLiteral("hard")) const;

    /// Writes every row's expected values as JSON lines (see above). Returns false on failure.
    bool writeExpected(const QString& path) const;

private:
    void makeTexts(const Options& options);

    gc::ExportColumns m_columns;
    std::vector<std::string> m_texts;
    std::vector<std::vector<gc::ExportCell>> m_rows;
};
