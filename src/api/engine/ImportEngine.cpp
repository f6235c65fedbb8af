#include "api/engine/ImportEngine.h"

#include "api/engine/BatchRefusal.h"
#include "api/engine/ImportRequests.h"
#include "api/engine/StatusPoller.h"
#include "api/http/ApiClient.h"
#include "api/http/ApiRequest.h"
#include "api/http/UrlPolicy.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"

#include <QDir>
#include <QFileInfo>

ImportEngine::ImportEngine(ImportJournal *journal, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
    , m_quota(journal, client)
    , m_poller(new StatusPoller(journal, client, this))
{
    m_retryTimer.setSingleShot(true);
    m_quotaTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        pump();
        emitProgress();
    });
    connect(m_poller, &StatusPoller::requestStarted, this, [this] { m_quota.countRequest(); });
    connect(m_poller, &StatusPoller::answered, this, [this] { m_failures = 0; });
    connect(m_poller, &StatusPoller::countsChanged, this, &ImportEngine::emitProgress);
    connect(m_poller, &StatusPoller::batchFinished, this, [this](qint64 batchId) {
        if (JournalBatch *b = find(batchId))
            setState(*b, BatchState::Finished);
    });
    connect(m_poller, &StatusPoller::pollFailed, this, &ImportEngine::onPollFailed);
    connect(m_poller, &StatusPoller::settled, this, &ImportEngine::pump);
    connect(m_poller, &StatusPoller::logMessage, this, &ImportEngine::logMessage);
    connect(m_poller, &StatusPoller::journalFailed, this, &ImportEngine::journalFailed);
    connect(&m_quotaTimer, &QTimer::timeout, this, &ImportEngine::resume);
}

ImportEngine::~ImportEngine() = default;

void ImportEngine::setDailyLimits(qint64 entities, qint64 requests)
{
    m_quota.setLimits(entities, requests);
}

void ImportEngine::setPollIntervals(int initialMs, int maxMs)
{
    m_poller->setIntervals(initialMs, maxMs);
}

void ImportEngine::setApiKey(const QString &key)
{
    m_client->setApiKey(key);
}

QuotaBudget ImportEngine::budgetToday() const
{
    return m_quota.today();
}

ImportPlan ImportEngine::plan(const QString &jobId) const
{
    return m_quota.plan(jobId);
}

void ImportEngine::start(const QString &jobId)
{
    const auto job = m_journal->job(jobId);
    if (!job) {
        m_job.id = jobId;
        stopWith(ImportResult::Outcome::JournalError,
                 tr("No import job %1 in the journal %2. Run \"mateo-import status\" to list the jobs.")
                     .arg(jobId, m_journal->filePath()));
        return;
    }
    m_job = *job;
    // Two engines on one job (the wizard and `resume`, say) could both send a planned batch.
    m_lock = std::make_unique<QLockFile>(
        QFileInfo(m_journal->filePath()).dir().filePath(QStringLiteral("job-%1.lock").arg(jobId)));
    m_lock->setStaleLockTime(0);   // only a dead owner makes it stale, never its age
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        stopWith(ImportResult::Outcome::JournalError,
                 tr("Import job %1 is being worked on by another mateo-import (process %2). Wait for it to end, or "
                    "end it, then try again.")
                     .arg(jobId)
                     .arg(pid));
        return;
    }
    m_batches = m_journal->batches(jobId);
    m_phase = Phase::Running;
    m_failures = 0;
    m_rateLimitHits = 0;
    m_probeUsed = false;
    m_probing = false;
    m_poller->begin(&m_batches);
    if (m_job.isUnfinished() && m_job.state != JournalJob::State::Running)
        m_journal->setJobState(m_job.id, JournalJob::State::Running);
    emit started(m_job.id);
    emit planReady(plan(m_job.id));
    m_preparing = false;
    m_eta.reset();
    emitProgress();
    // Finished batches whose failures were not fetched yet (killed in between) are Accepted still.
    pump();
}

