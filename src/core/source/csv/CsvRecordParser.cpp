#include "core/source/csv/CsvRecordParser.h"

#include "core/source/csv/CsvByteSearch.h"
#include "core/text/StringLength.h"

#include <QByteArray>
#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

CsvRecordParser::CsvRecordParser(char delimiter, char quote, TextEncoding::Id encoding,
                                 const std::vector<qint64> *literalQuotes)
    : m_delimiter(delimiter)
    , m_quote(quote)
    , m_encoding(encoding)
    , m_asciiIsAscii(encoding != TextEncoding::Utf16LE && encoding != TextEncoding::Utf16BE)
    , m_literalQuotes(literalQuotes)
{
}

bool CsvRecordParser::isLiteralQuote(qint64 position) const
{
    return m_literalQuotes && !m_literalQuotes->empty() &&
           std::binary_search(m_literalQuotes->begin(), m_literalQuotes->end(), position);
}

namespace {
// A cell string's room for putCell: its 16-character steps write up to this many characters
// (at least one step, also for an empty cell); the terminator fits below it.
constexpr qsizetype roomFor(qsizetype n)
{
    return (n + 16) & ~qsizetype(15);
}

// Where the unquoted fields of a record end: one bit per byte that is the delimiter, CR or LF,
// for a 64-byte window, plus a bit for the end of the record. A record of short cells is then
// split with one vector pass per 64 bytes and a count-trailing-zeros per cell instead of a
// search per cell. Quotes are not in the mask: only a field's first byte can open a quote, and
// the parser looks at that byte itself.
class FieldEnds
{
public:
    FieldEnds(const char *begin, const char *end, const char *readEnd, char delimiter)
        : m_end(end)
        , m_readEnd(readEnd)
        , m_delimiter(delimiter)
#if defined(__SSE2__)
        , m_vDelimiter(_mm_set1_epi8(delimiter))
#endif
    {
        load(begin);
    }

    // The first delimiter, CR or LF at or after p (p <= end), or end.
    Q_ALWAYS_INLINE const char *next(const char *p)
    {
        quint64 offset = quint64(p - m_window);
        if (Q_UNLIKELY(offset >= 64)) {   // p is past the window (a long or quoted field)
            load(p);
            offset = 0;
        }
        quint64 bits = m_bits >> offset;
        while (Q_UNLIKELY(!bits)) {   // none in this window: they are in a later one
            load(m_window + 64);
            p = m_window;
            bits = m_bits;
        }
        return p + qCountTrailingZeroBits(bits);
    }

private:
    Q_ALWAYS_INLINE void load(const char *window)
    {
        m_window = window;
        const qsizetype available = m_end - window;
        quint64 bits = 0;
#if defined(__SSE2__)
        if (Q_LIKELY(m_readEnd - window >= 64)) {
            const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
            auto stops = [&](int i) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(window + i));
                const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(x, m_vDelimiter),
                                                 _mm_or_si128(_mm_cmpeq_epi8(x, cr), _mm_cmpeq_epi8(x, lf)));
                return quint64(quint16(_mm_movemask_epi8(hit))) << i;
            };
            bits = stops(0) | stops(16) | stops(32) | stops(48);
        } else
#endif
        {
            const qsizetype n = std::min<qsizetype>(available, 64);
            for (qsizetype i = 0; i < n; ++i) {
                const char c = window[i];
                if (c == m_delimiter || c == '\r' || c == '\n')
                    bits |= quint64(1) << i;
            }
        }
        if (available < 64)   // bytes past the record are not looked at; its end counts as a stop
            bits = (bits & ((quint64(1) << available) - 1)) | (quint64(1) << available);
        m_bits = bits;
    }

    const char *m_window = nullptr;
    quint64 m_bits = 0;
    const char *const m_end;
    const char *const m_readEnd;
    const char m_delimiter;
#if defined(__SSE2__)
    const __m128i m_vDelimiter;
#endif
};

// One more cell at the end of the list; the list's cells are then at [first, *end).
Q_NEVER_INLINE QString *appendCell(QStringList *list, QString **end)
{
    const qsizetype index = list->size();
    list->append(QString());
    *end = list->data() + list->size();
    return list->data() + index;
}

// A string with room for putCell's steps for a cell of roomFor(n) == room.
Q_NEVER_INLINE void makeRoom(QString *cell, qsizetype room)
{
    *cell = QString();
    cell->reserve(std::max<qsizetype>(room, 32));   // also room for the next records' longer values
}

// The thread's buffer for quoted fields with a doubled quote or text after the closing quote
// (parseReference's and parse()'s), kept between records: no allocation per escaped field.
QByteArray &escapeScratch()
{
    thread_local QByteArray scratch;
    return scratch;
}
std::vector<char> &unescapeBuffer()
{
    thread_local std::vector<char> buffer;
    return buffer;
}
}

