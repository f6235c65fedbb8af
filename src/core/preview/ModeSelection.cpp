#include "core/preview/ModeSelection.h"

#include "core/validate/SendableRows.h"

qint64 ModeSelection::apply(SendableRows *rows, const PreviewResult &preview)
{
    Q_ASSERT(preview.predictions.size() == rows->size());
    SendableRows narrowed;
    narrowed.payloads.reserve(rows->payloads.size());
    narrowed.refused = rows->refused;
    narrowed.skipped = rows->skipped;   // e.g. nothing mapped to send: still handed back
    qint64 keptBack = 0;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const SendableRows::Row &row = rows->rows.at(i);
        const RowPrediction &p = preview.predictions.at(i);
        if (p.sent) {
            narrowed.append(row.recordIndex, row.line, rows->payload(i));
            continue;
        }
        FailedRow kept;
        kept.recordIndex = row.recordIndex;
        kept.line = row.line;
        kept.code = p.skipCode;
        kept.message = p.skipReason;
        // A conflict is a row the service would refuse (invalid); a row the mode keeps back is fine,
        // just not sent: skipped (SendableRows::skipped), counted apart.
        (p.skipCode == QLatin1String("conflict") ? narrowed.refused : narrowed.skipped).append(kept);
        ++keptBack;
    }
    *rows = std::move(narrowed);
    return keptBack;
}
