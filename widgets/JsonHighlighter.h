#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gc {

/// Colours JSON text: object keys, strings, numbers and the literals
/// true/false/null. Works line by line, which fits indented JSON (a string
/// never spans lines there).
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);

    /// Picks colours that read well on `base` (the editor's background).
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace gc
