#include "sandbox/http/SandboxReply.h"

#include <QJsonDocument>

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::json(int status, const QJsonArray &array)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &code, const QString &message, const QString &hint)
{
    return json(status,
                QJsonObject{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("hint"), hint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hint)},
                            {QStringLiteral("status"), status}});
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray SandboxReply::serialize(bool closeConnection) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}
