#pragma once

#include <QToolButton>

namespace gc {

/// A flat status-bar button with a coloured dot for the state of a
/// verification: idle (grey), running (blue, text carries the progress),
/// verified (green), failed (red: the thing checked is wrong) or error (amber:
/// the check itself could not run). The caller supplies the texts; a click
/// emits clicked().
class IntegrityBadge final : public QToolButton
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Verified,
        Failed,
        Error
    };

    explicit IntegrityBadge(QWidget* parent = nullptr);

    /// `text` is shown elided to maximumTextWidth(); the full text goes into
    /// the tooltip together with `details`.
    void setState(State state, const QString& text, const QString& details = {});
    [[nodiscard]] State state() const { return m_state; }
    /// The full, unelided text.
    [[nodiscard]] const QString& fullText() const { return m_text; }
    [[nodiscard]] const QString& details() const { return m_details; }

    void setMaximumTextWidth(int pixels);
    [[nodiscard]] static QColor colour(State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    State m_state = State::Idle;
    QString m_text;
    QString m_details;
    int m_maxTextWidth = 420;
};

} // namespace gc
