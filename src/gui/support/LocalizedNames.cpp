#include "gui/support/LocalizedNames.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <unicode/locid.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

namespace LocalizedNames {

namespace {

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

icu::Locale icuLocale(const QLocale &ui)
{
    return icu::Locale(ui.name().toLatin1().constData());
}

// TimeZoneNames per UI language: built once (it loads CLDR data), used from the UI thread only.
icu::TimeZoneNames *names(const QLocale &ui)
{
    static QString cachedFor;
    static std::unique_ptr<icu::TimeZoneNames> cached;
    if (!cached || cachedFor != ui.name()) {
        UErrorCode status = U_ZERO_ERROR;
        cached.reset(icu::TimeZoneNames::createInstance(icuLocale(ui), status));
        if (U_FAILURE(status))
            cached.reset();
        cachedFor = ui.name();
    }
    return cached.get();
}

UDate now()
{
    return UDate(QDateTime::currentMSecsSinceEpoch());
}

}

QString country(const QString &isoCode, const QLocale &ui)
{
    if (isoCode.size() != 2)
        return QString();
    const icu::Locale region("", isoCode.toUpper().toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(icuLocale(ui), name);
    const QString text = fromIcu(name);
    return text.compare(isoCode, Qt::CaseInsensitive) == 0 ? QString() : text;
}

QString country(QLocale::Territory territory, const QLocale &ui)
{
    return country(QLocale::territoryToCode(territory), ui);
}

QString language(const QString &isoCode, const QLocale &ui)
{
    const icu::Locale language(isoCode.toLatin1().constData());
    icu::UnicodeString name;
    language.getDisplayLanguage(icuLocale(ui), name);
    return fromIcu(name);
}

QString zoneCity(const QString &ianaId, const QLocale &ui)
{
    icu::UnicodeString city;
    if (icu::TimeZoneNames *n = names(ui))
        n->getExemplarLocationName(toIcu(ianaId), city);
    QString text = fromIcu(city);
    if (text.isEmpty())   // "America/Argentina/Buenos_Aires" -> "Buenos Aires"
        text = ianaId.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString zoneLongName(const QString &ianaId, const QLocale &ui)
{
    icu::UnicodeString name;
    if (icu::TimeZoneNames *n = names(ui))
        n->getDisplayName(toIcu(ianaId), UTZNM_LONG_GENERIC, now(), name);
    return fromIcu(name);
}

QStringList zoneShortNames(const QString &ianaId, const QLocale &ui)
{
    QStringList out;
    icu::TimeZoneNames *n = names(ui);
    if (!n)
        return out;
    for (const UTimeZoneNameType type : {UTZNM_SHORT_GENERIC, UTZNM_SHORT_STANDARD, UTZNM_SHORT_DAYLIGHT}) {
        icu::UnicodeString name;
        n->getDisplayName(toIcu(ianaId), type, now(), name);
        const QString text = fromIcu(name);
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}

QString metaZone(const QString &ianaId)
{
    icu::UnicodeString id;
    if (icu::TimeZoneNames *n = names(QLocale::c()))
        n->getMetaZoneID(toIcu(ianaId), now(), id);
    return fromIcu(id);
}

}
