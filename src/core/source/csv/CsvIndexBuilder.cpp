#include "core/source/csv/CsvIndexBuilder.h"

#include "core/source/csv/private/CsvSplitScan.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <climits>
#include <memory>

namespace {
// Small enough to stay in the L2 cache between pread's copy and the scan (4 MB chunks made every
// byte go through memory twice); large enough that the read calls cost nothing.
constexpr qint64 chunkSize = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvIndexBuilder", text);
}
}

CsvIndexBuilder::CsvIndexBuilder(char delimiter, char quote, bool validateUtf8, int headerRow, QString encodingName,
                                 SourceDescription *description)
    : m_scanner(delimiter, quote, validateUtf8, this)
    , m_headerRow(std::max(1, headerRow))
    , m_encodingName(std::move(encodingName))
    , m_description(description)
    , m_delimiter(delimiter)
    , m_quote(quote)
    , m_validateUtf8(validateUtf8)
{
}

CsvIndexBuilder::~CsvIndexBuilder() = default;

std::unique_ptr<CsvSplitScan> CsvIndexBuilder::startSplit(const RandomAccessFile &file, qint64 start, qint64 end)
{
    if (m_split == noSplit)
        return nullptr;
    qint64 split = m_split;
    if (split == autoSplit) {
        if (end - start < parallelMinBytes || QThread::idealThreadCount() < 2)
            return nullptr;
        // A little less than half for this thread: after the scans meet it also takes the second
        // one's records over (on the 1M-row file: ~90 ms of scanning each, ~10 ms of taking over).
        split = start + (end - start) * 47 / 100;
    }
    // The second scan starts just after the first line break at or after the split (after both
    // bytes of a CRLF). Whether that is a record start is found out when the scans meet.
    char bytes[4096];
    for (qint64 pos = std::max(split, start); pos < end && pos < split + CsvSplitScan::window;) {
        const qint64 n = file.readAt(pos, bytes, std::min<qint64>(sizeof bytes, end - pos));
        if (n <= 0)
            return nullptr;
        for (qint64 i = 0; i < n; ++i) {
            if (bytes[i] != '\r' && bytes[i] != '\n')
                continue;
            qint64 from = pos + i + 1;
            if (bytes[i] == '\r' && from < end) {
                char next = 0;
                if (i + 1 < n)
                    next = bytes[i + 1];
                else if (file.readAt(from, &next, 1) != 1)
                    return nullptr;
                if (next == '\n')
                    ++from;
            }
            if (from >= end)
                return nullptr;
            return std::make_unique<CsvSplitScan>(file, from, end, m_delimiter, m_quote, m_validateUtf8);
        }
        pos += n;
    }
    return nullptr;
}

void CsvIndexBuilder::takeOverSplit(CsvScanner::LineEndingCounts *endings, qint64 *quoted, qint64 *multiByte)
{
    // Totals: this scan's up to where it stopped, plus the second scan's after the same record.
    CsvSplitScan::Totals there;
    m_splitScan->recordAt(m_metAt, &there);
    const CsvSplitScan::Totals &last = m_splitScan->finalTotals();
    endings->lf += last.endings.lf - there.endings.lf;
    endings->crlf += last.endings.crlf - there.endings.crlf;
    endings->cr += last.endings.cr - there.endings.cr;
    *quoted += last.quotedFields - there.quotedFields;
    *multiByte += last.multiByte - there.multiByte;
    const std::vector<CsvSplitScan::Event> &events = m_splitScan->events();
    for (size_t i = size_t(m_metEvent) + 1; i < events.size(); ++i) {
        const CsvSplitScan::Event &e = events[i];
        if (e.issue < 0) {
            CsvScanner::RawRecord r;
            r.offset = e.offset;
            r.line = e.line + m_lineShift;
            r.fields = e.fields;
            r.blank = e.blank;
            r.onlyDelimiters = e.onlyDelimiters;
            acceptRecord(r);
        } else {
            onIssue(CsvScanner::Issue(e.issue), e.line + m_lineShift, e.fields, e.offset);
        }
    }
}

