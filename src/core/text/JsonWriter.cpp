#include "core/text/JsonWriter.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
const char hex[] = "0123456789abcdef";

// Units below 0x80 that are written as they are (printable ASCII except `"` and `\`, DEL included).
struct PlainAscii
{
    bool plain[128] = {};
    constexpr PlainAscii()
    {
        for (int c = 0x20; c < 0x80; ++c)
            plain[c] = c != '"' && c != '\\';
    }
};
constexpr PlainAscii plainAscii;

// What writeString does with one unit that is not plain printable ASCII (or any unit, on the
// slow path): the general case, kept apart so the common loop stays small.
inline char *writeSpecial(char *o, char16_t u, const char16_t *&s, const char16_t *end)
{
    if (u < 0x80) {
        if (u >= 0x20 && u != '"' && u != '\\') {
            *o++ = char(u);
            return o;
        }
        *o++ = '\\';
        switch (u) {
        case '"':
            *o++ = '"';
            break;
        case '\\':
            *o++ = '\\';
            break;
        case '\b':
            *o++ = 'b';
            break;
        case '\f':
            *o++ = 'f';
            break;
        case '\n':
            *o++ = 'n';
            break;
        case '\r':
            *o++ = 'r';
            break;
        case '\t':
            *o++ = 't';
            break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hex[u >> 4];
            *o++ = hex[u & 0xf];
        }
    } else if (u < 0x800) {
        *o++ = char(0xc0 | (u >> 6));
        *o++ = char(0x80 | (u & 0x3f));
    } else if (u >= 0xd800 && u <= 0xdfff) {
        if (u <= 0xdbff && s < end && *s >= 0xdc00 && *s <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*s++) - 0xdc00);
            *o++ = char(0xf0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3f));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else {   // a lone surrogate: escaped, as Qt does
            *o++ = '\\';
            *o++ = 'u';
            *o++ = hex[(u >> 12) & 0xf];
            *o++ = hex[(u >> 8) & 0xf];
            *o++ = hex[(u >> 4) & 0xf];
            *o++ = hex[u & 0xf];
        }
    } else {
        *o++ = char(0xe0 | (u >> 12));
        *o++ = char(0x80 | ((u >> 6) & 0x3f));
        *o++ = char(0x80 | (u & 0x3f));
    }
    return o;
}
}

char *JsonWriter::writeString(char *o, QStringView text)
{
    *o++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *end = s + text.size();
#ifdef __SSE2__
    // Fast path for the usual value: 8 units at a time while all are printable ASCII without
    // `"` or `\` (0x20..0x7f), which are written as they are. Any other unit goes the general way
    // (writeSpecial), which alone decides the output for it.
    const __m128i below = _mm_set1_epi16(0x20), above = _mm_set1_epi16(0x7f);
    const __m128i quote = _mm_set1_epi16('"'), backslash = _mm_set1_epi16('\\');
    while (end - s >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        // Signed compares: units >= 0x8000 are negative and fail the first test.
        const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, below), _mm_cmpgt_epi16(v, above)),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
        const int mask = _mm_movemask_epi8(bad);
        if (mask == 0) {
            _mm_storel_epi64(reinterpret_cast<__m128i *>(o), _mm_packus_epi16(v, v));
            o += 8;
            s += 8;
            continue;
        }
        const int plain = __builtin_ctz(unsigned(mask)) / 2;   // units before the first special one
        // All 8 bytes are stored (room is reserved); only the plain ones count.
        _mm_storel_epi64(reinterpret_cast<__m128i *>(o), _mm_packus_epi16(v, v));
        o += plain;
        s += plain;
        const char16_t u = *s++;
        o = writeSpecial(o, u, s, end);
    }
#endif
    while (s < end) {
        const char16_t u = *s++;
        if (u < 0x80 && plainAscii.plain[u])
            *o++ = char(u);
        else
            o = writeSpecial(o, u, s, end);
    }
    *o++ = '"';
    return o;
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + maxStringBytes(text.size()));   // the array grows geometrically
    char *o = writeString(out.data() + start, text);
    out.truncate(o - out.constData());
}

namespace {
// Fractions with at most 6 decimals below 1e9 (prices, rates, shares): the shortest decimal that
// reads back as the same double has the fewest decimals k for which x / 10^k does (x, 10^k exact,
// so the division rounds as reading the decimal does); it is the only one with k decimals, as
// the doubles there lie closer together than 10^-6. That is what Qt's shortest form writes
// (plain decimal notation for these magnitudes); tests/core/tst_jsonwriter compares the two.
bool writeFewDecimals(char *&o, double value)
{
    static constexpr double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    const double a = std::fabs(value);
    if (!(a >= 0.001 && a < 1e9))
        return false;
    for (int k = 1; k <= 6; ++k) {
        const double scaled = double(qint64(a * pow10[k] + 0.5));
        if (scaled / pow10[k] != a)
            continue;
        char buffer[24];
        char *e = buffer + sizeof buffer;
        char *p = e;
        quint64 x = quint64(scaled);
        for (int i = 0; i < k; ++i) {
            *--p = char('0' + x % 10);
            x /= 10;
        }
        *--p = '.';
        do {
            *--p = char('0' + x % 10);
            x /= 10;
        } while (x);
        if (value < 0)
            *--p = '-';
        std::memcpy(o, p, size_t(e - p));
        o += e - p;
        return true;
    }
    return false;
}
}

char *JsonWriter::writeNumber(char *o, double value)
{
    if (!std::isfinite(value)) {
        std::memcpy(o, "null", 4);
        return o + 4;
    }
    // QJsonValue keeps a whole double up to 2^53 as an integer (and writes -0 as 0).
    if (value == std::floor(value) && std::fabs(value) <= 9007199254740992.0) {
        char buffer[24];
        char *e = buffer + sizeof buffer;
        char *p = e;
        qint64 v = qint64(value);
        const bool negative = v < 0;
        quint64 a = negative ? quint64(-v) : quint64(v);
        do {
            *--p = char('0' + a % 10);
            a /= 10;
        } while (a);
        if (negative)
            *--p = '-';
        std::memcpy(o, p, size_t(e - p));
        return o + (e - p);
    }
    // Fractions between 0.001 and 2^53: Qt's 'g' shortest form is the plain decimal one there (the
    // exponent form is never shorter), and std::to_chars' shortest round-trip digits are the same
    // digits (tests/core/tst_jsonwriter compares both on many values). Everything else: Qt itself.
    if (writeFewDecimals(o, value))
        return o;
    const double magnitude = std::fabs(value);
    if (magnitude >= 0.001 && magnitude < 9007199254740992.0) {
        const std::to_chars_result r = std::to_chars(o, o + MaxNumberBytes, value, std::chars_format::fixed);
        if (r.ec == std::errc())
            return r.ptr;
    }
    const QByteArray qt = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    std::memcpy(o, qt.constData(), size_t(qt.size()));
    return o + qt.size();
}

char *JsonWriter::writeBool(char *o, bool value)
{
    if (value) {
        std::memcpy(o, "true", 4);
        return o + 4;
    }
    std::memcpy(o, "false", 5);
    return o + 5;
}

void JsonWriter::appendNumber(QByteArray &out, double value)
{
    const qsizetype start = out.size();
    out.resize(start + MaxNumberBytes);
    char *o = writeNumber(out.data() + start, value);
    out.truncate(o - out.constData());
}
