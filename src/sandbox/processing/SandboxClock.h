#pragma once

#include <QDateTime>

class SandboxDatabase;

// The sandbox's own clock: real UTC time plus an offset that /__sandbox/clock moves forward (so a
// test can reach the next quota day). The offset is stored, so it survives a restart.
class SandboxClock
{
public:
    explicit SandboxClock(SandboxDatabase &database);

    QDateTime now() const;
    QString nowText() const;   // 2024-03-15T14:30:00.123+00:00, as PostgREST prints timestamps
    QString today() const;   // the UTC day the quotas count in, YYYY-MM-DD
    qint64 secondsToNextDay() const;   // for Retry-After on 429
    qint64 offsetSeconds() const { return m_offset; }
    bool advance(qint64 seconds);

private:
    SandboxDatabase &m_database;
    qint64 m_offset = 0;
};
