#pragma once

#include "core/journal/JournalBatch.h"
#include "core/journal/JournalJob.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QSqlQuery;

// The journal's SQLite layout in one place: the tables (created if missing when the journal opens),
// the column lists the queries select, how a row becomes a JournalJob / JournalBatch, and how lists
// are stored in a column (numbers comma-separated, cells as a JSON array). ImportJournal does the work.
namespace JournalSchema {

// CREATE TABLE / INDEX statements, idempotent.
const std::vector<const char *> &statements();
// Columns added after the first release: ALTER TABLE statements for those a journal written by an
// older version lacks (empty when it has them all). `tableColumns` lists a table's columns.
QStringList upgradeStatements(const std::function<QStringList(const QString &table)> &tableColumns);

inline constexpr char jobColumns[] =
    "SELECT id, state, created_at, updated_at, source_path, source_size, source_mtime, source_hash, source_headers,"
    " source_encoding, source_delimiter, source_bom, profile, api_url, import_type, contact_list_id, batch_size,"
    " total_rows, invalid_rows, message, skipped_rows FROM jobs";
JournalJob jobFrom(const QSqlQuery &query);   // a row of jobColumns

inline constexpr char batchColumns[] =
    "SELECT id, job_id, sequence, parent_id, state, reference_id, record_indexes, lines, payload_hash, import_id,"
    " total_count, success_count, failed_count, attempts, error FROM batches";
JournalBatch batchFrom(const QSqlQuery &query);   // a row of batchColumns

QString joinNumbers(const QList<qint64> &numbers);
QList<qint64> splitNumbers(const QString &text);
QByteArray cellsJson(const QStringList &cells);
QStringList cellsFromJson(const QByteArray &json);
QString now();   // UTC, ISO 8601 with milliseconds: the journal's timestamps
}
