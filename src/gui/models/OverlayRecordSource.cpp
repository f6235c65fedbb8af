#include "gui/models/OverlayRecordSource.h"

OverlayRecordSource::OverlayRecordSource(std::shared_ptr<const RecordSource> base)
    : m_base(std::move(base))
{
}

void OverlayRecordSource::setCell(qint64 line, int column, const QString &value)
{
    m_cells[line][column] = value;
}

bool OverlayRecordSource::hasCorrection(qint64 line, int column) const
{
    return m_cells.value(line).contains(column);
}

int OverlayRecordSource::correctionCount() const
{
    int n = 0;
    for (const auto &row : m_cells)
        n += int(row.size());
    return n;
}

SourceRecord OverlayRecordSource::apply(SourceRecord record) const
{
    const auto it = m_cells.constFind(record.line);
    if (it == m_cells.constEnd())
        return record;
    for (auto c = it->constBegin(); c != it->constEnd(); ++c) {
        while (record.cells.size() <= c.key())
            record.cells.append(QString());
        record.cells[c.key()] = c.value();
    }
    return record;
}

SourceRecord OverlayRecordSource::record(qint64 index) const
{
    return apply(m_base->record(index));
}

void OverlayRecordSource::forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const
{
    // Keeps the base's streaming (no per-record seeks) and corrects on the way.
    m_base->forEachRecord(
        [&](const SourceRecord &record) { return m_cells.isEmpty() ? visit(record) : visit(apply(record)); });
}
