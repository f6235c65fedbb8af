#pragma once

#include <QString>
#include <QStringView>

// E-mail cells: trimmed, a practical syntax check (one @, a non-empty local part without spaces,
// a domain of dot-separated labels ending in a TLD of 2+ letters), the domain lower-cased and an
// international domain (müller.de) converted to punycode (xn--mller-kva.de) with QUrl::toAce.
// The local part is kept as written (it may be case-sensitive on the receiving server).
// Stateless and thread-safe.
class EmailNormalizer
{
public:
    struct Result
    {
        bool valid = false;
        QString address;   // normalised when valid
        QString message;   // why not, translated
    };
    static Result normalize(QStringView cell);
    // The same verdict; when the address is the cell's own text (trimmed, after any "mailto:")
    // with an ASCII domain without capitals, `address` stays null and *unchanged is that part of
    // `cell` — no string is built. Otherwise exactly normalize(cell).
    static Result normalize(QStringView cell, QStringView *unchanged);
};