void ImportEngine::pause()
{
    if (m_phase != Phase::Running && m_phase != Phase::WaitingQuota)
        return;
    m_phase = Phase::Paused;
    m_retryTimer.stop();
    m_quotaTimer.stop();
    m_eta.reset();
    m_journal->setJobState(m_job.id, JournalJob::State::Paused, tr("paused by the user"));
    emit logMessage(tr("Paused. Nothing new is sent; the request under way completes."));
    // Batches the server already accepted keep being followed and counted (docs/engine.md).
    pump();
    emitProgress();
}

void ImportEngine::resume()
{
    if (m_phase != Phase::Paused && m_phase != Phase::WaitingQuota && m_phase != Phase::WaitingAuth)
        return;
    m_phase = Phase::Running;
    m_failures = 0;
    m_rateLimitHits = 0;
    m_probeUsed = false;
    m_quotaTimer.stop();
    m_poller->setPaused(false);
    m_eta.reset();
    m_journal->setJobState(m_job.id, JournalJob::State::Running);
    emit started(m_job.id);
    emit planReady(plan(m_job.id));
    pump();
}

void ImportEngine::cancel()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle || m_phase == Phase::Cancelling)
        return;
    // Nothing new is sent from now on (the journal says so at once, for a crash meanwhile). The POST
    // under way is not cut off — its batch may be stored already — and every batch the server accepted
    // is followed until it is processed, so the results show what the server did.
    m_journal->setJobState(m_job.id, JournalJob::State::Cancelled, tr("cancelled by the user"));
    m_phase = Phase::Cancelling;
    m_retryTimer.stop();
    m_quotaTimer.stop();
    m_poller->setPaused(false);
    m_eta.reset();
    emit logMessage(tr("Cancelled. Nothing new is sent; batches the server already accepted still finish."));
    emitProgress();
    pump();
}

QString ImportEngine::cancelSummary() const
{
    const ImportProgress p = ImportProgress::count(m_job, m_batches);
    return tr("Import cancelled: %L1 rows imported, %L2 failed on the server, %L3 not sent.")
        .arg(p.successRows)
        .arg(p.failedRows)
        .arg(p.rowsNotSent + p.rowsUnknown);
}

JournalBatch *ImportEngine::find(qint64 batchId)
{
    for (JournalBatch &b : m_batches) {
        if (b.id == batchId)
            return &b;
    }
    return nullptr;
}

bool ImportEngine::anyAccepted() const
{
    for (const JournalBatch &b : m_batches) {
        if (b.state == BatchState::Accepted)
            return true;
    }
    return false;
}

void ImportEngine::setState(JournalBatch &batch, BatchState state)
{
    batch.state = state;
    emit batchStateChanged(batch.id, batch.sequence, state);
}

ApiRequest *ImportEngine::track(ApiRequest *request)
{
    // Every request counts against the daily request budget, status polls included.
    m_quota.countRequest();
    return request;
}

void ImportEngine::pump()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle || m_phase == Phase::WaitingAuth)
        return;
    if (m_phase == Phase::Running && !m_sendRequest && !m_retryTimer.isActive()) {
        // A batch that may have been stored is reconciled before anything else is sent.
        for (JournalBatch &b : m_batches) {
            if (b.state == BatchState::Sending) {
                reconcile(b);
                return;
            }
        }
        for (JournalBatch &b : m_batches) {
            if (b.state != BatchState::Planned)
                continue;
            if (!ImportPlanner::fitsToday(b.rowCount(), budgetToday())) {
                if (m_probeUsed) {
                    ApiResult none;
                    quotaStop(none);
                    return;
                }
                // The local count says today is used up; the server has the last word (its day may have
                // turned already, or the organisation's limit is higher). The POST finds out: 201 starts a
                // new window, 429 stops.
                m_probing = true;
            }
            sendBatch(b);
            return;
        }
    }
    if (m_sendRequest || m_retryTimer.isActive())
        return;
    if (anyAccepted() || m_poller->hasQueuedFailures()) {
        m_poller->schedule();
        return;
    }
    bool pending = false;
    for (const JournalBatch &b : m_batches)
        pending = pending || b.state == BatchState::Planned || b.state == BatchState::Sending;
    if (m_phase == Phase::Cancelling && pending) {
        stopWith(ImportResult::Outcome::Cancelled, cancelSummary());
        return;
    }
    // A pause or a cancel that came while the last batch was on its way stopped nothing: every row
    // was sent and the server is done, so the import ends finished, as the server sees it (issue 15;
    // a "Paused" or "Cancelled" job with nothing left would tell the user something untrue).
    if ((m_phase == Phase::Running || m_phase == Phase::Paused || m_phase == Phase::Cancelling) && !pending) {
        // Skipped rows are among the failed rows (handed back with their reason) but are no failure.
        const qint64 notImported = m_journal->failedRowCount(m_job.id);
        const qint64 failed = qMax<qint64>(0, notImported - m_job.skippedRows);
        const ImportProgress p = currentProgress();
        m_journal->setJobState(m_job.id, JournalJob::State::Finished);
        const QString summary = tr("Import finished: %L1 rows imported, %L2 failed or invalid, %L3 skipped.")
                                    .arg(p.successRows)
                                    .arg(failed)
                                    .arg(m_job.skippedRows);
        // A skipped row is not imported either: the run is not a plain success (exit 1).
        stopWith(notImported > 0 ? ImportResult::Outcome::CompletedWithFailures : ImportResult::Outcome::Completed,
                 summary);
    } else if (m_phase == Phase::Draining) {
        stopWith(ImportResult::Outcome::QuotaStopped, m_lastError);
    }
}

