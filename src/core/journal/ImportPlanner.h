#pragma once

#include "core/convert/ConvertedRow.h"
#include "core/journal/ImportPlan.h"
#include "core/journal/JournalBatch.h"
#include "core/journal/QuotaBudget.h"
#include "core/validate/SendableRows.h"

#include <QList>
#include <QStringList>

// Cuts converted rows into batches and spreads them over the daily quota. Pure functions: the
// engine asks before every send, the wizard before starting.
namespace ImportPlanner {

constexpr int DefaultBatchSize = 1000;
// Requests one batch costs at most: its POST, its share of status polls, a failed-rows fetch.
constexpr int RequestsPerBatch = 3;

// Batches of at most batchSize rows (rows with errors must already be left out), with payload bytes,
// their SHA-256, and reference_ids "<jobId>-<sequence>". Sequence numbers start at firstSequence.
QList<JournalBatch> buildBatches(const QList<ConvertedRow> &rows, int batchSize, const QString &jobId,
                                 int firstSequence = 1);
QList<JournalBatch> buildBatches(const SendableRows &rows, int batchSize, const QString &jobId, int firstSequence = 1);
// One of those batches: rows [start, end) of `rows` (JobWriter journals them one at a time).
JournalBatch batchOf(const SendableRows &rows, qsizetype start, qsizetype end, const QString &jobId, int sequence);

// The compact JSON array of these payload objects, exactly as sent.
QByteArray payloadBytes(const QList<QJsonObject> &objects);
QByteArray payloadHash(const QByteArray &payload);

// A batch fits today when both its rows and RequestsPerBatch requests are left.
bool fitsToday(int batchRows, const QuotaBudget &today);

// Spreads batches (their row counts, in sending order) over today and the following days.
ImportPlan plan(const QList<int> &pendingBatchRows, const QuotaBudget &today);

// Effective batch size: never more than a day's entity quota (such a batch could never be sent).
int effectiveBatchSize(int requested, const QuotaBudget &budget);

}
