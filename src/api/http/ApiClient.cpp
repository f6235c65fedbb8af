#include "api/http/ApiClient.h"

#include "api/http/UrlPolicy.h"
#include "core/Version.h"

#include <QNetworkAccessManager>

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Cookies could carry a session across origins; the API needs none.
    m_manager->setCookieJar(nullptr);
}

QString ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    const QString problem = UrlPolicy::checkBaseUrl(baseUrl);
    if (!problem.isEmpty())
        return problem;
    m_baseUrl = baseUrl;
    QString path = m_baseUrl.path();
    if (!path.endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(path + QLatin1Char('/'));
    return QString();
}

QUrl ApiClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest ApiClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral(MATEO_APP_NAME "/" MATEO_VERSION));
    request.setRawHeader("Accept", "application/json");
    // The key goes only to the configured API origin (failed_url may point elsewhere, e.g. storage).
    if (!m_apiKey.isEmpty() && UrlPolicy::sameOrigin(url, m_baseUrl))
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    return request;
}

ApiRequest *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return new ApiRequest(m_manager, "GET", makeRequest(endpoint(path, query)), QByteArray(), this);
}

ApiRequest *ApiClient::post(const QString &path, const QUrlQuery &query, const QByteArray &jsonBody)
{
    QNetworkRequest request = makeRequest(endpoint(path, query));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return new ApiRequest(m_manager, "POST", request, jsonBody, this);
}

ApiRequest *ApiClient::getAbsolute(const QUrl &url)
{
    return new ApiRequest(m_manager, "GET", makeRequest(m_baseUrl.resolved(url)), QByteArray(), this);
}
