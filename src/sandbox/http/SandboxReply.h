#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// An answer of the sandbox, or the decision not to give one (a stall or a dropped connection,
// which the test controls inject).
struct SandboxReply
{
    enum class Action { Answer, Stall, Drop, Truncate };

    int status = 200;
    QByteArray body;   // JSON, or empty
    QList<QPair<QByteArray, QByteArray>> headers;   // besides Content-Type/Length
    Action action = Action::Answer;
    int delayMs = 0;

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply json(int status, const QJsonArray &array);
    static SandboxReply empty(int status);
    // The API's error shape: {"code", "message", "hint", "status"}, always application/json.
    static SandboxReply error(int status, const QString &code, const QString &message, const QString &hint);

    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool closeConnection) const;
};
