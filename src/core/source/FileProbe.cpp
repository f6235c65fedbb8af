#include "core/source/FileProbe.h"

#include <QCoreApplication>

FileProbe::Kind FileProbe::probe(const QByteArray &head, QString *what)
{
    struct Magic
    {
        const char *bytes;
        int size;
        const char *name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("FileProbe", "a PNG image")},
        {"\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("FileProbe", "a JPEG image")},
        {"GIF8", 4, QT_TRANSLATE_NOOP("FileProbe", "a GIF image")},
        {"%PDF", 4, QT_TRANSLATE_NOOP("FileProbe", "a PDF document")},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8,
         QT_TRANSLATE_NOOP("FileProbe", "an old Excel .xls workbook (save it as .xlsx or CSV)")},
        {"\x1f\x8b", 2, QT_TRANSLATE_NOOP("FileProbe", "a gzip archive")},
        {"7z\xbc\xaf\x27\x1c", 6, QT_TRANSLATE_NOOP("FileProbe", "a 7-Zip archive")},
        {"SQLite format 3", 15, QT_TRANSLATE_NOOP("FileProbe", "an SQLite database")},
    };
    if (head.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return Kind::Zip;
    for (const Magic &m : magics) {
        if (head.startsWith(QByteArrayView(m.bytes, m.size))) {
            if (what)
                *what = QCoreApplication::translate("FileProbe", m.name);
            return Kind::Binary;
        }
    }
    // Text has no NUL bytes unless it is UTF-16 (which has them in every other byte).
    const qsizetype n = std::min<qsizetype>(head.size(), 8192);
    qsizetype nulEven = 0, nulOdd = 0, control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(head.at(i));
        if (c == 0)
            ++((i % 2) ? nulOdd : nulEven);
        else if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1a && c != 0x1b))
            ++control;
    }
    const bool utf16Like = (nulOdd > n / 8 && nulEven < nulOdd / 8) || (nulEven > n / 8 && nulOdd < nulEven / 8);
    if ((nulEven + nulOdd > std::max<qsizetype>(2, n / 100) && !utf16Like) || (!utf16Like && control > n / 10)) {
        if (what)
            *what = QCoreApplication::translate("FileProbe", "a binary file");
        return Kind::Binary;
    }
    return Kind::Text;
}
