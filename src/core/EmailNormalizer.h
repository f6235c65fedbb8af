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
};
