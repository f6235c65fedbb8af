#pragma once

#include <QString>

// Strings that every row of a file shares (column headers, translated messages, consent states,
// region codes) interned for the life of the process and handed out as raw-data QStrings: copying
// one touches no reference count. Without this, worker threads copying the same QString into a
// million issues fight over one cache line (the count) and spend their time waiting.
// The pool only grows, by one entry per distinct text: a few kilobytes for a session.
class StringPool
{
public:
    static QString intern(const QString &text);
};
