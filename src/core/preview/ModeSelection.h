#pragma once

#include "core/preview/PreviewResult.h"

struct SendableRows;

// Narrows what an import sends to what its mode chose (docs/engine.md "Import modes"): every row the
// preview marked as not sent (kept back by create-only / update-only / skip-unchanged, or a conflict
// the service would refuse) leaves the rows to send and is handed back as a failed row with its code
// and plain reason, before anything is sent: kept-back rows as skipped rows, conflicts as refused
// (invalid) ones (SendableRows). Only a complete preview may narrow rows: a row that
// was not predicted cannot be decided.
class ModeSelection
{
public:
    // `preview` predicted every row of `rows`, in the same order. Returns how many rows were kept back.
    static qint64 apply(SendableRows *rows, const PreviewResult &preview);
};
