#pragma once

#include "export/ExportSourceCatalog.h"

#include <QWizardPage>

class QButtonGroup;
class QRadioButton;

namespace gc {

class ExportWizard;

/// Step 1: the five sources. One the role may not read is shown disabled, with the reason.
class ExportWizardPageSource final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ExportWizardPageSource(ExportWizard& wizard);

    [[nodiscard]] ExportSourceId source() const;
    /// Selects `source`; false when the role may not export it.
    bool setSource(ExportSourceId source);
    [[nodiscard]] bool isAllowed(ExportSourceId source) const;
    [[nodiscard]] QRadioButton* button(ExportSourceId source) const;

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

private:
    ExportWizard& m_wizard;
    QButtonGroup* m_group;
};

} // namespace gc
