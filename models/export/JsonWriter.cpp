#include "export/JsonWriter.h"

#include "export/ExportText.h"


namespace gc {

namespace {

constexpr char kHex[] = "0123456789abcdef";

} // namespace

JsonWriter::JsonWriter(const JsonOptions& options) : m_options(options)
{
    if (m_options.ndjson)
        m_options.pretty = false; // one object per line, by definition
}

bool JsonWriter::appendString(std::string& out, std::string_view text)
{
    out += '"';
    bool checkUtf8 = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            checkUtf8 |= c >= 0x80;
            continue;
        }
        out.append(text.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
            break;
        }
    }
    out.append(text.data() + start, text.size() - start);
    out += '"';
    return !checkUtf8 || ExportText::isValidUtf8(text);
}

void JsonWriter::begin(const QString& path, const ExportColumns& columns, const QString& /*sourceName*/)
{
    ExportText::checkColumns(columns);
    m_columns = columns;
    m_keys.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const char* const lead = m_options.pretty ? (i == 0 ? "{\n    " : ",\n    ") : (i == 0 ? "{" : ",");
        std::string key(lead);
        const QByteArray name = columns.at(i).name.toUtf8();
        appendString(key, std::string_view(name.constData(), std::size_t(name.size())));
        key.append(m_options.pretty ? std::string_view(": ") : std::string_view(":"));
        m_keys.push_back(std::move(key));
    }
    m_rowEnd = m_options.pretty ? "\n  }" : "}";
    if (m_options.ndjson)
        m_rowEnd += '\n';
    m_file.open(path);
    if (!m_options.ndjson)
        m_file.put('[');
}

void JsonWriter::writeRow(std::span<const ExportCell> row)
{
    ++m_rows;
    ExportText::checkRow(m_columns, row, m_rows);
    m_line.clear();
    if (!m_options.ndjson)
        m_line += m_rows == 1 ? (m_options.pretty ? "\n  " : "\n") : (m_options.pretty ? ",\n  " : ",\n");
    static constexpr ExportText::Spelling spelling { "null", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"" };
    for (std::size_t i = 0; i < row.size(); ++i) {
        m_line += m_keys[i];
        const ExportCell& cell = row[i];
        if (cell.kind == ExportCell::Kind::Text) {
            if (!appendString(m_line, cell.text))
                ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::invalidUtf8Reason());
        } else if (!ExportText::appendValue(m_line, cell, spelling)) {
            ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::timestampRangeReason());
        }
    }
    m_line += m_rowEnd;
    m_file.write(m_line);
}

void JsonWriter::finish()
{
    if (!m_options.ndjson)
        m_file.write(m_rows == 0 ? "]\n" : "\n]\n");
    m_file.close();
}

} // namespace gc
