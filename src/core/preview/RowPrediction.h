#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// What the service will do with one sendable row, as the preview predicts it (docs/engine.md
// "Preview"): create a contact, update one (with the values it replaces), leave it as it is, or
// refuse the row because its identifiers belong to different contacts.
struct RowPrediction
{
    enum class Kind {
        New,   // creates a contact
        Update,   // updates `contactId`; `changes` lists every mapped value that differs
        Unchanged,   // matches `contactId` and every mapped value is already stored
        Conflict,   // 23505: an identifier belongs to another contact that has an external_id
        Rejected   // another refusal the service makes (a value it cannot store, an unknown key)
    };
    struct Change
    {
        QString field;   // payload key
        QJsonValue before;   // stored value (Null = none)
        QJsonValue after;   // stored form of the sent value (Null = cleared)
    };
    struct Claim
    {
        QString column;   // external_id or a handle
        QString value;   // stored (normalised) form
        QString contactId;   // the contact owning it; a contact the same file creates is "line:N"
    };

    qint64 line = 0;
    Kind kind = Kind::New;
    QString contactId;   // Update / Unchanged: the matched contact
    QList<Change> changes;
    QList<Claim> claims;   // Conflict: every identifier of the row that a contact owns
    QString code;   // Conflict / Rejected: the service's code (23505, 23514, PGRST204, ...)
    QString message;   // Conflict / Rejected: the service's message
    bool sent = true;   // false: the import mode keeps it back, or a conflict (ImportMode::decide)
    QString skipCode;   // when !sent: conflict, skipped_exists, skipped_new, skipped_unchanged
    QString skipReason;   // when !sent: translated, for the failed-rows table

    static QString kindName(Kind kind);   // new, update, unchanged, conflict, rejected
};
