#include "app/selftest/TranslationsCheck.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString TranslationsCheck::name() const
{
    return tr("Translations");
}

SelfCheck::Outcome TranslationsCheck::run()
{
    QStringList loaded;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
        QTranslator translator;
        // English is the source language: its file loads but may hold no messages; German must hold some.
        const bool ok = translator.load(QStringLiteral(":/i18n/mateo-import_%1.qm").arg(language)) &&
                        (language == QLatin1String("en") || !translator.isEmpty());
        if (!ok)
            return fail(tr("the embedded \"%1\" translation did not load").arg(language));
        loaded << language;
    }
    QTranslator qt;
    const bool qtGerman = qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return pass(qtGerman ? tr("%1; Qt's own German strings found").arg(loaded.join(QLatin1String(", ")))
                         : tr("%1; Qt's own German strings not found (standard buttons stay English)")
                               .arg(loaded.join(QLatin1String(", "))));
}
