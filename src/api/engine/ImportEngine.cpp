#include "api/engine/ImportEngine.h"

#include "api/http/ApiClient.h"
#include "api/http/ApiRequest.h"
#include "api/http/UrlPolicy.h"
#include "core/failedrows/FailedRowMatcher.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"
#include "core/source/RecordSource.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString importIdFrom(const QJsonDocument &doc)
{
    // The API answers one object; PostgREST-style servers may answer a one-element array.
    const QJsonObject o = doc.isArray() ? doc.array().first().toObject() : doc.object();
    return o.value(QLatin1String("id")).toVariant().toString();
}

QDateTime nextUtcMidnight()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::utc());
}

}

ImportEngine::ImportEngine(ImportJournal *journal, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    m_quotaTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ImportEngine::pump);
    connect(&m_pollTimer, &QTimer::timeout, this, &ImportEngine::poll);
    connect(&m_quotaTimer, &QTimer::timeout, this, &ImportEngine::resume);
}

ImportEngine::~ImportEngine() = default;

void ImportEngine::setDailyLimits(qint64 entities, qint64 requests)
{
    m_limits.dailyEntities = entities;
    m_limits.dailyRequests = requests;
}

void ImportEngine::setPollIntervals(int initialMs, int maxMs)
{
    m_pollInitialMs = qMax(0, initialMs);
    m_pollMaxMs = qMax(m_pollInitialMs, maxMs);
    m_pollIntervalMs = m_pollInitialMs;
}

void ImportEngine::setApiKey(const QString &key)
{
    m_client->setApiKey(key);
}

QString ImportEngine::origin() const
{
    return UrlPolicy::origin(m_client->baseUrl());
}

QString ImportEngine::todayKey()
{
    // docs/api.md: quota days are UTC days.
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

QuotaBudget ImportEngine::budgetToday() const
{
    QuotaBudget budget = m_limits;
    m_journal->usage(origin(), todayKey(), &budget.usedEntities, &budget.usedRequests);
    return budget;
}

QString ImportEngine::createJob(JournalJob job, const QList<ConvertedRow> &rows, const RecordSource *source,
                                QString *errorMessage)
{
    return createJob(job, SendableRows::fromConverted(rows), source, errorMessage);
}

QString ImportEngine::createJob(JournalJob job, const SendableRows &rows, const RecordSource *source,
                                QString *errorMessage)
{
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.batchSize = ImportPlanner::effectiveBatchSize(job.batchSize, m_limits);
    job.apiUrl = m_client->baseUrl().toString(QUrl::RemoveUserInfo);
    job.state = JournalJob::State::Running;
    if (job.totalRows <= 0)
        job.totalRows = rows.size() + rows.refused.size();
    job.invalidRows = rows.refused.size();

    // Batch by batch into one transaction, each with the source's cells for the failed-rows
    // export: only one batch's cells are in memory at a time, however long the file.
    auto cellsOf = [source](qint64 recordIndex) { return source ? source->record(recordIndex).cells : QStringList(); };
    bool ok = m_journal->beginJob(job);
    int sequence = 1;
    for (qsizetype start = 0; ok && start < rows.size(); start += job.batchSize) {
        JournalBatch batch = ImportPlanner::batchOf(rows, start, qMin<qsizetype>(rows.size(), start + job.batchSize),
                                                    job.id, sequence++);
        QList<QStringList> cells;
        if (source) {
            cells.reserve(batch.rowCount());
            for (qint64 index : std::as_const(batch.recordIndexes))
                cells << cellsOf(index);
        }
        ok = m_journal->addBatch(batch, cells);
    }
    constexpr qsizetype refusedSlice = 1000;
    for (qsizetype start = 0; ok && start < rows.refused.size(); start += refusedSlice) {
        QList<FailedRow> slice = rows.refused.mid(start, refusedSlice);
        for (FailedRow &f : slice)
            f.cells = cellsOf(f.recordIndex);
        ok = m_journal->addRejectedRows(job.id, slice);
    }
    ok = ok && m_journal->commitJob();
    if (!ok) {
        m_journal->abandonJob();
        if (errorMessage)
            *errorMessage = m_journal->lastError();
        return QString();
    }
    return job.id;
}

ImportPlan ImportEngine::plan(const QString &jobId) const
{
    QList<int> pending;
    qint64 sent = 0;
    for (const JournalBatch &b : m_journal->batches(jobId)) {
        if (b.state == BatchState::Planned || b.state == BatchState::Sending)
            pending << b.rowCount();
        else if (b.state == BatchState::Accepted || b.state == BatchState::Finished)
            sent += b.rowCount();
    }
    ImportPlan p = ImportPlanner::plan(pending, budgetToday());
    p.alreadySent = sent;
    return p;
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
    m_pollIntervalMs = m_pollInitialMs;
    if (m_job.isUnfinished() && m_job.state != JournalJob::State::Running)
        m_journal->setJobState(m_job.id, JournalJob::State::Running);
    emit started(m_job.id);
    emit planReady(plan(m_job.id));
    const ImportProgress now = currentProgress();
    m_processedAtStart = now.processedRows;
    m_clock.start();
    emit progress(now);
    // Finished batches whose failures were not fetched yet (killed in between) are Accepted still.
    pump();
}

void ImportEngine::pause()
{
    if (m_phase != Phase::Running && m_phase != Phase::WaitingQuota)
        return;
    m_phase = Phase::Paused;
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_quotaTimer.stop();
    m_journal->setJobState(m_job.id, JournalJob::State::Paused, tr("paused by the user"));
    emit logMessage(tr("Paused. Nothing new is sent; the request under way completes."));
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
    m_journal->setJobState(m_job.id, JournalJob::State::Running);
    emit started(m_job.id);
    emit planReady(plan(m_job.id));
    pump();
}

void ImportEngine::cancel()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle)
        return;
    // An aborted POST leaves its batch in `sending`; the job is cancelled, so it is never resent.
    m_journal->setJobState(m_job.id, JournalJob::State::Cancelled, tr("cancelled by the user"));
    stopWith(ImportResult::Outcome::Cancelled, tr("Import cancelled. Rows already sent stay imported."));
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
    m_journal->addUsage(origin(), todayKey(), 0, 1);
    return request;
}