void CsvIndexBuilder::build(const RandomAccessFile &file, qint64 start, qint64 end, bool wholeFile, qint64 maxRecords,
                            const Progress &progress, CsvIndex *index)
{
    m_index = index;
    m_maxRecords = maxRecords;
    if (wholeFile) {   // guess the size from the first chunk's density is not needed: reserve a little
        index->offsets.reserve(size_t(std::min<qint64>((end - start) / 64 + 16, 1 << 24)));
        index->lines.reserve(index->offsets.capacity());
    }
    // The second half on another thread; this one scans from the start until it reaches a record
    // start that scan saw, then takes over its records. If they never meet, this scan just goes on.
    std::unique_ptr<CsvSplitScan> second = wholeFile && maxRecords < 0 ? startSplit(file, start, end) : nullptr;
    bool waited = false;
    std::unique_ptr<char[]> buffer(new char[size_t(std::min(chunkSize, std::max<qint64>(end - start, 1)))]);
    const qint64 bufferSize = std::min(chunkSize, std::max<qint64>(end - start, 1));
    qint64 pos = start;
    m_scanner.reset(start, 1);
    bool stopped = false;
    bool tookOver = false, restarted = false;
    CsvScanner::LineEndingCounts endings;
    qint64 quotedFields = 0, multiByte = 0;
    for (;;) {
        while (pos < end) {
            if (second && !waited && pos >= second->from()) {
                // At the second scan's start: its records are needed from here on.
                while (!second->waitFor(50)) {
                    if (progress && !progress(std::min(end - start, pos - start + second->bytesDone()), end - start)) {
                        index->cancelled = true;
                        stopped = true;
                        break;
                    }
                }
                if (stopped)
                    break;
                waited = true;
                if (second->usable())
                    m_splitScan = second.get();
            }
            qint64 want = std::min(bufferSize, end - pos);
            if (second && !waited)   // read up to the second scan's start before waiting for it
                want = std::min(want, second->from() - pos);
            const qint64 n = file.readAt(pos, buffer.get(), want);
            if (n <= 0) {   // the file shrank under us
                warn(QStringLiteral("file_changed"), m_scanner.line(), 0, pos,
                     tr("The file became shorter while it was read (at byte %1). Wait until the program writing it has "
                        "finished, then open it again.")
                         .arg(pos));
                stopped = true;
                break;
            }
            if (!m_scanner.feed(buffer.get(), n)) {
                stopped = true;
                break;
            }
            pos += n;
            const qint64 ahead = second && !waited ? second->bytesDone() : 0;
            if (progress && !progress(std::min(end - start, pos - start + ahead), end - start)) {
                index->cancelled = true;
                stopped = true;
                break;
            }
        }
        if (m_metAt >= 0 && !tookOver) {
            // This scan reached a record the second one saw: take its records from there on.
            tookOver = true;
            endings = m_scanner.lineEndings();
            quotedFields = m_scanner.quotedFields();
            multiByte = m_scanner.multiByteSequences();
            takeOverSplit(&endings, &quotedFields, &multiByte);
            stopped = false;
            const CsvSplitScan &split = *m_splitScan;
            m_splitScan = nullptr;
            if (split.restartOffset() < 0) {
                if (progress && !progress(end - start, end - start)) {
                    index->cancelled = true;
                    stopped = true;
                }
                break;
            }
            // It ended in a quote never closed (a file cut off in a quoted value): go on as the
            // serial scan does at the end, reading again from that record with the quote as text.
            restarted = true;
            pos = split.restartOffset();
            m_scanner.restartAfter(pos, split.restartLine() + m_lineShift, split.openQuoteOffset(), endings,
                                   quotedFields, multiByte);
            rollback(pos);
            continue;
        }
        if (stopped || !wholeFile)
            break;
        if (m_scanner.finish())
            break;
        // A quote ran to the end of the file: read again from its record, taking it as text.
        rollback(m_scanner.restartOffset());
        pos = m_scanner.restartOffset();
        m_scanner.reset(pos, m_scanner.restartLine());
    }
    if (!tookOver || restarted) {   // the totals are this scanner's
        endings = m_scanner.lineEndings();
        quotedFields = m_scanner.quotedFields();
        multiByte = m_scanner.multiByteSequences();
    }
    m_splitScan = nullptr;
    second.reset();   // its memory goes now
    index->reachedEnd = wholeFile && !stopped;
    // End of the last data record: the start of whatever comes next.
    if (index->offsets.size() == index->lines.size()) {
        const qint64 tail = index->reachedEnd ? end : m_scanner.completeUpTo();
        checkLastRecordSize(tail);
        index->offsets.push_back(tail);
    }
    if (index->headerOffset >= 0 && index->headerEnd < 0)
        index->headerEnd = index->reachedEnd ? end : m_scanner.completeUpTo();
    index->literalQuotes = m_scanner.literalQuotes();
    index->endings = endings;
    index->quotedFields = quotedFields;
    index->multiByteSequences = multiByte;
    if (index->skippedEmpty > 0) {
        // Computed apart: lupdate loops forever on a template call inside translate()'s arguments.
        const int skipped = int(std::min<qint64>(index->skippedEmpty, INT_MAX));
        warn(QStringLiteral("blank_rows_skipped"), 0, 0, end,
             QCoreApplication::translate("CsvIndexBuilder",
                                         "%n empty row(s) (blank lines or only delimiters) were skipped.", nullptr,
                                         skipped));
    }
}

bool CsvIndexBuilder::onRecord(const CsvScanner::RawRecord &r)
{
    if (!acceptRecord(r))
        return false;
    // Both scans at the start of the same record are in the same state from there on: stop here
    // and take the second scan's records after this one (see build()).
    if (m_splitScan && r.offset >= m_splitScan->from() && r.offset < m_splitScan->from() + CsvSplitScan::window) {
        const qint64 event = m_splitScan->recordAt(r.offset, nullptr);
        if (event >= 0) {
            m_metAt = r.offset;
            m_metEvent = event;
            m_lineShift = r.line - m_splitScan->events()[size_t(event)].line;
            return false;
        }
    }
    return true;
}

