#include "core/validate/SendableRows.h"

#include <QCoreApplication>
#include <QJsonDocument>

FailedRow SendableRows::refusal(qint64 recordIndex, qint64 line, const QList<ValidationIssue> &issues)
{
    FailedRow f;
    f.recordIndex = recordIndex;
    f.line = line;
    for (const ValidationIssue &issue : issues) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        f.code = issue.kind;
        f.message = issue.message;
        if (!issue.columnHeader.isEmpty())
            f.hint =
                QCoreApplication::translate("ImportEngine", "Column \"%1\": %2").arg(issue.columnHeader, issue.value);
        break;
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
