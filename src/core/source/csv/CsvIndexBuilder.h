#pragma once

#include "core/source/RandomAccessFile.h"
#include "core/source/SourceDescription.h"
#include "core/source/csv/CsvIndex.h"
#include "core/source/csv/CsvScanner.h"

#include <functional>
#include <memory>

class CsvSplitScan;

// Reads a CSV file once, in large chunks, and records where each data record starts, the
// header record, and every recoverable problem as a ReaderWarning with line and column.
class CsvIndexBuilder : public CsvScanner::Sink
{
public:
    // Called after each chunk with bytes done and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CsvIndexBuilder(char delimiter, char quote, bool validateUtf8, int headerRow, QString encodingName,
                    SourceDescription *description);
    ~CsvIndexBuilder() override;

    // A whole file of at least parallelMinBytes is scanned by two threads (CsvSplitScan); the
    // index is exactly the serial one. Tests force the split offset (or no split) here.
    static constexpr qint64 parallelMinBytes = 8 * 1024 * 1024;
    static constexpr qint64 autoSplit = -1, noSplit = -2;
    void setSplitForTesting(qint64 offset) { m_split = offset; }
    // Where the two scans met (the first record taken from the second), -1 if they did not.
    qint64 metAt() const { return m_metAt; }

    // Scans [start, end). `maxRecords` >= 0 stops after that many data records; `wholeFile`
    // false means `end` cuts the file (a preview): the last partial record is left out.
    void build(const RandomAccessFile &file, qint64 start, qint64 end, bool wholeFile, qint64 maxRecords,
               const Progress &progress, CsvIndex *index);

    bool onRecord(const CsvScanner::RawRecord &record) override;
    void onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset) override;

private:
    bool acceptRecord(const CsvScanner::RawRecord &record);
    std::unique_ptr<CsvSplitScan> startSplit(const RandomAccessFile &file, qint64 start, qint64 end);
    void takeOverSplit(CsvScanner::LineEndingCounts *endings, qint64 *quoted, qint64 *multiByte);
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
    char m_delimiter;
    char m_quote;
    bool m_validateUtf8;
    qint64 m_split = autoSplit;
    const CsvSplitScan *m_splitScan = nullptr;   // set once its scan is done and usable
    qint64 m_metAt = -1;
    qint64 m_metEvent = -1;
    qint64 m_lineShift = 0;
};
