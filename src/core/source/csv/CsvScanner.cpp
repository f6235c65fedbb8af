#include "core/source/csv/CsvScanner.h"

#include "core/source/csv/CsvByteSearch.h"
#include "core/source/csv/private/CsvBlockClassifier.h"

#include <algorithm>
#include <cstring>

CsvScanner::CsvScanner(char delimiter, char quote, bool validateUtf8, Sink *sink)
    : m_sink(sink)
    , m_delimiter(delimiter)
    , m_quote(quote)
    , m_validateUtf8(validateUtf8)
    , m_blockScan(delimiter != '\r' && delimiter != '\n' && delimiter != quote && uchar(delimiter) < 0x80 &&
                  quote != '\r' && quote != '\n' && uchar(quote) < 0x80)
{
    std::memset(m_unquotedClass, Plain, sizeof m_unquotedClass);
    std::memset(m_quotedClass, Plain, sizeof m_quotedClass);
    if (validateUtf8) {
        std::memset(m_unquotedClass + 0x80, High, 0x80);
        std::memset(m_quotedClass + 0x80, High, 0x80);
    }
    m_unquotedClass[uchar('\r')] = m_quotedClass[uchar('\r')] = CR;
    m_unquotedClass[uchar('\n')] = m_quotedClass[uchar('\n')] = LF;
    m_unquotedClass[uchar(delimiter)] = Delimiter;
    if (quote) {
        m_unquotedClass[uchar(quote)] = Quote;
        m_quotedClass[uchar(quote)] = Quote;
    }
}

void CsvScanner::reset(qint64 offset, qint64 line)
{
    if (offset == m_recordOffset)   // a restart: line ending counts go back to that record
        m_endings = m_endingsAtRecord;
    m_state = State::StartRecord;
    m_offset = offset;
    m_line = line;
    m_lastCR = -2;
    m_utf8Need = 0;
    m_utf8ErrorRecord = -1;
    m_stop = false;
}

void CsvScanner::restartAfter(qint64 recordOffset, qint64 recordLine, qint64 quoteOffset,
                              LineEndingCounts endingsAtRecord, qint64 quotedFields, qint64 multiByte)
{
    ++m_restarts;   // what finish() does when it asks for a restart
    m_literalQuotes.insert(std::upper_bound(m_literalQuotes.begin(), m_literalQuotes.end(), quoteOffset), quoteOffset);
    m_quotedFields = quotedFields;
    m_multiByte = multiByte;
    m_recordOffset = recordOffset;
    m_endingsAtRecord = endingsAtRecord;
    reset(recordOffset, recordLine);
}

bool CsvScanner::isLiteralQuote(qint64 position) const
{
    return !m_literalQuotes.empty() && std::binary_search(m_literalQuotes.begin(), m_literalQuotes.end(), position);
}

void CsvScanner::lineBreak(uchar c, qint64 position, bool endsRecord)
{
    // Only line breaks that end records count as the file's line ending: Excel writes CRLF
    // rows with bare LF inside quoted cells, which is not "mixed".
    if (c == '\r') {
        ++m_line;
        m_lastCR = position;
        if (endsRecord)
            ++m_endings.cr;
    } else if (m_lastCR == position - 1) {   // LF completing a CRLF: still one line break
        if (endsRecord) {
            --m_endings.cr;
            ++m_endings.crlf;
        }
    } else {
        ++m_line;
        if (endsRecord)
            ++m_endings.lf;
    }
}

void CsvScanner::endRecord(qint64 /*nextOffset*/)
{
    RawRecord r;
    r.offset = m_recordOffset;
    r.line = m_recordLine;
    r.fields = m_fields;
    r.blank = m_blank;
    r.onlyDelimiters = m_onlyDelimiters && !m_blank;
    m_state = State::StartRecord;
    if (!m_sink->onRecord(r))
        m_stop = true;
}

void CsvScanner::utf8Error(qint64 position)
{
    m_utf8Need = 0;
    if (m_utf8ErrorRecord == m_recordOffset)
        return;
    m_utf8ErrorRecord = m_recordOffset;
    m_sink->onIssue(Issue::InvalidUtf8, m_line, m_fields, position);
}

