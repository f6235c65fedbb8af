#pragma once

#include <QJsonArray>
#include <QString>

class PostgrestQuery;
class SandboxDatabase;

// GET /contact_details: the stored contacts, so tests (and curious users) can check what an import
// really stored. A row is the contact's stored fields (normalised values: UTC datetimes, E.164
// phones, lower-case e-mails, custom field and channel keys at top level) plus id, created_at,
// updated_at and contact_list_ids. Filters on id, external_id, the handles, created_at, updated_at.
class ContactStore
{
public:
    explicit ContactStore(SandboxDatabase &database);

    bool list(const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error, bool *badQuery);

private:
    SandboxDatabase &m_database;
};
