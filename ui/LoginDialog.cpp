#include "LoginDialog.h"

#include "FormHelpers.h"
#include "UiErrors.h"

#include "auth/AuthService.h"
#include "demo/DemoGenerator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gc {

LoginDialog::LoginDialog(AuthService& auth, const QString& storePath, bool showDemoAccounts, const QString& username,
                         QWidget* parent)
    : QDialog(parent), m_auth(auth), m_username(new QLineEdit(username, this)), m_password(new QLineEdit(this)),
      m_error(makeErrorLabel(this, QStringLiteral("loginErrorLabel")))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign In — GeoClimate Console"));
    auto* title = new QLabel(tr("<b>GeoClimate Console</b>"), this);
    auto* store = new QLabel(this);
    store->setObjectName(QStringLiteral("storePathLabel"));
    store->setTextFormat(Qt::PlainText);
    store->setText(store->fontMetrics().elidedText(tr("Store: %1").arg(storePath), Qt::ElideMiddle, 420));
    store->setToolTip(storePath);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    QFormLayout* form = makeForm();
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    QDialogButtonBox* buttons = makeDialogButtons(this, tr("&Sign In"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(store);
    layout->addLayout(form);
    layout->addWidget(m_error);

    if (showDemoAccounts) {
        auto* hint = new QLabel(tr("This is a demo store. Double-click an account to use it:"), this);
        hint->setWordWrap(true);
        auto* accounts = new QTreeWidget(this);
        accounts->setObjectName(QStringLiteral("demoAccountsList"));
        accounts->setRootIsDecorated(false);
        accounts->setHeaderLabels({tr("User name"), tr("Password"), tr("Role")});
        for (const DemoAccount& a : demoAccounts()) {
            const QString role = roleFromId(QString::fromUtf8(a.role)).has_value()
                ? roleDisplayName(*roleFromId(QString::fromUtf8(a.role)))
                : QString::fromUtf8(a.role);
            new QTreeWidgetItem(accounts, {QString::fromUtf8(a.username), QString::fromUtf8(a.password), role});
        }
        accounts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        accounts->setMaximumHeight(150);
        const auto use = [this](QTreeWidgetItem* item) {
            if (!item)
                return;
            m_username->setText(item->text(0));
            m_password->setText(item->text(1));
            m_password->setFocus();
        };
        connect(accounts, &QTreeWidget::itemActivated, this, [use](QTreeWidgetItem* item) { use(item); });
        connect(accounts, &QTreeWidget::itemClicked, this, [use](QTreeWidgetItem* item) { use(item); });
        layout->addWidget(hint);
        layout->addWidget(accounts);
    }
    layout->addWidget(buttons);
    setMinimumWidth(440);
    if (username.isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::accept()
{
    m_error->hide();
    try {
        m_session.emplace(m_auth.signIn(m_username->text().trimmed(), m_password->text()));
    } catch (const DomainError& e) {
        m_error->setText(e.message());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    } catch (const StoreError& e) {
        showStoreError(this, e);
        return;
    }
    QDialog::accept();
}

} // namespace gc