void ImportEngine::pump()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle || m_phase == Phase::Paused || m_phase == Phase::WaitingAuth)
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
    if (anyAccepted() || !m_failureQueue.isEmpty()) {
        schedulePoll();
        return;
    }
    bool pending = false;
    for (const JournalBatch &b : m_batches)
        pending = pending || b.state == BatchState::Planned || b.state == BatchState::Sending;
    if (m_phase == Phase::Running && !pending) {
        const qint64 failed = m_journal->failedRowCount(m_job.id);
        const ImportProgress p = currentProgress();
        m_journal->setJobState(m_job.id, JournalJob::State::Finished);
        const QString summary =
            tr("Import finished: %L1 rows imported, %L2 failed or invalid.").arg(p.successRows).arg(failed);
        stopWith(failed > 0 ? ImportResult::Outcome::CompletedWithFailures : ImportResult::Outcome::Completed, summary);
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

    QByteArray body;
    body.reserve(payload.size() + 200);
    body += "{\"type\":" + jsonString(m_job.importType) + ",\"reference_id\":" + jsonString(batch.referenceId);
    if (!m_job.contactListId.isEmpty())
        body += ",\"contact_list_id\":" + jsonString(m_job.contactListId);
    body += ",\"payload\":" + payload + '}';

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("select"), QStringLiteral("id"));
    ApiRequest *request = track(m_client->post(QStringLiteral("import"), query, body));
    m_sendRequest = request;
    const qint64 id = batch.id;
    connect(request, &ApiRequest::finished, this, [this, id](const ApiResult &r) { onPostFinished(id, r); });
    request->start();
}

