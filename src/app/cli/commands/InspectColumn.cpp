#include "app/cli/commands/InspectColumn.h"

#include <QJsonArray>
#include <QJsonValue>

QString InspectColumn::readableSample(const QString &value)
{
    if (value.size() <= MaxSampleLength)
        return value;
    qsizetype cut = MaxSampleLength;
    if (value.at(cut - 1).isHighSurrogate())   // never half a character
        --cut;
    return value.left(cut) + QChar(0x2026);   // "…"
}

QJsonObject InspectColumn::toJson() const
{
    return {{QStringLiteral("index"), index},
            {QStringLiteral("header"), header},
            {QStringLiteral("suggested_target"),
             suggestedTarget.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(suggestedTarget)},
            {QStringLiteral("confidence"), confidence},
            {QStringLiteral("samples"), QJsonArray::fromStringList(samples)}};
}

QList<InspectColumn> InspectColumn::fromSource(const RecordSource &source, int maxSamples, qint64 maxRecords)
{
    const QStringList headers = source.headers();
    QList<InspectColumn> columns;
    columns.reserve(headers.size());
    for (int i = 0; i < headers.size(); ++i)
        columns.append({i, headers.at(i), QString(), 0.0, {}});
    qsizetype incomplete = columns.size();
    qint64 seen = 0;
    source.forEachRecord([&](const SourceRecord &record) {
        for (int i = 0; i < columns.size() && i < record.cells.size(); ++i) {
            QStringList &samples = columns[i].samples;
            if (samples.size() >= maxSamples || record.cells.at(i).trimmed().isEmpty())
                continue;
            const QString value = readableSample(record.cells.at(i));
            if (samples.contains(value))
                continue;
            samples << value;
            if (samples.size() == maxSamples)
                --incomplete;
        }
        return ++seen < maxRecords && incomplete > 0;
    });
    return columns;
}
