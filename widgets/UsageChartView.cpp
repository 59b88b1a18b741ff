#include "UsageChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace gc {

UsageChartView::UsageChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    auto* c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    setChart(c);
    showEmptyState();
}

void UsageChartView::clear()
{
    showEmptyState();
}

void UsageChartView::showEmptyState()
{
    QChart* c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    c->legend()->hide();
    c->setTitleFont(QFont());
    c->setTitle(tr("No requests recorded in this period"));
    m_empty = true;
    m_hasQuotaLine = false;
    m_dayCount = 0;
    m_yLabels.clear();
}

qint64 UsageChartView::niceStep(qint64 top, int maxTicks)
{
    const double raw = double(std::max<qint64>(top, 1)) / double(std::max(maxTicks, 1));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = factor * magnitude;
        // 2.5 × 1 would give non-integer ticks for a count of requests.
        if (step >= raw && step == std::floor(step))
            return std::max<qint64>(1, qint64(step));
    }
    return std::max<qint64>(1, qint64(std::ceil(raw)));
}

void UsageChartView::setUsage(const QList<QPair<QDate, qint64>>& days, std::optional<qint64> dailyQuota)
{
    showEmptyState();
    QMap<QDate, qint64> byDay;
    for (const auto& [day, count] : days) {
        if (day.isValid())
            byDay[day] += count;
    }
    if (byDay.isEmpty())
        return;

    QChart* c = chart();
    const QLocale locale;
    auto* set = new QBarSet(tr("Requests"));
    set->setColor(QColor(0x1e, 0x6f, 0xb8));
    set->setBorderColor(QColor(0x1e, 0x6f, 0xb8));
    QStringList categories;
    qint64 peak = 0;
    for (QDate d = byDay.firstKey(); d <= byDay.lastKey(); d = d.addDays(1)) {
        const qint64 v = byDay.value(d, 0);
        *set << double(v);
        peak = std::max(peak, v);
        // Categories must be unique; day and month are, within any window we plot.
        categories << locale.toString(d, QStringLiteral("d MMM"));
    }
    m_dayCount = int(categories.size());

    auto* bars = new QBarSeries;
    bars->setBarWidth(0.8);
    bars->append(set);
    c->addSeries(bars);

    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    // Thirty day labels never fit a side panel; name the span once instead.
    xAxis->setLabelsVisible(false);
    xAxis->setGridLineVisible(false);
    QFont small = xAxis->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    c->setTitleFont(small);
    c->setTitle(tr("%1 – %2").arg(locale.toString(byDay.firstKey(), QLocale::ShortFormat),
                                  locale.toString(byDay.lastKey(), QLocale::ShortFormat)));
    c->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);

    // QValueAxis formats labels printf-style, which has no digit grouping;
    // a category axis with one category per tick lets QLocale write them.
    auto* yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis->setLabelsFont(small);
    c->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(yAxis);

    qint64 top = std::max<qint64>(peak, 1);
    if (dailyQuota) {
        auto* quota = new QLineSeries;
        quota->setName(tr("Quota %1").arg(locale.toString(*dailyQuota)));
        QPen pen(QColor(0xd3, 0x2f, 0x2f));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2.0);
        quota->setPen(pen);
        // On a category axis, x is the bar index; span the whole plot.
        quota->append(-0.5, double(*dailyQuota));
        quota->append(double(m_dayCount) - 0.5, double(*dailyQuota));
        c->addSeries(quota);
        quota->attachAxis(xAxis);
        quota->attachAxis(yAxis);
        top = std::max(top, *dailyQuota);
        m_hasQuotaLine = true;
    } else {
        // Say "unlimited" in the legend rather than leave the reader looking for a line.
        set->setLabel(tr("Requests (no daily quota)"));
    }
    // Leave headroom above the peak (or quota line) so it does not touch the frame.
    const qint64 headroom = top + top / 20;
    const qint64 step = niceStep(headroom, 5);
    const qint64 ticks = std::max<qint64>(1, (headroom + step - 1) / step);
    // Labels sit on category end values only; a sliver of a category ending
    // at 0 (start just below it, outside the range) puts "0" at the origin.
    yAxis->setStartValue(-double(step) / 1000.0);
    for (qint64 i = 0; i <= ticks; ++i) {
        m_yLabels << locale.toString(i * step);
        yAxis->append(m_yLabels.constLast(), double(i * step));
    }
    yAxis->setRange(0.0, double(ticks * step));

    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->show();
    m_empty = false;
}

} // namespace gc
