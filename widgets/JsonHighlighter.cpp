#include "JsonHighlighter.h"

namespace gc {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setDarkBackground(false);
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x1f, 0x4e, 0x9a));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0x0b, 0x7a, 0x3b));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x9c, 0x4a, 0x00));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x8e, 0x24, 0xaa));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, n);
            // A string followed by a colon is a key.
            qsizetype next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            const bool isKey = next < n && text.at(next) == u':';
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && text.at(i + 1).isDigit())) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isDigit() || QStringLiteral(".eE+-").contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace gc