const uchar *CsvScanner::consumeHigh(const uchar *p, const uchar *end, const uchar *begin, qint64 base)
{
    while (p < end && *p >= 0x80) {
        const uchar c = *p;
        if (m_utf8Need == 0) {
            if (c >= 0xC2 && c <= 0xDF) {
                m_utf8Need = 1;
                m_utf8Low = 0x80;
                m_utf8High = 0xBF;
            } else if (c == 0xE0) {
                m_utf8Need = 2;
                m_utf8Low = 0xA0;
                m_utf8High = 0xBF;
            } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
                m_utf8Need = 2;
                m_utf8Low = 0x80;
                m_utf8High = 0xBF;
            } else if (c == 0xED) {   // no UTF-16 surrogates
                m_utf8Need = 2;
                m_utf8Low = 0x80;
                m_utf8High = 0x9F;
            } else if (c == 0xF0) {
                m_utf8Need = 3;
                m_utf8Low = 0x90;
                m_utf8High = 0xBF;
            } else if (c >= 0xF1 && c <= 0xF3) {
                m_utf8Need = 3;
                m_utf8Low = 0x80;
                m_utf8High = 0xBF;
            } else if (c == 0xF4) {
                m_utf8Need = 3;
                m_utf8Low = 0x80;
                m_utf8High = 0x8F;
            } else {   // stray continuation byte, overlong lead (C0, C1) or beyond U+10FFFF
                utf8Error(base + (p - begin));
            }
            ++p;
        } else if (c >= m_utf8Low && c <= m_utf8High) {
            m_utf8Low = 0x80;
            m_utf8High = 0xBF;
            if (--m_utf8Need == 0)
                ++m_multiByte;
            ++p;
        } else {
            utf8Error(base + (p - begin));   // then read this byte again as a lead byte
        }
    }
    if (p < end && m_utf8Need)   // sequence cut short by an ASCII byte
        utf8Error(base + (p - begin));
    return p;
}

bool CsvScanner::feed(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *const end = p + size;
    if (m_blockScan) {
        constexpr int block = CsvBlockClassifier::blockSize;
        while (end - p >= block) {
            p = scanBlocks(p, end);
            if (m_stop)
                return false;
            if (end - p < block)
                break;
            feedScalar(p, p + block, m_offset);   // a block the block path does not take
            if (m_stop)
                return false;
            p += block;
        }
    }
    if (p < end && !m_stop)
        feedScalar(p, end, m_offset);
    return !m_stop;
}

