#include "app/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace AppTranslations {

QString install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString lang = locale.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    if (!language.isEmpty())
        QLocale::setDefault(locale);   // dates and numbers follow the chosen language too

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/mateo-import_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, file dialog) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

}
