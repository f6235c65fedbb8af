#include "core/source/csv/private/CsvSplitScan.h"

#include <algorithm>
#include <chrono>
#include <memory>

CsvSplitScan::CsvSplitScan(const RandomAccessFile &file, qint64 from, qint64 end, char delimiter, char quote,
                           bool validateUtf8)
    : m_file(file)
    , m_from(from)
    , m_end(end)
    , m_scanner(delimiter, quote, validateUtf8, this)
{
    m_events.reserve(size_t(std::min<qint64>((end - from) / 64 + 16, 1 << 23)));
    m_thread = std::async(std::launch::async, [this] { run(); });
}

CsvSplitScan::~CsvSplitScan()
{
    m_cancel.store(true);
    m_thread.wait();
}

bool CsvSplitScan::waitFor(int milliseconds) const
{
    return m_thread.wait_for(std::chrono::milliseconds(milliseconds)) == std::future_status::ready;
}

void CsvSplitScan::run()
{
    constexpr qint64 chunk = 256 * 1024;   // stays in the L2 cache (see CsvIndexBuilder)
    const qint64 bufferSize = std::min(chunk, std::max<qint64>(m_end - m_from, 1));
    std::unique_ptr<char[]> buffer(new char[size_t(bufferSize)]);
    m_scanner.reset(m_from, 1);
    for (qint64 pos = m_from; pos < m_end;) {
        if (m_cancel.load(std::memory_order_relaxed))
            return;
        const qint64 n = m_file.readAt(pos, buffer.get(), std::min(bufferSize, m_end - pos));
        if (n <= 0)   // the file shrank: the first thread will find out and say so
            return;
        m_scanner.feed(buffer.get(), n);
        pos += n;
        m_done.store(pos - m_from, std::memory_order_relaxed);
    }
    if (!m_scanner.finish()) {
        // A quote open at the end: the first thread rescans from its record (see restartOffset()).
        // Issues found from there on will be found again, as CsvIndexBuilder::rollback() does.
        m_restartOffset = m_scanner.restartOffset();
        m_restartLine = m_scanner.restartLine();
        m_openQuote = m_scanner.unterminatedQuoteOffset();
        while (!m_events.empty() && m_events.back().offset >= m_restartOffset)
            m_events.pop_back();
        m_scanner.reset(m_restartOffset, m_restartLine);   // line endings back to that record
    }
    m_final = {m_scanner.lineEndings(), m_scanner.quotedFields(), m_scanner.multiByteSequences()};
    m_usable = true;
}

bool CsvSplitScan::onRecord(const CsvScanner::RawRecord &r)
{
    if (r.offset < m_from + window)
        m_marks.push_back({r.offset,
                           m_events.size(),
                           {m_scanner.lineEndings(), m_scanner.quotedFields(), m_scanner.multiByteSequences()}});
    m_events.push_back({r.offset, r.line, r.fields, -1, r.blank, r.onlyDelimiters});
    return true;
}

void CsvSplitScan::onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset)
{
    m_events.push_back({offset, line, field, qint8(issue), false, false});
}

qint64 CsvSplitScan::recordAt(qint64 offset, Totals *totals) const
{
    const auto it = std::lower_bound(m_marks.begin(), m_marks.end(), offset,
                                     [](const Mark &m, qint64 o) { return m.offset < o; });
    if (it == m_marks.end() || it->offset != offset)
        return -1;
    if (totals)
        *totals = it->totals;
    return qint64(it->event);
}
