#include "api/http/ConnectionCheck.h"

#include "api/http/ApiClient.h"

#include <QUrlQuery>

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
{
    m_client->setTransferTimeoutMs(15000);
}

ConnectionCheck::~ConnectionCheck()
{
    abort();
}

void ConnectionCheck::start(const QUrl &apiBaseUrl, const QString &apiKey)
{
    abort();
    const QString problem = m_client->setBaseUrl(apiBaseUrl);
    if (!problem.isEmpty()) {
        // Refused before anything was sent (e.g. plain http to another host): the key stays here.
        m_client->setApiKey(QString());
        Result result;
        result.status = Status::Unreachable;
        result.message = problem;
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    m_client->setApiKey(apiKey);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("select"), QStringLiteral("key"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    m_request = m_client->get(QStringLiteral("custom_field"), query);
    connect(m_request, &ApiRequest::finished, this, &ConnectionCheck::handle);
    m_request->start();
}

void ConnectionCheck::abort()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request = nullptr;
    }
}

void ConnectionCheck::handle(const ApiResult &r)
{
    m_request = nullptr;
    Result result;
    if (r.ok()) {
        result.status = Status::Ok;
        result.message = tr("Connected.");
    } else if (r.isAuthError()) {
        result.status = Status::BadKey;
        result.message = tr("The API key was not accepted (HTTP %1). Copy it again from Hellomateo "
                            "(Settings → Integrations → API keys).")
                             .arg(r.httpStatus);
    } else if (r.kind == ApiResult::Kind::HttpError) {
        result.status = Status::ServerError;
        result.message = tr("The server answered HTTP %1 to %2. Check the API address or try again later.")
                             .arg(r.httpStatus)
                             .arg(
                                 m_client->endpoint(QStringLiteral("custom_field")).toDisplayString(QUrl::RemoveQuery));
    } else {
        // Unreachable, timed out, refused redirect, TLS: ApiResult's text names the problem and the next step.
        result.status = Status::Unreachable;
        result.message = r.errorText;
    }
    emit finished(result);
}