void ImportEngine::sendBatch(JournalBatch &batch)
{
    const QByteArray payload = m_journal->payload(batch.id);
    if (ImportPlanner::payloadHash(payload) != batch.payloadHash) {
        stopWith(ImportResult::Outcome::JournalError,
                 tr("Batch %1 in the journal %2 is damaged (its payload does not match its hash). Nothing of it "
                    "was sent; start the import again from the file.")
                     .arg(batch.referenceId, m_journal->filePath()));
        return;
    }
    // Durable BEFORE the request leaves: after a crash this batch is reconciled, never blindly resent.
    if (!m_journal->markSending(batch.id)) {
        journalFailed();
        return;
    }
    ++batch.attempts;
    setState(batch, BatchState::Sending);

    ApiRequest *request = track(ImportRequests::postBatch(*m_client, m_job, batch, payload));
    m_sendRequest = request;
    const qint64 id = batch.id;
    connect(request, &ApiRequest::finished, this, [this, id](const ApiResult &r) { onPostFinished(id, r); });
    request->start();
}

void ImportEngine::reconcile(JournalBatch &batch)
{
    emit logMessage(tr("Checking whether batch %1 reached the server before sending it again.").arg(batch.referenceId));
    ApiRequest *request = track(ImportRequests::findByReference(*m_client, batch.referenceId));
    m_sendRequest = request;
    const qint64 id = batch.id;
    connect(request, &ApiRequest::finished, this, [this, id](const ApiResult &r) { onReconciled(id, r); });
    request->start();
}

void ImportEngine::accept(JournalBatch &batch, const QString &importId)
{
    if (!m_journal->markAccepted(batch.id, importId)) {
        journalFailed();
        return;
    }
    m_quota.countRows(batch.rowCount());
    batch.importId = importId;
    setState(batch, BatchState::Accepted);
    m_failures = 0;
    m_rateLimitHits = 0;
    m_poller->resetInterval();
    emitProgress();
}

