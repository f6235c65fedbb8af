#include "CsvRecordParser.h"

#include "CsvByteSearch.h"

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
    // same list back, so an ASCII cell reuses the previous record's string buffer instead of one
    // allocation and one free per cell. A buffer still shared elsewhere is never written to.
    qsizetype count = 0;
    const bool asciiIsAscii = m_encoding != TextEncoding::Utf16LE && m_encoding != TextEncoding::Utf16BE;
    const char *p = data;
    const char *const end = data + size;
    const char *fieldStart = p;
    bool escaped = false;   // the field's text is in `scratch` (it was quoted)
    QByteArray scratch;
    State state = State::StartField;

    auto put = [&](const char *text, qsizetype n) {
        bool ascii = asciiIsAscii && n > 0 && count < cells->size();
        if (ascii) {   // eight bytes at a time: this runs for every cell of the file
            quint64 high = 0;
            qsizetype i = 0;
            for (; i + 8 <= n; i += 8) {
                quint64 word;
                std::memcpy(&word, text + i, 8);
                high |= word;
            }
            for (; i < n; ++i)
                high |= uchar(text[i]);
            ascii = (high & 0x8080808080808080ULL) == 0;
        }
        if (!ascii) {
            if (count < cells->size())
                (*cells)[count] = TextEncoding::decode(m_encoding, text, n);
            else
                cells->append(TextEncoding::decode(m_encoding, text, n));
            ++count;
            return;
        }
        QString &cell = (*cells)[count++];
        if (cell.isDetached() && cell.capacity() >= n)
            cell.resize(n);
        else {
            cell = QString();
            cell.reserve(std::max<qsizetype>(n, 32));   // room for the next records' longer values
            cell.resize(n);
        }
        char16_t *dst = reinterpret_cast<char16_t *>(cell.data());
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = char16_t(uchar(text[i]));
    };
    auto emitField = [&](const char *fieldEnd) {
        if (escaped) {
            put(scratch.constData(), scratch.size());
            scratch.clear();
            escaped = false;
        } else {
            put(fieldStart, fieldEnd - fieldStart);
        }
    };
    auto lineBreakLength = [&](const char *q) -> qsizetype { return (*q == '\r' && q + 1 < end && q[1] == '\n') ? 2 : 1; };

    while (p < end) {
        const char c = *p;
        switch (state) {
        case State::StartField:
            fieldStart = p;
            if (m_quote && c == m_quote && !isLiteralQuote(base + (p - data))) {
                escaped = true;
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
            if (escaped)   // text after a closing quote belongs to the same field
                scratch.append(p, q - p);
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
            scratch.append(p, stop - p);
            p = stop;
            break;
        }
        case State::QuoteInQuoted:
            if (c == m_quote) {
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
