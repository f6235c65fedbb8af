#include "core/validate/SendableRows.h"

#include "core/validate/Validator.h"

#include <QJsonDocument>

#include <algorithm>

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

FailedRow SendableRows::skip(qint64 recordIndex, qint64 line, const ValidationIssue &why)
{
    FailedRow f;
    f.recordIndex = recordIndex;
    f.line = line;
    f.code = why.kind;
    f.message = why.message;
    return f;
}

SendableRows SendableRows::fromConverted(const QList<ConvertedRow> &rows)
{
    SendableRows out;
    for (const ConvertedRow &row : rows) {
        const auto skipIssue = std::find_if(row.issues.cbegin(), row.issues.cend(), [](const ValidationIssue &i) {
            return i.severity == ValidationIssue::Severity::Skip;
        });
        if (row.hasErrors())
            out.refused << refusal(row.recordIndex, row.line, row.issues);
        else if (skipIssue != row.issues.cend())
            out.skipped << skip(row.recordIndex, row.line, *skipIssue);
        else if (row.payload.isEmpty())
            out.skipped << skip(row.recordIndex, row.line, Validator::nothingToSend(row.line));
        else
            out.append(row.recordIndex, row.line, QJsonDocument(row.payload).toJson(QJsonDocument::Compact));
    }
    return out;
}
