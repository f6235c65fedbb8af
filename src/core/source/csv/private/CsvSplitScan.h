#pragma once

#include "core/source/RandomAccessFile.h"
#include "core/source/csv/CsvScanner.h"

#include <atomic>
#include <future>
#include <vector>

// The second half of a two-thread index build (CsvIndexBuilder). On its own thread it scans
// [from, end) as if a record started at `from` (just after a line break) and keeps every record and
// issue it sees, lines counted from 1 at `from`. Where the first thread's scan reaches a record
// start that this scan also saw, both scanners are in the same state from there on, so this scan's
// events from that record on are exactly what the serial scan would have produced (lines shifted).
class CsvSplitScan : private CsvScanner::Sink
{
public:
    struct Event
    {
        qint64 offset;
        qint64 line;
        qint64 fields;   // a record's field count, or an issue's field
        qint8 issue;   // -1: a record; else a CsvScanner::Issue
        bool blank;
        bool onlyDelimiters;
    };
    // The scanner's running totals just after a record was reported.
    struct Totals
    {
        CsvScanner::LineEndingCounts endings;
        qint64 quotedFields = 0;
        qint64 multiByte = 0;
    };
    // Where the two scans may meet: records starting before from + window are remembered.
    static constexpr qint64 window = 4 * 1024 * 1024;

    CsvSplitScan(const RandomAccessFile &file, qint64 from, qint64 end, char delimiter, char quote, bool validateUtf8);
    ~CsvSplitScan();   // stops the thread and waits for it
    CsvSplitScan(const CsvSplitScan &) = delete;
    CsvSplitScan &operator=(const CsvSplitScan &) = delete;

    qint64 from() const { return m_from; }
    qint64 bytesDone() const { return m_done.load(std::memory_order_relaxed); }
    bool waitFor(int milliseconds) const;   // true once the scan has ended
    // After the scan ended: false when it cannot be used (a short read).
    bool usable() const { return m_usable; }
    // A quote still open at the end (the file was cut off in a quoted value): the serial scan
    // reads again from the record where it opened, with that quote taken as text. The events
    // stop before that record; finalTotals() hold the line ending counts at its start and the
    // other totals at the end of the file, as the serial scanner has them when it restarts.
    qint64 restartOffset() const { return m_restartOffset; }   // -1: no quote open at the end
    qint64 restartLine() const { return m_restartLine; }
    qint64 openQuoteOffset() const { return m_openQuote; }

    // The record event starting at `offset` (within the window), or -1; with the totals there.
    qint64 recordAt(qint64 offset, Totals *totals) const;
    const std::vector<Event> &events() const { return m_events; }
    const Totals &finalTotals() const { return m_final; }

private:
    struct Mark
    {
        qint64 offset;
        size_t event;
        Totals totals;
    };
    void run();
    bool onRecord(const CsvScanner::RawRecord &record) override;
    void onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset) override;

    const RandomAccessFile &m_file;
    const qint64 m_from;
    const qint64 m_end;
    CsvScanner m_scanner;
    std::vector<Event> m_events;
    std::vector<Mark> m_marks;   // records starting in the window, in offset order
    Totals m_final;
    bool m_usable = false;
    qint64 m_restartOffset = -1;
    qint64 m_restartLine = 0;
    qint64 m_openQuote = -1;
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancel{false};
    std::future<void> m_thread;
};
