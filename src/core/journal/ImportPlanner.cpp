#include "core/journal/ImportPlanner.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ImportPlanner {

QByteArray payloadBytes(const QList<QJsonObject> &objects)
{
    QByteArray bytes;
    bytes.reserve(objects.size() * 160);
    bytes += '[';
    for (int i = 0; i < objects.size(); ++i) {
        if (i)
            bytes += ',';
        bytes += QJsonDocument(objects.at(i)).toJson(QJsonDocument::Compact);
    }
    bytes += ']';
    return bytes;
}

QByteArray payloadHash(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();
}

QList<JournalBatch> buildBatches(const QList<ConvertedRow> &rows, int batchSize, const QString &jobId,
                                 int firstSequence)
{
    return buildBatches(SendableRows::fromConverted(rows), batchSize, jobId, firstSequence);
}

QList<JournalBatch> buildBatches(const SendableRows &rows, int batchSize, const QString &jobId, int firstSequence)
{
    QList<JournalBatch> batches;
    batchSize = qMax(1, batchSize);
    int sequence = firstSequence;
    for (qsizetype start = 0; start < rows.size(); start += batchSize)
        batches << batchOf(rows, start, qMin<qsizetype>(rows.size(), start + batchSize), jobId, sequence++);
    return batches;
}

JournalBatch batchOf(const SendableRows &rows, qsizetype start, qsizetype end, const QString &jobId, int sequence)
{
    JournalBatch batch;
    batch.jobId = jobId;
    batch.sequence = sequence;
    batch.referenceId = QStringLiteral("%1-%2").arg(jobId).arg(sequence, 5, 10, QLatin1Char('0'));
    // The same bytes payloadBytes() makes of the objects: each payload is compact JSON already.
    batch.payload.reserve(
        2 + (start < end ? rows.rows.at(end - 1).end - (start ? rows.rows.at(start - 1).end : 0) : 0) + (end - start));
    batch.payload += '[';
    for (qsizetype i = start; i < end; ++i) {
        if (i > start)
            batch.payload += ',';
        batch.payload += rows.payload(i);
        batch.recordIndexes << rows.rows.at(i).recordIndex;
        batch.lines << rows.rows.at(i).line;
    }
    batch.payload += ']';
    batch.payloadHash = payloadHash(batch.payload);
    return batch;
}

bool fitsToday(int batchRows, const QuotaBudget &today)
{
    return today.entitiesLeft() >= batchRows && today.requestsLeft() >= RequestsPerBatch;
}

int effectiveBatchSize(int requested, const QuotaBudget &budget)
{
    int size = requested > 0 ? requested : DefaultBatchSize;
    if (budget.dailyEntities > 0)
        size = int(qMin<qint64>(size, budget.dailyEntities));
    return qMax(1, size);
}

ImportPlan plan(const QList<int> &pendingBatchRows, const QuotaBudget &today)
{
    ImportPlan result;
    QuotaBudget day = today;
    ImportPlan::Day current;
    for (int rows : pendingBatchRows) {
        result.rows += rows;
        ++result.batches;
        // A batch larger than a whole day can never fit; count it on a day of its own rather than loop.
        while (!fitsToday(rows, day) && (day.usedEntities > 0 || day.usedRequests > 0)) {
            result.days << current;
            current = ImportPlan::Day();
            day.usedEntities = 0;
            day.usedRequests = 0;
        }
        current.rows += rows;
        ++current.batches;
        day.usedEntities += rows;
        day.usedRequests += RequestsPerBatch;
    }
    if (current.batches > 0 || result.days.isEmpty())
        result.days << current;
    return result;
}

}
