#include "core/journal/RowChangeLog.h"

#include "core/failedrows/FailedRowsExport.h"
#include "core/preview/PreviewResult.h"
#include "core/validate/SendableRows.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

}   // namespace

QList<RowChangeLog::Entry> RowChangeLog::fromPreview(const SendableRows &rows, const PreviewResult &preview)
{
    QList<Entry> entries;
    for (qsizetype i = 0; i < preview.predictions.size() && i < rows.size(); ++i) {
        const RowPrediction &p = preview.predictions.at(i);
        if (!p.sent)
            continue;
        Entry entry;
        entry.recordIndex = rows.rows.at(i).recordIndex;
        entry.line = p.line;
        entry.outcome = RowPrediction::kindName(p.kind);
        entry.contactId = p.contactId;
        for (const RowPrediction::Change &c : p.changes)
            entry.changes.insert(c.field, QJsonArray{c.before, c.after});
        entries.append(entry);
    }
    return entries;
}

RowChangeLog::RowChangeLog(QString journalDirectory)
    : m_directory(std::move(journalDirectory))
    , m_connectionName(QStringLiteral("mateo-row-changes-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RowChangeLog::~RowChangeLog()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool RowChangeLog::fail(const QString &what, const QString &detail) const
{
    m_lastError = tr("Import journal in %1: %2 failed (%3). Check free disk space.").arg(m_directory, what, detail);
    return false;
}

bool RowChangeLog::open(QString *errorMessage)
{
    QDir().mkpath(m_directory);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(QDir(m_directory).filePath(QStringLiteral("journal.sqlite")));
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    bool ok = database.open() || fail(tr("opening"), database.lastError().text());
    QSqlQuery q(database);
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
          "CREATE TABLE IF NOT EXISTS row_changes(id INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL,"
          " record_index INTEGER, line INTEGER, outcome TEXT, contact_id TEXT, changes TEXT)",
          "CREATE INDEX IF NOT EXISTS row_changes_job ON row_changes(job_id, line)"}) {
        ok = ok && (q.exec(QString::fromLatin1(statement)) || fail(tr("preparing the table"), q.lastError().text()));
    }
    if (!ok && errorMessage)
        *errorMessage = m_lastError;
    return ok;
}

bool RowChangeLog::record(const QString &jobId, const QList<Entry> &entries)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!database.transaction())
        return fail(tr("starting a transaction"), database.lastError().text());
    QSqlQuery q(database);
    q.prepare(QStringLiteral("INSERT INTO row_changes(job_id, record_index, line, outcome, contact_id, changes)"
                             " VALUES(?,?,?,?,?,?)"));
    for (const Entry &e : entries) {
        q.addBindValue(jobId);
        q.addBindValue(e.recordIndex);
        q.addBindValue(e.line);
        q.addBindValue(e.outcome);
        q.addBindValue(e.contactId);
        q.addBindValue(e.changes.isEmpty()
                           ? QString()
                           : QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            database.rollback();
            return fail(tr("saving the changes of line %1").arg(e.line), q.lastError().text());
        }
    }
    return database.commit() || fail(tr("committing"), database.lastError().text());
}

bool RowChangeLog::forEach(const QString &jobId, const std::function<void(const Entry &)> &visit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_index, line, outcome, contact_id, changes FROM row_changes"
                             " WHERE job_id = ? ORDER BY line, id"));
    q.addBindValue(jobId);
    if (!q.exec())
        return fail(tr("reading the changes"), q.lastError().text());
    while (q.next()) {
        Entry e;
        e.recordIndex = q.value(0).toLongLong();
        e.line = q.value(1).toLongLong();
        e.outcome = q.value(2).toString();
        e.contactId = q.value(3).toString();
        e.changes = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        visit(e);
    }
    return true;
}

qint64 RowChangeLog::count(const QString &jobId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM row_changes WHERE job_id = ?"));
    q.addBindValue(jobId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool RowChangeLog::exportCsv(const QString &jobId, const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QChar delimiter(QLatin1Char(';'));
    QByteArray out("\xEF\xBB\xBF");   // Excel reads umlauts right only with a BOM
    const auto line = [&](const QStringList &cells) {
        // csvLine quotes and guards against formula injection, like the failed-rows export.
        out += FailedRowsExport::csvLine(cells, delimiter).toUtf8() + "\r\n";
    };
    line({QStringLiteral("line"), QStringLiteral("outcome"), QStringLiteral("contact_id"), QStringLiteral("field"),
          QStringLiteral("old_value"), QStringLiteral("new_value")});
    const bool ok = forEach(jobId, [&](const Entry &e) {
        const QStringList head{QString::number(e.line), e.outcome, e.contactId};
        if (e.changes.isEmpty()) {
            line(head + QStringList{QString(), QString(), QString()});
            return;
        }
        for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            line(head + QStringList{it.key(), cellText(pair.at(0)), cellText(pair.at(1))});
        }
    });
    if (!ok) {
        if (errorMessage)
            *errorMessage = m_lastError;
        return false;
    }
    file.write(out);
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
