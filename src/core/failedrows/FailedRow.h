#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One reason a row was not imported: as stored (raw server code and text, or a pre-flight kind and
// the checker's words); ErrorCatalog turns it into plain words at display and export time, in the
// language of that moment.
struct FailedRowReason
{
    QString code;   // API code ("23505") or pre-flight issue kind ("invalid_email")
    QString message;
    QString hint;
    QString column;   // source header the reason names (pre-flight issues; empty for server errors)
};

// A row handed back to the user: the source record as written plus every reason it was not
// imported (rejected before sending, refused by the API, or failed while the server processed it).
// The first reason is code/message/hint/column; a row with several errors carries the others in
// moreReasons (the Review page showed them all, so Results does too).
struct FailedRow
{
    qint64 recordIndex = -1;
    qint64 line = 0;
    QStringList cells;   // original cells in source column order (empty when unknown)
    QString code;   // API code ("23505") or pre-flight issue kind ("invalid_email")
    QString message;
    QString hint;
    QString column;   // source header the first reason names, when known
    QList<FailedRowReason> moreReasons;
    QJsonObject input;   // the payload object as sent, when it was sent
    qint64 batchId = 0;   // 0 for rows rejected before sending

    QList<FailedRowReason> reasons() const
    {
        QList<FailedRowReason> all{{code, message, hint, column}};
        all += moreReasons;
        return all;
    }
    // The same source record (journals store one entry per reason; they are merged back by this).
    bool sameRecord(const FailedRow &other) const
    {
        return recordIndex >= 0 && recordIndex == other.recordIndex && batchId == other.batchId && line == other.line;
    }
};
