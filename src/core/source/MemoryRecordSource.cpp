#include "core/source/MemoryRecordSource.h"

MemoryRecordSource::MemoryRecordSource(QString name, QStringList headers, QList<QStringList> rows, qint64 firstDataLine)
    : m_name(std::move(name))
    , m_headers(std::move(headers))
    , m_rows(std::move(rows))
    , m_firstDataLine(firstDataLine)
{
}

SourceRecord MemoryRecordSource::record(qint64 index) const
{
    SourceRecord r;
    if (index < 0 || index >= m_rows.size())
        return r;
    r.index = index;
    r.line = m_firstDataLine + index;   // one physical line per record in memory
    r.cells = m_rows.at(index);
    return r;
}
