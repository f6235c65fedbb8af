#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

// What the API handlers need of an HTTP request, copied out of Qt's request object (which is
// reused for the connection's next request, while an answer may be sent later).
struct SandboxRequest
{
    QByteArray method;   // GET, POST, ...
    QString path;   // /api/v1/import
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;   // names in lower case
    QByteArray body;

    QByteArray header(const char *lowerCaseName) const { return headers.value(QByteArray(lowerCaseName)); }
};
