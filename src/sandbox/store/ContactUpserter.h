#pragma once

#include "core/identity/ContactRowNormalizer.h"
#include "sandbox/store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class SandboxDatabase;
class SandboxOrganisation;

// Applies one `contact_details` payload row, as the real service does: checks and normalises the
// values, finds the contact by external_id or any handle, and inserts or updates it. Runs inside
// the caller's transaction (ImportProcessor commits a batch together with the import's counts).
//
// Identity rules (docs/sandbox.md):
//  - the target is the contact with the row's external_id; else the first contact owning one of
//    the row's handles (email, whatsapp, sms, instagram, facebook, google_business_messaging) that
//    has no other external_id;
//  - a handle of the row owned by another contact that HAS an external_id: two contacts claim one
//    handle -> the row fails, code 23505, `duplicate key value violates unique constraint "unique_<h>"`;
//  - a handle owned by another contact WITHOUT external_id moves to the target -> a hint.
class ContactUpserter
{
public:
    static const QStringList &handleColumns();
    // Whether `key` is a column of a stored contact: a contact field, a custom field or a
    // marketing channel of the organisation, or one of the row's own (id, created_at, ...).
    bool isContactColumn(const QString &key) const;

    struct Outcome
    {
        bool ok = false;
        QString code;   // when !ok
        QString message;   // when !ok
        bool internal = false;   // a database error: the caller rolls the batch back and retries
        QJsonArray hints;   // handles that moved ({code, message, input})
    };

    ContactUpserter(SandboxDatabase &database, const SandboxOrganisation &organisation);

    // `row` is one payload element; `listId` the import's contact_list_id (may be empty).
    Outcome apply(const QJsonValue &row, const QString &listId, const QString &now);

private:
    bool prepare();

    SandboxDatabase &m_database;
    const SandboxOrganisation &m_organisation;
    ContactRowNormalizer m_normalizer;   // the same reading of a row as the client's preview
    bool m_prepared = false;
    SqliteStatement &findStatement(int presentMask);

    SqliteStatement m_find[128];   // by which of external_id + 6 handles the row has
    SqliteStatement m_insert;
    SqliteStatement m_update;
    SqliteStatement m_addToList;
    SqliteStatement m_clearHandle[6];
};