void ImportEngine::onPostFinished(qint64 batchId, const ApiResult &r)
{
    m_sendRequest = nullptr;
    JournalBatch *batch = find(batchId);
    if (!batch || m_phase == Phase::Done)
        return;
    if (r.ok()) {
        const QString importId = ImportRequests::importIdFrom(r.json);
        if (importId.isEmpty()) {
            // Stored or not? Unknown: stays `sending` and is reconciled by reference_id.
            handleTransient(r);
            return;
        }
        if (m_probing) {
            // The server took a batch our count said would not fit: its quota window is new.
            m_quota.recordServerWindowOpened();
            m_probing = false;
        }
        accept(*batch, importId);
        pump();
        return;
    }
    if (r.kind == ApiResult::Kind::Cancelled)
        return;   // pause/cancel: stays `sending`, reconciled on resume
    if (m_phase == Phase::Cancelling) {
        // Nothing is retried any more. Refused before storing: never sent. A 4xx: handed back. Anything
        // else leaves the batch `sending` (its outcome unknown; the account's history shows it if stored).
        if (r.isAuthError() || r.isRateLimited()) {
            m_journal->markPlanned(batchId, r.errorText);
            setState(*batch, BatchState::Planned);
        } else if (r.kind == ApiResult::Kind::HttpError && r.httpStatus >= 400 && r.httpStatus < 500 &&
                   r.httpStatus != 408 && r.httpStatus != 404 && r.httpStatus != 413) {
            reject(*batch, r);
            return;
        }
        pump();
        return;
    }
    if (r.isRateLimited() && m_probing)
        m_probeUsed = true;
    m_probing = false;
    if (r.isAuthError() || r.isRateLimited()) {
        // Refused before storing: the batch may be sent again as it is.
        m_journal->markPlanned(batchId, r.errorText);
        setState(*batch, BatchState::Planned);
        if (r.isAuthError())
            authPause(r);
        else
            handleRateLimit(r);
        return;
    }
    if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 413) {
        split(*batch, r);
        return;
    }
    if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 404) {
        m_journal->markPlanned(batchId, r.errorText);
        setState(*batch, BatchState::Planned);
        stopForConnection(r.errorText);
        return;
    }
    if (r.kind == ApiResult::Kind::HttpError && r.httpStatus >= 400 && r.httpStatus < 500 && r.httpStatus != 408) {
        reject(*batch, r);
        return;
    }
    if (r.kind == ApiResult::Kind::Redirect || r.kind == ApiResult::Kind::Tls) {
        stopForConnection(r.errorText);
        return;
    }
    handleTransient(r);   // 5xx, timeout, reset: stays `sending` → reconciled before any resend
}

void ImportEngine::onReconciled(qint64 batchId, const ApiResult &r)
{
    m_sendRequest = nullptr;
    JournalBatch *batch = find(batchId);
    if (!batch || m_phase == Phase::Done)
        return;
    if (r.ok()) {
        const QString importId = ImportRequests::importIdFrom(r.json);
        if (!importId.isEmpty()) {
            emit logMessage(tr("Batch %1 had reached the server (import %2); it is not sent again.")
                                .arg(batch->referenceId, importId));
            accept(*batch, importId);
        } else {
            if (!m_journal->markPlanned(batchId, tr("not stored by the server; sent again"))) {
                journalFailed();
                return;
            }
            setState(*batch, BatchState::Planned);
        }
        pump();
        return;
    }
    if (r.kind == ApiResult::Kind::Cancelled)
        return;
    if (r.isAuthError()) {
        authPause(r);
        return;
    }
    if (r.isRateLimited()) {
        handleRateLimit(r);
        return;
    }
    if (r.kind == ApiResult::Kind::Redirect || r.kind == ApiResult::Kind::Tls ||
        (r.kind == ApiResult::Kind::HttpError && r.httpStatus >= 400 && r.httpStatus < 500)) {
        stopForConnection(r.errorText);
        return;
    }
    handleTransient(r);
}

void ImportEngine::split(JournalBatch &batch, const ApiResult &r)
{
    bool ok = true;
    const QList<JournalBatch> children = BatchRefusal::splitInTwo(*m_journal, batch, &ok);
    if (!ok) {
        journalFailed();
        return;
    }
    if (children.isEmpty()) {
        reject(batch, r);   // a single row too large for the server: hand it back
        return;
    }
    emit logMessage(tr("Batch %1 was too large for the server (413); sending it as two batches of %L2 and %L3 rows.")
                        .arg(batch.referenceId)
                        .arg(children.at(0).rowCount())
                        .arg(children.at(1).rowCount()));
    setState(batch, BatchState::Split);
    const qint64 parentId = batch.id;
    // Insert the children right after their parent so they go next (the reference is invalidated here).
    int at = 0;
    while (at < m_batches.size() && m_batches.at(at).id != parentId)
        ++at;
    for (int i = 0; i < children.size(); ++i) {
        m_batches.insert(at + 1 + i, children.at(i));
        emit batchStateChanged(children.at(i).id, children.at(i).sequence, BatchState::Planned);
    }
    emitProgress();
    pump();
}

