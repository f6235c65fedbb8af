#include "CsvIndexBuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <memory>

namespace {
constexpr qint64 chunkSize = 4 * 1024 * 1024;

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
{
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
    std::unique_ptr<char[]> buffer(new char[size_t(std::min(chunkSize, std::max<qint64>(end - start, 1)))]);
    const qint64 bufferSize = std::min(chunkSize, std::max<qint64>(end - start, 1));
    qint64 pos = start;
    m_scanner.reset(start, 1);
    bool stopped = false;
    for (;;) {
        while (pos < end) {
            const qint64 n = file.readAt(pos, buffer.get(), std::min(bufferSize, end - pos));
            if (n <= 0) {   // the file shrank under us
                warn(QStringLiteral("file_changed"), m_scanner.line(), 0, pos,
                     tr("The file became shorter while it was read (at byte %1). Wait until the program writing it has finished, then open it again.").arg(pos));
                stopped = true;
                break;
            }
            if (!m_scanner.feed(buffer.get(), n)) {
                stopped = true;
                break;
            }
            pos += n;
            if (progress && !progress(pos - start, end - start)) {
                index->cancelled = true;
                stopped = true;
                break;
            }
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
    index->endings = m_scanner.lineEndings();
    index->quotedFields = m_scanner.quotedFields();
    index->multiByteSequences = m_scanner.multiByteSequences();
    if (index->skippedEmpty > 0) {
        // Computed apart: lupdate loops forever on a template call inside translate()'s arguments.
        const int skipped = int(std::min<qint64>(index->skippedEmpty, INT_MAX));
        warn(QStringLiteral("blank_rows_skipped"), 0, 0, end,
             QCoreApplication::translate("CsvIndexBuilder", "%n empty row(s) (blank lines or only delimiters) were skipped.", nullptr,
                                         skipped));
    }
}

bool CsvIndexBuilder::onRecord(const CsvScanner::RawRecord &r)
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
            ? tr("Line %1: %2 values but the header has %3 columns; the missing values are left empty. Check the row for a lost delimiter.")
            : tr("Line %1: %2 values but the header has %3 columns; the extra values are kept in added columns. Check the row for a delimiter inside an unquoted value.");
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
             tr("Line %1: this row is %2 MB long; only its first %3 MB are read. Check the file for a missing line break or quote.")
                 .arg(ix.lines.back()).arg(size / (1024 * 1024)).arg(CsvIndex::maxRecordBytes / (1024 * 1024)));
}

void CsvIndexBuilder::onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset)
{
    switch (issue) {
    case CsvScanner::Issue::InvalidUtf8:
        ++m_index->invalidUtf8Records;
        warn(QStringLiteral("invalid_bytes"), line, field, offset,
             tr("Line %1, column %2: bytes that are not valid %3 are shown as \uFFFD. If letters such as umlauts look wrong, choose another encoding (for example Windows-1252).")
                 .arg(line).arg(field).arg(m_encodingName));
        break;
    case CsvScanner::Issue::StrayQuote:
        warn(QStringLiteral("stray_quote"), line, field, offset,
             tr("Line %1, column %2: a quote character inside an unquoted value was kept as text. Check the value.").arg(line).arg(field));
        break;
    case CsvScanner::Issue::TextAfterQuote:
        warn(QStringLiteral("text_after_quote"), line, field, offset,
             tr("Line %1, column %2: text follows the closing quote; it was kept as part of the value. Check the value.").arg(line).arg(field));
        break;
    case CsvScanner::Issue::UnterminatedQuote:
        warn(QStringLiteral("unterminated_quote"), line, field, offset,
             tr("Line %1, column %2: this quote is never closed; it was read as text so the following lines stay separate rows. Check the value.").arg(line).arg(field));
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
