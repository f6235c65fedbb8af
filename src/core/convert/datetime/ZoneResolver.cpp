#include "core/convert/datetime/ZoneResolver.h"

#include <QDateTime>

#include <algorithm>

ZoneResolver::ZoneResolver(const QByteArray &ianaId)
    : m_id(ianaId)
    , m_zone(ianaId)
{
    if (!m_zone.isValid())
        return;
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    m_tableStart = from.toSecsSinceEpoch();
    m_tableEnd = to.toSecsSinceEpoch();
    m_offsetBeforeFirst = m_zone.offsetFromUtc(from);
    const QTimeZone::OffsetDataList transitions = m_zone.transitions(from, to);
    int previous = m_offsetBeforeFirst;
    for (const QTimeZone::OffsetData &t : transitions) {
        if (t.offsetFromUtc == previous)
            continue;   // a change of name or DST flag only: the wall clock did not move
        m_at.append(t.atUtc.toSecsSinceEpoch());
        m_offsetAfter.append(t.offsetFromUtc);
        previous = t.offsetFromUtc;
    }
}

int ZoneResolver::offsetAtUtc(qint64 utcSeconds) const
{
    if (!m_zone.isValid())
        return 0;
    if (utcSeconds < m_tableStart || utcSeconds >= m_tableEnd)
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
    const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), utcSeconds);
    if (it == m_at.cbegin())
        return m_offsetBeforeFirst;
    return m_offsetAfter.at(int(it - m_at.cbegin()) - 1);
}

ZoneResolver::Resolution ZoneResolver::resolve(qint64 localSeconds) const
{
    Resolution r;
    // Fast path (nearly every value): no transition within two days of this wall time. Then the
    // general search below finds one candidate offset at all five probes, and the instant it
    // gives (less than a day away) lies in the same interval: a unique answer with that offset.
    // One binary search instead of ten.
    const qint64 from = localSeconds - 2 * 86400, to = localSeconds + 2 * 86400;
    if (from >= m_tableStart && to < m_tableEnd) {
        const auto it = std::upper_bound(m_at.cbegin(), m_at.cend(), from);
        if (it == m_at.cend() || *it > to) {
            const int o = it == m_at.cbegin() ? m_offsetBeforeFirst : m_offsetAfter.at(int(it - m_at.cbegin()) - 1);
            if (o > -2 * 86400 && o < 2 * 86400) {
                r.utc[0] = localSeconds - o;
                r.offset[0] = o;
                return r;
            }
        }
    }
    return resolveBySearch(localSeconds);
}

ZoneResolver::Resolution ZoneResolver::resolveBySearch(qint64 localSeconds) const
{
    Resolution r;
    // Every offset in force within two days of this wall time is a candidate; a candidate is real
    // when the instant it gives has that very offset. None: a gap. Two: an overlap.
    static const qint64 probes[] = {-2 * 86400, -86400, 0, 86400, 2 * 86400};
    int offsets[5];
    int distinct = 0;
    for (qint64 p : probes) {
        const int o = offsetAtUtc(localSeconds + p);
        if (std::find(offsets, offsets + distinct, o) == offsets + distinct)
            offsets[distinct++] = o;
    }
    int found = 0;
    for (int i = 0; i < distinct && found < 2; ++i) {
        const qint64 u = localSeconds - offsets[i];
        if (offsetAtUtc(u) == offsets[i]) {
            r.utc[found] = u;
            r.offset[found] = offsets[i];
            ++found;
        }
    }
    if (found == 1)
        return r;
    if (found == 2) {
        r.kind = Resolution::Kind::Overlap;
        if (r.utc[1] < r.utc[0]) {
            std::swap(r.utc[0], r.utc[1]);
            std::swap(r.offset[0], r.offset[1]);
        }
        return r;
    }
    r.kind = Resolution::Kind::Gap;
    const int before = offsetAtUtc(localSeconds - 2 * 86400);
    r.shiftedUtc = localSeconds - before;
    r.shiftedOffset = offsetAtUtc(r.shiftedUtc);
    return r;
}

QVector<int> ZoneResolver::offsets() const
{
    QVector<int> all{m_offsetBeforeFirst};
    for (int o : m_offsetAfter) {
        if (!all.contains(o))
            all.append(o);
    }
    return all;
}
