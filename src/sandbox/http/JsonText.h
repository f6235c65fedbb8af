#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Compact JSON text, written straight into a byte array. The processing hot path writes one
// contact per row; QJsonDocument::toJson costs several times more (CBOR detour, reallocations).
class JsonText
{
public:
    static void appendString(QByteArray &out, const QString &text);
    static void appendValue(QByteArray &out, const QJsonValue &value);
};
