#pragma once

#include "core/source/RecordSource.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One column as `mateo-import inspect` reports it. suggestedTarget stays empty (JSON null) and
// confidence 0 until a header matcher fills them: InspectCommand::suggestTargets() is the hook.
struct InspectColumn
{
    int index = 0;   // 0-based column position
    QString header;
    QString suggestedTarget;   // target name (docs/architecture.md), empty = null
    double confidence = 0.0;
    QStringList samples;   // first distinct non-empty values, in file order, cut by readableSample()

    // A sample is a hint, not the data: a 50 MB cell printed whole buried the rest of `inspect`.
    static constexpr int MaxSampleLength = 60;
    // `value` cut to MaxSampleLength characters with "…" appended when longer.
    static QString readableSample(const QString &value);

    QJsonObject toJson() const;

    // The columns of `source` with up to `maxSamples` sample values each, looking at no more
    // than `maxRecords` records (a million-row file is not read to find five samples).
    static QList<InspectColumn> fromSource(const RecordSource &source, int maxSamples = 5, qint64 maxRecords = 1000);
};
