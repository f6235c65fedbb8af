#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// A tiny HTTP/1.1 server on 127.0.0.1 (or another address of this machine) for client tests that
// need answers the real sandbox cannot give on demand (a redirect to another origin, a stall, a
// dropped connection, malformed JSON). Every request and every connection is recorded; a handler
// decides the answer. Header-only, test-only.
class ScriptedServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;   // path + query as sent
        QHash<QByteArray, QByteArray> headers;   // lower-case names
        QByteArray body;
        QString path() const { return QUrl(QString::fromLatin1(target)).path(); }
        QUrlQuery query() const { return QUrlQuery(QUrl(QString::fromLatin1(target)).query()); }
    };
    struct Response
    {
        enum class Action { Reply, Stall, Drop } action = Action::Reply;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        static Response json(int status, const QByteArray &body) { return {Action::Reply, status, {}, body}; }
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedServer(Handler handler = {}, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
        : m_handler(std::move(handler))
        , m_address(address)
    {
        m_server.listen(address, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                m_sockets << s;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool isListening() const { return m_server.isListening(); }
    QUrl root() const
    {
        return QUrl(QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_server.serverPort()));
    }
    QUrl apiUrl() const { return QUrl(root().toString() + QStringLiteral("/api/v1")); }
    QList<Request> requests;
    int connections = 0;   // TCP connections accepted, whether or not a request followed

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines.at(i).indexOf(':'));
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length", "0").toInt();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            r.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            requests << r;
            const Response response = m_handler ? m_handler(r) : Response::json(404, "{}");
            if (response.action == Response::Action::Stall)
                return;   // never answer
            if (response.action == Response::Action::Drop) {
                s->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            bool hasType = false;
            for (const auto &h : response.headers) {
                out += h.first + ": " + h.second + "\r\n";
                hasType = hasType || h.first.toLower() == "content-type";
            }
            if (!hasType)
                out += "Content-Type: application/json\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
            s->write(out);
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QHostAddress m_address;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
