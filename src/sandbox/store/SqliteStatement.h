#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared SQLite statement on the Qt connection's own handle, for the processing hot path:
// Qt's QSqlQuery costs more per row (QVariant binds, result caching) than the whole upsert, and
// the sandbox must store 20,000+ contacts a second. Everything else uses QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql);
    bool isValid() const { return m_statement != nullptr; }

    // Binds by 1-based index; an empty text binds NULL.
    void bindText(int index, const QByteArray &utf8);
    void bindText(int index, const QString &text) { bindText(index, text.toUtf8()); }
    void bindInt(int index, qint64 value);

    // Runs to completion (INSERT/UPDATE); resets for the next use.
    bool exec();
    // Row by row for SELECT; call reset() when done.
    bool step(bool *row);
    void reset();

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    QByteArray columnBytes(int column) const;

    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
