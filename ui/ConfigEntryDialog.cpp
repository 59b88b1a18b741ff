#include "ConfigEntryDialog.h"

#include "FormHelpers.h"

#include "tenancy/TenantService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

namespace {
QString hintFor(ConfigType type)
{
    switch (type) {
    case ConfigType::String:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "Any text.");
    case ConfigType::Integer:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "A whole number, e.g. 250.");
    case ConfigType::Decimal:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "A number with a decimal point, e.g. 0.75.");
    case ConfigType::Boolean:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "On or off.");
    case ConfigType::Url:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "An http or https address.");
    case ConfigType::Email:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "An e-mail address.");
    case ConfigType::Duration:
        return QCoreApplication::translate("gc::ConfigEntryDialog", "A duration, e.g. 30s, 15m, 2h or 7d.");
    }
    return {};
}
} // namespace

ConfigEntryDialog::ConfigEntryDialog(TenantService& service, TenantId tenant, std::optional<ConfigEntry> existing,
                                     QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_key(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_value(new QLineEdit(this)), m_bool(new QCheckBox(tr("On"), this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("configEntryDialog"));
    setWindowTitle(existing ? tr("Change Setting") : tr("Add Setting"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("e.g. alerts.threshold_pm25"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const ConfigType t : {ConfigType::String, ConfigType::Integer, ConfigType::Decimal, ConfigType::Boolean,
                               ConfigType::Url, ConfigType::Email, ConfigType::Duration})
        m_type->addItem(configTypeDisplayName(t), int(t));
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_bool->setObjectName(QStringLiteral("valueCheck"));
    m_hint->setWordWrap(true);
    if (existing) {
        m_key->setText(existing->key);
        m_key->setReadOnly(true);
        m_type->setCurrentIndex(m_type->findData(int(existing->type)));
        m_value->setText(existing->value);
        m_bool->setChecked(existing->value == QLatin1String("true"));
    }

    auto* valueBox = new QWidget(this);
    auto* valueLayout = new QVBoxLayout(valueBox);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    valueLayout->addWidget(m_value);
    valueLayout->addWidget(m_bool);
    valueLayout->addWidget(m_hint);
    valueBox->setFocusProxy(m_value);
    QFormLayout* form = makeForm();
    addFormField(form, m_errors, tr("&Key:"), m_key, QStringLiteral("key"));
    form->addRow(tr("&Type:"), m_type);
    QLabel* valueError = addFormField(form, m_errors, tr("&Value:"), valueBox, QStringLiteral("value"));
    m_errors.add(QStringLiteral("type"), valueError, m_type);
    QDialogButtonBox* buttons = makeDialogButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ConfigEntryDialog::updateEditors);
    connect(m_key, &QLineEdit::textChanged, this, &ConfigEntryDialog::validateLive);
    connect(m_value, &QLineEdit::textChanged, this, &ConfigEntryDialog::validateLive);
    connect(m_bool, &QCheckBox::toggled, this, &ConfigEntryDialog::validateLive);
    setMinimumWidth(440);
    updateEditors();
}

ConfigEntry ConfigEntryDialog::entry() const
{
    ConfigEntry e;
    e.key = m_key->text().trimmed();
    e.type = ConfigType(m_type->currentData().toInt());
    e.value = e.type == ConfigType::Boolean ? (m_bool->isChecked() ? QStringLiteral("true") : QStringLiteral("false"))
                                            : m_value->text().trimmed();
    return e;
}

void ConfigEntryDialog::updateEditors()
{
    const auto type = ConfigType(m_type->currentData().toInt());
    m_value->setVisible(type != ConfigType::Boolean);
    m_bool->setVisible(type == ConfigType::Boolean);
    m_hint->setText(hintFor(type));
    validateLive();
}

void ConfigEntryDialog::validateLive()
{
    m_errors.clear();
    const ConfigEntry e = entry();
    bool valid = true;
    try {
        TenantService::validateConfig(e);
    } catch (const DomainError& err) {
        valid = false;
        // Say nothing about fields the operator has not reached yet.
        const bool typed = !e.key.isEmpty() && (e.type == ConfigType::Boolean || !e.value.isEmpty());
        if (typed)
            m_errors.show(err, false);
    }
    m_ok->setEnabled(valid);
}

void ConfigEntryDialog::accept()
{
    const ConfigEntry e = entry();
    if (guardedForm(this, m_errors, [&] { m_service.setConfig(m_tenant, TenantService::validateConfig(e)); }))
        QDialog::accept();
}

} // namespace gc
