#include "AppSetup.h"

#include "PluralForms.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gc {

void setUpApplication(const QString& lang)
{
    QCoreApplication::setOrganizationName(QStringLiteral("GeoClimate"));
    QCoreApplication::setApplicationName(QStringLiteral("geoconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GEOCONSOLE_VERSION));

    QLocale locale = QLocale::system();
    if (!lang.isEmpty()) {
        locale = QLocale(lang);
        QLocale::setDefault(locale);
    }
    auto* app = QCoreApplication::instance();
    // First, so that a catalogue of the locale, installed after it, is asked first.
    installPluralForms(*app);
    auto* own = new QTranslator(app);
    if (locale.language() != QLocale::English
        && own->load(locale, QStringLiteral("geoconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace gc
