#include "SandboxServer.h"

#include <QHttpServerResponse>
#include <QJsonObject>

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_http.afterRequest([](QHttpServerResponse &&response) {
        return std::move(response);
    });
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}
