#include "core/journal/ImportJournal.h"

#include "core/journal/JournalSchema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

ImportJournal::ImportJournal(QString directory)
    : m_directory(std::move(directory))
    , m_connectionName(QStringLiteral("mateo-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ImportJournal::~ImportJournal()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ImportJournal::defaultDirectory()
{
    const QByteArray overridden = qgetenv("MATEO_DATA_DIR");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ImportJournal::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

QSqlDatabase ImportJournal::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ImportJournal::fail(const QString &what, const QString &detail) const
{
    m_lastError = tr("Import journal %1: %2 failed (%3). Check free disk space and that only one "
                     "mateo-import works on this job.")
                      .arg(filePath(), what, detail);
    return false;
}

bool ImportJournal::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        return fail(sql.left(40), q.lastError().text());
    return true;
}

bool ImportJournal::open(QString *errorMessage)
{
    auto done = [&](bool ok) {
        if (!ok && errorMessage)
            *errorMessage = m_lastError;
        return ok;
    };
    if (!QDir().mkpath(m_directory)) {
        m_lastError =
            tr("Cannot create the data folder %1. Choose another with MATEO_DATA_DIR or --data.").arg(m_directory);
        return done(false);
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(filePath());
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open())
        return done(fail(tr("opening"), database.lastError().text()));
    // WAL + FULL: a committed state change survives a crash or power loss before we act on it.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!exec(QString::fromLatin1(pragma)))
            return done(false);
    }
    for (const char *statement : JournalSchema::statements()) {
        if (!exec(QString::fromLatin1(statement)))
            return done(false);
    }
    const auto columnsOf = [this](const QString &table) {
        QStringList columns;
        QSqlQuery q(db());
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (q.next())
                columns << q.value(1).toString();
        }
        return columns;
    };
    for (const QString &statement : JournalSchema::upgradeStatements(columnsOf)) {
        if (!exec(statement))
            return done(false);
    }
    return done(true);
}

bool ImportJournal::addBatch(JournalBatch &batch, const QList<QStringList> &cells)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO batches(job_id, sequence, parent_id, state, reference_id, record_indexes, lines, payload,"
        " payload_hash, cells, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(batch.jobId);
    q.addBindValue(batch.sequence);
    q.addBindValue(batch.parentId);
    q.addBindValue(BatchStates::toString(batch.state));
    q.addBindValue(batch.referenceId);
    q.addBindValue(JournalSchema::joinNumbers(batch.recordIndexes));
    q.addBindValue(JournalSchema::joinNumbers(batch.lines));
    q.addBindValue(batch.payload);
    q.addBindValue(QString::fromLatin1(batch.payloadHash));
    QJsonArray rows;
    for (const QStringList &row : cells)
        rows.append(QJsonArray::fromStringList(row));
    q.addBindValue(cells.isEmpty() ? QByteArray() : QJsonDocument(rows).toJson(QJsonDocument::Compact));
    q.addBindValue(JournalSchema::now());
    if (!q.exec())
        return fail(tr("saving batch %1").arg(batch.referenceId), q.lastError().text());
    batch.id = q.lastInsertId().toLongLong();
    return true;
}

bool ImportJournal::insertFailedRows(const QString &jobId, const QList<FailedRow> &rows)
{
    if (rows.isEmpty())
        return true;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO failed_rows(job_id, batch_id, record_index, line, cells, code, message,"
                             " hint, input, source_column) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    for (const FailedRow &row : rows) {
        // One entry per reason; readers merge the entries of one record back (forEachFailedRow).
        const QString cells = QString::fromUtf8(JournalSchema::cellsJson(row.cells));
        const QString input = row.input.isEmpty()
                                  ? QString()
                                  : QString::fromUtf8(QJsonDocument(row.input).toJson(QJsonDocument::Compact));
        for (const FailedRowReason &reason : row.reasons()) {
            q.addBindValue(jobId);
            q.addBindValue(row.batchId);
            q.addBindValue(row.recordIndex);
            q.addBindValue(row.line);
            q.addBindValue(cells);
            q.addBindValue(reason.code);
            q.addBindValue(reason.message);
            q.addBindValue(reason.hint);
            q.addBindValue(input);
            q.addBindValue(reason.column);
            if (!q.exec())
                return fail(tr("saving failed row of line %1").arg(row.line), q.lastError().text());
        }
    }
    return true;
}

