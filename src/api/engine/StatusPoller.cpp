#include "api/engine/StatusPoller.h"

#include "api/http/ApiClient.h"
#include "api/http/ApiRequest.h"
#include "core/failedrows/FailedRowMatcher.h"
#include "core/journal/ImportJournal.h"

#include <QJsonObject>
#include <QUrlQuery>

StatusPoller::StatusPoller(ImportJournal *journal, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::poll);
}

void StatusPoller::setIntervals(int initialMs, int maxMs)
{
    m_initialMs = qMax(0, initialMs);
    m_maxMs = qMax(m_initialMs, maxMs);
    m_intervalMs = m_initialMs;
}

void StatusPoller::begin(QList<JournalBatch> *batches)
{
    m_batches = batches;
    m_active = true;
    m_paused = false;
    m_intervalMs = m_initialMs;
}

void StatusPoller::end()
{
    m_active = false;
    m_timer.stop();
    for (const QPointer<ApiRequest> &request : {m_pollRequest, m_failureRequest}) {
        if (request)
            request->abort();
    }
}

void StatusPoller::schedule()
{
    if (m_pollRequest || m_timer.isActive())
        return;
    m_timer.start(m_intervalMs);
}

void StatusPoller::backOff(qint64 retryAfterMs)
{
    m_intervalMs = qMin(m_maxMs, qMax(m_intervalMs * 2, int(qMax<qint64>(0, retryAfterMs))));
    schedule();
}

ApiRequest *StatusPoller::track(ApiRequest *request)
{
    emit requestStarted();
    return request;
}

JournalBatch *StatusPoller::find(qint64 batchId)
{
    if (!m_batches)
        return nullptr;
    for (JournalBatch &b : *m_batches) {
        if (b.id == batchId)
            return &b;
    }
    return nullptr;
}

void StatusPoller::poll()
{
    if (!m_active || m_paused || m_pollRequest || !m_batches)
        return;
    if (!m_failureQueue.isEmpty()) {
        fetchFailures();
        return;
    }
    QStringList ids;
    for (const JournalBatch &b : std::as_const(*m_batches)) {
        if (b.state == BatchState::Accepted && ids.size() < 50)   // the API returns at most 50 rows
            ids << b.importId;
    }
    if (ids.isEmpty()) {
        emit settled();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QStringLiteral("in.(%1)").arg(ids.join(QLatin1Char(','))));
    query.addQueryItem(QStringLiteral("select"),
                       QStringLiteral("id,total_count,success_count,failed_count,failed_url"));
    ApiRequest *request = track(m_client->get(QStringLiteral("import"), query));
    m_pollRequest = request;
    connect(request, &ApiRequest::finished, this, &StatusPoller::onPolled);
    request->start();
}

void StatusPoller::onPolled(const ApiResult &r)
{
    m_pollRequest = nullptr;
    if (!m_active)
        return;
    if (!r.ok()) {
        if (r.kind != ApiResult::Kind::Cancelled)
            emit pollFailed(r, false);
        return;
    }
    emit answered();
    bool changed = false;
    const QJsonArray imports = r.json.isArray() ? r.json.array() : QJsonArray{r.json.object()};
    for (const QJsonValue &v : imports) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toVariant().toString();
        for (JournalBatch &b : *m_batches) {
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
                        emit journalFailed();
                        return;
                    }
                    b.state = BatchState::Finished;
                    emit batchFinished(b.id);
                } else if (!m_failureQueue.contains(b.id)) {
                    m_failureQueue << b.id;
                }
                changed = true;
            }
        }
    }
    m_intervalMs = changed ? m_initialMs : qMin(m_maxMs, m_intervalMs * 3 / 2 + 1);
    if (changed)
        emit countsChanged();
    if (!m_failureQueue.isEmpty()) {
        fetchFailures();
        return;
    }
    emit settled();
}

void StatusPoller::fetchFailures()
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
    connect(request, &ApiRequest::finished, this,
            [this, batchId](const ApiResult &r) { onFailuresFetched(batchId, r); });
    request->start();
}

void StatusPoller::onFailuresFetched(qint64 batchId, const ApiResult &r)
{
    m_failureRequest = nullptr;
    if (!m_active)
        return;
    if (!r.ok()) {
        if (r.kind != ApiResult::Kind::Cancelled)
            emit pollFailed(r, true);
        return;
    }
    const QJsonArray list = r.json.isArray() ? r.json.array() : QJsonArray{r.json.object()};
    const QJsonObject import = list.isEmpty() ? QJsonObject() : list.first().toObject();
    const QJsonArray entries = import.value(QLatin1String("failed")).toArray();
    const QString failedUrl = import.value(QLatin1String("failed_url")).toString();
    const JournalBatch *b = find(batchId);
    if (b && entries.size() < b->failedCount && !failedUrl.isEmpty()) {
        // Large imports list their failures in a separate download.
        ApiRequest *download = track(m_client->getAbsolute(QUrl(failedUrl)));
        m_failureRequest = download;
        connect(download, &ApiRequest::finished, this, [this, batchId, entries](const ApiResult &d) {
            m_failureRequest = nullptr;
            if (!m_active)
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
}

void StatusPoller::finishBatchWithFailures(qint64 batchId, const QJsonArray &entries)
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
        emit journalFailed();
        return;
    }
    b->state = BatchState::Finished;
    emit batchFinished(batchId);
    emit countsChanged();
    if (!m_failureQueue.isEmpty())
        fetchFailures();
    else
        emit settled();
}
