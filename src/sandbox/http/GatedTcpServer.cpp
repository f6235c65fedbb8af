#include "sandbox/http/GatedTcpServer.h"

#include "sandbox/http/RequestGate.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <memory>

GatedTcpServer::GatedTcpServer(QObject *httpServer, qint64 chunkedLimit, Decide decide, TooLarge tooLarge,
                               QObject *parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer)
    , m_chunkedLimit(chunkedLimit)
    , m_decide(std::move(decide))
    , m_tooLarge(std::move(tooLarge))
{
}

struct GatedTcpServer::Watch
{
    RequestGate gate;
    qint64 seen = 0;   // bytes at the front of the socket's buffer the gate has already read
    bool refused = false;
};

void GatedTcpServer::attach()
{
    connect(this, &QTcpServer::newConnection, this, &GatedTcpServer::armFresh);
}

void GatedTcpServer::armFresh()
{
    for (const auto &[socket, watch] : std::as_const(m_fresh)) {
        if (!socket)
            continue;
        // After Qt's handler: what it left in the buffer has been seen already.
        QTcpSocket *const s = socket.data();
        connect(s, &QTcpSocket::readyRead, this, [s, watch = watch] { watch->seen = s->bytesAvailable(); });
    }
    m_fresh.clear();
}

void GatedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto watch = std::make_shared<Watch>(Watch{RequestGate(m_chunkedLimit)});
    QPointer<QTcpSocket> guard(socket);
    QObject *const httpServer = m_httpServer;
    // A plain pointer, not the shared_ptr: `refuse` lives inside watch->gate (onHead, onChunkedOver),
    // so it only runs while the watch exists, and holding the watch from inside itself was a cycle
    // that kept every connection's watch alive forever (LeakSanitizer, sandbox.durability).
    Watch *const w = watch.get();
    auto refuse = [guard, w, httpServer](const SandboxReply &reply) {
        w->refused = true;
        if (!guard)
            return;
        QObject::disconnect(guard, nullptr, httpServer, nullptr);   // Qt's parser gets nothing more
        guard->write(reply.serialize(true));
        // A lingering close: the client may still be sending. Closing with unread bytes would reset
        // the connection, and a reset can destroy the answer before the client reads it. So the
        // write side is shut once the answer is out, what still arrives is dropped unread, and the
        // connection ends when the client closes it (or after 10 s).
        QTcpSocket *const socket = guard.data();
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite())
                return;
#ifdef Q_OS_UNIX
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
            socket->disconnectFromHost();
#endif
        });
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    };
    watch->gate.onHead = [this, refuse](const RequestGate::Head &head) {
        const std::optional<SandboxReply> reply = m_decide(head.method, head.target, head.authorization,
                                                           head.contentLength);
        if (!reply)
            return RequestGate::Verdict::Pass;
        refuse(*reply);
        return RequestGate::Verdict::Refuse;
    };
    watch->gate.onChunkedOver = [this, refuse](qint64 bodySoFar) { refuse(m_tooLarge(bodySoFar)); };

    // Runs before Qt's handler (connected first): reads the new bytes without taking them.
    connect(socket, &QTcpSocket::readyRead, this, [socket, watch] {
        if (watch->refused) {
            socket->skip(socket->bytesAvailable());   // the rest of a refused upload: dropped unread
            return;
        }
        const qint64 available = socket->bytesAvailable();
        if (available > watch->seen) {
            const QByteArray fresh = socket->peek(available).mid(watch->seen);
            watch->seen = available;
            if (!watch->gate.feed(fresh) && !watch->refused)
                watch->refused = true;   // framing beyond repair: Qt's parser answers it
            if (watch->refused)
                socket->skip(socket->bytesAvailable());
        }
    });
    m_fresh.append({guard, watch});
    addPendingConnection(socket);
}
