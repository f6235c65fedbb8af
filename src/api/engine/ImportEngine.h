#pragma once

#include "api/engine/DailyQuota.h"
#include "api/engine/EtaEstimator.h"
#include "api/engine/ImportProgress.h"
#include "api/engine/ImportResult.h"
#include "api/engine/ImportState.h"
#include "api/http/ApiResult.h"
#include "api/http/RetryPolicy.h"
#include "core/journal/BatchState.h"
#include "core/journal/ImportPlan.h"
#include "core/journal/JournalBatch.h"
#include "core/journal/JournalJob.h"
#include "core/journal/QuotaBudget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiClient;
class ApiRequest;
class ImportJournal;
class StatusPoller;

// Carries one import job from the journal to the API: quota-aware batches, exactly-once sending,
// status polling, failed rows — and survives crashes, kills, timeouts, 429s and key changes by
// recording every step in the ImportJournal before acting on it. Headless: the CLI (`run`,
// `resume`) and the wizard's Import page drive the same object.
//
// Use:
//   const QString id = JobWriter(&journal, client.baseUrl()).write(path, source, ...);   // journals the job
//   ImportEngine engine(&journal, &client);
//   engine.start(id);                                                                   // also resumes a job
//
// Signals (all emitted on the engine's thread, in this order of a normal run):
//   started(jobId)                       the job is running (new or resumed)
//   planReady(plan)                      how the remaining rows spread over quota days
//   batchStateChanged(id, seq, state)    a batch moved planned→sending→accepted→finished (or split/rejected)
//   progress(snapshot)                   after every change: rows, batches, rows/s, ETA
//   retryCountdown(seconds, reason)      a wait before retrying began (5xx, timeout, short 429); count down locally
//   waitingForQuota(resumeAt, message)   the daily quota stops sending until resumeAt (UTC). Interactive
//                                        engines wait and continue by themselves; otherwise finished(QuotaStopped)
//                                        follows once the accepted batches are processed
//   authenticationRequired(message)      401/403: nothing is lost. Interactive: call setApiKey() + resume();
//                                        otherwise finished(AuthenticationRequired) follows
//   logMessage(text)                     a line for a log (never contains the API key)
//   finished(result)                     the run ended; result.exitCode() is the CLI's exit code
//   stateChanged(state)                  the job's ImportState changed (also in every progress snapshot)
// Slots: pause() (in-flight request completes, nothing new is sent; accepted batches are still polled
// and counted), resume(), cancel() (nothing new is sent; the request under way and every accepted
// batch still finish, then finished(Cancelled) with what the server did), setApiKey().
class ImportEngine : public QObject
{
    Q_OBJECT

public:
    ImportEngine(ImportJournal *journal, ApiClient *client, QObject *parent = nullptr);
    ~ImportEngine() override;

    // Settings (before start()).
    void setDailyLimits(qint64 entities, qint64 requests);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setPollIntervals(int initialMs, int maxMs);
    void setInteractive(bool interactive) { m_interactive = interactive; }   // GUI: wait for quota/key

    // What is left of a job, over today's remaining quota and the following days.
    ImportPlan plan(const QString &jobId) const;
    QuotaBudget budgetToday() const;

    void start(const QString &jobId);
    QString jobId() const { return m_job.id; }
    // The one place the job's state is decided (see ImportState); also in every progress() snapshot.
    ImportState state() const;
    ImportProgress currentProgress() const;
    // The page checks and journals a new job (JobWriter) before start(): shown as Preparing.
    void setPreparing(bool preparing);

public slots:
    void pause();
    void resume();
    void cancel();
    void setApiKey(const QString &key);

signals:
    void started(const QString &jobId);
    void planReady(const ImportPlan &plan);
    void batchStateChanged(qint64 batchId, int sequence, BatchState state);
    void progress(const ImportProgress &progress);
    void retryCountdown(int seconds, const QString &reason);
    void waitingForQuota(const QDateTime &resumeAt, const QString &message);
    void authenticationRequired(const QString &message);
    void logMessage(const QString &text);
    void finished(const ImportResult &result);
    void stateChanged(ImportState state);

private:
    enum class Phase { Idle, Running, Paused, Draining, WaitingQuota, WaitingAuth, Cancelling, Done };
    QString cancelSummary() const;

    void pump();
    void sendBatch(JournalBatch &batch);
    void reconcile(JournalBatch &batch);
    void onPostFinished(qint64 batchId, const ApiResult &result);
    void onReconciled(qint64 batchId, const ApiResult &result);
    void split(JournalBatch &batch, const ApiResult &result);
    void reject(JournalBatch &batch, const ApiResult &result);
    void accept(JournalBatch &batch, const QString &importId);

    void onPollFailed(const ApiResult &result, bool fetchingFailures);

    void handleRateLimit(const ApiResult &result);
    void handleTransient(const ApiResult &result);
    void quotaStop(const ApiResult &result);
    void authPause(const ApiResult &result);
    void stopWith(ImportResult::Outcome outcome, const QString &message);
    void journalFailed();
    void stopForConnection(const QString &message);   // resumable: the job pauses for the connection
    void scheduleRetry(int delayMs, const QString &reason);

    ApiRequest *track(ApiRequest *request);   // counts the request against today's quota
    void setState(JournalBatch &batch, BatchState state);
    JournalBatch *find(qint64 batchId);
    bool anyAccepted() const;
    void emitProgress();

    ImportJournal *m_journal;
    ApiClient *m_client;
    DailyQuota m_quota;
    RetryPolicy m_retry;
    bool m_interactive = false;

    JournalJob m_job;
    QList<JournalBatch> m_batches;
    Phase m_phase = Phase::Idle;
    QPointer<ApiRequest> m_sendRequest;   // the POST or the reconcile GET: one at a time
    StatusPoller *m_poller;   // follows accepted batches until processed
    QTimer m_retryTimer;
    QTimer m_quotaTimer;
    int m_failures = 0;   // consecutive transient failures
    int m_rateLimitHits = 0;   // consecutive 429s
    bool m_probeUsed = false;   // the server refused a POST past the local budget this session
    bool m_probing = false;   // the POST in flight goes past the local budget
    QString m_lastError;
    EtaEstimator m_eta;
    bool m_preparing = false;
    ImportResult::Outcome m_outcome = ImportResult::Outcome::Completed;
    ImportState m_lastState = ImportState::Idle;
    std::unique_ptr<QLockFile> m_lock;   // one engine per job, across processes (stale after a kill)
};
