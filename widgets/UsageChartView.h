#pragma once

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPair>

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

private:
    void showEmptyState();

    bool m_empty = true;
    bool m_hasQuotaLine = false;
    int m_dayCount = 0;
};

} // namespace gc
