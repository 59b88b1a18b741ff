#include "ChangeTierDialog.h"

#include "FormHelpers.h"
#include "UiFormat.h"

#include "tenancy/TenantService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

ChangeTierDialog::ChangeTierDialog(TenantService& service, const Tenant& tenant, QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_tierCombo(new QComboBox(this)),
      m_price(new QDoubleSpinBox(this)), m_problemsLabel(new QLabel(this)),
      m_buttons(makeDialogButtons(this, tr("&Change Tier")))
{
    setObjectName(QStringLiteral("changeTierDialog"));
    setWindowTitle(tr("Change Tier of %1").arg(tenant.name));
    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    for (const Tier t : allTiers())
        m_tierCombo->addItem(tierSummary(t), int(t));
    m_tierCombo->setCurrentIndex(m_tierCombo->findData(int(tenant.tier)));
    m_price->setObjectName(QStringLiteral("customPriceSpin"));
    m_price->setRange(0.0, 10'000'000.0);
    m_price->setDecimals(2);
    m_price->setPrefix(tr("$"));
    m_price->setSuffix(tr(" / month"));
    if (tenant.customPriceCents)
        m_price->setValue(double(*tenant.customPriceCents) / 100.0);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);

    auto* current = new QLabel(tr("Current tier: %1").arg(tierSummary(tenant.tier)), this);
    current->setWordWrap(true);
    QFormLayout* form = makeForm();
    addFormField(form, m_errors, tr("New &tier:"), m_tierCombo, QStringLiteral("tier"));
    QLabel* priceError = addFormField(form, m_errors, tr("Custom &price:"), m_price, QStringLiteral("customPriceCents"));
    m_errors.add(QStringLiteral("price"), priceError, m_price);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_problemsLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, &ChangeTierDialog::refresh);
    setMinimumWidth(480);
    refresh();
}

Tier ChangeTierDialog::selectedTier() const
{
    return Tier(m_tierCombo->currentData().toInt());
}

void ChangeTierDialog::refresh()
{
    const Tier to = selectedTier();
    m_price->setEnabled(to == Tier::Enterprise);
    m_problems.clear();
    if (to == m_tenant.tier) {
        m_problemsLabel->setText(tr("Choose a different tier."));
    } else {
        const bool ok = guarded(this, [&] { m_problems = m_service.tierChangeProblems(m_tenant.id, to); });
        if (!ok)
            m_problems << tr("The change cannot be checked.");
        if (m_problems.isEmpty()) {
            m_problemsLabel->setText(tr("The tenant's current usage fits the new tier."));
        } else {
            QString text = tr("This change is not possible:");
            for (const QString& p : std::as_const(m_problems))
                text += QStringLiteral("\n• ") + p;
            m_problemsLabel->setText(text);
        }
    }
    QPalette pal = palette();
    if (!m_problems.isEmpty())
        pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemsLabel->setPalette(pal);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(to != m_tenant.tier && m_problems.isEmpty());
}

void ChangeTierDialog::accept()
{
    const Tier to = selectedTier();
    std::optional<qint64> price;
    if (to == Tier::Enterprise)
        price = qRound64(m_price->value() * 100.0);
    if (guardedForm(this, m_errors, [&] { m_changed = m_service.changeTier(m_tenant.id, to, price); }))
        QDialog::accept();
    else
        refresh();
}

} // namespace gc
