#include "CsvRecordParser.h"

#include "CsvByteSearch.h"
#include "StringLength.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

CsvRecordParser::CsvRecordParser(char delimiter, char quote, TextEncoding::Id encoding,
                                 const std::vector<qint64> *literalQuotes)
    : m_delimiter(delimiter)
    , m_quote(quote)
    , m_encoding(encoding)
    , m_literalQuotes(literalQuotes)
{
}

bool CsvRecordParser::isLiteralQuote(qint64 position) const
{
    return m_literalQuotes && !m_literalQuotes->empty()
        && std::binary_search(m_literalQuotes->begin(), m_literalQuotes->end(), position);
}

qsizetype CsvRecordParser::parse(const char *data, qsizetype size, qint64 base, QStringList *cells) const
{
    enum class State { StartField, Unquoted, Quoted, QuoteInQuoted };
    // Cells are overwritten in place: a caller streaming records (forEachRecordInRange) hands the
    // same list back, so a cell reuses the previous record's string buffer instead of one
    // allocation and one free per cell. A buffer still shared elsewhere is never written to.
    qsizetype count = 0;
    const bool asciiIsAscii = m_encoding != TextEncoding::Utf16LE && m_encoding != TextEncoding::Utf16BE;
    const char *p = data;
    const char *const end = data + size;
    const char *fieldStart = p;
    // A quoted field's text is the bytes [spanStart, spanEnd) as long as it has no doubled quote
    // and no text after its closing quote (nearly always); only then is it copied into `scratch`.
    bool quoted = false;     // the field started with a quote
    bool escaped = false;    // ... and its text is in `scratch`
    const char *spanStart = nullptr;
    const char *spanEnd = nullptr;
    thread_local QByteArray scratch;   // kept between records: no allocation per escaped field
    State state = State::StartField;

    auto put = [&](const char *text, qsizetype n) {
        if (count == cells->size())
            cells->append(QString());
        QString &cell = (*cells)[count++];
        if (!asciiIsAscii || n == 0) {
            TextEncoding::decodeInto(m_encoding, text, n, &cell);
            return;
        }
        if (!setLengthInPlace(&cell, n)) {
            cell = QString();
            cell.reserve(std::max<qsizetype>(n, 32));   // room for the next records' longer values
            cell.resize(n);
        }
        // ASCII (nearly every cell) is widened here; anything else decodes in the same buffer.
        if (!widenAscii(text, n, reinterpret_cast<char16_t *>(cell.data())))
            TextEncoding::decodeInto(m_encoding, text, n, &cell);
    };
    // From here on the field's text is collected in `scratch`.
    auto toScratch = [&]() {
        if (escaped)
            return;
        escaped = true;
        scratch.resize(0);   // keeps the capacity
        scratch.append(spanStart, spanEnd - spanStart);
    };
    auto emitField = [&](const char *fieldEnd) {
        if (escaped) {
            put(scratch.constData(), scratch.size());
            if (scratch.capacity() > 1024 * 1024)   // do not keep a huge field's memory per thread
                scratch = QByteArray();
        } else if (quoted)
            put(spanStart, spanEnd - spanStart);
        else
            put(fieldStart, fieldEnd - fieldStart);
        quoted = escaped = false;
    };
    auto lineBreakLength = [&](const char *q) -> qsizetype { return (*q == '\r' && q + 1 < end && q[1] == '\n') ? 2 : 1; };

    while (p < end) {
        const char c = *p;
        switch (state) {
        case State::StartField:
            fieldStart = p;
            if (m_quote && c == m_quote && !isLiteralQuote(base + (p - data))) {
                quoted = true;
                spanStart = spanEnd = p + 1;
                state = State::Quoted;
                ++p;
            } else {
                state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            if (c == m_delimiter) {
                emitField(p);
                state = State::StartField;
                ++p;
                break;
            }
            if (c == '\r' || c == '\n') {
                emitField(p);
                cells->resize(count);
                return (p - data) + lineBreakLength(p);
            }
            // Plain text up to the next delimiter or line break.
            const char *q = reinterpret_cast<const char *>(findCsvSpecial(
                reinterpret_cast<const uchar *>(p + 1), reinterpret_cast<const uchar *>(end), '\r', '\n',
                uchar(m_delimiter), uchar(m_delimiter), false));
            if (quoted) {   // text after a closing quote belongs to the same field
                toScratch();
                scratch.append(p, q - p);
            }
            p = q;
            break;
        }
        case State::Quoted: {
            if (c == m_quote) {
                state = State::QuoteInQuoted;
                ++p;
                break;
            }
            const void *q = std::memchr(p, m_quote, size_t(end - p));
            const char *stop = q ? static_cast<const char *>(q) : end;
            if (escaped)
                scratch.append(p, stop - p);
            else
                spanEnd = stop;
            p = stop;
            break;
        }
        case State::QuoteInQuoted:
            if (c == m_quote) {
                toScratch();
                scratch.append(c);
                state = State::Quoted;
                ++p;
            } else if (c == m_delimiter) {
                emitField(p);
                state = State::StartField;
                ++p;
            } else if (c == '\r' || c == '\n') {
                emitField(p);
                cells->resize(count);
                return (p - data) + lineBreakLength(p);
            } else {
                state = State::Unquoted;
            }
            break;
        }
    }
    if (state == State::StartField)
        fieldStart = p;
    emitField(p);
    cells->resize(count);
    return p - data;
}
