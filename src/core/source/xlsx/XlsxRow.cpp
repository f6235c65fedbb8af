#include "core/source/xlsx/XlsxRow.h"

QStringList XlsxRow::toStringList() const
{
    QStringList cells;
    cells.reserve(size());
    for (int i = 0; i < size(); ++i)
        cells.append(QString::fromUtf8(cell(i)));
    return cells;
}

bool XlsxRow::isBlank() const
{
    for (int i = 0; i < size(); ++i) {
        const QByteArrayView c = cell(i);
        bool ascii = true;
        for (char b : c) {
            if (b & 0x80) {
                ascii = false;
            } else if (b != ' ' && (b < '\t' || b > '\r')) {
                return false;   // an ASCII character that is not white space
            }
        }
        if (!ascii && !QString::fromUtf8(c).trimmed().isEmpty())   // non-breaking and other Unicode spaces
            return false;
    }
    return true;
}
