#include "api/http/ConnectionCheck.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ConnectionCheck::~ConnectionCheck()
{
    abort();
}

void ConnectionCheck::start(const QUrl &apiBaseUrl, const QString &apiKey)
{
    abort();
    QUrl url = apiBaseUrl;
    url.setPath(url.path() + QStringLiteral("/custom_field"));
    url.setQuery(QStringLiteral("select=key&limit=1"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setTransferTimeout(15000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionCheck::handleReply);
}

void ConnectionCheck::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void ConnectionCheck::handleReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Result result;
    if (status == 200) {
        result.status = Status::Ok;
        result.message = tr("Connected.");
    } else if (status == 401 || status == 403) {
        result.status = Status::BadKey;
        result.message = tr("The API key was not accepted (HTTP %1). Copy it again from Hellomateo "
                            "(Settings → Integrations → API keys).")
                             .arg(status);
    } else if (status >= 400) {
        result.status = Status::ServerError;
        result.message = tr("The server answered HTTP %1 to %2. Check the API address or try again later.")
                             .arg(status)
                             .arg(reply->url().toDisplayString(QUrl::RemoveQuery));
    } else {
        result.status = Status::Unreachable;
        result.message = tr("Could not reach %1: %2. Check the address and your internet connection.")
                             .arg(reply->url().host(), reply->errorString());
    }
    emit finished(result);
}
