#include "CsvScanner.h"

#include "CsvByteSearch.h"

#include <algorithm>
#include <cstring>

CsvScanner::CsvScanner(char delimiter, char quote, bool validateUtf8, Sink *sink)
    : m_sink(sink)
    , m_delimiter(delimiter)
    , m_quote(quote)
    , m_validateUtf8(validateUtf8)
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
                m_utf8Need = 1; m_utf8Low = 0x80; m_utf8High = 0xBF;
            } else if (c == 0xE0) {
                m_utf8Need = 2; m_utf8Low = 0xA0; m_utf8High = 0xBF;
            } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
                m_utf8Need = 2; m_utf8Low = 0x80; m_utf8High = 0xBF;
            } else if (c == 0xED) {   // no UTF-16 surrogates
                m_utf8Need = 2; m_utf8Low = 0x80; m_utf8High = 0x9F;
            } else if (c == 0xF0) {
                m_utf8Need = 3; m_utf8Low = 0x90; m_utf8High = 0xBF;
            } else if (c >= 0xF1 && c <= 0xF3) {
                m_utf8Need = 3; m_utf8Low = 0x80; m_utf8High = 0xBF;
            } else if (c == 0xF4) {
                m_utf8Need = 3; m_utf8Low = 0x80; m_utf8High = 0x8F;
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
    const auto *begin = reinterpret_cast<const uchar *>(data);
    const uchar *p = begin;
    const uchar *const end = begin + size;
    const qint64 base = m_offset;
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
    return !m_stop;
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
