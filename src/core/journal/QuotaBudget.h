#pragma once

#include <QtGlobal>

// The organisation's daily limits (docs/api.md: 25,000 entities and 10,000 requests a UTC day) and what
// this client has used of them today, as journaled across restarts.
struct QuotaBudget
{
    qint64 dailyEntities = 25000;
    qint64 dailyRequests = 10000;
    qint64 usedEntities = 0;
    qint64 usedRequests = 0;

    qint64 entitiesLeft() const { return qMax<qint64>(0, dailyEntities - usedEntities); }
    qint64 requestsLeft() const { return qMax<qint64>(0, dailyRequests - usedRequests); }
};
