#pragma once

#include <QByteArray>
#include <QTimeZone>
#include <QVector>

// Local wall-clock time -> UTC for one IANA zone, with spring-forward gaps and fall-back overlaps
// made visible (Qt 6.4 has no QDateTime::TransitionResolution, so we find them from the offsets).
// The zone's transitions 1900..2100 are read once into a sorted table; every lookup after that is a
// binary search, so one resolver is cheap, immutable and safe to share between threads.
// Nothing here depends on the machine's own time zone.
class ZoneResolver
{
public:
    explicit ZoneResolver(const QByteArray &ianaId);

    bool isValid() const { return m_zone.isValid(); }
    QByteArray id() const { return m_id; }

    // Offset (seconds east of UTC) in force at this UTC instant (seconds since the epoch).
    int offsetAtUtc(qint64 utcSeconds) const;

    struct Resolution
    {
        enum class Kind { Unique, Gap, Overlap };
        Kind kind = Kind::Unique;
        // Unique: [0]. Overlap: [0] earlier instant (larger offset), [1] later one.
        qint64 utc[2] = {0, 0};
        int offset[2] = {0, 0};
        // Gap: the instant reached by moving the wall clock forward by the gap's length, and its offset.
        qint64 shiftedUtc = 0;
        int shiftedOffset = 0;
    };
    // `localSeconds`: the wall-clock time written as if it were UTC seconds since the epoch.
    Resolution resolve(qint64 localSeconds) const;
    // The general search resolve() falls back to near a transition or outside 1900..2100; resolve()
    // must always agree with it (tst_zoneresolver compares both).
    Resolution resolveBySearch(qint64 localSeconds) const;

    // Every offset the zone used 1900..2100 (for precomputed messages).
    QVector<int> offsets() const;

private:
    QByteArray m_id;
    QTimeZone m_zone;
    QVector<qint64> m_at;   // transition instants (UTC seconds), ascending
    QVector<int> m_offsetAfter;   // offset from that instant on
    int m_offsetBeforeFirst = 0;
    qint64 m_tableEnd = 0;   // lookups past this ask QTimeZone directly
    qint64 m_tableStart = 0;
};
