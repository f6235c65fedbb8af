#pragma once

#include "api/http/ApiRequest.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

// The Hellomateo API client: a base URL (checked by UrlPolicy), the bearer key, and the transfer
// timeout every request gets. Creates ApiRequest jobs; owns nothing global, so tests and the GUI
// can each have their own. The key is kept in memory only and never written anywhere.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);

    // Empty when accepted; otherwise the reason with a next step (the URL is not changed then).
    QString setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }

    // path is relative to the base URL ("import"); the request starts when start() is called.
    ApiRequest *get(const QString &path, const QUrlQuery &query = {});
    ApiRequest *post(const QString &path, const QUrlQuery &query, const QByteArray &jsonBody);
    // An absolute URL the API handed out (failed_url). The key is attached only on the API's origin.
    ApiRequest *getAbsolute(const QUrl &url);

    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;

private:
    QNetworkRequest makeRequest(const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 60000;
};
