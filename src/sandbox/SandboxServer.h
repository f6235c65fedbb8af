#pragma once

#include <QHttpServer>
#include <QHostAddress>
#include <QObject>

// The local Hellomateo Import API (`mateo-sandbox`), served under /api/v1 on loopback.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);

    // Returns the bound port, or 0 when the address/port could not be bound.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    QHttpServer m_http;
};
