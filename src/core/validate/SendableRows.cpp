#include "core/validate/SendableRows.h"

#include <QJsonDocument>

FailedRow SendableRows::refusal(qint64 recordIndex, qint64 line, const QList<ValidationIssue> &issues)
{
    FailedRow f;
    f.recordIndex = recordIndex;
    f.line = line;
    bool first = true;
    for (const ValidationIssue &issue : issues) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        // Every error of the row goes back: the Review page listed them all, so the results must too.
        if (first) {
            f.code = issue.kind;
            f.message = issue.message;
            f.column = issue.columnHeader;
            first = false;
        } else {
            f.moreReasons.append({issue.kind, issue.message, QString(), issue.columnHeader});
        }
    }
    return f;
}

SendableRows SendableRows::fromConverted(const QList<ConvertedRow> &rows)
{
    SendableRows out;
    for (const ConvertedRow &row : rows) {
        if (row.hasErrors())
            out.refused << refusal(row.recordIndex, row.line, row.issues);
        else
            out.append(row.recordIndex, row.line, QJsonDocument(row.payload).toJson(QJsonDocument::Compact));
    }
    return out;
}
