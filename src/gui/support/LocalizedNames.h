#pragma once

#include <QLocale>
#include <QString>

// Country, language and time zone city names in the UI language (ICU's CLDR data: "Deutschland",
// "Österreich", "Wien" in German; "Germany", "Austria", "Vienna" in English). Qt 6.4's QLocale only
// names a territory in English or in its own language, so a German window would show "Germany" or
// "France"'s own "France" — never "Frankreich".
namespace LocalizedNames {

// "DE" -> "Deutschland" in a German UI. Empty for an unknown code.
QString country(const QString &isoCode, const QLocale &ui = QLocale());
QString country(QLocale::Territory territory, const QLocale &ui = QLocale());
// "de" -> "Deutsch".
QString language(const QString &isoCode, const QLocale &ui = QLocale());
// "Europe/Vienna" -> "Wien" (the city part of an IANA zone as people say it).
QString zoneCity(const QString &ianaId, const QLocale &ui = QLocale());
// "Europe/Berlin" -> "Mitteleuropäische Zeit", and its short names now ("MEZ", "MESZ"), when known.
QString zoneLongName(const QString &ianaId, const QLocale &ui = QLocale());
QStringList zoneShortNames(const QString &ianaId, const QLocale &ui = QLocale());
// ICU's metazone of a zone now ("Europe_Central", "America_Eastern"); groups zones by shared abbreviations.
QString metaZone(const QString &ianaId);

}
