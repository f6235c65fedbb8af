#pragma once

#include "api/http/ApiResult.h"
#include "core/failedrows/FailedRow.h"
#include "core/journal/JournalBatch.h"

#include <QList>

class ImportJournal;

// What the engine journals when the server refuses a whole batch (docs/engine.md, "Batch states"):
// 413 splits it into two halves that are sent next; another 4xx hands every row back as failed.
namespace BatchRefusal {

// The two halves of `batch` (reference ids "<ref>.1", "<ref>.2"), journaled as its children with
// their source cells; payloads are not kept in memory. Empty when the journal refused (*ok false) or
// the batch holds a single row (*ok true: reject it instead).
QList<JournalBatch> splitInTwo(ImportJournal &journal, const JournalBatch &batch, bool *ok);

// Every row of `batch`, with the server's code, message and hint, as the failed rows to journal.
QList<FailedRow> rowsOf(ImportJournal &journal, const JournalBatch &batch, const ApiResult &result);

}
