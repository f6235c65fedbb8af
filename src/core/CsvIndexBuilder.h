#pragma once

#include "CsvIndex.h"
#include "CsvScanner.h"
#include "RandomAccessFile.h"
#include "SourceDescription.h"

#include <functional>

// Reads a CSV file once, in large chunks, and records where each data record starts, the
// header record, and every recoverable problem as a ReaderWarning with line and column.
class CsvIndexBuilder : public CsvScanner::Sink
{
public:
    // Called after each chunk with bytes done and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CsvIndexBuilder(char delimiter, char quote, bool validateUtf8, int headerRow, QString encodingName,
                    SourceDescription *description);

    // Scans [start, end). `maxRecords` >= 0 stops after that many data records; `wholeFile`
    // false means `end` cuts the file (a preview): the last partial record is left out.
    void build(const RandomAccessFile &file, qint64 start, qint64 end, bool wholeFile, qint64 maxRecords,
               const Progress &progress, CsvIndex *index);

    bool onRecord(const CsvScanner::RawRecord &record) override;
    void onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset) override;

private:
    void warn(const QString &kind, qint64 line, qint64 column, qint64 offset, const QString &message);
    void rollback(qint64 offset);
    void checkLastRecordSize(qint64 end);

    CsvScanner m_scanner;
    int m_headerRow;
    QString m_encodingName;
    SourceDescription *m_description;
    CsvIndex *m_index = nullptr;
    qint64 m_maxRecords = -1;
    std::vector<qint64> m_warningOffsets;   // for each stored warning, to undo on a rescan
};