// Writes one cell. Cells are overwritten in place: a caller streaming records
// (forEachRecordInRange) hands the same list back, so a cell reuses the previous record's string
// buffer instead of one allocation and one free per cell. A buffer still shared elsewhere is
// never written to. The fast path widens 16 bytes at a time, reading past the cell (up to
// readEnd) and writing past its length (within the string's capacity); the text it gives is
// putCellGeneral's, which takes the cells the fast path cannot.
template<bool Readable>
Q_ALWAYS_INLINE void CsvRecordParser::putCell(const char *text, qsizetype n, const char *readEnd, QString *cell) const
{
    const qsizetype room = roomFor(n);
    if (!Readable && Q_UNLIKELY(readEnd - text < room)) {
        putCellGeneral(text, n, cell);
        return;
    }
    if (Q_UNLIKELY(!hasRoomInPlace(cell, room)))
        makeRoom(cell, room);
    QStringPrivate &d = cell->data_ptr();
    char16_t *const dst = d.data();
    qsizetype firstHigh = n;   // the first byte >= 0x80; n or more if none
#if defined(__SSE2__)
    for (qsizetype i = 0;;) {
        const int ascii = widen16(text + i, dst + i);
        if (ascii < 16) {
            firstHigh = i + ascii;   // may be a byte after the cell
            break;
        }
        i += 16;
        if (i >= n)
            break;
    }
#else
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(text[i]);
        if (c >= 0x80) {
            firstHigh = i;
            break;
        }
        dst[i] = c;
    }
#endif
    qsizetype length = n;
    if (firstHigh < n) {
        // ASCII up to firstHigh is in place; the rest is decoded after it.
        length = TextEncoding::decodeRestInto(m_encoding, text, n, firstHigh, dst);
        if (Q_UNLIKELY(length < 0)) {   // bytes only the general decoder defines (invalid UTF-8, ...)
            TextEncoding::decodeInto(m_encoding, text, n, cell);
            return;
        }
    }
    d.size = length;
    dst[length] = u'\0';
}

// A field starting with an opening quote at p: writes its text to *cell and returns the
// delimiter, CR or LF ending it (or end). Its text is the bytes between the quotes unless it has
// a doubled quote or text after the closing quote; only then is it put together in a buffer.
const char *CsvRecordParser::putQuotedField(const char *p, const char *end, const char *readEnd, QString *cell) const
{
    const char quote = m_quote;
    const char delimiter = m_delimiter;
    auto nextQuote = [&](const char *from) {
        return reinterpret_cast<const char *>(findCsvSpecial(reinterpret_cast<const uchar *>(from),
                                                             reinterpret_cast<const uchar *>(end), uchar(quote),
                                                             uchar(quote), uchar(quote), uchar(quote), false));
    };
    auto endsField = [&](const char *at) { return at == end || *at == delimiter || *at == '\r' || *at == '\n'; };
    const char *const spanStart = p + 1;
    const char *q = nextQuote(spanStart);
    if (q == end) {   // never closed: the rest of the record
        putCell<false>(spanStart, end - spanStart, readEnd, cell);
        return end;
    }
    if (endsField(q + 1)) {   // the common case
        putCell<false>(spanStart, q - spanStart, readEnd, cell);
        return q + 1;
    }
    // The text is never longer than the rest of the record; the buffer keeps readSlack bytes
    // after it for putCell.
    std::vector<char> &buffer = unescapeBuffer();
    const size_t need = size_t(end - spanStart) + size_t(readSlack);
    if (buffer.size() < need)
        buffer.resize(need);
    char *const text = buffer.data();
    char *w = text;
    const char *s = spanStart;
    const char *stop = end;
    for (;;) {
        std::memcpy(w, s, size_t(q - s));
        w += q - s;
        if (q == end)   // never closed after a doubled quote
            break;
        if (q + 1 < end && q[1] == quote) {   // doubled quote: one quote of text
            *w++ = quote;
            s = q + 2;
            q = nextQuote(s);
            continue;
        }
        // The closing quote; text after it belongs to the field, quotes included.
        stop = q + 1;
        if (!endsField(stop)) {
            const char *textEnd = reinterpret_cast<const char *>(
                findCsvSpecial(reinterpret_cast<const uchar *>(stop), reinterpret_cast<const uchar *>(end), '\r', '\n',
                               uchar(delimiter), uchar(delimiter), false));
            std::memcpy(w, stop, size_t(textEnd - stop));
            w += textEnd - stop;
            stop = textEnd;
        }
        break;
    }
    putCell<false>(text, w - text, text + buffer.size(), cell);
    if (buffer.size() > 1024 * 1024)   // do not keep a huge field's memory per thread
        std::vector<char>().swap(buffer);
    return stop;
}

