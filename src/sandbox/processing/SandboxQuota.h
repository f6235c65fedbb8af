#pragma once

#include <QtGlobal>

class SandboxClock;
class SandboxDatabase;

// The organisation's daily limits, counted per UTC day of the sandbox clock and stored (a restart
// does not reset them): every API request counts, and every entity of an accepted import.
class SandboxQuota
{
public:
    SandboxQuota(SandboxDatabase &database, SandboxClock &clock, qint64 dailyRequests, qint64 dailyEntities);

    // Counts one request; false when today's requests were used up already.
    bool countRequest();
    // Would `entities` more still fit today? (Checked before an import is stored.)
    bool entitiesFit(qint64 entities) const;
    // Adds accepted entities; call inside the transaction that stores the import.
    bool addEntities(qint64 entities);

    qint64 requestsToday() const;
    qint64 entitiesToday() const;
    qint64 dailyRequests() const { return m_dailyRequests; }
    qint64 dailyEntities() const { return m_dailyEntities; }

private:
    qint64 usage(const char *column) const;
    bool add(const char *column, qint64 amount);

    SandboxDatabase &m_database;
    SandboxClock &m_clock;
    qint64 m_dailyRequests;
    qint64 m_dailyEntities;
};
