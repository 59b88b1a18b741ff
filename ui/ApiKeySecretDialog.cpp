#include "ApiKeySecretDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace gc {

ApiKeySecretDialog::ApiKeySecretDialog(const QString& keyName, const QString& secret, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("apiKeySecretDialog"));
    setWindowTitle(tr("API Key Created"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto* warning = new QLabel(tr("Copy the key \"%1\" now and hand it to the tenant over a safe channel. "
                                  "This is the only time it is shown: the console stores only a hash of it.")
                                   .arg(keyName),
                               this);
    warning->setObjectName(QStringLiteral("secretWarningLabel"));
    warning->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(warning, 1);

    auto* edit = new QLineEdit(secret, this);
    edit->setObjectName(QStringLiteral("secretEdit"));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(secret) + 24);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyButton"));
    auto* copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("copiedLabel"));
    connect(copy, &QPushButton::clicked, this, [secret, copied] {
        QApplication::clipboard()->setText(secret);
        copied->setText(tr("Copied to the clipboard."));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(copy);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApiKeySecretDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(row);
    layout->addWidget(copied);
    layout->addWidget(buttons);
    edit->selectAll();
    copy->setFocus();
}

} // namespace gc
