#pragma once

#include <QStringView>

// QStringView::trimmed() without its out-of-line call for the usual cell, which starts and ends
// with a visible ASCII character and so has nothing to trim (QChar::isSpace is false for
// U+0021..U+007E). Every other cell goes to trimmed() itself: the result is always trimmed()'s.
namespace TrimmedView {
inline QStringView of(QStringView s)
{
    if (s.isEmpty())
        return s;
    const char16_t first = s.front().unicode(), last = s.back().unicode();
    if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f)
        return s;
    return s.trimmed();
}
}
