#include "sandbox/store/TimeOrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

QString TimeOrderedUuid::create()
{
    static quint64 lastMs = 0;
    static quint16 sequence = 0;
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    // Monotonic within one process even within one millisecond (12-bit sequence in rand_a).
    if (ms <= lastMs) {
        ms = lastMs;
        if (++sequence > 0x0fff) {
            sequence = 0;
            ms = ++lastMs;
        }
    } else {
        sequence = 0;
    }
    lastMs = ms;
    const quint64 random = QRandomGenerator::global()->generate64();
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (40 - 8 * i)) & 0xff);
    bytes[6] = char(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = char(sequence & 0xff);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = char((random >> (56 - 8 * i)) & 0xff);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);   // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}
