#pragma once

#include "core/failedrows/FailedRow.h"
#include "core/journal/JournalBatch.h"
#include "core/journal/JournalJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlDatabase;

// The durable record of every import job (SQLite in WAL mode, synchronous=FULL): jobs, their batches
// with the exact payload bytes and reference_ids, failed rows, and the quota used per day. Every state
// change is committed before the caller acts on it — the journal is what makes exactly-once possible.
// Lives in QStandardPaths::AppDataLocation, or in $MATEO_DATA_DIR when set (tests, portable use).
// Each instance opens its own uniquely named connection: use one instance per thread.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    explicit ImportJournal(QString directory = defaultDirectory());
    ~ImportJournal();
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("journal.sqlite"); }

    bool open(QString *errorMessage = nullptr);
    QString filePath() const;
    QString lastError() const { return m_lastError; }

    // A new job with all its batches (state planned) and the rows refused before sending, in one
    // transaction. Fills job.id, createdAt and the batches' ids.
    bool createJob(JournalJob &job, QList<JournalBatch> &batches, const QList<FailedRow> &rejectedRows,
                   const QList<QList<QStringList>> &batchCells = {});
    // The same written batch by batch in one transaction, so a million rows never sit in memory as
    // batches: beginJob(), addBatch() for each, addRejectedRows(), then commitJob() — or abandonJob(),
    // which leaves no trace of the job.
    bool beginJob(JournalJob &job);
    bool addBatch(JournalBatch &batch, const QList<QStringList> &cells);   // fills batch.id
    bool addRejectedRows(const QString &jobId, const QList<FailedRow> &rows) { return insertFailedRows(jobId, rows); }
    bool commitJob();
    void abandonJob();
    std::optional<JournalJob> job(const QString &id) const;
    QList<JournalJob> jobs(bool unfinishedOnly) const;   // newest first
    bool setJobState(const QString &jobId, JournalJob::State state, const QString &message = QString());

    // Without payload bytes (see payload()); ordered by sequence.
    QList<JournalBatch> batches(const QString &jobId) const;
    std::optional<JournalBatch> batch(qint64 batchId) const;
    // The batch the account knows as this import (GET /import's id), if it was sent from here.
    std::optional<JournalBatch> batchForImport(const QString &importId) const;
    QByteArray payload(qint64 batchId) const;
    QList<QStringList> cells(qint64 batchId) const;   // original cells per row, same order as the payload

    bool markSending(qint64 batchId);   // counts an attempt
    bool markPlanned(qint64 batchId, const QString &error);   // proven not stored: may be sent again
    bool markAccepted(qint64 batchId, const QString &importId);
    bool updateCounts(qint64 batchId, qint64 total, qint64 success, qint64 failed);
    bool markFinished(qint64 batchId, qint64 total, qint64 success, qint64 failed, const QList<FailedRow> &failures);
    bool markRejected(qint64 batchId, const QString &error, const QList<FailedRow> &failures);
    // 413: the parent becomes `split`, the children (fresh reference_ids) take its place.
    bool splitBatch(qint64 parentId, QList<JournalBatch> &children, const QList<QList<QStringList>> &childCells);

    QList<FailedRow> failedRows(const QString &jobId) const;   // by source line
    // The same one at a time (a job may have hundreds of thousands); false if the journal failed.
    bool forEachFailedRow(const QString &jobId, const std::function<void(const FailedRow &)> &visit) const;
    qint64 failedRowCount(const QString &jobId) const;

    // Quota usage per API origin and UTC day ("2026-11-27").
    void usage(const QString &origin, const QString &day, qint64 *entities, qint64 *requests) const;
    bool addUsage(const QString &origin, const QString &day, qint64 entities, qint64 requests);
    bool setUsage(const QString &origin, const QString &day, qint64 entities, qint64 requests);

private:
    bool exec(const QString &sql);
    bool insertFailedRows(const QString &jobId, const QList<FailedRow> &rows);
    std::optional<JournalBatch> batchWhere(const QString &condition, const QVariant &value) const;
    bool fail(const QString &what, const QString &detail) const;
    QSqlDatabase db() const;

    QString m_directory;
    QString m_connectionName;
    mutable QString m_lastError;
};
