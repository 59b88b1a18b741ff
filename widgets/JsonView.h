#pragma once

#include <QJsonDocument>
#include <QPlainTextEdit>

namespace gc {

class JsonHighlighter;

/// Read-only, indented, syntax-coloured JSON in a fixed-width font. Text can
/// be selected and copied; an empty object shows the placeholder text.
class JsonView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonView(QWidget* parent = nullptr);

    /// Shows `object` indented; `{}` shows placeholderText() instead.
    void setJson(const QJsonObject& object);
    void setJson(const QJsonDocument& document);
    /// The JSON shown, indented ("" for the placeholder).
    [[nodiscard]] QString json() const { return toPlainText(); }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColours();

    JsonHighlighter* m_highlighter;
};

} // namespace gc
