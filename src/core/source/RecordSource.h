#pragma once

#include "core/source/SourceRecord.h"

#include <QString>
#include <QStringList>

#include <functional>

// A table of records read from a user's file (CSV, XLSX, or memory in tests).
// Implementations keep an index, not the decoded file, so any record can be fetched
// on demand and a million-row file is never held in memory whole.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    virtual QString name() const = 0;   // file path, for messages
    virtual QStringList headers() const = 0;   // distinct, readable, never empty strings
    virtual qint64 recordCount() const = 0;   // data records, header excluded
    virtual SourceRecord record(qint64 index) const = 0;

    // Visits records in order; return false from the visitor to stop early.
    // Sequential sources override this to stream instead of seeking per record.
    virtual void forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const;
};
