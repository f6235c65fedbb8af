#include "core/text/TextEncoding.h"

#include "core/source/csv/CsvByteSearch.h"
#include "core/text/StringLength.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace {
// Windows-1252 0x80..0x9F. The five bytes Windows leaves undefined map to the C1 control of the
// same value (as WHATWG does) so they are kept, not dropped.
constexpr char16_t cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                     0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Decodes valid UTF-8 into dst (room for `size` units: UTF-8 never needs more UTF-16 units than
// bytes). Returns the end, or nullptr at the first byte sequence it does not take as plainly valid.
// Then the caller decodes with QString::fromUtf8, which defines the output for everything else
// (U+FFFD per invalid sequence, a leading BOM); for the rest valid UTF-8 has one decoding only.
// Noncharacters are handed over too, so this path never has to agree with Qt on them.
// `begin` is where the text starts (a BOM there is left to Qt); decoding starts at s.
Q_ALWAYS_INLINE char16_t *decodeValidUtf8(const uchar *begin, const uchar *s, const uchar *end, char16_t *dst)
{
    while (s < end) {
        const uchar c = *s;
        if (c < 0x80) {
#if defined(__SSE2__)
            // The ASCII run from here (names and addresses are mostly ASCII around one accented
            // letter), 16 bytes a step. Writing 16 units is safe: dst is never further ahead in
            // the output than s is in the input, and 16 more input bytes are there.
            if (end - s >= 16) {
                const int ascii = widen16(reinterpret_cast<const char *>(s), dst);
                s += ascii;
                dst += ascii;
                continue;
            }
#endif
            *dst++ = c;
            ++s;
            continue;
        }
        auto cont = [&](qsizetype i) { return s + i < end && (s[i] & 0xC0) == 0x80; };
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(1))
                return nullptr;
            cp = char32_t(c & 0x1F) << 6 | (s[1] & 0x3F);
            s += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return nullptr;
            cp = char32_t(c & 0x0F) << 12 | char32_t(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) || cp >= 0xFFFE ||
                (cp == 0xFEFF && s == begin))
                return nullptr;
            s += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return nullptr;
            cp = char32_t(c & 0x07) << 18 | char32_t(s[1] & 0x3F) << 12 | char32_t(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF || (cp & 0xFFFE) == 0xFFFE)
                return nullptr;
            s += 4;
            *dst++ = char16_t(0xD7C0 + (cp >> 10));
            *dst++ = char16_t(0xDC00 | (cp & 0x3FF));
            continue;
        } else {
            return nullptr;
        }
        *dst++ = char16_t(cp);
    }
    return dst;
}

char16_t latin9(uchar c)
{
    switch (c) {
    case 0xA4:
        return 0x20AC;
    case 0xA6:
        return 0x0160;
    case 0xA8:
        return 0x0161;
    case 0xB4:
        return 0x017D;
    case 0xB8:
        return 0x017E;
    case 0xBC:
        return 0x0152;
    case 0xBD:
        return 0x0153;
    case 0xBE:
        return 0x0178;
    default:
        return c;
    }
}
}

QStringList TextEncoding::names()
{
    return {QStringLiteral("utf-8"),        QStringLiteral("utf-16le"),   QStringLiteral("utf-16be"),
            QStringLiteral("windows-1252"), QStringLiteral("iso-8859-1"), QStringLiteral("iso-8859-15")};
}

bool TextEncoding::fromName(const QString &rawName, Id *id)
{
    const QString n = rawName.trimmed().toLower().remove(QLatin1Char('_'));
    Id result;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        result = Utf8;
    else if (n == QLatin1String("utf-16le") || n == QLatin1String("utf16le") || n == QLatin1String("utf-16") ||
             n == QLatin1String("unicode"))
        result = Utf16LE;
    else if (n == QLatin1String("utf-16be") || n == QLatin1String("utf16be"))
        result = Utf16BE;
    else if (n == QLatin1String("windows-1252") || n == QLatin1String("cp1252") || n == QLatin1String("win1252"))
        result = Windows1252;
    else if (n == QLatin1String("iso-8859-1") || n == QLatin1String("latin1") || n == QLatin1String("latin-1") ||
             n == QLatin1String("iso8859-1"))
        result = Latin1;
    else if (n == QLatin1String("iso-8859-15") || n == QLatin1String("latin9") || n == QLatin1String("latin-9") ||
             n == QLatin1String("iso8859-15"))
        result = Latin9;
    else
        return false;
    if (id)
        *id = result;
    return true;
}

QString TextEncoding::name(Id id)
{
    return names().at(int(id));
}

