#include "app/selftest/SqliteCheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString SqliteCheck::name() const
{
    return tr("SQLite database driver");
}

SelfCheck::Outcome SqliteCheck::run()
{
    const QString connection = QStringLiteral("mateo-self-test");
    Outcome outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            outcome = fail(tr("QSQLITE did not open an in-memory database: %1").arg(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                outcome = pass(QStringLiteral("QSQLITE, SQLite %1").arg(query.value(0).toString()));
            else
                outcome = fail(query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}
