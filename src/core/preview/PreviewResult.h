#pragma once

#include "core/preview/RowPrediction.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// The preview of an import (docs/engine.md "Preview"): per sendable row what the service will do,
// with the requests it cost. `complete` is false when the request cap (or a failed request)
// stopped the lookups: then only the first `predictions.size()` sendable rows are predicted.
struct PreviewResult
{
    qint64 rows = 0;   // data records in the file
    qint64 sendable = 0;   // rows that pass the checks and would be sent
    qint64 requestsPlanned = 0;   // lookups the plan needs (pages beyond the first not included)
    qint64 requestsUsed = 0;   // lookups sent
    bool complete = false;
    QString stopReason;   // why it stopped early (translated), empty when complete
    bool failed = false;   // a lookup failed (connection, key): not the cap, not a cancel
    QVector<RowPrediction> predictions;   // the first sendable rows, in file order

    qint64 count(RowPrediction::Kind kind) const;
    // The CLI's --json shape: rows, sendable, new, update, unchanged, conflict, rejected,
    // requests_used, complete, predicted, updates (first maxListed), conflicts (first maxListed).
    QJsonObject toJson(int maxListed = 100) const;
};
