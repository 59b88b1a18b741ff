#include "IntegrityBadge.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace gc {

IntegrityBadge::IntegrityBadge(QWidget* parent)
    : QToolButton(parent)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::TabFocus);
    refresh();
}

QColor IntegrityBadge::colour(State state)
{
    switch (state) {
    case State::Idle:
        return { 0x8a, 0x8f, 0x98 };
    case State::Running:
        return { 0x2f, 0x6f, 0xd0 };
    case State::Verified:
        return { 0x2e, 0x7d, 0x32 };
    case State::Failed:
        return { 0xc6, 0x28, 0x28 };
    case State::Error:
        return { 0xd9, 0x8a, 0x00 };
    }
    return {};
}

void IntegrityBadge::setState(State state, const QString& text, const QString& details)
{
    m_state = state;
    m_text = text;
    m_details = details;
    refresh();
}

void IntegrityBadge::setMaximumTextWidth(int pixels)
{
    m_maxTextWidth = pixels;
    refresh();
}

void IntegrityBadge::changeEvent(QEvent* event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        refresh();
}

void IntegrityBadge::refresh()
{
    const int side = fontMetrics().height() * 2 / 3;
    const qreal dpr = devicePixelRatioF();
    QPixmap dot(QSize(side, side) * dpr);
    dot.setDevicePixelRatio(dpr);
    dot.fill(Qt::transparent);
    {
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour(m_state));
        p.drawEllipse(QRectF(0.5, 0.5, side - 1.0, side - 1.0));
    }
    setIcon(QIcon(dot));
    setIconSize(QSize(side, side));
    setText(fontMetrics().elidedText(m_text, Qt::ElideRight, m_maxTextWidth));
    setToolTip(m_details.isEmpty() ? m_text : m_text + QStringLiteral("\n\n") + m_details);
    setAccessibleName(m_text);
    QFont f = font();
    if (f.bold() != (m_state == State::Failed)) {
        // A tampered log must not be overlooked among the other status texts.
        f.setBold(m_state == State::Failed);
        setFont(f);
    }
    QPalette pal = palette();
    pal.setColor(QPalette::ButtonText,
        m_state == State::Failed ? colour(State::Failed) : QPalette().color(QPalette::ButtonText));
    setPalette(pal);
}

} // namespace gc
