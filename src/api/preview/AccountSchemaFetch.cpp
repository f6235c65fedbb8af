#include "api/preview/AccountSchemaFetch.h"

#include "api/http/ApiClient.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrlQuery>

AccountSchemaFetch::AccountSchemaFetch(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void AccountSchemaFetch::start()
{
    m_tables[0] = m_tables[1] = QJsonArray();
    m_table = 0;
    m_requests = 0;
    m_attempt = 0;
    next();
}

void AccountSchemaFetch::next()
{
    static const QString paths[2] = {QStringLiteral("custom_field"), QStringLiteral("marketing_channel")};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(m_tables[m_table].size()));
    ApiRequest *request = m_client->get(paths[m_table], query);
    connect(request, &ApiRequest::finished, this, [this](const ApiResult &result) {
        ++m_requests;
        if (!result.ok()) {
            // A 429 asking for a long wait is the daily quota: no point in waiting here.
            const bool shortRateLimit = result.isRateLimited() && result.retryAfterMs <= m_retry.longWaitMs;
            if ((result.isTransient() || shortRateLimit) && m_attempt < m_retry.maxAttempts) {
                const int delay = result.retryAfterMs >= 0 ? int(result.retryAfterMs) : m_retry.backoffMs(m_attempt);
                ++m_attempt;
                emit retrying((delay + 999) / 1000, result.errorText);
                QTimer::singleShot(delay, this, &AccountSchemaFetch::next);
                return;
            }
            emit finished(false, result);
            return;
        }
        m_attempt = 0;
        const QJsonArray rows = result.json.array();
        for (const QJsonValue &row : rows)
            m_tables[m_table].append(row);
        // More pages when the answer was full and the total says so (an API without
        // Content-Range: a short page is the last).
        const qint64 total = result.rangeTotal();
        const bool more = !rows.isEmpty() && (total >= 0 ? m_tables[m_table].size() < total : rows.size() >= 50);
        if (!more && ++m_table == 2) {
            emit finished(true, ApiResult{});
            return;
        }
        next();
    });
    request->start();
}

bool AccountSchemaFetch::runBlocking(ApiResult *failure)
{
    QEventLoop loop;
    bool ok = false;
    bool done = false;
    connect(this, &AccountSchemaFetch::finished, &loop, [&](bool success, const ApiResult &result) {
        ok = success;
        done = true;
        if (!success && failure)
            *failure = result;
        loop.quit();
    });
    start();
    if (!done)   // a request may fail at once
        loop.exec();
    return ok;
}
