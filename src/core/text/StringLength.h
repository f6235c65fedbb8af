#pragma once

#include <QString>

// Sets the length of an unshared string whose buffer already has room, as QString::resize does
// in that case, but inline: the CSV reader sets the length of every cell of every record, and the
// out-of-line call with its general checks was 5 % of reading a file. Returns false (and leaves
// the string alone) when the string is shared, null or too small; then use resize().
// Whether an unshared string's own buffer holds n >= 0 units (and its terminating zero).
inline bool hasRoomInPlace(QString *s, qsizetype n)
{
    const QStringPrivate &d = s->data_ptr();
    return !d.needsDetach() && d.size + d.freeSpaceAtEnd() >= n;
}

inline bool setLengthInPlace(QString *s, qsizetype n)
{
    if (n < 0 || !hasRoomInPlace(s, n))
        return false;
    QStringPrivate &d = s->data_ptr();
    d.size = n;
    d.data()[n] = u'\0';
    return true;
}
