#include "export/CsvWriter.h"

#include "core/DomainError.h"
#include "export/ExportText.h"

#include <QCoreApplication>

#include <charconv>
#include <string>

namespace gc {

namespace {

bool usableSeparator(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t')
        return true;
    if (u < 0x21 || u > 0x7E)
        return false;
    const auto a = char(u);
    const bool alnum = (a >= '0' && a <= '9') || (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z');
    return !alnum && a != '.' && a != '+' && a != '-' && a != ':';
}

[[noreturn]] void refuse(const QString& message, const char* field)
{
    throw DomainError(DomainError::Kind::Invalid, message, QLatin1String(field));
}

} // namespace

void CsvWriter::validate(const CsvOptions& options)
{
    if (!usableSeparator(options.delimiter))
        refuse(QCoreApplication::translate("gc::CsvWriter",
                   "The delimiter must be a tab or an ASCII punctuation character other than . + - :"),
            "delimiter");
    if (!usableSeparator(options.quote) || options.quote == QLatin1Char('\t'))
        refuse(QCoreApplication::translate("gc::CsvWriter",
                   "The quote character must be an ASCII punctuation character other than . + - :"),
            "quote");
    if (options.quote == options.delimiter)
        refuse(QCoreApplication::translate("gc::CsvWriter", "The quote character must differ from the delimiter."),
            "quote");
    for (const QChar c : options.nullText) {
        if (c == options.delimiter || c == options.quote || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            refuse(QCoreApplication::translate("gc::CsvWriter",
                       "The NULL text must not contain the delimiter, the quote character or a line break."),
                "nullText");
    }
    // Numbers, booleans and timestamps are written unquoted: a NULL text that
    // one of them could spell would turn that value into NULL for readers.
    const std::string null = options.nullText.toStdString();
    double number = 0;
    const auto parsed = std::from_chars(null.data(), null.data() + null.size(), number);
    const bool spellsNumber = !null.empty() && parsed.ec == std::errc() && parsed.ptr == null.data() + null.size();
    if (spellsNumber || (!null.empty() && null.front() >= '0' && null.front() <= '9') || null == "true"
        || null == "false")
        refuse(QCoreApplication::translate("gc::CsvWriter",
                   "The NULL text must not look like a number, a boolean or a time."),
            "nullText");
    if (options.nullText != options.nullText.trimmed())
        refuse(QCoreApplication::translate("gc::CsvWriter",
                   "The NULL text must not start or end with a space."),
            "nullText");
}

CsvWriter::CsvWriter(const CsvOptions& options) : m_options(options)
{
    validate(options);
    m_delimiter = char(options.delimiter.unicode());
    m_quote = char(options.quote.unicode());
    m_nullText = options.nullText.toStdString();
    m_lineEnd = options.lineEnding == CsvOptions::LineEnding::CrLf ? "\r\n" : "\n";
    m_special[static_cast<unsigned char>(m_delimiter)] = 1;
    m_special[static_cast<unsigned char>(m_quote)] = 1;
    m_special['\r'] = 1;
    m_special['\n'] = 1;
    for (std::size_t c = 0x80; c < 0x100; ++c)
        m_special[c] = 2;
}

void CsvWriter::begin(const QString& path, const ExportColumns& columns, const QString& /*sourceName*/)
{
    ExportText::checkColumns(columns);
    m_columns = columns;
    m_file.open(path);
    if (m_options.byteOrderMark)
        m_file.write("\xEF\xBB\xBF");
    if (!m_options.header)
        return;
    m_line.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_line += m_delimiter;
        const QByteArray name = columns.at(i).name.toUtf8();
        appendText(std::string_view(name.constData(), std::size_t(name.size())), false);
    }
    m_line += m_lineEnd;
    m_file.write(m_line);
}

void CsvWriter::appendText(std::string_view text, bool protect)
{
    const bool prefix = protect && !text.empty()
        && (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@'
            || text.front() == '\t' || text.front() == '\r');
    // With the apostrophe in front, a leading TAB no longer needs quoting.
    bool quote = text.empty() || text == m_nullText || text.back() == ' ' || text.back() == '\t'
        || (!prefix && (text.front() == ' ' || text.front() == '\t')) || (prefix && m_quote == '\'');
    bool checkUtf8 = false;
    for (const char c : text) {
        const unsigned char kind = m_special[static_cast<unsigned char>(c)];
        quote |= kind == 1;
        checkUtf8 |= kind == 2;
    }
    if (checkUtf8 && !ExportText::isValidUtf8(text)) {
        m_textUtf8Failed = true;
        return;
    }
    if (!quote) {
        if (prefix)
            m_line += '\'';
        m_line.append(text);
        return;
    }
    m_line += m_quote;
    if (prefix)
        m_line += m_quote == '\'' ? "''" : "'";
    for (const char c : text) {
        if (c == m_quote)
            m_line += m_quote;
        m_line += c;
    }
    m_line += m_quote;
}

void CsvWriter::writeRow(std::span<const ExportCell> row)
{
    ++m_rows;
    ExportText::checkRow(m_columns, row, m_rows);
    m_line.clear();
    const ExportText::Spelling spelling { m_nullText, "nan", "inf", "-inf", "" };
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_line += m_delimiter;
        const ExportCell& cell = row[i];
        if (cell.kind == ExportCell::Kind::Text) {
            appendText(cell.text, m_options.formulaProtection);
            if (m_textUtf8Failed)
                ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::invalidUtf8Reason());
        } else if (!ExportText::appendValue(m_line, cell, spelling)) {
            ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::timestampRangeReason());
        }
    }
    m_line += m_lineEnd;
    m_file.write(m_line);
}

void CsvWriter::finish()
{
    m_file.close();
}

} // namespace gc
