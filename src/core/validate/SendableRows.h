#pragma once

#include "core/convert/ConvertedRow.h"
#include "core/failedrows/FailedRow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVector>

// The pre-flight check's result as an import needs it: every row to send as the exact compact JSON
// `convert` writes, all in one byte buffer (an object per row would make a million rows several
// gigabytes), and every row refused before sending with all its errors. Validator::sendableRows
// fills it; JobWriter journals it.
struct SendableRows
{
    struct Row
    {
        qint64 recordIndex = -1;
        qint64 line = 0;
        qsizetype end = 0;   // its payload is payloads[previous row's end, end)
    };
    QVector<Row> rows;   // in file order
    QByteArray payloads;
    QList<FailedRow> refused;   // recordIndex, line and every Error reason (cells: see JobWriter)
    // Rows not sent although nothing is wrong with them, each with its reason (code = the Skip
    // issue's kind, e.g. "nothing_to_send"; an import mode may add its own). Handed back with the
    // failed rows, counted apart from the refused ones.
    QList<FailedRow> skipped;

    qsizetype size() const { return rows.size(); }
    QByteArrayView payload(qsizetype i) const
    {
        const qsizetype from = i > 0 ? rows.at(i - 1).end : 0;
        return QByteArrayView(payloads.constData() + from, rows.at(i).end - from);
    }
    void append(qint64 recordIndex, qint64 line, QByteArrayView json)
    {
        payloads.append(json);
        rows.append({recordIndex, line, payloads.size()});
    }

    // A refused row with every Error issue as a reason (the first is code/message/column).
    static FailedRow refusal(qint64 recordIndex, qint64 line, const QList<ValidationIssue> &issues);
    // A skipped row: `why` (a Skip issue) is its reason.
    static FailedRow skip(qint64 recordIndex, qint64 line, const ValidationIssue &why);
    // From rows converted one by one (tests, tools): rows with an Error are refused, rows with a Skip
    // issue or nothing to send skipped, the others sent.
    static SendableRows fromConverted(const QList<ConvertedRow> &rows);
};
