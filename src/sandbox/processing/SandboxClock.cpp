#include "sandbox/processing/SandboxClock.h"

#include "sandbox/store/SandboxDatabase.h"

SandboxClock::SandboxClock(SandboxDatabase &database)
    : m_database(database)
    , m_offset(database.meta(QStringLiteral("clock_offset_seconds"), QStringLiteral("0")).toLongLong())
{
}

QDateTime SandboxClock::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offset);
}

QString SandboxClock::nowText() const
{
    return now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+00:00");
}

QString SandboxClock::today() const
{
    return now().date().toString(Qt::ISODate);
}

qint64 SandboxClock::secondsToNextDay() const
{
    const QDateTime current = now();
    const QDateTime midnight(current.date().addDays(1), QTime(0, 0), Qt::UTC);
    // Rounded up: a client waiting exactly Retry-After seconds must land in the new day.
    return qMax<qint64>(1, (current.msecsTo(midnight) + 999) / 1000);
}

bool SandboxClock::advance(qint64 seconds)
{
    m_offset += seconds;
    return m_database.setMeta(QStringLiteral("clock_offset_seconds"), QString::number(m_offset));
}
