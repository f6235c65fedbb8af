#include "JsonWriter.h"

#include <QLocale>

#include <cmath>

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Worst case 6 bytes per UTF-16 unit (\u00XX / \udXXX); the array grows geometrically.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *o = out.data() + start;
    *o++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *end = s + text.size();
    while (s < end) {
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *o++ = char(u);
                continue;
            }
            *o++ = '\\';
            switch (u) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '\b': *o++ = 'b'; break;
            case '\f': *o++ = 'f'; break;
            case '\n': *o++ = 'n'; break;
            case '\r': *o++ = 'r'; break;
            case '\t': *o++ = 't'; break;
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
    }
    *o++ = '"';
    out.truncate(o - out.constData());
}

void JsonWriter::appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
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
        out.append(p, e - p);
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}
