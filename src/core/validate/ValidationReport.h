#pragma once

#include "core/convert/RowConverter.h"
#include "core/convert/datetime/DateTimeColumnReport.h"
#include "core/mapping/MappingProfile.h"
#include "core/validate/ValidationIssue.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVector>

// The result of a whole-file pre-flight check (Validator::run; `mateo-import validate`).
// `issuesByKind` counts every issue (warnings too); `issues` holds the first N in line order
// (setup issues, line 0, first). Every row is exactly one of: valid (sent), invalid (an Error
// issue: not sent, handed back to the user) or skipped (a Skip issue naming why, e.g.
// "nothing_to_send": not sent, handed back too); rows == validRows + invalid + skippedRows.
// `decisions` are the per-column choices made from the whole file: hand them to RowConverter so
// conversion matches what was validated.
struct ValidationReport
{
    qint64 rows = 0;
    qint64 validRows = 0;
    qint64 skippedRows = 0;
    QMap<QString, qint64> issuesByKind;
    QList<ValidationIssue> issues;   // first maxIssues
    QList<ValidationIssue> setupIssues;   // mapping problems (also in `issues` and the counts)
    QVector<DateTimeColumnReport> dateColumns;
    RowConverter::Decisions decisions;
    QVector<qint64> errorRecords;   // record indexes of invalid rows, ascending (first 100,000)
    bool cancelled = false;

    qint64 count(const QString &kind) const { return issuesByKind.value(kind); }
    qint64 invalidRows() const { return rows - validRows - skippedRows; }
    // Every row will be sent: nothing invalid, nothing skipped.
    bool allRowsSendable() const { return validRows == rows; }
    qint64 totalIssues() const
    {
        qint64 n = 0;
        for (qint64 c : issuesByKind)
            n += c;
        return n;
    }
};
