#include "api/preview/PreviewRunner.h"

#include "api/http/ApiClient.h"
#include "core/validate/SendableRows.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

PreviewRunner::PreviewRunner(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

qint64 PreviewRunner::prepare(const SendableRows *rows, qint64 fileRows, const QJsonArray &customFields,
                              const QJsonArray &marketingChannels)
{
    m_rows = rows;
    m_fileRows = fileRows;
    m_schema = ContactRowNormalizer::schemaOf(customFields, marketingChannels);
    const ContactRowNormalizer normalizer(m_schema);
    m_plan = LookupPlan::build(*rows, normalizer);
    return m_plan.batches.size();
}

void PreviewRunner::start()
{
    m_predictor = std::make_unique<ImportPredictor>(ContactRowNormalizer(m_schema));
    m_batch = 0;
    m_offset = 0;
    m_used = 0;
    m_cancelled = false;
    m_failed = false;
    m_running = true;
    sendNext();
}

void PreviewRunner::cancel()
{
    m_cancelled = true;
}

void PreviewRunner::sendNext()
{
    if (m_batch >= m_plan.batches.size()) {
        finish(m_rows->size(), QString());
        return;
    }
    const LookupPlan::Batch &batch = m_plan.batches.at(m_batch);
    if (m_cancelled || m_used >= m_maxRequests) {
        finish(batch.firstRow,
               m_cancelled ? tr("The preview was cancelled.")
                           : tr("The preview stopped at its limit of %n request(s).", nullptr, int(m_maxRequests)));
        return;
    }
    // Built encoded by hand: a '+' of a phone number must arrive as '+', not as a space.
    const QString column = ContactRowNormalizer::identifierColumns().at(batch.column);
    QByteArray encoded = "select=" + QUrl::toPercentEncoding(m_plan.selectColumns.join(QLatin1Char(',')), ",");
    encoded += '&' + column.toLatin1() + '=' + QUrl::toPercentEncoding(LookupPlan::inFilter(batch.values), "(),");
    encoded += "&order=id.asc&offset=" + QByteArray::number(m_offset);
    QUrlQuery query;
    query.setQuery(QString::fromLatin1(encoded));
    ApiRequest *request = m_client->get(QStringLiteral("contact_details"), query);
    connect(request, &ApiRequest::finished, this, [this](const ApiResult &result) {
        ++m_used;
        emit progress(m_used, m_plan.batches.size());
        // A 429 asking for a long wait is the daily quota: the preview stops there.
        const bool shortRateLimit = result.isRateLimited() && result.retryAfterMs <= m_retry.longWaitMs;
        if ((result.isTransient() || shortRateLimit) && m_attempt < m_retry.maxAttempts && !m_cancelled) {
            const int delay = result.retryAfterMs >= 0 ? int(result.retryAfterMs) : m_retry.backoffMs(m_attempt);
            ++m_attempt;
            emit retrying((delay + 999) / 1000, result.errorText);
            QTimer::singleShot(delay, this, &PreviewRunner::sendNext);   // the same page again
            return;
        }
        m_attempt = 0;
        if (!result.ok()) {
            m_failed = true;
            finish(m_plan.batches.at(m_batch).firstRow, result.errorText);
            return;
        }
        const QJsonArray contacts = result.json.array();
        for (const QJsonValue &contact : contacts)
            m_predictor->addKnownContact(contact.toObject());
        const qint64 total = result.rangeTotal();
        if (!contacts.isEmpty() && total > m_offset + contacts.size()) {
            m_offset += int(contacts.size());   // more than one page of owners: the next page
        } else {
            m_offset = 0;
            ++m_batch;
        }
        sendNext();
    });
    request->start();
}

void PreviewRunner::finish(qsizetype coveredRows, const QString &stopReason)
{
    m_running = false;
    PreviewResult result;
    result.rows = m_fileRows;
    result.sendable = m_rows->size();
    result.requestsPlanned = m_plan.batches.size();
    result.requestsUsed = m_used;
    result.complete = coveredRows >= m_rows->size() && stopReason.isEmpty();
    result.stopReason = stopReason;
    result.failed = m_failed;
    result.predictions.reserve(coveredRows);
    for (qsizetype i = 0; i < coveredRows; ++i) {
        const QJsonObject payload = QJsonDocument::fromJson(m_rows->payload(i).toByteArray()).object();
        result.predictions.append(m_predictor->predict(payload, m_rows->rows.at(i).line, m_mode));
    }
    emit finished(result);
}

PreviewResult PreviewRunner::runBlocking()
{
    QEventLoop loop;
    PreviewResult out;
    bool done = false;
    const auto connection = connect(this, &PreviewRunner::finished, &loop, [&](const PreviewResult &r) {
        out = r;
        done = true;
        loop.quit();
    });
    start();
    if (!done)
        loop.exec();
    disconnect(connection);
    return out;
}
