#pragma once

#include "export/ExportFile.h"
#include "export/ExportOptions.h"
#include "export/ExportWriter.h"

#include <array>
#include <string>

namespace gc {

/// RFC 4180 CSV (docs/export-formats.md). A text field is quoted when it
/// contains the delimiter, the quote character, CR or LF, starts or ends with
/// a space or TAB, is empty, or equals the NULL text: so NULL (written
/// unquoted as CsvOptions::nullText) and an empty string stay apart. Numbers,
/// booleans and timestamps are never quoted and never contain the delimiter
/// (validate() refuses delimiters they could contain).
class CsvWriter final : public ExportWriter
{
public:
    /// Throws DomainError (Invalid, field = the option) for unusable options.
    explicit CsvWriter(const CsvOptions& options);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Throws DomainError (Invalid) naming the field: "delimiter", "quote" or
    /// "nullText". Delimiter and quote must be TAB or ASCII punctuation other
    /// than . + - : (which numbers and timestamps use) and differ; the NULL
    /// text must not contain either, CR or LF, nor spell a number, boolean or
    /// time (those are written unquoted), nor start or end with a space.
    static void validate(const CsvOptions& options);

    void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) override;
    void writeRow(std::span<const ExportCell> row) override;
    void finish() override;
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QByteArray sha256() const override { return m_file.sha256(); }
    [[nodiscard]] QString extension() const override { return QStringLiteral("csv"); }

private:
    void appendText(std::string_view text, bool protect);

    CsvOptions m_options;
    char m_delimiter;
    char m_quote;
    std::string m_nullText;
    std::string m_lineEnd;
    /// Bytes that force quoting: delimiter, quote, CR, LF; 2 for bytes >= 0x80 (check UTF-8).
    std::array<unsigned char, 256> m_special{};
    ExportColumns m_columns;
    ExportFile m_file;
    std::string m_line;
    qint64 m_rows = 0;
    bool m_textUtf8Failed = false;
};

} // namespace gc