bool ImportJournal::createJob(JournalJob &job, QList<JournalBatch> &batches, const QList<FailedRow> &rejectedRows,
                              const QList<QList<QStringList>> &batchCells)
{
    bool ok = beginJob(job);
    for (int i = 0; ok && i < batches.size(); ++i) {
        batches[i].jobId = job.id;
        ok = addBatch(batches[i], batchCells.value(i));
    }
    ok = ok && addRejectedRows(job.id, rejectedRows);
    if (!ok) {
        abandonJob();
        return false;
    }
    return commitJob();
}

bool ImportJournal::beginJob(JournalJob &job)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(tr("starting a transaction"), database.lastError().text());
    if (job.id.isEmpty())
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(database);
    q.prepare(QStringLiteral(
        "INSERT INTO jobs(id, state, created_at, updated_at, source_path, source_size, source_mtime, source_hash,"
        " source_headers, source_encoding, source_delimiter, source_bom, profile, api_url, import_type,"
        " contact_list_id, batch_size, total_rows, invalid_rows, message, skipped_rows) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(job.id);
    q.addBindValue(JournalJob::stateName(job.state));
    q.addBindValue(job.createdAt.toString(Qt::ISODateWithMs));
    q.addBindValue(job.updatedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(job.source.path);
    q.addBindValue(job.source.size);
    q.addBindValue(job.source.modified.toString(Qt::ISODateWithMs));
    q.addBindValue(job.source.sha256);
    q.addBindValue(QString::fromUtf8(JournalSchema::cellsJson(job.headers)));
    q.addBindValue(job.encoding);
    q.addBindValue(job.delimiter);
    q.addBindValue(job.bom ? 1 : 0);
    q.addBindValue(QString::fromUtf8(job.profileJson));
    q.addBindValue(job.apiUrl);
    q.addBindValue(job.importType);
    q.addBindValue(job.contactListId);
    q.addBindValue(job.batchSize);
    q.addBindValue(job.totalRows);
    q.addBindValue(job.invalidRows);
    q.addBindValue(job.message);
    q.addBindValue(job.skippedRows);
    if (!q.exec()) {
        fail(tr("saving job"), q.lastError().text());
        database.rollback();
        return false;
    }
    return true;
}

bool ImportJournal::commitJob()
{
    QSqlDatabase database = db();
    if (!database.commit()) {
        fail(tr("committing the new job"), database.lastError().text());
        database.rollback();
        return false;
    }
    return true;
}

void ImportJournal::abandonJob()
{
    db().rollback();
}

std::optional<JournalJob> ImportJournal::job(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(JournalSchema::jobColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return JournalSchema::jobFrom(q);
}

QList<JournalJob> ImportJournal::jobs(bool unfinishedOnly) const
{
    QList<JournalJob> list;
    QSqlQuery q(db());
    QString sql = QString::fromLatin1(JournalSchema::jobColumns);
    if (unfinishedOnly)
        sql += QStringLiteral(" WHERE state NOT IN ('finished', 'cancelled')");
    sql += QStringLiteral(" ORDER BY created_at DESC");
    if (!q.exec(sql)) {
        fail(tr("listing jobs"), q.lastError().text());
        return list;
    }
    while (q.next())
        list << JournalSchema::jobFrom(q);
    return list;
}

bool ImportJournal::setJobState(const QString &jobId, JournalJob::State state, const QString &message)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, message = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(JournalJob::stateName(state));
    q.addBindValue(message);
    q.addBindValue(JournalSchema::now());
    q.addBindValue(jobId);
    return q.exec() || fail(tr("updating job %1").arg(jobId), q.lastError().text());
}

QList<JournalBatch> ImportJournal::batches(const QString &jobId) const
{
    QList<JournalBatch> list;
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(JournalSchema::batchColumns) +
              QStringLiteral(" WHERE job_id = ? ORDER BY sequence, id"));
    q.addBindValue(jobId);
    if (!q.exec()) {
        fail(tr("reading batches"), q.lastError().text());
        return list;
    }
    while (q.next())
        list << JournalSchema::batchFrom(q);
    return list;
}

std::optional<JournalBatch> ImportJournal::batchWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery q(db());
    q.prepare(QString::fromLatin1(JournalSchema::batchColumns) + QStringLiteral(" WHERE ") + condition);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return JournalSchema::batchFrom(q);
}

