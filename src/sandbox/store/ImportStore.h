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
    // caller's transaction; returns the full rows (with `failed` empty) and their internal sequence
    // numbers, or false on a database error. `body` is the request body the imports came from: a
    // single import's payload is stored as that text (no second serialisation).
    bool create(const QList<QJsonObject> &imports, const QByteArray &body, bool bodyIsObject, QJsonArray *rows,
                QList<qint64> *seqs, QString *error);

    // The payload stored by create(): `source` says where in `text` it is (see the schema).
    static QJsonArray payloadFrom(const QByteArray &text, const QVariant &source);

    // Rows matching `query`, limited; *total = all matching rows (for Content-Range).
    bool list(const PostgrestQuery &query, QJsonArray *rows, qint64 *total, QString *error, bool *badQuery);

private:
    QJsonArray failedOf(qint64 seq) const;

    SandboxDatabase &m_database;
    SandboxClock &m_clock;
    QString m_organisationId;
};
