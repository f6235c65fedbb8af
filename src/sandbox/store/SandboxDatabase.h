#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The sandbox's SQLite state under --data: WAL journal, every change in a transaction, so a
// SIGKILL at any moment loses nothing that was committed (an import row is committed before
// the 201 is sent; processed rows commit together with the import's counts).
struct sqlite3;

class SandboxDatabase
{
public:
    SandboxDatabase() = default;
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    // Creates the directory and schema when needed. False + *error (naming the file) on failure.
    bool open(const QString &directory, QString *error);
    void close();
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // The connection's native handle, for SqliteStatement (the processing hot path).
    sqlite3 *handle() const;

    bool exec(const QString &sql, QString *error = nullptr);
    bool begin();
    bool commit();
    void rollback();

    QString meta(const QString &key, const QString &fallback = {}) const;
    bool setMeta(const QString &key, const QString &value);

    // Reports an SQL failure on stderr with the statement, for diagnosing a broken data directory.
    static void report(const QString &what, const QString &error);

private:
    QString m_connection;
    QString m_path;
};
