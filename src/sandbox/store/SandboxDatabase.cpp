#include "sandbox/store/SandboxDatabase.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#include <sqlite3.h>

namespace {

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS imports("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, organisation_id TEXT NOT NULL, type TEXT NOT NULL,"
    " payload TEXT NOT NULL, contact_list_id TEXT, reference_id TEXT, failed_url TEXT, payload_url TEXT,"
    " total_count INTEGER NOT NULL, success_count INTEGER NOT NULL DEFAULT 0, failed_count INTEGER NOT NULL DEFAULT 0,"
    " next_row INTEGER NOT NULL DEFAULT 0, hints TEXT NOT NULL DEFAULT '[]', payload_source INTEGER)",
    "CREATE INDEX IF NOT EXISTS imports_reference_id ON imports(reference_id)",
    "CREATE INDEX IF NOT EXISTS imports_pending ON imports(seq) WHERE next_row < total_count",
    "CREATE TABLE IF NOT EXISTS import_failures("
    " import_seq INTEGER NOT NULL, row_index INTEGER NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,"
    " input TEXT NOT NULL, PRIMARY KEY(import_seq, row_index)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS contacts("
    " seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, external_id TEXT, email TEXT, whatsapp TEXT, sms TEXT,"
    " instagram TEXT, facebook TEXT, google_business_messaging TEXT, data TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    // The constraint names are the ones the real service reports in failed[].message.
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_external_id ON contacts(external_id) WHERE external_id IS NOT NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_email ON contacts(email) WHERE email IS NOT NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_whatsapp ON contacts(whatsapp) WHERE whatsapp IS NOT NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_sms ON contacts(sms) WHERE sms IS NOT NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_instagram ON contacts(instagram) WHERE instagram IS NOT NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_facebook ON contacts(facebook) WHERE facebook IS NOT NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS unique_google_business_messaging ON contacts(google_business_messaging) WHERE "
    "google_business_messaging IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS contact_list_members(list_id TEXT NOT NULL, contact_id TEXT NOT NULL,"
    " PRIMARY KEY(list_id, contact_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS usage(day TEXT PRIMARY KEY, requests INTEGER NOT NULL DEFAULT 0,"
    " entities INTEGER NOT NULL DEFAULT 0)",
};

}   // namespace

SandboxDatabase::~SandboxDatabase()
{
    close();
}

void SandboxDatabase::report(const QString &what, const QString &error)
{
    QTextStream(stderr) << "mateo-sandbox: database error while " << what << ": " << error << Qt::endl;
}

bool SandboxDatabase::open(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error =
            QStringLiteral("%1: cannot create the data directory. Pick a writable one with --data DIR.").arg(directory);
        return false;
    }
    m_path = QDir(directory).filePath(QStringLiteral("sandbox.sqlite"));
    m_connection = QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        *error = QStringLiteral(
                     "%1: cannot open the SQLite database (%2). Check the permissions, or use another --data DIR.")
                     .arg(m_path, database.lastError().text());
        return false;
    }
    QString sqlError;
    // WAL + synchronous=NORMAL: a committed transaction survives a crash of this process (it is in
    // the OS's hands at once); only a power cut could lose the last few, which is fine for a sandbox.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &sqlError) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &sqlError) ||
        !exec(QStringLiteral("PRAGMA cache_size=-65536"), &sqlError) ||
        !exec(QStringLiteral("PRAGMA temp_store=MEMORY"), &sqlError) ||
        !exec(QStringLiteral("PRAGMA wal_autocheckpoint=20000"), &sqlError)) {
        *error = QStringLiteral("%1: %2").arg(m_path, sqlError);
        return false;
    }
    // Databases from before payload_source existed: add it (an error just means it is there).
    if (exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'imports'"), &sqlError)) {
        QString ignored;
        exec(QStringLiteral("ALTER TABLE imports ADD COLUMN payload_source INTEGER"), &ignored);
    }
    for (const char *statement : kSchema) {
        if (!exec(QString::fromLatin1(statement), &sqlError)) {
            *error = QStringLiteral("%1: cannot create the schema (%2). Delete the file or use another --data DIR.")
                         .arg(m_path, sqlError);
            return false;
        }
    }
    return true;
}

sqlite3 *SandboxDatabase::handle() const
{
    const QVariant native = db().driver()->handle();
    if (!native.isValid() || qstrcmp(native.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(native.constData());
}

void SandboxDatabase::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool SandboxDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    else
        report(sql, query.lastError().text());
    return false;
}

bool SandboxDatabase::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SandboxDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SandboxDatabase::rollback()
{
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
}

QString SandboxDatabase::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool SandboxDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    report(QStringLiteral("saving ") + key, query.lastError().text());
    return false;
}
