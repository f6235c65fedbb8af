#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A row handed back to the user: the source record as written plus why it was not imported
// (rejected before sending, refused by the API, or failed while the server processed it).
struct FailedRow
{
    qint64 recordIndex = -1;
    qint64 line = 0;
    QStringList cells;   // original cells in source column order (empty when unknown)
    QString code;   // API code ("23505") or pre-flight issue kind ("invalid_email")
    QString message;
    QString hint;
    QJsonObject input;   // the payload object as sent, when it was sent
    qint64 batchId = 0;   // 0 for rows rejected before sending
};
