#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/http/SandboxApi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpSocket>

// The local Hellomateo Import API (`mateo-sandbox`), served under /api/v1 on loopback.
// Built on QAbstractHttpServer (not QHttpServer's router) because the test controls need the raw
// connection: to answer late, never, or drop it after a commit.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);

    // Opens the data directory and organisation. False + *error (what to do next) on failure.
    bool open(QString *error);
    // Returns the bound port, or 0 when the address/port could not be bound.
    quint16 listen(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void send(QTcpSocket *socket, const SandboxReply &reply, bool close);

    SandboxApi m_api;
    qint64 m_maxBodyBytes;
    QList<QPointer<QTcpSocket>> m_stalled;   // kept open, never answered
};
