#pragma once

#include "core/journal/ImportPlan.h"
#include "core/journal/QuotaBudget.h"

#include <QDateTime>
#include <QString>

class ApiClient;
class ImportJournal;

// Today's quota of one API origin as this client has used it, kept in the journal across runs and
// processes (docs/engine.md, "Quota"). Quota days are UTC days (docs/api.md). The local count is advice:
// the server has the last word, and recordServerWindowOpened/UsedUp align the count with it.
class DailyQuota
{
public:
    // `client` lends its base URL (the origin the usage is counted for) at every call.
    DailyQuota(ImportJournal *journal, const ApiClient *client);

    void setLimits(qint64 entities, qint64 requests);
    QuotaBudget today() const;
    // What is left of a job over today's remaining quota and the following days.
    ImportPlan plan(const QString &jobId) const;

    void countRequest();   // every request, status polls included
    void countRows(qint64 rows);   // rows of a batch the server accepted
    // The server took a batch the count said would not fit: its window is new.
    void recordServerWindowOpened();
    // The server said today is used up (429): `status` and the next plan agree with it.
    void recordServerUsedUp();

    static QString todayKey();
    static QDateTime nextUtcMidnight();

private:
    QString origin() const;

    ImportJournal *m_journal;
    const ApiClient *m_client;
    QuotaBudget m_limits;
};
