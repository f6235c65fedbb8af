#pragma once

#include <QString>

// UUIDs in the version-7 layout (millisecond time first, then random bits): new rows land at the
// end of the id index instead of at random places, which keeps bulk inserts fast. The random part
// comes from QRandomGenerator::global() (QUuid::createUuid draws on the system RNG per call,
// which is slow on some virtual machines).
class TimeOrderedUuid
{
public:
    static QString create();
};