void ImportEngine::reject(JournalBatch &batch, const ApiResult &r)
{
    const QList<FailedRow> rows = BatchRefusal::rowsOf(*m_journal, batch, r);
    if (!m_journal->markRejected(batch.id, r.errorText, rows)) {
        journalFailed();
        return;
    }
    batch.failedCount = rows.size();
    setState(batch, BatchState::Rejected);
    emit logMessage(r.errorText);
    emitProgress();
    pump();
}

void ImportEngine::onPollFailed(const ApiResult &r, bool fetchingFailures)
{
    if (m_phase == Phase::Done)
        return;
    if (m_phase == Phase::Cancelling && (r.isAuthError() || r.isRateLimited())) {
        stopWith(ImportResult::Outcome::Cancelled, cancelSummary() + QLatin1Char(' ') + r.errorText);
        return;
    }
    if (r.isAuthError()) {
        authPause(r);
        return;
    }
    if (!fetchingFailures && r.isRateLimited() && (r.retryAfterMs > m_retry.longWaitMs || m_phase == Phase::Draining)) {
        quotaStop(r);
        return;
    }
    if (fetchingFailures)
        emit logMessage(r.errorText);
    if (++m_failures >= m_retry.maxAttempts) {
        if (!fetchingFailures)
            stopForConnection(r.errorText);
        return;
    }
    if (!fetchingFailures)
        emit logMessage(r.errorText);
    m_poller->backOff(fetchingFailures ? 0 : r.retryAfterMs);
}

void ImportEngine::handleRateLimit(const ApiResult &r)
{
    ++m_rateLimitHits;
    const bool quotaUsedUp = !ImportPlanner::fitsToday(0, budgetToday()) || m_probeUsed;
    if (r.retryAfterMs > m_retry.longWaitMs || (r.retryAfterMs < 0 && m_rateLimitHits > m_retry.maxAttempts) ||
        (quotaUsedUp && r.retryAfterMs < 0)) {
        quotaStop(r);
        return;
    }
    const int delay = r.retryAfterMs >= 0 ? int(r.retryAfterMs) : m_retry.backoffMs(m_rateLimitHits - 1);
    scheduleRetry(delay, r.errorText);
}

void ImportEngine::handleTransient(const ApiResult &r)
{
    ++m_failures;
    emit logMessage(r.errorText);
    if (m_failures >= m_retry.maxAttempts) {
        m_journal->setJobState(m_job.id, JournalJob::State::PausedConnection, r.errorText);
        stopWith(ImportResult::Outcome::ConnectionFailed,
                 tr("%1\nGave up after %2 attempts. Nothing is lost: run \"mateo-import resume\" when the "
                    "server is reachable again.")
                     .arg(r.errorText)
                     .arg(m_failures));
        return;
    }
    int delay = m_retry.backoffMs(m_failures - 1);
    if (r.retryAfterMs >= 0 && r.retryAfterMs <= m_retry.longWaitMs)
        delay = int(r.retryAfterMs);
    scheduleRetry(delay, r.errorText);
}

void ImportEngine::scheduleRetry(int delayMs, const QString &reason)
{
    emit retryCountdown((delayMs + 999) / 1000, reason);
    m_retryTimer.start(delayMs);
    emitProgress();
}

void ImportEngine::quotaStop(const ApiResult &r)
{
    m_probeUsed = true;
    const QDateTime resumeAt = r.retryAfterMs >= 0 ? QDateTime::currentDateTimeUtc().addMSecs(r.retryAfterMs)
                                                   : DailyQuota::nextUtcMidnight();
    if (r.isRateLimited()) {
        // The server says today is used up: remember it, so `status` and the next plan agree.
        m_quota.recordServerUsedUp();
    }
    const ImportPlan p = plan(m_job.id);
    m_lastError = tr("The daily quota is used up; %L1 rows are left. The import can continue from %2 UTC: run "
                     "\"mateo-import resume\" then.")
                      .arg(p.rows)
                      .arg(resumeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_journal->setJobState(m_job.id, JournalJob::State::PausedQuota, m_lastError);
    m_eta.reset();
    emit waitingForQuota(resumeAt, m_lastError);
    if (m_interactive) {
        m_phase = Phase::WaitingQuota;
        m_quotaTimer.start(
            int(qBound<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(resumeAt), qint64(24) * 3600 * 1000)));
    } else {
        m_phase = Phase::Draining;   // wait for the accepted batches, then finish(QuotaStopped)
    }
    pump();
}

