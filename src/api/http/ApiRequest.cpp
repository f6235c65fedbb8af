#include "api/http/ApiRequest.h"

#include "api/http/OneShotBody.h"
#include "api/http/RetryPolicy.h"
#include "api/http/UrlPolicy.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

ApiRequest::ApiRequest(QNetworkAccessManager *manager, QByteArray method, QNetworkRequest request, QByteArray body,
                       QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_method(std::move(method))
    , m_request(std::move(request))
    , m_body(std::move(body))
{
    // We decide on every redirect ourselves (onRedirected): only the same origin is followed.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    m_request.setMaximumRedirectsAllowed(MaxRedirects);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiRequest::describe() const
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(m_method), m_request.url().path());
}

void ApiRequest::start()
{
    QNetworkReply *reply = nullptr;
    if (m_method == "GET") {
        reply = m_manager->get(m_request);
    } else {
        // Not idempotent: the body can be sent once only, so Qt cannot re-send it behind our back
        // (see OneShotBody); HTTP/1.1 keeps that guarantee simple.
        m_request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        m_request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        m_request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body, this);
        reply = m_manager->sendCustomRequest(m_request, m_method, body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(reply, &QNetworkReply::redirected, this, &ApiRequest::onRedirected);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignoreSslErrors(): a certificate problem ends the request and is reported.
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
    });
}

void ApiRequest::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void ApiRequest::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_request.url().resolved(target);
    if (UrlPolicy::sameOrigin(resolved, m_request.url()) && ++m_redirects <= MaxRedirects) {
        emit m_reply->redirectAllowed();
        return;
    }
    // Another origin (or a downgrade to http): stop here, before any request (and key) goes there.
    m_refusedRedirect = resolved;
    m_reply->abort();
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const ApiResult result = makeResult(reply, body);
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    finish(result);
}

void ApiRequest::finish(const ApiResult &result)
{
    m_done = true;
    emit finished(result);
    deleteLater();
}

ApiResult ApiRequest::makeResult(QNetworkReply *reply, const QByteArray &body)
{
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty())
        r.serverDate = RetryPolicy::parseHttpDate(date);
    r.contentRange = reply->rawHeader("Content-Range");
    const QString request = describe();
    const QNetworkReply::NetworkError error = reply->error();

    if (!m_refusedRedirect.isValid() && r.httpStatus >= 300 && r.httpStatus < 400) {
        // Not followed (a POST body is never replayed, see OneShotBody): report where it pointed.
        m_refusedRedirect = m_request.url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    }
    if (m_refusedRedirect.isValid()) {
        r.kind = ApiResult::Kind::Redirect;
        if (UrlPolicy::sameOrigin(m_refusedRedirect, m_request.url())) {
            r.errorText = tr("%1: the server redirected to %2; the request is not sent there again automatically. "
                             "Use that address as the API URL.")
                              .arg(request,
                                   m_refusedRedirect.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            return r;
        }
        r.errorText = tr("%1: the server redirected to %2, another address. The request was not followed there "
                         "(the API key is only sent to %3). Check the API URL.")
                          .arg(request, UrlPolicy::origin(m_refusedRedirect), UrlPolicy::origin(m_request.url()));
        return r;
    }
    if (!m_tlsErrors.isEmpty()) {
        r.kind = ApiResult::Kind::Tls;
        r.errorText = tr("%1: the secure connection failed (%2). Check the computer's date and time and the API "
                         "URL; if a proxy inspects HTTPS, ask your IT department to allow the API's address.")
                          .arg(request, m_tlsErrors.join(QStringLiteral("; ")));
        return r;
    }
    if (r.httpStatus == 0 || (error != QNetworkReply::NoError && r.httpStatus == 0)) {
        if (m_aborted) {
            r.kind = ApiResult::Kind::Cancelled;
            r.errorText = tr("%1: cancelled.").arg(request);
        } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            // Without our abort, OperationCanceled means the transfer timeout struck.
            r.kind = ApiResult::Kind::Timeout;
            r.errorText = tr("%1: the server did not answer within %2 s. Retrying; if it keeps happening, "
                             "check the network and resume later.")
                              .arg(request)
                              .arg(m_request.transferTimeout() / 1000);
        } else if (error == QNetworkReply::SslHandshakeFailedError) {
            r.kind = ApiResult::Kind::Tls;
            r.errorText = tr("%1: the secure connection failed (%2). Check the API URL and the computer's clock.")
                              .arg(request, reply->errorString());
        } else {
            r.kind = ApiResult::Kind::Network;
            r.errorText = tr("%1: no connection to %2 (%3). Check the network and the API URL, then try again.")
                              .arg(request, UrlPolicy::origin(m_request.url()), reply->errorString());
        }
        return r;
    }

    QJsonParseError parseError{};
    if (!body.trimmed().isEmpty())
        r.json = QJsonDocument::fromJson(body, &parseError);
    const bool jsonOk = body.trimmed().isEmpty() || parseError.error == QJsonParseError::NoError;

    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (!jsonOk) {
            r.kind = ApiResult::Kind::InvalidJson;
            r.errorText = tr("%1: the answer is not valid JSON (%2 at byte %3). Check that the API URL points "
                             "to the Hellomateo API (it ends in /api/v1).")
                              .arg(request, parseError.errorString())
                              .arg(parseError.offset);
            return r;
        }
        r.kind = ApiResult::Kind::Ok;
        return r;
    }

    r.kind = ApiResult::Kind::HttpError;
    if (jsonOk && r.json.isObject()) {
        const QJsonObject o = r.json.object();
        r.code = o.value(QLatin1String("code")).toVariant().toString();
        r.apiMessage = o.value(QLatin1String("message")).toString();
        r.hint = o.value(QLatin1String("hint")).toString();
    }
    r.retryAfterMs = RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());

    QString nextStep;
    switch (r.httpStatus) {
    case 400:
        nextStep = tr("The rows of this batch are handed back as failed rows; fix them and import them again.");
        break;
    case 401:
        nextStep = tr("No API key was accepted: set MATEO_API_KEY or store a key in the keychain, then resume.");
        break;
    case 403:
        nextStep = tr("The API key was refused: create a new key in Hellomateo (Settings → API), then resume.");
        break;
    case 404:
        nextStep = tr("Check the API URL; it should end in /api/v1.");
        break;
    case 413:
        nextStep = tr("The batch is too large; it is split in two and sent again.");
        break;
    case 429:
        nextStep = tr("The rate or daily limit is reached; the import waits and continues.");
        break;
    default:
        nextStep = r.httpStatus >= 500 ? tr("The server has trouble; retrying. If it persists, resume later.")
                                       : tr("Check the API URL and the input, then try again.");
    }
    QString detail = r.apiMessage.isEmpty() ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                                            : r.apiMessage;
    if (!r.code.isEmpty())
        detail = QStringLiteral("%1 (%2)").arg(detail, r.code);
    r.errorText =
        r.hint.isEmpty()
            ? tr("%1: HTTP %2 — %3. %4").arg(request).arg(r.httpStatus).arg(detail, nextStep)
            : tr("%1: HTTP %2 — %3. Hint: %4 %5").arg(request).arg(r.httpStatus).arg(detail, r.hint, nextStep);
    return r;
}