void ImportEngine::reconcile(JournalBatch &batch)
{
    emit logMessage(tr("Checking whether batch %1 reached the server before sending it again.").arg(batch.referenceId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reference_id"), QStringLiteral("eq.") + batch.referenceId);
    query.addQueryItem(QStringLiteral("select"), QStringLiteral("id,total_count,success_count,failed_count"));
    ApiRequest *request = track(m_client->get(QStringLiteral("import"), query));
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
    m_journal->addUsage(origin(), todayKey(), batch.rowCount(), 0);
    batch.importId = importId;
    setState(batch, BatchState::Accepted);
    m_failures = 0;
    m_rateLimitHits = 0;
    m_pollIntervalMs = m_pollInitialMs;
    emitProgress();
}

void ImportEngine::onPostFinished(qint64 batchId, const ApiResult &r)
{
    m_sendRequest = nullptr;
    JournalBatch *batch = find(batchId);
    if (!batch || m_phase == Phase::Done)
        return;
    if (r.ok()) {
        const QString importId = importIdFrom(r.json);
        if (importId.isEmpty()) {
            // Stored or not? Unknown: stays `sending` and is reconciled by reference_id.
            handleTransient(r);
            return;
        }
        if (m_probing) {
            // The server took a batch our count said would not fit: its quota window is new.
            m_journal->setUsage(origin(), todayKey(), 0, 1);
            m_probing = false;
        }
        accept(*batch, importId);
        pump();
        return;
    }
    if (r.kind == ApiResult::Kind::Cancelled)
        return;   // pause/cancel: stays `sending`, reconciled on resume
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
        m_journal->setJobState(m_job.id, JournalJob::State::PausedConnection, r.errorText);
        stopWith(ImportResult::Outcome::ConnectionFailed, r.errorText);
        return;
    }
    if (r.kind == ApiResult::Kind::HttpError && r.httpStatus >= 400 && r.httpStatus < 500 && r.httpStatus != 408) {
        reject(*batch, r);
        return;
    }
    if (r.kind == ApiResult::Kind::Redirect || r.kind == ApiResult::Kind::Tls) {
        m_journal->setJobState(m_job.id, JournalJob::State::PausedConnection, r.errorText);
        stopWith(ImportResult::Outcome::ConnectionFailed, r.errorText);
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
        const QJsonArray found = r.json.isArray() ? r.json.array() : QJsonArray{r.json.object()};
        const QString importId = found.isEmpty() ? QString()
                                                 : found.first().toObject().value(QLatin1String("id")).toString();
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
        m_journal->setJobState(m_job.id, JournalJob::State::PausedConnection, r.errorText);
        stopWith(ImportResult::Outcome::ConnectionFailed, r.errorText);
        return;
    }
    handleTransient(r);
}

void ImportEngine::split(JournalBatch &batch, const ApiResult &r)
{
    const QByteArray payload = m_journal->payload(batch.id);
    const QJsonArray objects = QJsonDocument::fromJson(payload).array();
    if (objects.size() <= 1) {
        reject(batch, r);   // a single row too large for the server: hand it back
        return;
    }
    const QList<QStringList> cells = m_journal->cells(batch.id);
    const int half = int(objects.size() / 2);
    QList<JournalBatch> children;
    QList<QList<QStringList>> childCells;
    for (int part = 0; part < 2; ++part) {
        const int from = part == 0 ? 0 : half;
        const int to = part == 0 ? half : int(objects.size());
        JournalBatch child;
        child.jobId = batch.jobId;
        child.sequence = batch.sequence;
        child.parentId = batch.id;
        child.referenceId = batch.referenceId + QStringLiteral(".%1").arg(part + 1);
        QList<QJsonObject> objs;
        QList<QStringList> c;
        for (int i = from; i < to; ++i) {
            objs << objects.at(i).toObject();
            child.recordIndexes << batch.recordIndexes.value(i);
            child.lines << batch.lines.value(i);
            if (!cells.isEmpty())
                c << cells.value(i);
        }
        child.payload = ImportPlanner::payloadBytes(objs);
        child.payloadHash = ImportPlanner::payloadHash(child.payload);
        children << child;
        childCells << c;
    }
    if (!m_journal->splitBatch(batch.id, children, childCells)) {
        journalFailed();
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
        children[i].payload.clear();
        m_batches.insert(at + 1 + i, children.at(i));
        emit batchStateChanged(children.at(i).id, children.at(i).sequence, BatchState::Planned);
    }
    emitProgress();
    pump();
}

void ImportEngine::reject(JournalBatch &batch, const ApiResult &r)
{
    const QByteArray payload = m_journal->payload(batch.id);
    const QJsonArray objects = QJsonDocument::fromJson(payload).array();
    const QList<QStringList> cells = m_journal->cells(batch.id);
    QList<FailedRow> rows;
    for (int i = 0; i < batch.rowCount(); ++i) {
        FailedRow f;
        f.batchId = batch.id;
        f.recordIndex = batch.recordIndexes.value(i);
        f.line = batch.lines.value(i);
        f.cells = cells.value(i);
        f.code = r.code.isEmpty() ? QStringLiteral("http_%1").arg(r.httpStatus) : r.code;
        f.message = r.apiMessage.isEmpty() ? r.errorText : r.apiMessage;
        f.hint = r.hint;
        f.input = objects.at(i).toObject();
        rows << f;
    }
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

void ImportEngine::schedulePoll()
{
    if (m_pollRequest || m_pollTimer.isActive())
        return;
    m_pollTimer.start(m_pollIntervalMs);
}

void ImportEngine::poll()
{
    if (m_phase == Phase::Done || m_phase == Phase::Paused || m_phase == Phase::WaitingAuth || m_pollRequest)
        return;
    if (!m_failureQueue.isEmpty()) {
        fetchFailures();
        return;
    }
    QStringList ids;
    for (const JournalBatch &b : m_batches) {
        if (b.state == BatchState::Accepted && ids.size() < 50)   // the API returns at most 50 rows
            ids << b.importId;
    }
    if (ids.isEmpty()) {
        pump();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QStringLiteral("in.(%1)").arg(ids.join(QLatin1Char(','))));
    query.addQueryItem(QStringLiteral("select"),
                       QStringLiteral("id,total_count,success_count,failed_count,failed_url"));
    ApiRequest *request = track(m_client->get(QStringLiteral("import"), query));
    m_pollRequest = request;
    connect(request, &ApiRequest::finished, this, &ImportEngine::onPolled);
    request->start();
}

void ImportEngine::onPolled(const ApiResult &r)
{
    m_pollRequest = nullptr;
    if (m_phase == Phase::Done)
        return;
    if (!r.ok()) {
        if (r.kind == ApiResult::Kind::Cancelled)
            return;
        if (r.isAuthError()) {
            authPause(r);
            return;
        }
        if (r.isRateLimited() && (r.retryAfterMs > m_retry.longWaitMs || m_phase == Phase::Draining)) {
            quotaStop(r);
            return;
        }
        if (++m_failures >= m_retry.maxAttempts) {
            m_journal->setJobState(m_job.id, JournalJob::State::PausedConnection, r.errorText);
            stopWith(ImportResult::Outcome::ConnectionFailed, r.errorText);
            return;
        }
        emit logMessage(r.errorText);
        m_pollIntervalMs = qMin(m_pollMaxMs, qMax(m_pollIntervalMs * 2, int(qMax<qint64>(0, r.retryAfterMs))));
        schedulePoll();
        return;
    }
    m_failures = 0;
    bool changed = false;
    const QJsonArray imports = r.json.isArray() ? r.json.array() : QJsonArray{r.json.object()};
    for (const QJsonValue &v : imports) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toVariant().toString();
        for (JournalBatch &b : m_batches) {
            if (b.state != BatchState::Accepted || b.importId != id)
                continue;
            const qint64 total = o.value(QLatin1String("total_count")).toVariant().toLongLong();
            const qint64 success = o.value(QLatin1String("success_count")).toVariant().toLongLong();
            const qint64 failed = o.value(QLatin1String("failed_count")).toVariant().toLongLong();
            if (total != b.totalCount || success != b.successCount || failed != b.failedCount) {
                changed = true;
                b.totalCount = total;
                b.successCount = success;
                b.failedCount = failed;
                m_journal->updateCounts(b.id, total, success, failed);
            }
            // docs/api.md: finished when success + failed == total.
            if (total > 0 && success + failed >= total) {
                if (failed == 0) {
                    if (!m_journal->markFinished(b.id, total, success, failed, {})) {
                        journalFailed();
                        return;
                    }
                    setState(b, BatchState::Finished);
                } else if (!m_failureQueue.contains(b.id)) {
                    m_failureQueue << b.id;
                }
                changed = true;
            }
        }
    }
    m_pollIntervalMs = changed ? m_pollInitialMs : qMin(m_pollMaxMs, m_pollIntervalMs * 3 / 2 + 1);
    if (changed)
        emitProgress();
    if (!m_failureQueue.isEmpty()) {
        fetchFailures();
        return;
    }
    pump();
}

void ImportEngine::fetchFailures()
{
    if (m_failureRequest || m_failureQueue.isEmpty())
        return;
    const qint64 batchId = m_failureQueue.first();
    const JournalBatch *batch = find(batchId);
    if (!batch) {
        m_failureQueue.removeFirst();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QStringLiteral("eq.") + batch->importId);
    query.addQueryItem(QStringLiteral("select"), QStringLiteral("id,failed,failed_url"));
    ApiRequest *request = track(m_client->get(QStringLiteral("import"), query));
    m_failureRequest = request;
    connect(request, &ApiRequest::finished, this, [this, batchId](const ApiResult &r) {
        m_failureRequest = nullptr;
        if (m_phase == Phase::Done)
            return;
        if (!r.ok()) {
            if (r.isAuthError()) {
                authPause(r);
                return;
            }
            if (r.kind != ApiResult::Kind::Cancelled) {
                emit logMessage(r.errorText);
                if (++m_failures >= m_retry.maxAttempts) {
                    stopWith(ImportResult::Outcome::ConnectionFailed, r.errorText);
                    return;
                }
                m_pollIntervalMs = qMin(m_pollMaxMs, m_pollIntervalMs * 2);
                schedulePoll();
            }
            return;
        }
        const QJsonArray list = r.json.isArray() ? r.json.array() : QJsonArray{r.json.object()};
        const QJsonObject import = list.isEmpty() ? QJsonObject() : list.first().toObject();
        const QJsonArray entries = import.value(QLatin1String("failed")).toArray();
        const QString failedUrl = import.value(QLatin1String("failed_url")).toString();
        const JournalBatch *b = find(batchId);
        if (entries.size() < b->failedCount && !failedUrl.isEmpty()) {
            // Large imports list their failures in a separate download.
            ApiRequest *download = track(m_client->getAbsolute(QUrl(failedUrl)));
            m_failureRequest = download;
            connect(download, &ApiRequest::finished, this, [this, batchId, entries](const ApiResult &d) {
                m_failureRequest = nullptr;
                if (m_phase == Phase::Done)
                    return;
                const QJsonArray downloaded = d.ok() ? FailedRowMatcher::entriesFrom(d.json) : QJsonArray();
                if (!d.ok())
                    emit logMessage(d.errorText);
                finishBatchWithFailures(batchId, downloaded.isEmpty() ? entries : downloaded);
            });
            download->start();
            return;
        }
        finishBatchWithFailures(batchId, entries);
    });
    request->start();
}

void ImportEngine::finishBatchWithFailures(qint64 batchId, const QJsonArray &entries)
{
    m_failureQueue.removeAll(batchId);
    JournalBatch *b = find(batchId);
    if (!b)
        return;
    QList<FailedRow> rows = FailedRowMatcher::match(m_journal->payload(batchId), b->recordIndexes, b->lines,
                                                    m_journal->cells(batchId), entries, batchId);
    // Failures the server counted but did not list are still handed back, without a reason.
    for (qint64 missing = b->failedCount - rows.size(); missing > 0; --missing) {
        FailedRow f;
        f.batchId = batchId;
        f.code = QStringLiteral("unknown");
        f.message =
            tr("The server counted this row of import %1 as failed but did not say which row or why.").arg(b->importId);
        rows << f;
    }
    if (!m_journal->markFinished(batchId, b->totalCount, b->successCount, b->failedCount, rows)) {
        journalFailed();
        return;
    }
    setState(*b, BatchState::Finished);
    emitProgress();
    if (!m_failureQueue.isEmpty())
        fetchFailures();
    else
        pump();
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
}

void ImportEngine::quotaStop(const ApiResult &r)
{
    m_probeUsed = true;
    const QDateTime resumeAt = r.retryAfterMs >= 0 ? QDateTime::currentDateTimeUtc().addMSecs(r.retryAfterMs)
                                                   : nextUtcMidnight();
    if (r.isRateLimited()) {
        // The server says today is used up: remember it, so `status` and the next plan agree.
        const QuotaBudget b = budgetToday();
        m_journal->setUsage(origin(), todayKey(), qMax(b.usedEntities, b.dailyEntities), b.usedRequests);
    }
    const ImportPlan p = plan(m_job.id);
    m_lastError = tr("The daily quota is used up; %L1 rows are left. The import can continue from %2 UTC: run "
                     "\"mateo-import resume\" then.")
                      .arg(p.rows)
                      .arg(resumeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_journal->setJobState(m_job.id, JournalJob::State::PausedQuota, m_lastError);
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
    m_pollTimer.stop();
    m_journal->setJobState(m_job.id, JournalJob::State::PausedAuth, r.errorText);
    m_phase = Phase::WaitingAuth;
    emit authenticationRequired(r.errorText);
    if (!m_interactive)
        stopWith(ImportResult::Outcome::AuthenticationRequired, r.errorText);
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
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_quotaTimer.stop();
    for (const QPointer<ApiRequest> &request : {m_sendRequest, m_pollRequest, m_failureRequest}) {
        if (request)
            request->abort();
    }
    if (m_lock)
        m_lock->unlock();   // the run ended: another engine (or process) may take the job now
    ImportResult result;
    result.outcome = outcome;
    result.jobId = m_job.id;
    result.message = message;
    const ImportProgress p = currentProgress();
    result.successRows = p.successRows;
    result.failedRows = m_job.id.isEmpty() ? 0 : m_journal->failedRowCount(m_job.id);
    if (outcome == ImportResult::Outcome::QuotaStopped)
        result.resumeAt = nextUtcMidnight();
    emitProgress();
    emit finished(result);
}

ImportProgress ImportEngine::currentProgress() const
{
    ImportProgress p;
    p.totalRows = m_job.totalRows;
    p.invalidRows = m_job.invalidRows;
    for (const JournalBatch &b : m_batches) {
        if (b.state == BatchState::Split)
            continue;
        ++p.batchesTotal;
        p.rowsToSend += b.rowCount();
        switch (b.state) {
        case BatchState::Accepted:
        case BatchState::Finished:
            p.acceptedRows += b.rowCount();
            p.successRows += b.successCount;
            p.failedRows += b.failedCount;
            p.processedRows += b.successCount + b.failedCount;
            break;
        case BatchState::Rejected:
            p.failedRows += b.rowCount();
            p.processedRows += b.rowCount();
            break;
        default:
            break;
        }
        if (BatchStates::isDone(b.state))
            ++p.batchesDone;
    }
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (ms > 0) {
        p.rowsPerSecond = double(p.processedRows - m_processedAtStart) * 1000.0 / double(ms);
        if (p.rowsPerSecond > 0)
            p.etaSeconds = qint64(double(p.rowsToSend - p.processedRows) / p.rowsPerSecond);
    }
    return p;
}

void ImportEngine::emitProgress()
{
    emit progress(currentProgress());
}
