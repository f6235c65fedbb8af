#pragma once

#include "core/identity/ContactRowNormalizer.h"

#include <QString>
#include <QStringList>
#include <QVector>

struct SendableRows;

// Which GET /contact_details requests the preview needs to find every contact that owns one of the
// file's identifiers (docs/engine.md "Preview"): one `in.(…)` filter on one identifier column per
// request, each value once, as many values as fit in a query of `maxQueryBytes` (so a file of new
// contacts costs far less than one request per 50 identifiers; matches beyond 50 are paged).
// Batches are ordered by the first row they serve, so after the first k answers every row before
// batches[k].firstRow is fully looked up — a capped preview still predicts a clean prefix.
class LookupPlan
{
public:
    static constexpr int DefaultMaxQueryBytes = 6000;

    struct Batch
    {
        int column = 0;   // index into ContactRowNormalizer::identifierColumns()
        QStringList values;   // stored (normalised) forms
        qsizetype firstRow = 0;   // the first sendable row (index) with a value in this batch
    };

    static LookupPlan build(const SendableRows &rows, const ContactRowNormalizer &normalizer,
                            int maxQueryBytes = DefaultMaxQueryBytes);

    // `in.("a","b")`: every value quoted, `"` and `\\` escaped (PostgREST's list syntax).
    static QString inFilter(const QStringList &values);

    QVector<Batch> batches;
    QStringList selectColumns;   // id, the identifier columns and every other key the rows send
    qint64 identifiers = 0;   // distinct identifier values looked up
};
