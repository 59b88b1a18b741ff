#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace gc {

/// Daily request counts as bars, with the daily quota as a dashed horizontal
/// line and a legend. Knows nothing of tenants: it is handed the days.
class UsageChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit UsageChartView(QWidget* parent = nullptr);

    /// Plots `days` (any order; days missing between the first and the last
    /// are drawn as zero). `dailyQuota` nullopt: unlimited, no quota line and
    /// the legend says so. An empty list shows the empty state instead of axes.
    void setUsage(const QList<QPair<QDate, qint64>>& days, std::optional<qint64> dailyQuota);
    void clear();

    [[nodiscard]] bool isEmptyState() const { return m_empty; }
    [[nodiscard]] bool hasQuotaLine() const { return m_hasQuotaLine; }
    /// Number of bars currently drawn.
    [[nodiscard]] int dayCount() const { return m_dayCount; }
    /// The request-count labels on the y axis, bottom to top, formatted with
    /// the default QLocale's digit grouping ("1,500,000"; German "1.500.000").
    /// Empty in the empty state.
    [[nodiscard]] const QStringList& yAxisLabels() const { return m_yLabels; }

    /// A "nice" tick step (1, 2, 2.5 or 5 times a power of ten, at least 1)
    /// that divides 0..`top` into at most `maxTicks` steps.
    static qint64 niceStep(qint64 top, int maxTicks = 5);

private:
    void showEmptyState();

    bool m_empty = true;
    bool m_hasQuotaLine = false;
    int m_dayCount = 0;
    QStringList m_yLabels;
};

} // namespace gc
