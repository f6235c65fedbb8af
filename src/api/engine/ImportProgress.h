#pragma once

#include "api/engine/ImportState.h"
#include "core/journal/JournalBatch.h"
#include "core/journal/JournalJob.h"

#include <QList>
#include <QMetaType>
#include <QtGlobal>

// A snapshot of a running job for progress bars: rows and batches, speed and remaining time.
struct ImportProgress
{
    qint64 totalRows = 0;   // data records in the source
    qint64 invalidRows = 0;   // left out before sending (pre-flight errors)
    qint64 skippedRows = 0;   // left out before sending, not for an error (nothing mapped to send)
    qint64 rowsToSend = 0;   // rows in batches (totalRows - invalidRows - skippedRows)
    qint64 acceptedRows = 0;   // rows in batches the server has stored
    qint64 processedRows = 0;   // rows the server has finished (success + failed), plus rejected batches
    qint64 successRows = 0;
    qint64 failedRows = 0;   // failed on the server or rejected (not counting invalidRows)
    int batchesTotal = 0;   // batches that carry rows (split parents not counted)
    int batchesDone = 0;
    int batchesProcessing = 0;   // accepted by the server, not finished there yet
    qint64 rowsProcessing = 0;   // their rows the server has not finished
    qint64 rowsNotSent = 0;   // rows in batches never sent (planned)
    qint64 rowsUnknown = 0;   // rows of a batch whose POST got no answer (reconciled before any resend)
    ImportState state = ImportState::Idle;
    double rowsPerSecond = 0;   // processed rows per second lately; 0 when not meaningful
    qint64 etaSeconds = -1;   // -1: no meaningful estimate (see EtaEstimator); never 0

    // Rows and batches of `job` as its batches stand (speed and ETA are left to the caller).
    static ImportProgress count(const JournalJob &job, const QList<JournalBatch> &batches);
};

Q_DECLARE_METATYPE(ImportProgress)
