#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace gc {

class FieldErrors;

/// An input with its error label underneath, as one form field.
QWidget* fieldWithError(QWidget* input, QLabel* error);

/// Adds "label: input" to `form` with an error label under the input, and
/// registers that label in `errors` for the domain field name `field`.
/// Returns the error label (to register further field names for it).
QLabel* addFormField(QFormLayout* form, FieldErrors& errors, const QString& label, QWidget* input,
                  const QString& field);

/// A new form layout whose fields take the free width.
QFormLayout* makeForm();

/// OK/Cancel wired to the dialog's accept()/reject(); the OK button is named
/// "okButton" and, when `okText` is given, labelled with it.
QDialogButtonBox* makeDialogButtons(QDialog* dialog, const QString& okText = {});

/// Marks both as password inputs with the length hint.
void setUpPasswordPair(QLineEdit* password, QLineEdit* repeat);
/// False (and the message next to "repeatPassword") when the two differ.
bool passwordsMatch(FieldErrors& errors, const QLineEdit* password, const QLineEdit* repeat);

} // namespace gc
