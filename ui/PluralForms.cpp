#include "PluralForms.h"

#include <QCoreApplication>
#include <QTranslator>

namespace gc {

void installPluralForms(QCoreApplication& app)
{
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/geoconsole_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace gc
