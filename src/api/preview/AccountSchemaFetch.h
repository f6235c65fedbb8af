#pragma once

#include "api/http/ApiResult.h"
#include "api/http/RetryPolicy.h"

#include <QJsonArray>
#include <QObject>

class ApiClient;

// Reads the account's custom fields and marketing channels (GET /custom_field, GET /marketing_channel,
// 50 rows an answer, paged): what the preflight checks a mapping against and what the preview
// normalises values with. A few requests; `requests()` says how many. Timeouts, lost connections, 5xx
// and short 429s are tried again with the engine's backoff (RetryPolicy), so a flaky network does not
// refuse an import the engine itself would have ridden out.
class AccountSchemaFetch : public QObject
{
    Q_OBJECT

public:
    explicit AccountSchemaFetch(ApiClient *client, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void start();
    int requests() const { return m_requests; }
    QJsonArray customFields() const { return m_tables[0]; }
    QJsonArray marketingChannels() const { return m_tables[1]; }

    // Runs start() to its end in a local event loop (CLI). False + *failure when a request failed.
    bool runBlocking(ApiResult *failure);

signals:
    // ok == false: `failure` says which request failed and what to do.
    void finished(bool ok, const ApiResult &failure);
    // A transient failure: the same request goes again in `seconds`.
    void retrying(int seconds, const QString &reason);

private:
    void next();

    ApiClient *m_client;
    QJsonArray m_tables[2];
    int m_table = 0;
    int m_requests = 0;
    int m_attempt = 0;   // consecutive transient failures
    RetryPolicy m_retry;
};
