#include "ProvisionTenantDialog.h"

#include "FormHelpers.h"
#include "UiFormat.h"

#include "tenancy/TenantService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gc {

namespace {
enum ConfigColumn { KeyColumn, TypeColumn, ValueColumn };
}

ProvisionTenantDialog::ProvisionTenantDialog(TenantService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_name(new QLineEdit(this)), m_slug(new QLineEdit(this)),
      m_tier(new QComboBox(this)), m_contactName(new QLineEdit(this)), m_contactEmail(new QLineEdit(this)),
      m_region(new QComboBox(this)), m_customPrice(new QDoubleSpinBox(this)), m_customPriceHint(new QLabel(this)),
      m_config(new QTableWidget(0, 3, this)),
      m_buttons(makeDialogButtons(this, tr("&Provision")))
{
    setObjectName(QStringLiteral("provisionTenantDialog"));
    setWindowTitle(tr("Provision Tenant"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Northwind Air Quality Agency"));
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_slug->setPlaceholderText(tr("lower-case letters, digits and dashes"));
    m_slug->setMaxLength(40);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    for (const Tier t : allTiers())
        m_tier->addItem(tierSummary(t), int(t));
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactEmail->setObjectName(QStringLiteral("contactEmailEdit"));
    m_contactEmail->setPlaceholderText(tr("name@example.org"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->addItems(knownRegions());
    m_customPrice->setObjectName(QStringLiteral("customPriceSpin"));
    m_customPrice->setRange(0.0, 10'000'000.0);
    m_customPrice->setDecimals(2);
    m_customPrice->setPrefix(tr("$"));
    m_customPrice->setSuffix(tr(" / month"));
    m_customPriceHint->setText(tr("Only Enterprise tenants have a negotiated price."));

    m_config->setObjectName(QStringLiteral("configTable"));
    m_config->setHorizontalHeaderLabels({tr("Key"), tr("Type"), tr("Value")});
    m_config->horizontalHeader()->setStretchLastSection(true);
    m_config->verticalHeader()->hide();
    m_config->setMinimumHeight(110);
    m_config->setTabKeyNavigation(false);
    auto* addRow = new QPushButton(tr("Add Setting"), this);
    addRow->setObjectName(QStringLiteral("addConfigRowButton"));
    auto* removeRow = new QPushButton(tr("Remove Setting"), this);
    removeRow->setObjectName(QStringLiteral("removeConfigRowButton"));
    connect(addRow, &QPushButton::clicked, this, [this] { addConfigRow(); });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_config->currentRow();
        if (row >= 0)
            m_config->removeRow(row);
    });

    QFormLayout* form = makeForm();
    const auto addField = [&](const QString& label, QWidget* input, const QString& field) {
        return addFormField(form, m_errors, label, input, field);
    };
    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    addField(tr("&Slug:"), m_slug, QStringLiteral("slug"));
    addField(tr("&Tier:"), m_tier, QStringLiteral("tier"));
    addField(tr("Contact na&me:"), m_contactName, QStringLiteral("contactName"));
    addField(tr("Contact &e-mail:"), m_contactEmail, QStringLiteral("contactEmail"));
    addField(tr("&Region:"), m_region, QStringLiteral("region"));
    auto* priceBox = new QWidget(this);
    priceBox->setFocusProxy(m_customPrice);
    auto* priceLayout = new QHBoxLayout(priceBox);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->addWidget(m_customPrice);
    priceLayout->addWidget(m_customPriceHint, 1);
    QLabel* priceError = addField(tr("Custom &price:"), priceBox, QStringLiteral("customPriceCents"));
    m_errors.add(QStringLiteral("customPrice"), priceError, m_customPrice);
    m_errors.add(QStringLiteral("price"), priceError, m_customPrice);

    auto* configButtons = new QHBoxLayout;
    configButtons->addWidget(addRow);
    configButtons->addWidget(removeRow);
    configButtons->addStretch(1);
    auto* configBox = new QWidget(this);
    configBox->setFocusProxy(m_config);
    auto* configLayout = new QVBoxLayout(configBox);
    configLayout->setContentsMargins(0, 0, 0, 0);
    configLayout->addWidget(m_config);
    configLayout->addLayout(configButtons);
    QLabel* configError = addField(tr("Custom &configuration:"), configBox, QStringLiteral("config"));
    m_errors.add(QStringLiteral("key"), configError, m_config);
    m_errors.add(QStringLiteral("value"), configError, m_config);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_slugEdited)
            m_slug->setText(suggestSlug(name));
    });
    // Once the operator types a slug, stop overwriting it; clearing it resumes suggestions.
    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString& text) { m_slugEdited = !text.isEmpty(); });
    connect(m_tier, &QComboBox::currentIndexChanged, this, &ProvisionTenantDialog::updateTierDependentFields);
    updateTierDependentFields();
    setMinimumWidth(560);
}

