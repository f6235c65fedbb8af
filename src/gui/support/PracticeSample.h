#pragma once

#include <QString>

// The practice sample embedded in the program (:/practice/kunden-export.csv): a German Excel
// export (Windows-1252, ';', CRLF, dd.MM.yyyy) with a naive datetime column, a DST-gap time,
// a bad phone number and a duplicate e-mail, so a newcomer meets every kind of warning.
namespace PracticeSample {
// Writes the sample to the user's data folder (readers need a real file) and returns its path,
// or an empty string with *error set.
QString materialize(QString *error);
// The mapping hints that come with the sample: its German "Letzter Kontakt" and "Umsatz 2024"
// columns go to the practice account's custom fields the header matcher cannot guess. Everything
// else is left to the matcher, and no time zone is set, so the newcomer meets the warning.
QByteArray mappingHints();
}
