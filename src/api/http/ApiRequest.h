#pragma once

#include "api/http/ApiResult.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One HTTP exchange with the API — the base job that handles, once for every call: the transfer
// timeout, redirects (same origin only; another origin is refused before anything is sent there, so
// the Authorization header never leaves the API's origin), TLS errors (reported, never ignored),
// JSON parsing with QJsonParseError, and the API's error body turned into a message with a next step.
// Emits finished() exactly once, then deletes itself.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ApiRequest(QNetworkAccessManager *manager, QByteArray method, QNetworkRequest request, QByteArray body,
               QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    void abort();   // finishes with Kind::Cancelled
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_request.url(); }

    // "POST /api/v1/import" — names the request in messages (no query values with secrets exist).
    QString describe() const;

    static constexpr int MaxRedirects = 5;

signals:
    void finished(const ApiResult &result);

private:
    void onFinished();
    void onRedirected(const QUrl &target);
    ApiResult makeResult(QNetworkReply *reply, const QByteArray &body);
    void finish(const ApiResult &result);

    QNetworkAccessManager *m_manager;
    QByteArray m_method;
    QNetworkRequest m_request;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QStringList m_tlsErrors;
    QUrl m_refusedRedirect;
    int m_redirects = 0;
    bool m_aborted = false;
    bool m_done = false;
};
