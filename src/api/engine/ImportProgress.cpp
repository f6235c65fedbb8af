#include "api/engine/ImportProgress.h"

ImportProgress ImportProgress::count(const JournalJob &job, const QList<JournalBatch> &batches)
{
    ImportProgress p;
    p.totalRows = job.totalRows;
    p.invalidRows = job.invalidRows;
    p.skippedRows = job.skippedRows;
    for (const JournalBatch &b : batches) {
        if (b.state == BatchState::Split)
            continue;
        ++p.batchesTotal;
        p.rowsToSend += b.rowCount();
        switch (b.state) {
        case BatchState::Accepted:
            ++p.batchesProcessing;
            p.rowsProcessing += qMax<qint64>(0, b.rowCount() - b.successCount - b.failedCount);
            Q_FALLTHROUGH();
        case BatchState::Finished:
            p.acceptedRows += b.rowCount();
            p.successRows += b.successCount;
            p.failedRows += b.failedCount;
            p.processedRows += b.successCount + b.failedCount;
            break;
        case BatchState::Planned:
            p.rowsNotSent += b.rowCount();
            break;
        case BatchState::Sending:
            p.rowsUnknown += b.rowCount();
            break;
        case BatchState::Rejected:
            p.failedRows += b.rowCount();
            p.processedRows += b.rowCount();
            break;
        default:
            break;
        }
        if (BatchStates::isDone(b.state))
            ++p.batchesDone;
    }
    return p;
}
