#pragma once

#include <QString>

// Sets the length of an unshared string whose buffer already has room, as QString::resize does
// in that case, but inline: the CSV reader sets the length of every cell of every record, and the
// out-of-line call with its general checks was 5 % of reading a file. Returns false (and leaves
// the string alone) when the string is shared, null or too small; then use resize().
inline bool setLengthInPlace(QString *s, qsizetype n)
{
    QStringPrivate &d = s->data_ptr();
    if (n < 0 || d.needsDetach() || d.size + d.freeSpaceAtEnd() < n)
        return false;
    d.size = n;
    d.data()[n] = u'\0';
    return true;
}
