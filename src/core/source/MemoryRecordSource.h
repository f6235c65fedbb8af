#pragma once

#include "core/source/RecordSource.h"

#include <QList>

// A RecordSource over records already in memory: tests, pasted data, the fix-up overlay.
class MemoryRecordSource : public RecordSource
{
public:
    MemoryRecordSource(QString name, QStringList headers, QList<QStringList> rows, qint64 firstDataLine = 2);

    QString name() const override { return m_name; }
    QStringList headers() const override { return m_headers; }
    qint64 recordCount() const override { return m_rows.size(); }
    SourceRecord record(qint64 index) const override;

private:
    QString m_name;
    QStringList m_headers;
    QList<QStringList> m_rows;
    qint64 m_firstDataLine;
};