void ImportEngine::authPause(const ApiResult &r)
{
    m_retryTimer.stop();
    m_poller->stopTimer();
    m_poller->setPaused(true);
    m_journal->setJobState(m_job.id, JournalJob::State::PausedAuth, r.errorText);
    m_phase = Phase::WaitingAuth;
    emitProgress();
    emit authenticationRequired(r.errorText);
    if (!m_interactive)
        stopWith(ImportResult::Outcome::AuthenticationRequired, r.errorText);
}

void ImportEngine::stopForConnection(const QString &message)
{
    m_journal->setJobState(m_job.id, JournalJob::State::PausedConnection, message);
    stopWith(ImportResult::Outcome::ConnectionFailed, message);
}

void ImportEngine::journalFailed()
{
    stopWith(ImportResult::Outcome::JournalError, m_journal->lastError());
}

void ImportEngine::stopWith(ImportResult::Outcome outcome, const QString &message)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_outcome = outcome;
    m_retryTimer.stop();
    m_quotaTimer.stop();
    m_poller->end();
    if (m_sendRequest)
        m_sendRequest->abort();
    if (m_lock)
        m_lock->unlock();   // the run ended: another engine (or process) may take the job now
    ImportResult result;
    result.outcome = outcome;
    result.jobId = m_job.id;
    result.message = message;
    const ImportProgress p = currentProgress();
    result.successRows = p.successRows;
    result.failedRows = m_job.id.isEmpty() ? 0 : m_journal->failedRowCount(m_job.id);
    result.skippedRows = m_job.skippedRows;
    if (outcome == ImportResult::Outcome::QuotaStopped)
        result.resumeAt = DailyQuota::nextUtcMidnight();
    emitProgress();
    emit finished(result);
}

ImportState ImportEngine::state() const
{
    switch (m_phase) {
    case Phase::Idle:
        return m_preparing ? ImportState::Preparing : ImportState::Idle;
    case Phase::Paused:
        return ImportState::Paused;
    case Phase::WaitingQuota:
    case Phase::Draining:
        return ImportState::WaitingForQuota;
    case Phase::WaitingAuth:
        return ImportState::WaitingForKey;
    case Phase::Cancelling:
        return ImportState::Cancelling;
    case Phase::Done:
        switch (m_outcome) {
        case ImportResult::Outcome::Completed:
        case ImportResult::Outcome::CompletedWithFailures:
            return ImportState::Finished;
        case ImportResult::Outcome::Cancelled:
            return ImportState::Cancelled;
        case ImportResult::Outcome::QuotaStopped:
            return ImportState::WaitingForQuota;
        case ImportResult::Outcome::AuthenticationRequired:
            return ImportState::WaitingForKey;
        default:
            return ImportState::Failed;
        }
    case Phase::Running:
        break;
    }
    if (m_retryTimer.isActive())
        return ImportState::WaitingForRetry;
    for (const JournalBatch &b : m_batches) {
        if (b.state == BatchState::Planned || b.state == BatchState::Sending)
            return ImportState::Sending;
    }
    return ImportState::Polling;
}

void ImportEngine::setPreparing(bool preparing)
{
    m_preparing = preparing;
    emitProgress();
}

ImportProgress ImportEngine::currentProgress() const
{
    ImportProgress p = ImportProgress::count(m_job, m_batches);
    p.state = state();
    if (p.state == ImportState::Sending || p.state == ImportState::Polling) {
        p.rowsPerSecond = m_eta.rowsPerSecond();
        p.etaSeconds = m_eta.secondsLeft(p.rowsToSend - p.processedRows);
    }
    return p;
}

void ImportEngine::emitProgress()
{
    const ImportProgress now = ImportProgress::count(m_job, m_batches);
    if (m_phase == Phase::Running)
        m_eta.sample(now.processedRows);
    const ImportProgress p = currentProgress();
    if (p.state != m_lastState) {
        m_lastState = p.state;
        emit stateChanged(p.state);
    }
    emit progress(p);
}
