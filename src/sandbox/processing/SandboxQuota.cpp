#include "sandbox/processing/SandboxQuota.h"

#include "sandbox/processing/SandboxClock.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

SandboxQuota::SandboxQuota(SandboxDatabase &database, SandboxClock &clock, qint64 dailyRequests, qint64 dailyEntities)
    : m_database(database)
    , m_clock(clock)
    , m_dailyRequests(dailyRequests)
    , m_dailyEntities(dailyEntities)
{
}

qint64 SandboxQuota::usage(const char *column) const
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT %1 FROM usage WHERE day = ?").arg(QLatin1String(column)));
    query.addBindValue(m_clock.today());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool SandboxQuota::add(const char *column, qint64 amount)
{
    QSqlQuery query(m_database.db());
    query.prepare(
        QStringLiteral("INSERT INTO usage(day, %1) VALUES(?, ?) ON CONFLICT(day) DO UPDATE SET %1 = %1 + excluded.%1")
            .arg(QLatin1String(column)));
    query.addBindValue(m_clock.today());
    query.addBindValue(amount);
    if (query.exec())
        return true;
    SandboxDatabase::report(QStringLiteral("counting usage"), query.lastError().text());
    return false;
}

bool SandboxQuota::countRequest()
{
    if (usage("requests") >= m_dailyRequests)
        return false;
    return add("requests", 1);
}

bool SandboxQuota::entitiesFit(qint64 entities) const
{
    return usage("entities") + entities <= m_dailyEntities;
}

bool SandboxQuota::addEntities(qint64 entities)
{
    return add("entities", entities);
}

qint64 SandboxQuota::requestsToday() const
{
    return usage("requests");
}

qint64 SandboxQuota::entitiesToday() const
{
    return usage("entities");
}
