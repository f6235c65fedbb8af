#pragma once

#include "core/source/RecordSource.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>

// Counts the distinct values of one column of a source (for the consent value table): values that
// differ only in case or surrounding space count as one, shown as first seen. Streams the source,
// so it runs in a worker; stops early when `cancel` is set.
class ColumnValueCounter
{
public:
    struct Result
    {
        QList<QPair<QString, qint64>> values;   // most rows first
        qint64 rows = 0;
        bool truncated = false;   // more than maxDistinct values: the rest not listed
        bool cancelled = false;
    };

    static Result count(const RecordSource &source, int column, int maxDistinct, const std::atomic_bool *cancel);
};
