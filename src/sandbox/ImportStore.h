#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class PostgrestQuery;
class SandboxClock;
class SandboxDatabase;

// The `import` table as the API shows it: stores new imports and answers GET /import.
class ImportStore
{
public:
    ImportStore(SandboxDatabase &database, SandboxClock &clock, const QString &organisationId);

    static const QStringList &columns();   // in the order a full row is printed

    // Stores validated import objects (type, payload, contact_list_id, reference_id) in the
    // caller's transaction; returns the full rows (with `failed` empty) or false on a database error.
    bool create(const QList<QJsonObject> &imports, QJsonArray *rows, QString *error);

    // Rows matching `query`, limited; *total = all matching rows (for Content-Range).
    bool list(const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error, bool *badQuery);

private:
    QJsonArray failedOf(qint64 seq) const;

    SandboxDatabase &m_database;
    SandboxClock &m_clock;
    QString m_organisationId;
};
