#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

class SandboxProcess;

// Blocking-by-event-loop HTTP calls against a running SandboxProcess, for tests: each call waits
// (bounded) for the reply's finished signal; nothing sleeps.
class SandboxHttp
{
public:
    struct Result
    {
        int status = 0;   // 0 = no HTTP answer (see error)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;   // lower-case names
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QJsonArray array() const { return json().array(); }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SandboxHttp(const SandboxProcess &sandbox);

    // Paths are below /api/v1; the sandbox's key is sent unless `auth` is false.
    Result get(const QString &pathAndQuery, const Headers &headers = {}, bool auth = true, int timeoutMs = 15000);
    Result post(const QString &pathAndQuery, const QByteArray &body, const Headers &headers = {}, bool auth = true,
                int timeoutMs = 15000);
    Result postJson(const QString &pathAndQuery, const QJsonDocument &body)
    {
        return post(pathAndQuery, body.toJson(QJsonDocument::Compact));
    }

    // /__sandbox/ test controls (need --test-controls).
    Result control(const QString &name, const QJsonObject &body = {}, bool isPost = true);
    QJsonObject stats();
    // Polls /__sandbox/stats until the background processing is idle; false on timeout.
    bool waitIdle(int timeoutMs = 60000);
    // Polls GET /import?id=eq.ID until success_count + failed_count == total_count; returns the row.
    QJsonObject waitFinished(const QString &importId, int timeoutMs = 60000);

    Result send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers, int timeoutMs);

    QString bearer;   // the token sent (defaults to the sandbox's key, or "practice")

private:
    const SandboxProcess &m_sandbox;
    QNetworkAccessManager m_nam;
};
