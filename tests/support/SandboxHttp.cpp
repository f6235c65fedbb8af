#include "support/SandboxHttp.h"

#include "support/SandboxProcess.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

SandboxHttp::SandboxHttp(const SandboxProcess &sandbox)
    : bearer(sandbox.apiKey().isEmpty() ? QStringLiteral("practice") : sandbox.apiKey())
    , m_sandbox(sandbox)
{
}

SandboxHttp::Result SandboxHttp::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                      const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, &buffer));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Result result;
    if (!reply->isFinished() && !finished.wait(timeoutMs + 2000)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

SandboxHttp::Result SandboxHttp::get(const QString &pathAndQuery, const Headers &headers, bool auth, int timeoutMs)
{
    Headers all = headers;
    if (auth)
        all.append({QByteArray("Authorization"), QByteArray("Bearer ") + bearer.toUtf8()});
    return send("GET", m_sandbox.url(pathAndQuery), {}, all, timeoutMs);
}

SandboxHttp::Result SandboxHttp::post(const QString &pathAndQuery, const QByteArray &body, const Headers &headers,
                                      bool auth, int timeoutMs)
{
    Headers all = headers;
    if (auth)
        all.append({QByteArray("Authorization"), QByteArray("Bearer ") + bearer.toUtf8()});
    return send("POST", m_sandbox.url(pathAndQuery), body, all, timeoutMs);
}

SandboxHttp::Result SandboxHttp::control(const QString &name, const QJsonObject &body, bool isPost)
{
    const QUrl url(m_sandbox.rootUrl().toString() + QStringLiteral("/__sandbox/") + name);
    return isPost ? send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 15000)
                  : send("GET", url, {}, {}, 15000);
}

QJsonObject SandboxHttp::stats()
{
    return control(QStringLiteral("stats"), {}, false).object();
}

bool SandboxHttp::waitIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject s = stats();
        if (s.value(QStringLiteral("idle")).toBool() && s.value(QStringLiteral("imports_pending")).toInt() == 0)
            return true;
        QTest::qWait(20);
    }
    return false;
}

QJsonObject SandboxHttp::waitFinished(const QString &importId, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject row = get(QStringLiteral("/import?id=eq.") + importId).array().first().toObject();
        const int total = row.value(QStringLiteral("total_count")).toInt(-1);
        if (total >= 0 &&
            row.value(QStringLiteral("success_count")).toInt() + row.value(QStringLiteral("failed_count")).toInt() ==
                total)
            return row;
        QTest::qWait(20);
    }
    return {};
}
