#include "JsonView.h"

#include "JsonHighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonObject>

namespace gc {

JsonView::JsonView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    updateColours();
}

void JsonView::setJson(const QJsonObject& object)
{
    if (object.isEmpty()) {
        clear();
        return;
    }
    setJson(QJsonDocument(object));
}

void JsonView::setJson(const QJsonDocument& document)
{
    if (document.isNull() || (document.isObject() && document.object().isEmpty())) {
        clear();
        return;
    }
    // Qt indents by four spaces; two keep nested values in view in a narrow panel.
    QString text;
    const QStringList lines = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).split(u'\n');
    for (const QString& line : lines) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == u' ')
            ++spaces;
        if (!text.isEmpty())
            text += u'\n';
        text += QString(spaces / 2, u' ') + line.mid(spaces);
    }
    setPlainText(text.trimmed());
}

QSize JsonView::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(QLatin1Char('x')) * 48, fm.lineSpacing() * 8 };
}

void JsonView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void JsonView::updateColours()
{
    m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

} // namespace gc
