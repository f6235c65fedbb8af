#pragma once

#include "sandbox/http/SandboxReply.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <optional>

// The sandbox's listening socket. Each connection gets a RequestGate that reads along with
// Qt's HTTP parser (docs/sandbox.md, "Request size and early answers"): when a request's head
// already decides its answer (no key, a body over the limit) or a chunked body grows over the
// limit, the answer is written at once, the rest of the upload is dropped unread and the
// connection is closed — Qt's parser never buffers it.
class GatedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Decide = std::function<std::optional<SandboxReply>(const QByteArray &method, const QByteArray &target,
                                                             const QByteArray &authorization, qint64 contentLength)>;
    using TooLarge = std::function<SandboxReply(qint64 bodySoFar)>;

    // `httpServer`: the QAbstractHttpServer that gets the connections (its slots on a refused
    // connection are disconnected). `chunkedLimit`: the largest chunked body let through.
    GatedTcpServer(QObject *httpServer, qint64 chunkedLimit, Decide decide, TooLarge tooLarge,
                   QObject *parent = nullptr);

    // Call once after QAbstractHttpServer::bind(this): the gate's bookkeeping must run after
    // Qt's handler of each read, so it is connected after Qt's.
    void attach();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Watch;
    void armFresh();

    QObject *m_httpServer;
    qint64 m_chunkedLimit;
    Decide m_decide;
    TooLarge m_tooLarge;
    QList<QPair<QPointer<QTcpSocket>, std::shared_ptr<Watch>>> m_fresh;   // accepted, not yet armed
};
