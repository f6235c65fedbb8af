#include "core/failedrows/FailedRowMatcher.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace FailedRowMatcher {

namespace {
QByteArray canonical(const QJsonObject &o)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
}

QList<FailedRow> match(const QByteArray &payload, const QList<qint64> &recordIndexes, const QList<qint64> &lines,
                       const QList<QStringList> &cells, const QJsonArray &failedEntries, qint64 batchId)
{
    const QJsonArray objects = QJsonDocument::fromJson(payload).array();
    QMultiHash<QByteArray, int> byContent;
    QMultiHash<QString, int> byIdentifier;
    for (int i = objects.size() - 1; i >= 0; --i) {   // reverse: QMultiHash::take() returns the latest insert
        const QJsonObject o = objects.at(i).toObject();
        byContent.insert(canonical(o), i);
        for (const char *key : {"external_id", "email"}) {
            const QString value = o.value(QLatin1String(key)).toVariant().toString();
            if (!value.isEmpty())
                byIdentifier.insert(QLatin1String(key) + QLatin1Char('=') + value, i);
        }
    }
    QList<bool> used(objects.size(), false);
    QList<FailedRow> rows;
    for (const QJsonValue &entryValue : failedEntries) {
        const QJsonObject entry = entryValue.toObject();
        const QJsonObject input = entry.value(QLatin1String("input")).toObject();
        int position = -1;
        for (auto it = byContent.find(canonical(input)); it != byContent.end() && it.key() == canonical(input); ++it) {
            if (!used.at(it.value())) {
                position = it.value();
                break;
            }
        }
        for (const char *key : {"external_id", "email"}) {
            if (position >= 0)
                break;
            const QString value = input.value(QLatin1String(key)).toVariant().toString();
            if (value.isEmpty())
                continue;
            const QString k = QLatin1String(key) + QLatin1Char('=') + value;
            for (auto it = byIdentifier.find(k); it != byIdentifier.end() && it.key() == k; ++it) {
                if (!used.at(it.value())) {
                    position = it.value();
                    break;
                }
            }
        }
        FailedRow row;
        row.batchId = batchId;
        row.code = entry.value(QLatin1String("code")).toVariant().toString();
        row.message = entry.value(QLatin1String("message")).toString();
        row.hint = entry.value(QLatin1String("hint")).toString();
        row.input = input;
        if (position >= 0) {
            used[position] = true;
            row.recordIndex = recordIndexes.value(position, -1);
            row.line = lines.value(position, 0);
            row.cells = cells.value(position);
        }
        rows << row;
    }
    return rows;
}

QJsonArray entriesFrom(const QJsonDocument &document)
{
    if (document.isObject())
        return document.object().value(QLatin1String("failed")).toArray();
    const QJsonArray array = document.array();
    if (!array.isEmpty() && array.first().toObject().contains(QLatin1String("failed"))) {
        QJsonArray all;
        for (const QJsonValue &import : array) {
            for (const QJsonValue &e : import.toObject().value(QLatin1String("failed")).toArray())
                all.append(e);
        }
        return all;
    }
    return array;
}

}
