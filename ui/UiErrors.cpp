#include "UiErrors.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>

namespace gc {

void showDomainError(QWidget* parent, const DomainError& e)
{
    QMessageBox::warning(parent, QCoreApplication::translate("UiErrors", "Not possible"), e.message());
}

void showStoreError(QWidget* parent, const StoreError& e)
{
    QMessageBox::critical(parent, QCoreApplication::translate("UiErrors", "Store error"), e.message());
}

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(pal);
    label->hide();
    return label;
}

QString FieldErrors::normalized(const QString& field)
{
    QString out;
    for (const QChar c : field) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

void FieldErrors::add(const QString& field, QLabel* label, QWidget* input)
{
    m_fields.insert(normalized(field), Entry{label, input});
}

void FieldErrors::clear()
{
    for (const Entry& e : std::as_const(m_fields)) {
        if (e.label) {
            e.label->clear();
            e.label->hide();
        }
    }
}

void FieldErrors::showAt(const QString& field, const QString& message, bool focusInput)
{
    const auto it = m_fields.constFind(normalized(field));
    if (it == m_fields.cend() || !it->label)
        return;
    it->label->setText(message);
    it->label->show();
    if (focusInput && it->input)
        it->input->setFocus(Qt::OtherFocusReason);
}

bool FieldErrors::show(const DomainError& e, bool focusInput)
{
    if (e.field().isEmpty() || !m_fields.contains(normalized(e.field())))
        return false;
    showAt(e.field(), e.message(), focusInput);
    return true;
}

} // namespace gc