QString TextEncoding::displayName(Id id)
{
    switch (id) {
    case Utf8:
        return QStringLiteral("UTF-8");
    case Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Windows1252:
        return QCoreApplication::translate("TextEncoding", "Windows-1252 (Western European)");
    case Latin1:
        return QCoreApplication::translate("TextEncoding", "ISO-8859-1 (Latin-1)");
    case Latin9:
        return QCoreApplication::translate("TextEncoding", "ISO-8859-15 (Latin-9, with €)");
    }
    return QString();
}

void TextEncoding::decodeSingleByte(Id id, const char *data, qsizetype size, char16_t *dst)
{
    const auto *src = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = src[i];
        if (c < 0x80 || id == Latin1)
            dst[i] = c;
        else if (id == Windows1252)
            dst[i] = c < 0xA0 ? cp1252High[c - 0x80] : char16_t(c);
        else
            dst[i] = latin9(c);
    }
}

QString TextEncoding::decode(Id id, const char *data, qsizetype size)
{
    switch (id) {
    case Utf8:
        return QString::fromUtf8(data, size);
    case Latin1:
        return QString::fromLatin1(data, size);
    case Windows1252:
    case Latin9: {
        QString out(size, Qt::Uninitialized);
        decodeSingleByte(id, data, size, reinterpret_cast<char16_t *>(out.data()));
        return out;
    }
    case Utf16LE:
    case Utf16BE: {
        QStringDecoder decoder(id == Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        return decoder.decode(QByteArrayView(data, size));
    }
    }
    return QString();
}

void TextEncoding::decodeInto(Id id, const char *data, qsizetype size, QString *out)
{
    if (id == Utf16LE || id == Utf16BE) {   // never reached by the CSV reader (see the header)
        *out = decode(id, data, size);
        return;
    }
    if (size == 0) {   // empty, not null, as decode() gives
        if (!setLengthInPlace(out, 0))
            *out = QString(0, Qt::Uninitialized);
        return;
    }
    // Every byte encoding here gives at most one UTF-16 unit per byte.
    if (!setLengthInPlace(out, size)) {
        *out = QString();
        out->reserve(std::max<qsizetype>(size, 32));   // room for the next records' longer values
        out->resize(size);
    }
    char16_t *const dst = reinterpret_cast<char16_t *>(out->data());
    const auto *src = reinterpret_cast<const uchar *>(data);
    switch (id) {
    case Utf8:
        if (const char16_t *end = decodeValidUtf8(src, src, src + size, dst))
            setLengthInPlace(out, end - dst);   // shrinking: always in place
        else
            *out = QString::fromUtf8(data, size);   // invalid bytes: Qt's replacement rules, as decode()
        return;
    case Latin1:
    case Windows1252:
    case Latin9:
        decodeSingleByte(id, data, size, dst);
        return;
    case Utf16LE:
    case Utf16BE:
        break;
    }
}

qsizetype TextEncoding::decodeRestInto(Id id, const char *data, qsizetype size, qsizetype asciiDone, char16_t *dst)
{
    const auto *src = reinterpret_cast<const uchar *>(data);
    switch (id) {
    case Utf8: {
        const char16_t *end = decodeValidUtf8(src, src + asciiDone, src + size, dst + asciiDone);
        return end ? end - dst : -1;
    }
    case Latin1:
    case Windows1252:
    case Latin9:
        decodeSingleByte(id, data + asciiDone, size - asciiDone, dst + asciiDone);
        return size;
    case Utf16LE:
    case Utf16BE:
        break;
    }
    return -1;
}

QByteArray TextEncoding::utf16ToUtf8(const char *data, qsizetype size, bool bigEndian, QByteArray *carry,
                                     qint64 *badUnits)
{
    QByteArray bytes = *carry;
    bytes.append(data, size);
    qsizetype usable = bytes.size() & ~qsizetype(1);
    // Keep a trailing high surrogate for the next call: its low half may be in the next chunk.
    if (usable >= 2) {
        const auto *u = reinterpret_cast<const uchar *>(bytes.constData()) + usable - 2;
        const char16_t last = bigEndian ? char16_t(u[0] << 8 | u[1]) : char16_t(u[1] << 8 | u[0]);
        if (last >= 0xD800 && last <= 0xDBFF && size > 0)
            usable -= 2;
    }
    QString text(usable / 2, Qt::Uninitialized);
    auto *dst = reinterpret_cast<char16_t *>(text.data());
    const auto *src = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype i = 0; i < usable / 2; ++i)
        dst[i] = bigEndian ? char16_t(src[2 * i] << 8 | src[2 * i + 1]) : char16_t(src[2 * i + 1] << 8 | src[2 * i]);
    // Lone surrogates would not survive the round trip: make them visible replacement characters.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = dst[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && dst[i + 1] >= 0xDC00 && dst[i + 1] <= 0xDFFF) {
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            dst[i] = 0xFFFD;
            if (badUnits)
                ++*badUnits;
        }
    }
    *carry = bytes.mid(usable);
    return text.toUtf8();
}