void CsvScanner::feedScalar(const uchar *begin, const uchar *end, qint64 base)
{
    // The byte state machine: every case the block path does not take, and the reference it
    // must agree with. Feeding any split of the bytes gives the same results.
    const uchar *p = begin;
    auto pos = [&](const uchar *q) { return base + (q - begin); };

    if (m_utf8Need && p < end && *p < 0x80)
        utf8Error(base);
    const uchar quoteOrCR = m_quote ? uchar(m_quote) : uchar('\r');

    while (p < end && !m_stop) {
        switch (m_state) {
        case State::StartRecord:
            if (*p == '\n' && m_lastCR == pos(p) - 1) {   // rest of the CRLF that ended the last record
                lineBreak(*p, pos(p), true);
                ++p;
                break;
            }
            m_recordOffset = pos(p);
            m_recordLine = m_line;
            m_fields = 1;
            m_blank = true;
            m_onlyDelimiters = true;
            m_endingsAtRecord = m_endings;
            m_state = State::StartField;
            break;

        case State::StartField:
            if (m_unquotedClass[*p] == Quote) {
                m_blank = m_onlyDelimiters = false;
                if (isLiteralQuote(pos(p))) {
                    m_sink->onIssue(Issue::UnterminatedQuote, m_line, m_fields, pos(p));
                    m_state = State::Unquoted;
                } else {
                    m_quoteOffset = pos(p);
                    m_quoteLine = m_line;
                    m_quoteField = m_fields;
                    ++m_quotedFields;
                    m_state = State::Quoted;
                }
                ++p;
                break;
            }
            m_state = State::Unquoted;
            break;

        case State::Unquoted: {
            // Stay here across delimiters: most fields are unquoted, so the per-field cost is low.
            for (;;) {
                const uchar *q = findCsvSpecial(p, end, '\r', '\n', uchar(m_delimiter), quoteOrCR, m_validateUtf8);
                if (q != p) {
                    m_blank = m_onlyDelimiters = false;
                    p = q;
                }
                if (p == end)
                    break;
                const quint8 k = m_unquotedClass[*p];
                if (k == Delimiter) {
                    ++m_fields;
                    m_blank = false;
                    ++p;
                    if (p == end || m_unquotedClass[*p] == Quote) {   // the next field may be quoted
                        m_state = State::StartField;
                        break;
                    }
                    continue;
                }
                if (k == Quote) {
                    m_blank = m_onlyDelimiters = false;
                    m_sink->onIssue(Issue::StrayQuote, m_line, m_fields, pos(p));
                    ++p;
                    continue;
                }
                if (k == CR || k == LF) {
                    lineBreak(*p, pos(p), true);
                    ++p;
                    endRecord(pos(p));
                    break;
                }
                m_blank = m_onlyDelimiters = false;   // High
                p = consumeHigh(p, end, begin, base);
            }
            break;
        }

        case State::Quoted: {
            p = findCsvSpecial(p, end, '\r', '\n', uchar(m_quote), uchar(m_quote), m_validateUtf8);
            if (p == end)
                break;
            switch (m_quotedClass[*p]) {
            case Quote:
                m_state = State::QuoteInQuoted;
                ++p;
                break;
            case CR:
            case LF:
                lineBreak(*p, pos(p), false);
                ++p;
                break;
            default:   // High
                p = consumeHigh(p, end, begin, base);
                break;
            }
            break;
        }

        case State::QuoteInQuoted: {
            const uchar c = *p;
            const quint8 k = m_unquotedClass[c];
            if (k == Quote) {   // doubled quote: a literal quote inside the field
                m_state = State::Quoted;
                ++p;
            } else if (k == Delimiter) {
                ++m_fields;
                m_state = State::StartField;
                ++p;
            } else if (k == CR || k == LF) {
                lineBreak(c, pos(p), true);
                ++p;
                endRecord(pos(p));
            } else {   // `"abc"def`: keep the text, read on as an unquoted field
                m_sink->onIssue(Issue::TextAfterQuote, m_line, m_fields, pos(p));
                m_state = State::Unquoted;
            }
            break;
        }
        }
    }
    m_offset = pos(p);
}

bool CsvScanner::finish()
{
    if (m_utf8Need)
        utf8Error(m_offset);
    switch (m_state) {
    case State::StartRecord:
        return true;
    case State::Quoted:
        if (m_restarts < maxRestarts) {
            ++m_restarts;
            m_literalQuotes.insert(std::upper_bound(m_literalQuotes.begin(), m_literalQuotes.end(), m_quoteOffset),
                                   m_quoteOffset);
            return false;
        }
        m_sink->onIssue(Issue::UnterminatedQuote, m_quoteLine, m_quoteField, m_quoteOffset);
        break;
    default:
        break;
    }
    endRecord(m_offset);
    return true;
}

void CsvScanner::beginRecord(qint64 offset, qint64 line)
{
    m_recordOffset = offset;
    m_recordLine = line;
    m_fields = 1;
    m_blank = true;
    m_onlyDelimiters = true;
    m_endingsAtRecord = m_endings;
    m_state = State::StartField;
}

namespace {
// UTF-8 of one block, continuing the sequence state consumeHigh left (need, low, high), for blocks
// with more than two-byte sequences (see scanBlock for those). Returns false wherever consumeHigh
// would report invalid bytes (the state machine then reads the block and reports them); else sets
// `completed` to the bytes that end a multi-byte sequence and the state after the block.
bool blockUtf8(const uchar *p, quint64 highMask, quint64 *completed, int *need, uchar *low, uchar *high)
{
    using B = CsvBlockClassifier;
    // consumeHigh's rules, byte by byte but only where the high bytes are.
    quint64 done = 0;
    int n = *need;
    uchar lo = *low, hi = *high;
    int i = 0;
    for (;;) {
        if (n) {
            if (i == B::blockSize)
                break;
            const uchar c = p[i];
            if (c < lo || c > hi)   // also an ASCII byte cutting the sequence short
                return false;
            lo = 0x80;
            hi = 0xBF;
            if (--n == 0)
                done |= quint64(1) << i;
            ++i;
            continue;
        }
        const quint64 rest = highMask & ~B::range(0, i);
        if (!rest)
            break;
        i = B::lowestBit(rest);
        const uchar c = p[i];
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            lo = 0x80;
            hi = 0xBF;
        } else if (c == 0xE0) {
            n = 2;
            lo = 0xA0;
            hi = 0xBF;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            n = 2;
            lo = 0x80;
            hi = 0xBF;
        } else if (c == 0xED) {
            n = 2;
            lo = 0x80;
            hi = 0x9F;
        } else if (c == 0xF0) {
            n = 3;
            lo = 0x90;
            hi = 0xBF;
        } else if (c >= 0xF1 && c <= 0xF3) {
            n = 3;
            lo = 0x80;
            hi = 0xBF;
        } else if (c == 0xF4) {
            n = 3;
            lo = 0x80;
            hi = 0x8F;
        } else {
            return false;
        }
        ++i;
    }
    *completed = done;
    *need = n;
    *low = lo;
    *high = hi;
    return true;
}
}

