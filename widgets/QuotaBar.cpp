#include "QuotaBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace gc {

namespace {
constexpr int kBarHeight = 8;
constexpr int kBarGap = 4;
} // namespace

QuotaBar::QuotaBar(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_value(new QLabel(this))
{
    auto* row = new QHBoxLayout(this);
    // The bar is painted into the bottom margin, below the two labels.
    row->setContentsMargins(0, 0, 0, kBarHeight + kBarGap);
    m_title->setObjectName(QStringLiteral("quotaTitle"));
    m_value->setObjectName(QStringLiteral("quotaValue"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_title);
    row->addStretch(1);
    row->addWidget(m_value);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    refresh();
}

void QuotaBar::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void QuotaBar::setUsage(qint64 used, std::optional<qint64> limit, const QString& unit)
{
    m_used = used;
    m_limit = limit;
    m_unit = unit;
    refresh();
}

double QuotaBar::fraction() const
{
    if (!m_limit)
        return 0.0;
    if (*m_limit <= 0)
        return m_used > 0 ? 1.0 : 0.0;
    return qBound(0.0, double(m_used) / double(*m_limit), 1.0);
}

QString QuotaBar::valueText() const
{
    const QLocale locale;
    if (!m_limit)
        return tr("%1 %2 (unlimited)").arg(locale.toString(m_used), m_unit);
    const int percent = *m_limit > 0 ? int(qRound64(100.0 * double(m_used) / double(*m_limit))) : (m_used > 0 ? 100 : 0);
    return tr("%1 / %2 %3 (%4 %)")
        .arg(locale.toString(m_used), locale.toString(*m_limit), m_unit, locale.toString(percent));
}

QColor QuotaBar::barColor() const
{
    switch (m_level) {
    case Level::Exceeded:
        return QColor(0xd3, 0x2f, 0x2f);
    case Level::Warning:
        return QColor(0xf5, 0x9e, 0x0b);
    case Level::Unlimited:
        return palette().color(QPalette::Mid);
    case Level::Normal:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

void QuotaBar::refresh()
{
    if (!m_limit) {
        m_level = Level::Unlimited;
    } else {
        const bool over = *m_limit <= 0 ? m_used > 0 : m_used >= *m_limit;
        const bool near = *m_limit > 0 && double(m_used) >= 0.8 * double(*m_limit);
        m_level = over ? Level::Exceeded : near ? Level::Warning : Level::Normal;
    }
    m_value->setText(valueText());
    setAccessibleDescription(valueText());
    QString tip;
    if (m_level == Level::Exceeded)
        tip = tr("The limit is reached.");
    else if (m_level == Level::Warning)
        tip = tr("Usage is at 80 % of the limit or more.");
    setToolTip(tip);
    update();
}

QSize QuotaBar::sizeHint() const
{
    const QSize labels = QWidget::sizeHint();
    return {qMax(labels.width(), 160), labels.height()};
}

void QuotaBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void QuotaBar::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF trough(0.5, height() - kBarHeight - 0.5, width() - 1.0, kBarHeight);
    const qreal radius = kBarHeight / 2.0;
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::AlternateBase));
    p.drawRoundedRect(trough, radius, radius);
    if (m_level == Level::Unlimited) {
        // A hatched trough says "no ceiling" without pretending a fill level.
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(barColor(), Qt::BDiagPattern));
        p.drawRoundedRect(trough, radius, radius);
        return;
    }
    const double f = fraction();
    if (f <= 0.0)
        return;
    QRectF fill = trough;
    fill.setWidth(qMax(trough.height(), trough.width() * f));
    p.setPen(Qt::NoPen);
    p.setBrush(barColor());
    p.drawRoundedRect(fill, radius, radius);
}

} // namespace gc
