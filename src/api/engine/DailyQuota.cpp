#include "api/engine/DailyQuota.h"

#include "api/http/ApiClient.h"
#include "api/http/UrlPolicy.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"

#include <QTimeZone>

DailyQuota::DailyQuota(ImportJournal *journal, const ApiClient *client)
    : m_journal(journal)
    , m_client(client)
{
}

void DailyQuota::setLimits(qint64 entities, qint64 requests)
{
    m_limits.dailyEntities = entities;
    m_limits.dailyRequests = requests;
}

QString DailyQuota::origin() const
{
    return UrlPolicy::origin(m_client->baseUrl());
}

QString DailyQuota::todayKey()
{
    // docs/api.md: quota days are UTC days.
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

QDateTime DailyQuota::nextUtcMidnight()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::utc());
}

QuotaBudget DailyQuota::today() const
{
    QuotaBudget budget = m_limits;
    m_journal->usage(origin(), todayKey(), &budget.usedEntities, &budget.usedRequests);
    return budget;
}

ImportPlan DailyQuota::plan(const QString &jobId) const
{
    QList<int> pending;
    qint64 sent = 0;
    for (const JournalBatch &b : m_journal->batches(jobId)) {
        if (b.state == BatchState::Planned || b.state == BatchState::Sending)
            pending << b.rowCount();
        else if (b.state == BatchState::Accepted || b.state == BatchState::Finished)
            sent += b.rowCount();
    }
    ImportPlan p = ImportPlanner::plan(pending, today());
    p.alreadySent = sent;
    return p;
}

void DailyQuota::countRequest()
{
    m_journal->addUsage(origin(), todayKey(), 0, 1);
}

void DailyQuota::countRows(qint64 rows)
{
    m_journal->addUsage(origin(), todayKey(), rows, 0);
}

void DailyQuota::recordServerWindowOpened()
{
    m_journal->setUsage(origin(), todayKey(), 0, 1);
}

void DailyQuota::recordServerUsedUp()
{
    const QuotaBudget b = today();
    m_journal->setUsage(origin(), todayKey(), qMax(b.usedEntities, b.dailyEntities), b.usedRequests);
}
