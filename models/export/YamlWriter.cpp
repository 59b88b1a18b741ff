#include "export/YamlWriter.h"

#include "export/ExportText.h"

#include <array>

namespace gc {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool asciiLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Words YAML 1.1 resolves to booleans or null (compared case-insensitively;
/// y and n are booleans in YAML 1.1's type repository).
bool reservedWord(std::string_view text)
{
    static constexpr std::array<std::string_view, 9> words = { "y", "n", "yes", "no", "on", "off", "true", "false", "null" };
    if (text.size() > 5)
        return false;
    char lower[5];
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        lower[i] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    const std::string_view folded(lower, text.size());
    for (const std::string_view w : words)
        if (folded == w)
            return true;
    return false;
}

void appendHexEscape(std::string& out, char kind, unsigned value, int digits)
{
    out += '\\';
    out += kind;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += kHex[(value >> shift) & 15];
}

} // namespace

YamlWriter::YamlWriter(const YamlOptions& /*options*/) { }

bool YamlWriter::isPlainSafe(std::string_view text)
{
    if (text.empty() || !asciiLetter(static_cast<unsigned char>(text.front())) || text.back() == ' ')
        return false;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool ok = asciiLetter(c) || (c >= '0' && c <= '9') || c == ' ' || c == '_' || c == '.' || c == '-'
            || c == '/' || c == '(' || c == ')';
        if (!ok)
            return false;
    }
    return !reservedWord(text);
}

bool YamlWriter::appendString(std::string& out, std::string_view text)
{
    if (isPlainSafe(text)) {
        out.append(text);
        return true;
    }
    bool checkUtf8 = false;
    out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t start = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned c = p[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
            continue;
        // Multi-byte characters YAML readers refuse raw or take as line breaks.
        unsigned escaped = 0;
        std::size_t length = 1;
        if (c >= 0x80) {
            checkUtf8 = true;
            if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {
                escaped = p[i + 1]; // C1 control, U+0085 (NEL) included
                length = 2;
            } else if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
                escaped = p[i + 2] == 0xA8 ? 0x2028 : 0x2029;
                length = 3;
            } else if (c == 0xEF && i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF) {
                escaped = 0xFEFF;
                length = 3;
            } else if (c == 0xEF && i + 2 < n && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)) {
                escaped = p[i + 2] == 0xBE ? 0xFFFE : 0xFFFF;
                length = 3;
            } else {
                continue;
            }
        }
        out.append(text.data() + start, i - start);
        if (c >= 0x80) {
            if (escaped < 0x100)
                appendHexEscape(out, 'x', escaped, 2);
            else
                appendHexEscape(out, 'u', escaped, 4);
        } else if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            appendHexEscape(out, 'x', c, 2); // other C0 controls and DEL
        }
        i += length - 1;
        start = i + 1;
    }
    out.append(text.data() + start, n - start);
    out += '"';
    return !checkUtf8 || ExportText::isValidUtf8(text);
}

void YamlWriter::begin(const QString& path, const ExportColumns& columns, const QString& /*sourceName*/)
{
    ExportText::checkColumns(columns);
    m_columns = columns;
    m_keys.clear();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        std::string key(i == 0 ? "- " : "  ");
        const QByteArray name = columns.at(i).name.toUtf8();
        appendString(key, std::string_view(name.constData(), std::size_t(name.size())));
        key.append(": ");
        m_keys.push_back(std::move(key));
    }
    m_file.open(path);
}

void YamlWriter::writeRow(std::span<const ExportCell> row)
{
    ++m_rows;
    ExportText::checkRow(m_columns, row, m_rows);
    m_line.clear();
    static constexpr ExportText::Spelling spelling { "null", ".nan", ".inf", "-.inf", "" };
    for (std::size_t i = 0; i < row.size(); ++i) {
        m_line += m_keys[i];
        const ExportCell& cell = row[i];
        if (cell.kind == ExportCell::Kind::Text) {
            if (!appendString(m_line, cell.text))
                ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::invalidUtf8Reason());
        } else if (!ExportText::appendValue(m_line, cell, spelling)) {
            ExportText::throwCellError(m_rows, m_columns.at(qsizetype(i)).name, ExportText::timestampRangeReason());
        }
        m_line += '\n';
    }
    m_file.write(m_line);
}

void YamlWriter::finish()
{
    if (m_rows == 0)
        m_file.write("[]\n"); // an empty sequence, not an empty document (which reads as null)
    m_file.close();
}

} // namespace gc