std::optional<JournalBatch> ImportJournal::batch(qint64 batchId) const
{
    return batchWhere(QStringLiteral("id = ?"), batchId);
}

std::optional<JournalBatch> ImportJournal::batchForImport(const QString &importId) const
{
    if (importId.isEmpty())
        return std::nullopt;
    return batchWhere(QStringLiteral("import_id = ? ORDER BY id DESC LIMIT 1"), importId);
}

QByteArray ImportJournal::payload(qint64 batchId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT payload FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

QList<QStringList> ImportJournal::cells(qint64 batchId) const
{
    QList<QStringList> rows;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT cells FROM batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return rows;
    const QJsonArray array = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
    for (const QJsonValue &row : array) {
        QStringList cells;
        for (const QJsonValue &c : row.toArray())
            cells << c.toString();
        rows << cells;
    }
    return rows;
}

bool ImportJournal::markSending(qint64 batchId)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE batches SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(JournalSchema::now());
    q.addBindValue(batchId);
    return q.exec() || fail(tr("marking batch %1 as sending").arg(batchId), q.lastError().text());
}

bool ImportJournal::markPlanned(qint64 batchId, const QString &error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE batches SET state = 'planned', error = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(JournalSchema::now());
    q.addBindValue(batchId);
    return q.exec() || fail(tr("updating batch %1").arg(batchId), q.lastError().text());
}

bool ImportJournal::markAccepted(qint64 batchId, const QString &importId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE batches SET state = 'accepted', import_id = ?, error = NULL, updated_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(importId);
    q.addBindValue(JournalSchema::now());
    q.addBindValue(batchId);
    return q.exec() || fail(tr("updating batch %1").arg(batchId), q.lastError().text());
}

bool ImportJournal::updateCounts(qint64 batchId, qint64 total, qint64 success, qint64 failed)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE batches SET total_count = ?, success_count = ?, failed_count = ? WHERE id = ?"));
    q.addBindValue(total);
    q.addBindValue(success);
    q.addBindValue(failed);
    q.addBindValue(batchId);
    return q.exec() || fail(tr("updating batch %1").arg(batchId), q.lastError().text());
}

bool ImportJournal::markFinished(qint64 batchId, qint64 total, qint64 success, qint64 failed,
                                 const QList<FailedRow> &failures)
{
    const auto b = batch(batchId);
    if (!b)
        return fail(tr("finishing batch %1").arg(batchId), tr("no such batch"));
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(tr("starting a transaction"), database.lastError().text());
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE batches SET state = 'finished', total_count = ?, success_count = ?,"
                             " failed_count = ?, updated_at = ? WHERE id = ? AND state <> 'finished'"));
    q.addBindValue(total);
    q.addBindValue(success);
    q.addBindValue(failed);
    q.addBindValue(JournalSchema::now());
    q.addBindValue(batchId);
    bool ok = q.exec() || fail(tr("finishing batch %1").arg(batchId), q.lastError().text());
    // Only the first finish stores failed rows: finishing twice must not duplicate them.
    ok = ok && (q.numRowsAffected() == 0 || insertFailedRows(b->jobId, failures));
    if (!ok) {
        database.rollback();
        return false;
    }
    return database.commit() || fail(tr("committing batch %1").arg(batchId), database.lastError().text());
}

bool ImportJournal::markRejected(qint64 batchId, const QString &error, const QList<FailedRow> &failures)
{
    const auto b = batch(batchId);
    if (!b)
        return fail(tr("rejecting batch %1").arg(batchId), tr("no such batch"));
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(tr("starting a transaction"), database.lastError().text());
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE batches SET state = 'rejected', error = ?, failed_count = ?, updated_at = ?"
                             " WHERE id = ? AND state <> 'rejected'"));
    q.addBindValue(error);
    q.addBindValue(qint64(failures.size()));
    q.addBindValue(JournalSchema::now());
    q.addBindValue(batchId);
    bool ok = q.exec() || fail(tr("rejecting batch %1").arg(batchId), q.lastError().text());
    ok = ok && (q.numRowsAffected() == 0 || insertFailedRows(b->jobId, failures));
    if (!ok) {
        database.rollback();
        return false;
    }
    return database.commit() || fail(tr("committing batch %1").arg(batchId), database.lastError().text());
}

