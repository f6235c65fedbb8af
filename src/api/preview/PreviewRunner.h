#pragma once

#include "api/http/ApiResult.h"
#include "api/http/RetryPolicy.h"
#include "core/identity/ContactRowNormalizer.h"
#include "core/preview/ImportPredictor.h"
#include "core/preview/LookupPlan.h"
#include "core/preview/PreviewResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>

#include <memory>

class ApiClient;
struct SendableRows;

// The preview against the account (docs/engine.md "Preview"): looks up every contact owning one of
// the file's identifiers with GET /contact_details `in.(…)` filters (LookupPlan), then predicts
// every row with ImportPredictor. prepare() plans without sending anything, so the cost can be shown
// first; start() sends at most maxRequests lookups and stops cleanly at the cap.
class PreviewRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxRequests = 2000;

    explicit PreviewRunner(ApiClient *client, QObject *parent = nullptr);

    void setMaxRequests(qint64 maxRequests) { m_maxRequests = maxRequests; }
    // Timeouts, lost connections, 5xx and short 429s are tried again after the engine's backoff
    // (each try is a request and counts); the preview fails only when the tries run out.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // The mode decides which rows are sent, and so what later rows of the file find.
    void setMode(const ImportMode &mode) { m_mode = mode; }
    // `rows` must outlive the run. Returns the lookups the plan needs (the cost, before sending).
    qint64 prepare(const SendableRows *rows, qint64 fileRows, const QJsonArray &customFields,
                   const QJsonArray &marketingChannels);
    const LookupPlan &plan() const { return m_plan; }
    void start();
    void cancel();

    // prepare() + start() to the end in a local event loop (CLI, tests).
    PreviewResult runBlocking();

signals:
    void progress(qint64 requestsUsed, qint64 requestsPlanned);
    void retrying(int seconds, const QString &reason);
    void finished(const PreviewResult &result);

private:
    void sendNext();
    void finish(qsizetype coveredRows, const QString &stopReason);

    ApiClient *m_client;
    qint64 m_maxRequests = DefaultMaxRequests;
    ImportMode m_mode;
    const SendableRows *m_rows = nullptr;
    qint64 m_fileRows = 0;
    ContactRowNormalizer::Schema m_schema;
    LookupPlan m_plan;
    std::unique_ptr<ImportPredictor> m_predictor;
    int m_batch = 0;
    int m_offset = 0;   // page within the current batch
    qint64 m_used = 0;
    bool m_cancelled = false;
    bool m_failed = false;
    int m_attempt = 0;   // consecutive transient failures of the current request
    RetryPolicy m_retry;
    bool m_running = false;
};
