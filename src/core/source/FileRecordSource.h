#pragma once

#include "core/source/RecordSource.h"
#include "core/source/SourceDescription.h"

#include <QDateTime>

#include <atomic>

// A RecordSource read from a file on disk (CSV or XLSX) that also says how it was read.
//
// Threads: every const method may be called from several threads at once. record(i) is O(1)
// (a seek through the record-offset index and one read); forEachRecordInRange() streams a range
// with large sequential reads and is the fast path for chunked parallel work, e.g. two threads
// each taking half of [0, recordCount()).
//
// Cells: every record has exactly headers().size() cells. Short rows are padded with empty
// cells; if any row has more fields than the header, extra columns named "Column N" are added
// to the headers so no value is ever dropped (each such row is also a ragged_row warning).
class FileRecordSource : public RecordSource
{
public:
    virtual SourceDescription description() const = 0;

    // Visits records first .. last-1 (clamped to the table) in order; stop by returning false.
    virtual void forEachRecordInRange(qint64 first, qint64 last,
                                      const std::function<bool(const SourceRecord &)> &visit) const;
    void forEachRecord(const std::function<bool(const SourceRecord &)> &visit) const override
    {
        forEachRecordInRange(0, recordCount(), visit);
    }

    // False, with a message naming the file and what to do, when the file on disk differs from
    // the one indexed (size or modification time), or a read came back short.
    bool isUnchanged(QString *message = nullptr) const;

protected:
    void rememberFileState(const QString &path);
    void noteFileChanged() const { m_changedWhileReading.store(true); }

private:
    QString m_statePath;
    qint64 m_stateSize = -1;
    QDateTime m_stateModified;
    mutable std::atomic<bool> m_changedWhileReading{false};
};
