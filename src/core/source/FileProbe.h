#pragma once

#include <QByteArray>
#include <QString>

// Recognises files that are not text tables by their first bytes, so the user hears
// "this is a PNG image" instead of seeing garbage columns.
class FileProbe
{
public:
    enum class Kind { Text, Zip, Binary };

    // `what` is set for Binary: a short translated name such as "a PNG image".
    static Kind probe(const QByteArray &head, QString *what);
};