// The block path: the 64 bytes at p (absolute offset `at`) as bit masks. Must leave exactly the
// state and report exactly the records feedScalar would for the same bytes; returns false,
// having changed nothing, for a block it does not handle: a stray quote or text after a closing
// quote, a literal (never closed) quote, invalid UTF-8, an LF right after a CR that ended the
// last block, a quote that closed at the end of the last block — all rare in real files.
Q_ALWAYS_INLINE bool CsvScanner::scanBlock(const uchar *p, qint64 at)
{
    using B = CsvBlockClassifier;
    if (m_state == State::QuoteInQuoted || m_lastCR == at - 1)
        return false;
    const B::Masks m = B::classify(p, uchar(m_delimiter), uchar(m_quote));

    // inside: bit i set when byte i is in a quoted field (an opening quote is, a closing one not).
    quint64 inside = m_state == State::Quoted ? ~quint64(0) : 0;
    quint64 opening = 0;   // quotes that open a field (not the second quote of a doubled one)
    quint64 closing = 0;
    if (m.quote) {
        if (!m_literalQuotes.empty()) {
            const auto it = std::lower_bound(m_literalQuotes.begin(), m_literalQuotes.end(), at);
            if (it != m_literalQuotes.end() && *it < at + B::blockSize)
                return false;
        }
        inside ^= B::prefixXor(m.quote);
        closing = m.quote & ~inside;
        const quint64 reopening = m.quote & inside;
        const quint64 separators = (m.delimiter | m.lf | m.cr) & ~inside;
        const bool atFieldStart = m_state == State::StartRecord || m_state == State::StartField;
        const quint64 fieldStart = (separators << 1) | quint64(atFieldStart);
        if (reopening & ~(fieldStart | (closing << 1)))   // a stray quote inside an unquoted field
            return false;
        // A closing quote is followed by a delimiter, a line break or the quote doubling it (the
        // last byte's follower is in the next block, which then starts in QuoteInQuoted).
        if (closing & ~((separators | m.quote) >> 1) & ~(quint64(1) << 63))
            return false;
        opening = reopening & fieldStart;
    }
    quint64 completed = 0;
    int need = m_utf8Need;
    uchar low = m_utf8Low, high = m_utf8High;
    if (m_validateUtf8 && (m.high || need)) {
        bool valid = false;
        if (need == 0 || (need == 1 && low == 0x80 && high == 0xBF)) {
            // The common case, accented Latin letters: only two-byte sequences, so every continuation
            // byte must follow a lead byte (or the lead that ended the last block) and nothing else.
            const B::Utf8Masks u = B::classifyUtf8(p, m.high);
            if ((u.continuation | u.lead2) == m.high) {
                if (u.continuation != ((u.lead2 << 1) | quint64(need)))
                    return false;
                completed = u.continuation;
                need = int(u.lead2 >> 63);
                low = 0x80;   // what a two-byte lead sets (an error before may have left a narrower range)
                high = 0xBF;
                valid = true;
            }
        }
        if (!valid && !blockUtf8(p, m.high, &completed, &need, &low, &high))
            return false;
    }

    // From here on the block is taken: no issues, only records.
    m_utf8Need = need;
    m_utf8Low = low;
    m_utf8High = high;
    const quint64 delimiters = m.delimiter & ~inside;
    // A CR, or an LF not completing a CRLF, is a line break (the LF of a CR in the previous
    // block was excluded above); outside quotes it ends the record.
    const quint64 lineBreaks = m.cr | (m.lf & ~(m.cr << 1));
    quint64 ends = lineBreaks & ~inside;
    // Sparse masks (line breaks inside quotes, quotes, multi-byte ends) are mostly empty or one bit:
    // without a popcount instruction, a test is cheaper.
    auto count = [](quint64 x) { return B::fastPopcount || x & (x - 1) ? B::popcount(x) : int(x != 0); };
    if (!(m.quote | m.cr | m.lf) && m_state != State::StartRecord) {
        // Most blocks: the middle of a record, text and delimiters only. What the loop below
        // does for one part [0, 64) with no quote and no line break.
        m_blank = false;
        if (~m.delimiter)
            m_onlyDelimiters = false;
        m_fields += B::popcount(delimiters);   // 0 inside quotes
        m_multiByte += count(completed);
        m_offset = at + B::blockSize;
        if (m_state != State::Quoted)
            m_state = delimiters >> 63 ? State::StartField : State::Unquoted;
        return true;
    }
    if (m_state == State::StartRecord)
        beginRecord(at, m_line);
    for (int s = 0;;) {
        // This record's part of the block is [s, e); the running counts are at s.
        const int e = ends ? B::lowestBit(ends) : B::blockSize;
        const quint64 part = B::range(s, e);
        if (const quint64 opened = opening & part) {
            const int b = B::highestBit(opened);   // where an unterminated quote would be reported
            m_quoteOffset = at + b;
            m_quoteLine = m_line + count(lineBreaks & B::range(s, b));
            m_quoteField = m_fields + count(delimiters & B::range(s, b));
            m_quotedFields += count(opened);
        }
        if (part) {
            m_blank = false;
            if (part & ~m.delimiter)
                m_onlyDelimiters = false;
            m_fields += B::popcount(delimiters & part);
            m_line += count(lineBreaks & part);   // inside quotes
            m_multiByte += count(completed & part);
        }
        if (e == B::blockSize)
            break;
        ends &= ends - 1;
        // The line break at e ends the record; the sink may read the running totals.
        ++m_line;
        const bool cr = m.cr >> e & 1;
        if (cr) {
            ++m_endings.cr;
            m_lastCR = at + e;
        } else {
            ++m_endings.lf;
        }
        endRecord(at + e + 1);
        if (m_stop) {
            m_offset = at + e + 1;
            if (const quint64 crs = m.cr & B::range(0, e + 1))
                m_lastCR = at + B::highestBit(crs);
            m_utf8Need = 0;   // a sequence open across a line break would have been invalid
            m_utf8Low = 0x80;
            m_utf8High = 0xBF;
            return true;
        }
        s = e + 1;
        if (cr && s < B::blockSize && (m.lf >> s & 1)) {   // the LF completing a CRLF, as StartRecord reads it
            --m_endings.cr;
            ++m_endings.crlf;
            ++s;
        }
        if (s >= B::blockSize)
            break;
        beginRecord(at + s, m_line);
    }
    if (m.cr)
        m_lastCR = at + B::highestBit(m.cr);
    m_offset = at + B::blockSize;
    if (m_state != State::StartRecord) {
        const quint64 last = quint64(1) << 63;
        if (inside & last)
            m_state = State::Quoted;
        else if (closing & last)
            m_state = State::QuoteInQuoted;
        else if (delimiters & last)
            m_state = State::StartField;
        else
            m_state = State::Unquoted;
    }
    return true;
}

// Every x86-64 CPU of the last 15 years has POPCNT, but the baseline target does not: on Linux with
// GCC the block loop is compiled twice and the loader picks the POPCNT one where it runs.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
__attribute__((target_clones("popcnt", "default")))
#endif
const uchar *
CsvScanner::scanBlocks(const uchar *p, const uchar *end)
{
    // One loop over the blocks (not a call each): the classifier's constants stay in registers.
    using B = CsvBlockClassifier;
    for (; end - p >= B::blockSize; p += B::blockSize) {
        if (!scanBlock(p, m_offset) || m_stop)
            break;
    }
    return p;
}
