#pragma once

#include "api/http/ApiResult.h"
#include "core/journal/JournalBatch.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ApiRequest;
class ImportJournal;

// Follows the batches the server accepted until it has processed them: `GET /import?id=in.(…)`
// (at most 50 a request), journals their counts, and for a batch with failures fetches its
// `failed[]` (or the `failed_url` download) and matches them to their source rows before the batch
// is marked finished. Polls back off ×1.5 while nothing changes (docs/engine.md).
//
// Owned by the ImportEngine, which keeps the batch list and decides what an error means:
// pollFailed() hands every failed request back, settled() says "nothing of mine is under way,
// continue". It never sends a POST and never changes a batch's state other than accepted→finished.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    StatusPoller(ImportJournal *journal, ApiClient *client, QObject *parent = nullptr);

    void setIntervals(int initialMs, int maxMs);
    // A new run over `batches` (the engine's list; read by batch id, never held across calls).
    void begin(QList<JournalBatch> *batches);
    // No more answers are acted on; the request under way is aborted.
    void end();
    // Paused: no new poll starts; answers of the request under way are still journaled.
    void setPaused(bool paused) { m_paused = paused; }

    // Poll after the current interval, unless a poll is already due or under way.
    void schedule();
    // Something changed (a batch accepted): the next poll comes soon again.
    void resetInterval() { m_intervalMs = m_initialMs; }
    // After a failed poll: wait longer (at least retryAfterMs), then poll again.
    void backOff(qint64 retryAfterMs);
    void stopTimer() { m_timer.stop(); }
    bool hasQueuedFailures() const { return !m_failureQueue.isEmpty(); }
    bool isBusy() const { return m_pollRequest || m_failureRequest || m_timer.isActive(); }

signals:
    void requestStarted();   // counts against the daily request budget
    void answered();   // a poll succeeded: the connection works
    void countsChanged();   // counts journaled; the progress changed
    void batchFinished(qint64 batchId);   // journaled as finished with its failed rows
    void pollFailed(const ApiResult &result, bool fetchingFailures);
    void settled();   // nothing of the poller's is under way: the engine continues (pump)
    void logMessage(const QString &text);
    void journalFailed();

private:
    void poll();
    void onPolled(const ApiResult &result);
    void fetchFailures();
    void onFailuresFetched(qint64 batchId, const ApiResult &result);
    void finishBatchWithFailures(qint64 batchId, const QJsonArray &entries);
    ApiRequest *track(ApiRequest *request);
    JournalBatch *find(qint64 batchId);

    ImportJournal *m_journal;
    ApiClient *m_client;
    QList<JournalBatch> *m_batches = nullptr;
    QTimer m_timer;
    QPointer<ApiRequest> m_pollRequest;
    QPointer<ApiRequest> m_failureRequest;
    QList<qint64> m_failureQueue;   // finished batches whose failed[] must be fetched
    int m_initialMs = 2000;
    int m_maxMs = 30000;
    int m_intervalMs = 2000;
    bool m_active = false;
    bool m_paused = false;
};