qsizetype CsvRecordParser::parse(const char *data, qsizetype size, qint64 base, QStringList *cells,
                                 qsizetype slack) const
{
    if (!m_asciiIsAscii)   // UTF-16 (the reader transcodes it first): no fast path
        return parseReference(data, size, base, cells);
    // With 16 bytes of slack every cell of the record may be read 16 bytes a step: no check per cell.
    return slack >= 16 ? parseFast<true>(data, size, base, cells, slack)
                       : parseFast<false>(data, size, base, cells, slack);
}

template<bool Readable>
qsizetype CsvRecordParser::parseFast(const char *data, qsizetype size, qint64 base, QStringList *cells,
                                     qsizetype slack) const
{
    // Copies in locals: writing a cell could alias the members as far as the compiler knows.
    const char delimiter = m_delimiter;
    const char quote = m_quote;
    const char *const end = data + size;
    const char *const readEnd = end + slack;
    FieldEnds ends(data, end, readEnd, delimiter);
    // The cells are taken with one detach for the whole record instead of a detach check per
    // cell (QList::operator[]); the list grows when a record has more fields than the last.
    QString *cell = cells->data();
    QString *cellsEnd = cell + cells->size();
    const char *p = data;
    for (;;) {
        if (Q_UNLIKELY(cell == cellsEnd))
            cell = appendCell(cells, &cellsEnd);
        const char *stop;   // the delimiter, CR or LF ending the field, or end
        if (Q_UNLIKELY(p < end && quote && *p == quote) && !isLiteralQuote(base + (p - data))) {
            stop = putQuotedField(p, end, readEnd, cell);
        } else {
            stop = ends.next(p);
            putCell<Readable>(p, stop - p, readEnd, cell);
        }
        ++cell;
        if (stop < end && *stop == delimiter) {
            p = stop + 1;
            continue;
        }
        const qsizetype count = cell - cells->constData();
        if (count != cells->size())
            cells->resize(count);
        if (stop == end)
            return size;
        return (stop - data) + ((*stop == '\r' && stop + 1 < end && stop[1] == '\n') ? 2 : 1);
    }
}

// The general cell writer: any text, any string, any encoding.
void CsvRecordParser::putCellGeneral(const char *text, qsizetype n, QString *cell) const
{
    if (!m_asciiIsAscii || n == 0) {
        TextEncoding::decodeInto(m_encoding, text, n, cell);
        return;
    }
    if (!setLengthInPlace(cell, n)) {
        *cell = QString();
        // Room for the next records' longer values, in whole 16-character steps (putCell's).
        cell->reserve(std::max<qsizetype>(roomFor(n), 32));
        cell->resize(n);
    }
    // ASCII (nearly every cell) is widened here; anything else decodes in the same buffer.
    if (!widenAscii(text, n, reinterpret_cast<char16_t *>(cell->data())))
        TextEncoding::decodeInto(m_encoding, text, n, cell);
}

qsizetype CsvRecordParser::parseReference(const char *data, qsizetype size, qint64 base, QStringList *cells) const
{
    enum class State { StartField, Unquoted, Quoted, QuoteInQuoted };
    // Cells are overwritten in place: a caller streaming records (forEachRecordInRange) hands the
    // same list back, so a cell reuses the previous record's string buffer instead of one
    // allocation and one free per cell. A buffer still shared elsewhere is never written to.
    qsizetype count = 0;
    const char *p = data;
    const char *const end = data + size;
    const char *fieldStart = p;
    // A quoted field's text is the bytes [spanStart, spanEnd) as long as it has no doubled quote
    // and no text after its closing quote (nearly always); only then is it copied into `scratch`.
    bool quoted = false;   // the field started with a quote
    bool escaped = false;   // ... and its text is in `scratch`
    const char *spanStart = nullptr;
    const char *spanEnd = nullptr;
    QByteArray &scratch = escapeScratch();
    State state = State::StartField;

    auto put = [&](const char *text, qsizetype n) {
        if (count == cells->size())
            cells->append(QString());
        putCellGeneral(text, n, &(*cells)[count++]);
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
    auto lineBreakLength = [&](const char *q) -> qsizetype {
        return (*q == '\r' && q + 1 < end && q[1] == '\n') ? 2 : 1;
    };

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
            const char *q = reinterpret_cast<const char *>(
                findCsvSpecial(reinterpret_cast<const uchar *>(p + 1), reinterpret_cast<const uchar *>(end), '\r', '\n',
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
