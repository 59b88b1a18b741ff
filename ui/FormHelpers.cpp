#include "FormHelpers.h"

#include "UiErrors.h"

#include "auth/AuthService.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

QWidget* fieldWithError(QWidget* input, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(error);
    // The form label's buddy is this box; focus goes on to the input.
    box->setFocusProxy(input);
    return box;
}

QLabel* addFormField(QFormLayout* form, FieldErrors& errors, const QString& label, QWidget* input,
                     const QString& field)
{
    QLabel* error = makeErrorLabel(nullptr, field + QStringLiteral("Error"));
    errors.add(field, error, input);
    form->addRow(label, fieldWithError(input, error));
    return error;
}

QFormLayout* makeForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QDialogButtonBox* makeDialogButtons(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    if (!okText.isEmpty())
        ok->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void setUpPasswordPair(QLineEdit* password, QLineEdit* repeat)
{
    password->setObjectName(QStringLiteral("passwordEdit"));
    repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    password->setEchoMode(QLineEdit::Password);
    repeat->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(
        QCoreApplication::translate("FormHelpers", "at least %n characters", nullptr, AuthService::kMinPasswordLength));
}

bool passwordsMatch(FieldErrors& errors, const QLineEdit* password, const QLineEdit* repeat)
{
    errors.clear();
    if (password->text() == repeat->text())
        return true;
    errors.showAt(QStringLiteral("repeatPassword"),
                  QCoreApplication::translate("FormHelpers", "The two passwords differ."));
    return false;
}

} // namespace gc
