#include "gui/models/ColumnValueCounter.h"

#include <QHash>

#include <algorithm>

ColumnValueCounter::Result ColumnValueCounter::count(const RecordSource &source, int column, int maxDistinct,
                                                     const std::atomic_bool *cancel)
{
    Result result;
    QHash<QString, int> slot;   // case-folded value -> index in result.values
    source.forEachRecord([&](const SourceRecord &record) {
        if (cancel && (result.rows & 0x3ff) == 0 && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        ++result.rows;
        const QString cell = record.cells.value(column);
        const QString key = cell.trimmed().toCaseFolded();
        const auto it = slot.constFind(key);
        if (it != slot.constEnd()) {
            ++result.values[it.value()].second;
        } else if (slot.size() < maxDistinct) {
            slot.insert(key, int(result.values.size()));
            result.values.append({cell.trimmed(), 1});
        } else {
            result.truncated = true;
        }
        return true;
    });
    std::stable_sort(result.values.begin(), result.values.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return result;
}
