#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

class QLabel;

namespace gc {

/// A caption, a "used / limit" text and a thin bar for one quota. The bar is
/// the normal colour below 80 %, amber from 80 % and red at or over 100 %;
/// without a limit it shows the "unlimited" state (no fill, text says so).
class QuotaBar final : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Normal, Warning, Exceeded, Unlimited };

    explicit QuotaBar(QWidget* parent = nullptr);

    /// Caption above the bar, e.g. "Users".
    void setTitle(const QString& title);
    /// `unit` names what is counted in the text ("users", "requests").
    /// A limit of nullopt means unlimited; a limit of 0 counts as exceeded
    /// as soon as anything is used.
    void setUsage(qint64 used, std::optional<qint64> limit, const QString& unit);

    [[nodiscard]] Level level() const { return m_level; }
    /// The text shown next to the caption, e.g. "4 / 5 users (80 %)".
    [[nodiscard]] QString valueText() const;
    /// Fill fraction (0..1, capped), 0 when unlimited.
    [[nodiscard]] double fraction() const;
    [[nodiscard]] QColor barColor() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QLabel* m_title;
    QLabel* m_value;
    qint64 m_used = 0;
    std::optional<qint64> m_limit;
    QString m_unit;
    Level m_level = Level::Normal;
};

} // namespace gc