QString ProvisionTenantDialog::suggestSlug(const QString& name)
{
    // Decompose accents so "Zürich" becomes "zurich", then keep [a-z0-9] runs.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool dash = false;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            slug.append(c);
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    slug.truncate(40);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

void ProvisionTenantDialog::updateTierDependentFields()
{
    const bool enterprise = Tier(m_tier->currentData().toInt()) == Tier::Enterprise;
    m_customPrice->setEnabled(enterprise);
    m_customPriceHint->setVisible(!enterprise);
}

void ProvisionTenantDialog::addConfigRow(const ConfigEntry& entry)
{
    const int row = m_config->rowCount();
    m_config->insertRow(row);
    m_config->setItem(row, KeyColumn, new QTableWidgetItem(entry.key));
    auto* type = new QComboBox(m_config);
    for (const ConfigType t : {ConfigType::String, ConfigType::Integer, ConfigType::Decimal, ConfigType::Boolean,
                               ConfigType::Url, ConfigType::Email, ConfigType::Duration})
        type->addItem(configTypeDisplayName(t), int(t));
    type->setCurrentIndex(type->findData(int(entry.type)));
    m_config->setCellWidget(row, TypeColumn, type);
    m_config->setItem(row, ValueColumn, new QTableWidgetItem(entry.value));
    m_config->setCurrentCell(row, KeyColumn);
    m_config->editItem(m_config->item(row, KeyColumn));
}

QList<ConfigEntry> ProvisionTenantDialog::configEntries() const
{
    QList<ConfigEntry> entries;
    for (int row = 0; row < m_config->rowCount(); ++row) {
        ConfigEntry e;
        e.key = m_config->item(row, KeyColumn) ? m_config->item(row, KeyColumn)->text().trimmed() : QString();
        if (auto* type = qobject_cast<QComboBox*>(m_config->cellWidget(row, TypeColumn)))
            e.type = ConfigType(type->currentData().toInt());
        e.value = m_config->item(row, ValueColumn) ? m_config->item(row, ValueColumn)->text() : QString();
        if (e.key.isEmpty() && e.value.isEmpty())
            continue;
        entries << e;
    }
    return entries;
}

TenantDraft ProvisionTenantDialog::draft() const
{
    TenantDraft d;
    d.name = m_name->text().trimmed();
    d.slug = m_slug->text().trimmed();
    d.tier = Tier(m_tier->currentData().toInt());
    d.contactName = m_contactName->text().trimmed();
    d.contactEmail = m_contactEmail->text().trimmed();
    d.region = m_region->currentText();
    if (d.tier == Tier::Enterprise)
        d.customPriceCents = qRound64(m_customPrice->value() * 100.0);
    d.config = configEntries();
    return d;
}

void ProvisionTenantDialog::accept()
{
    const TenantDraft d = draft();
    const bool ok = guardedForm(this, m_errors, [&] {
        // Validate each row first so the message can say which row is wrong.
        for (qsizetype i = 0; i < d.config.size(); ++i) {
            try {
                TenantService::validateConfig(d.config.at(i));
            } catch (const DomainError& e) {
                throw DomainError(e.kind(), tr("Setting %1 (%2): %3").arg(i + 1).arg(d.config.at(i).key, e.message()),
                                  QStringLiteral("config"));
            }
        }
        m_provisioned = m_service.provision(d);
    });
    if (ok)
        QDialog::accept();
}

} // namespace gc