bool ImportJournal::splitBatch(qint64 parentId, QList<JournalBatch> &children,
                               const QList<QList<QStringList>> &childCells)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(tr("starting a transaction"), database.lastError().text());
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE batches SET state = 'split', updated_at = ? WHERE id = ?"));
    q.addBindValue(JournalSchema::now());
    q.addBindValue(parentId);
    bool ok = q.exec() || fail(tr("splitting batch %1").arg(parentId), q.lastError().text());
    for (int i = 0; ok && i < children.size(); ++i)
        ok = addBatch(children[i], childCells.value(i));
    if (!ok) {
        database.rollback();
        return false;
    }
    return database.commit() || fail(tr("committing split of batch %1").arg(parentId), database.lastError().text());
}

QList<FailedRow> ImportJournal::failedRows(const QString &jobId) const
{
    QList<FailedRow> rows;
    forEachFailedRow(jobId, [&rows](const FailedRow &row) { rows << row; });
    return rows;
}

bool ImportJournal::forEachFailedRow(const QString &jobId, const std::function<void(const FailedRow &)> &visit) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);   // one row in memory at a time, not the whole result
    q.prepare(QStringLiteral("SELECT batch_id, record_index, line, cells, code, message, hint, input, source_column"
                             " FROM failed_rows WHERE job_id = ? ORDER BY line, id"));
    q.addBindValue(jobId);
    if (!q.exec())
        return fail(tr("reading failed rows"), q.lastError().text());
    // The entries of one record (one per reason) follow each other: they become one row again.
    FailedRow pending;
    bool hasPending = false;
    while (q.next()) {
        FailedRow r;
        r.batchId = q.value(0).toLongLong();
        r.recordIndex = q.value(1).toLongLong();
        r.line = q.value(2).toLongLong();
        r.code = q.value(4).toString();
        r.message = q.value(5).toString();
        r.hint = q.value(6).toString();
        r.column = q.value(8).toString();
        if (hasPending && pending.sameRecord(r)) {
            pending.moreReasons.append({r.code, r.message, r.hint, r.column});
            continue;
        }
        r.cells = JournalSchema::cellsFromJson(q.value(3).toString().toUtf8());
        r.input = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        if (hasPending)
            visit(pending);
        pending = std::move(r);
        hasPending = true;
    }
    if (hasPending)
        visit(pending);
    return true;
}

qint64 ImportJournal::failedRowCount(const QString &jobId) const
{
    // Rows, not reasons: entries of one record count once (unmatched entries, record -1, each count).
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM failed_rows WHERE job_id = ? GROUP BY batch_id,"
                             " line, CASE WHEN record_index >= 0 THEN record_index ELSE -id END)"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void ImportJournal::usage(const QString &origin, const QString &day, qint64 *entities, qint64 *requests) const
{
    *entities = 0;
    *requests = 0;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT entities, requests FROM usage WHERE origin = ? AND day = ?"));
    q.addBindValue(origin);
    q.addBindValue(day);
    if (q.exec() && q.next()) {
        *entities = q.value(0).toLongLong();
        *requests = q.value(1).toLongLong();
    }
}

bool ImportJournal::addUsage(const QString &origin, const QString &day, qint64 entities, qint64 requests)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO usage(origin, day, entities, requests) VALUES(?,?,?,?)"
                             " ON CONFLICT(origin, day) DO UPDATE SET entities = entities + excluded.entities,"
                             " requests = requests + excluded.requests"));
    q.addBindValue(origin);
    q.addBindValue(day);
    q.addBindValue(entities);
    q.addBindValue(requests);
    return q.exec() || fail(tr("recording quota usage"), q.lastError().text());
}

bool ImportJournal::setUsage(const QString &origin, const QString &day, qint64 entities, qint64 requests)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO usage(origin, day, entities, requests) VALUES(?,?,?,?)"));
    q.addBindValue(origin);
    q.addBindValue(day);
    q.addBindValue(entities);
    q.addBindValue(requests);
    return q.exec() || fail(tr("recording quota usage"), q.lastError().text());
}
