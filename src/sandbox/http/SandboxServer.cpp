#include "sandbox/http/SandboxServer.h"

#include "sandbox/http/GatedTcpServer.h"

#include <QHttpServerRequest>
#include <QTimer>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(options)
    , m_maxBodyBytes(options.maxBodyBytes)
{
}

bool SandboxServer::open(QString *error)
{
    return m_api.open(error);
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    // Not QAbstractHttpServer::listen(): its own QTcpServer hands each connection to Qt's parser,
    // which reads a whole request before handleRequest() sees it. The gated server answers
    // 401/413 from the head and drops an oversized upload unread (docs/sandbox.md).
    auto *server = new GatedTcpServer(
        this, m_maxBodyBytes,
        [this](const QByteArray &method, const QByteArray &target, const QByteArray &authorization,
               qint64 contentLength) { return m_api.answerBeforeBody(method, target, authorization, contentLength); },
        [this](qint64 bodySoFar) { return m_api.bodyTooLarge(bodySoFar, true); }, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    server->attach();
    return server->serverPort();
}

void SandboxServer::send(QTcpSocket *socket, const SandboxReply &reply, bool close)
{
    socket->write(reply.serialize(close));
    if (close)
        socket->disconnectFromHost();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest copy;
    static const QByteArray methods[] = {"GET",     "PUT",   "DELETE",  "POST", "HEAD",
                                         "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    static const QHttpServerRequest::Method values[] = {
        QHttpServerRequest::Method::Get,   QHttpServerRequest::Method::Put,     QHttpServerRequest::Method::Delete,
        QHttpServerRequest::Method::Post,  QHttpServerRequest::Method::Head,    QHttpServerRequest::Method::Options,
        QHttpServerRequest::Method::Patch, QHttpServerRequest::Method::Connect, QHttpServerRequest::Method::Trace};
    copy.method = "UNKNOWN";
    for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); ++i)
        if (request.method() == values[i])
            copy.method = methods[i];
    copy.path = request.url().path();
    copy.query = request.query();
    for (const auto &header : request.headers())
        copy.headers.insert(header.first.toLower(), header.second);
    copy.body = request.body();
    const bool close = copy.header("connection").toLower().contains("close");

    SandboxReply reply = m_api.handle(copy);
    switch (reply.action) {
    case SandboxReply::Action::Stall:
        m_stalled.removeAll(QPointer<QTcpSocket>());
        m_stalled.append(socket);
        break;
    case SandboxReply::Action::Drop:
        socket->abort();
        break;
    case SandboxReply::Action::Truncate: {
        // The headers and only part of the announced body, then the connection ends (Qt's client
        // re-sends a POST whose answer ended before the body began; here it must report an error).
        SandboxReply announced = reply;
        if (announced.body.isEmpty())
            announced.body = "{}";
        const QByteArray whole = announced.serialize(false);   // no "Connection: close": the body length must count
        socket->write(whole.left(whole.size() - (announced.body.size() + 1) / 2));
        socket->disconnectFromHost();
        break;
    }
    case SandboxReply::Action::Answer:
        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [guard, reply, close] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    send(guard, reply, close);
            });
        } else {
            send(socket, reply, close);
        }
        break;
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, SandboxReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such route."), {}), false);
}
