#include "ExportWizardPageSource.h"

#include "ExportWizard.h"

#include "auth/Role.h"
#include "export/ExportSourcePlan.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gc {

namespace {

QString sourceDescription(ExportSourceId id)
{
    switch (id) {
    case ExportSourceId::Predictions:
        return ExportWizardPageSource::tr("Air-quality predictions of every tenant: city, pollutant, value, "
                                          "model and forecast time.");
    case ExportSourceId::Models:
        return ExportWizardPageSource::tr("The prediction models with their status and error figures.");
    case ExportSourceId::TenantUsers:
        return ExportWizardPageSource::tr("The users of each tenant, pseudonymous unless you may and do ask "
                                          "for their names and e-mail addresses.");
    case ExportSourceId::Usage:
        return ExportWizardPageSource::tr("API requests and errors per tenant, endpoint and hour.");
    case ExportSourceId::AuditEvents:
        return ExportWizardPageSource::tr("The audit trail's events, pseudonymous unless you may and do ask "
                                          "for their personal parts.");
    }
    return {};
}

} // namespace

ExportWizardPageSource::ExportWizardPageSource(ExportWizard& wizard)
    : m_wizard(wizard)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("exportSourcePage"));
    setTitle(tr("What to export"));
    setSubTitle(tr("Choose the data to export. The next pages choose its columns, rows and file format."));
    auto* layout = new QVBoxLayout(this);
    const Session& session = wizard.session();
    for (const ExportSourceInfo& info : exportSources()) {
        auto* radio = new QRadioButton(info.label, this);
        radio->setObjectName(QStringLiteral("sourceRadio_") + info.name);
        QFont bold = radio->font();
        bold.setBold(true);
        radio->setFont(bold);
        auto* text = new QLabel(this);
        text->setObjectName(QStringLiteral("sourceNote_") + info.name);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setContentsMargins(24, 0, 0, 6);
        const bool allowed = isAllowed(info.id);
        if (allowed) {
            text->setText(sourceDescription(info.id));
        } else {
            // Say why instead of hiding it, so nobody hunts for a missing source.
            text->setText(session.can(Action::ExportData)
                    ? tr("Your role (%1) may not view %2, so it cannot export them.")
                          .arg(roleDisplayName(session.role()), info.label)
                    : tr("Your role (%1) may not export data.").arg(roleDisplayName(session.role())));
            // Readable, not greyed out: the reason is the point.
            QFont italic = text->font();
            italic.setItalic(true);
            text->setFont(italic);
        }
        radio->setEnabled(allowed);
        m_group->addButton(radio, int(info.id));
        layout->addWidget(radio);
        layout->addWidget(text);
    }
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            emit completeChanged();
    });
}

bool ExportWizardPageSource::isAllowed(ExportSourceId source) const
{
    const Session& s = m_wizard.session();
    return s.can(Action::ExportData) && s.can(ExportSourcePlan::viewAction(source));
}

QRadioButton* ExportWizardPageSource::button(ExportSourceId source) const
{
    return qobject_cast<QRadioButton*>(m_group->button(int(source)));
}

ExportSourceId ExportWizardPageSource::source() const
{
    const int id = m_group->checkedId();
    return id < 0 ? ExportSourceId::Predictions : ExportSourceId(id);
}

bool ExportWizardPageSource::setSource(ExportSourceId source)
{
    if (!isAllowed(source))
        return false;
    button(source)->setChecked(true);
    return true;
}

bool ExportWizardPageSource::isComplete() const
{
    return m_group->checkedId() >= 0;
}

int ExportWizardPageSource::nextId() const
{
    return ExportWizard::ColumnsPage;
}

} // namespace gc
