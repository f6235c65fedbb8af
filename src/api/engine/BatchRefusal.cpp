#include "api/engine/BatchRefusal.h"

#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<JournalBatch> BatchRefusal::splitInTwo(ImportJournal &journal, const JournalBatch &batch, bool *ok)
{
    *ok = true;
    const QByteArray payload = journal.payload(batch.id);
    const QJsonArray objects = QJsonDocument::fromJson(payload).array();
    if (objects.size() <= 1)
        return {};
    const QList<QStringList> cells = journal.cells(batch.id);
    const int half = int(objects.size() / 2);
    QList<JournalBatch> children;
    QList<QList<QStringList>> childCells;
    for (int part = 0; part < 2; ++part) {
        const int from = part == 0 ? 0 : half;
        const int to = part == 0 ? half : int(objects.size());
        JournalBatch child;
        child.jobId = batch.jobId;
        child.sequence = batch.sequence;
        child.parentId = batch.id;
        child.referenceId = batch.referenceId + QStringLiteral(".%1").arg(part + 1);
        QList<QJsonObject> objs;
        QList<QStringList> c;
        for (int i = from; i < to; ++i) {
            objs << objects.at(i).toObject();
            child.recordIndexes << batch.recordIndexes.value(i);
            child.lines << batch.lines.value(i);
            if (!cells.isEmpty())
                c << cells.value(i);
        }
        child.payload = ImportPlanner::payloadBytes(objs);
        child.payloadHash = ImportPlanner::payloadHash(child.payload);
        children << child;
        childCells << c;
    }
    if (!journal.splitBatch(batch.id, children, childCells)) {
        *ok = false;
        return {};
    }
    for (JournalBatch &child : children)
        child.payload.clear();
    return children;
}

QList<FailedRow> BatchRefusal::rowsOf(ImportJournal &journal, const JournalBatch &batch, const ApiResult &r)
{
    const QByteArray payload = journal.payload(batch.id);
    const QJsonArray objects = QJsonDocument::fromJson(payload).array();
    const QList<QStringList> cells = journal.cells(batch.id);
    QList<FailedRow> rows;
    for (int i = 0; i < batch.rowCount(); ++i) {
        FailedRow f;
        f.batchId = batch.id;
        f.recordIndex = batch.recordIndexes.value(i);
        f.line = batch.lines.value(i);
        f.cells = cells.value(i);
        f.code = r.code.isEmpty() ? QStringLiteral("http_%1").arg(r.httpStatus) : r.code;
        f.message = r.apiMessage.isEmpty() ? r.errorText : r.apiMessage;
        f.hint = r.hint;
        f.input = objects.at(i).toObject();
        rows << f;
    }
    return rows;
}
