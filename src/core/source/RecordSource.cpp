#include "core/source/RecordSource.h"

void RecordSource::forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const
{
    const qint64 count = recordCount();
    for (qint64 i = 0; i < count; ++i) {
        if (!visit(record(i)))
            return;
    }
}
