#pragma once

#include <QString>

// A reason a row was not imported, as a person can act on it (ErrorCatalog::explain): what is
// wrong in plain words, naming the column as the file heads it and the value, and what to do next.
// The raw code and text stay in `detail` for support work (and the failed-rows export's
// error_detail column).
struct PlainError
{
    QString code;   // as stored: an API code ("23505", "PGRST204") or a pre-flight kind ("invalid_phone")
    QString title;   // a short name for lists and grouping ("WhatsApp number already used")
    QString message;   // the whole plain sentence
    QString hint;   // the next step
    QString detail;   // raw code and text (server), or the checker's own words (pre-flight)
    QString field;   // API key of the field concerned, when known ("whatsapp")
    QString column;   // source header of that field, when known ("Mobil")
    QString value;   // the value concerned, when known
    bool known = true;   // false: a code this version has no sentence for (detail keeps the raw text)
    bool rowLevel = true;   // false: the whole batch or request failed (key, limit, server), not the row
};