bool CsvIndexBuilder::acceptRecord(const CsvScanner::RawRecord &r)
{
    CsvIndex &ix = *m_index;
    ++ix.rawRecords;
    if (!r.blank && !r.onlyDelimiters)
        ++ix.nonEmptyRecords;
    if (ix.headerOffset < 0) {
        if (ix.rawRecords == m_headerRow) {
            ix.headerOffset = r.offset;
            ix.headerLine = r.line;
            ix.headerFields = r.fields;
            ix.maxFields = r.fields;
        }
        return true;
    }
    if (ix.headerEnd < 0)
        ix.headerEnd = r.offset;
    if (r.blank || r.onlyDelimiters) {
        ++ix.skippedEmpty;
        return true;
    }
    if (!ix.lines.empty() && r.offset - ix.offsets.back() > CsvIndex::maxRecordBytes)   // rare: no call per record
        checkLastRecordSize(r.offset);
    if (m_maxRecords >= 0 && ix.count() >= m_maxRecords) {
        ix.offsets.push_back(r.offset);   // end of the last record kept
        return false;
    }
    ix.offsets.push_back(r.offset);
    ix.lines.push_back(r.line);
    if (r.fields != ix.headerFields) {
        ix.maxFields = std::max(ix.maxFields, r.fields);
        const QString message = r.fields < ix.headerFields
                                    ? tr("Line %1: %2 values but the header has %3 columns; the missing values are "
                                         "left empty. Check the row for a lost delimiter.")
                                    : tr("Line %1: %2 values but the header has %3 columns; the extra values are kept "
                                         "in added columns. Check the row for a delimiter inside an unquoted value.");
        warn(QStringLiteral("ragged_row"), r.line, 0, r.offset, message.arg(r.line).arg(r.fields).arg(ix.headerFields));
    }
    return true;
}

void CsvIndexBuilder::checkLastRecordSize(qint64 end)
{
    const CsvIndex &ix = *m_index;
    if (ix.lines.empty() || ix.offsets.size() != ix.lines.size())
        return;
    const qint64 size = end - ix.offsets.back();
    if (size > CsvIndex::maxRecordBytes)
        warn(QStringLiteral("cell_truncated"), ix.lines.back(), 0, ix.offsets.back(),
             tr("Line %1: this row is %2 MB long; only its first %3 MB are read. Check the file for a missing line "
                "break or quote.")
                 .arg(ix.lines.back())
                 .arg(size / (1024 * 1024))
                 .arg(CsvIndex::maxRecordBytes / (1024 * 1024)));
}

void CsvIndexBuilder::onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset)
{
    switch (issue) {
    case CsvScanner::Issue::InvalidUtf8:
        ++m_index->invalidUtf8Records;
        warn(QStringLiteral("invalid_bytes"), line, field, offset,
             tr("Line %1, column %2: bytes that are not valid %3 are shown as \uFFFD. If letters such as umlauts look "
                "wrong, choose another encoding (for example Windows-1252).")
                 .arg(line)
                 .arg(field)
                 .arg(m_encodingName));
        break;
    case CsvScanner::Issue::StrayQuote:
        warn(QStringLiteral("stray_quote"), line, field, offset,
             tr("Line %1, column %2: a quote character inside an unquoted value was kept as text. Check the value.")
                 .arg(line)
                 .arg(field));
        break;
    case CsvScanner::Issue::TextAfterQuote:
        warn(
            QStringLiteral("text_after_quote"), line, field, offset,
            tr("Line %1, column %2: text follows the closing quote; it was kept as part of the value. Check the value.")
                .arg(line)
                .arg(field));
        break;
    case CsvScanner::Issue::UnterminatedQuote:
        warn(QStringLiteral("unterminated_quote"), line, field, offset,
             tr("Line %1, column %2: this quote is never closed; it was read as text so the following lines stay "
                "separate rows. Check the value.")
                 .arg(line)
                 .arg(field));
        break;
    }
}

void CsvIndexBuilder::warn(const QString &kind, qint64 line, qint64 column, qint64 offset, const QString &message)
{
    const bool stored = m_description->warnings.size() < SourceDescription::maxStoredWarnings;
    m_description->addWarning({kind, line, int(std::min<qint64>(column, INT_MAX)), message});
    if (stored)
        m_warningOffsets.push_back(offset);
}

void CsvIndexBuilder::rollback(qint64 offset)
{
    // Warnings found after the restart point will be found again; counts of warnings that were
    // not stored (beyond maxStoredWarnings) cannot be told apart and stay as an upper bound.
    while (!m_warningOffsets.empty() && m_warningOffsets.back() >= offset) {
        const ReaderWarning w = m_description->warnings.takeLast();
        if (--m_description->warningCounts[w.kind] <= 0)
            m_description->warningCounts.remove(w.kind);
        if (w.kind == QLatin1String("invalid_bytes"))
            --m_index->invalidUtf8Records;
        m_warningOffsets.pop_back();
    }
}
