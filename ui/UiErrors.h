#pragma once

#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace gc {

/// Shows a refusal the domain layer gave for no particular field.
void showDomainError(QWidget* parent, const DomainError& e);
/// Shows a failure of the store itself.
void showStoreError(QWidget* parent, const StoreError& e);

/// Runs `work`; a DomainError or StoreError is shown to the user and turns
/// into false. The domain layer remains the judge; this only reports.
template<typename F>
bool guarded(QWidget* parent, F&& work)
{
    try {
        work();
        return true;
    } catch (const DomainError& e) {
        showDomainError(parent, e);
    } catch (const StoreError& e) {
        showStoreError(parent, e);
    }
    return false;
}

/// A red, word-wrapped label for a message next to a form field; hidden while empty.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName);

/// Routes DomainError::field() to the label next to that field in a form.
/// Field names match loosely ("contact_email" = "contactEmail").
class FieldErrors final
{
public:
    void add(const QString& field, QLabel* label, QWidget* input = nullptr);
    void clear();
    /// Shows `e` next to its field and focuses the input; false when the form
    /// has no such field (the caller then shows it another way).
    bool show(const DomainError& e, bool focusInput = true);
    void showAt(const QString& field, const QString& message, bool focusInput = true);

private:
    struct Entry
    {
        QPointer<QLabel> label;
        QPointer<QWidget> input;
    };
    static QString normalized(const QString& field);
    QHash<QString, Entry> m_fields;
};

/// Runs `work` for a dialog: DomainError goes next to its field when `fields`
/// knows it, else into a warning box; StoreError into a critical box.
template<typename F>
bool guardedForm(QWidget* dialog, FieldErrors& fields, F&& work)
{
    fields.clear();
    try {
        work();
        return true;
    } catch (const DomainError& e) {
        if (!fields.show(e))
            showDomainError(dialog, e);
    } catch (const StoreError& e) {
        showStoreError(dialog, e);
    }
    return false;
}

} // namespace gc
