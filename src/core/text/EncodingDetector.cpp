#include "core/text/EncodingDetector.h"

#include <algorithm>
#include <uchardet.h>

namespace {
struct Utf8Stats
{
    qint64 valid = 0;   // multi-byte sequences
    qint64 invalid = 0;
};

Utf8Stats utf8Stats(const QByteArray &bytes, bool complete)
{
    Utf8Stats s;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        uchar lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
            need = 2;
        else if (c == 0xED) {
            need = 2;
            hi = 0x9F;
        } else if (c == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3)
            need = 3;
        else if (c == 0xF4) {
            need = 3;
            hi = 0x8F;
        }
        if (!need) {
            ++s.invalid;
            ++i;
            continue;
        }
        if (i + need >= n && !complete)   // cut by the end of the sample: not evidence either way
            break;
        bool ok = i + need < n;
        for (int k = 1; ok && k <= need; ++k) {
            const uchar b = p[i + k];
            ok = b >= (k == 1 ? lo : 0x80) && b <= (k == 1 ? hi : 0xBF);
        }
        if (ok) {
            ++s.valid;
            i += need + 1;
        } else {
            ++s.invalid;
            ++i;
        }
    }
    return s;
}

QString uchardetGuess(const QByteArray &bytes)
{
    uchardet_t handle = uchardet_new();
    uchardet_handle_data(handle, bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 256 * 1024)));
    uchardet_data_end(handle);
    const QString name = QString::fromLatin1(uchardet_get_charset(handle)).toLower();
    uchardet_delete(handle);
    return name;
}

void setChoice(DetectionChoice *c, TextEncoding::Id id, double confidence,
               std::initializer_list<std::pair<TextEncoding::Id, double>> alternatives)
{
    c->value = TextEncoding::name(id);
    c->confidence = confidence;
    c->alternatives.clear();
    for (const auto &[alt, conf] : alternatives) {
        if (alt != id)
            c->alternatives.append({TextEncoding::name(alt), conf});
    }
}
}

EncodingDetector::Result EncodingDetector::detect(const QByteArray &head, bool complete, const QString &forced,
                                                  SourceDescription *d)
{
    using TE = TextEncoding;
    Result r;
    TE::Id bomId = TE::Utf8;
    if (head.startsWith("\xEF\xBB\xBF")) {
        r.bomLength = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        r.bomLength = 2;
        bomId = TE::Utf16LE;
    } else if (head.startsWith("\xFE\xFF")) {
        r.bomLength = 2;
        bomId = TE::Utf16BE;
    }

    TE::Id forcedId;
    if (forced.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0 && !forced.isEmpty() &&
        TE::fromName(forced, &forcedId)) {
        r.id = forcedId;
        if (r.bomLength && bomId != forcedId)   // a BOM of another encoding is data then
            r.bomLength = 0;
        d->bom = r.bomLength > 0;
        setChoice(&d->encoding, forcedId, 1.0, {});
        d->encoding.userChosen = true;
        return r;
    }

    d->bom = r.bomLength > 0;
    if (r.bomLength) {
        r.id = bomId;
        setChoice(&d->encoding, bomId, 1.0, {});
        return r;
    }

    // UTF-16 without BOM: ASCII characters leave a NUL in every other byte.
    const qsizetype n = std::min<qsizetype>(head.size(), 8192);
    qsizetype nulEven = 0, nulOdd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (head.at(i) == 0)
            ++((i % 2) ? nulOdd : nulEven);
    }
    if (nulOdd > n / 8 && nulEven < nulOdd / 8) {
        r.id = TE::Utf16LE;
        setChoice(&d->encoding, r.id, 0.9, {{TE::Utf16BE, 0.1}});
        return r;
    }
    if (nulEven > n / 8 && nulOdd < nulEven / 8) {
        r.id = TE::Utf16BE;
        setChoice(&d->encoding, r.id, 0.9, {{TE::Utf16LE, 0.1}});
        return r;
    }

    const Utf8Stats s = utf8Stats(head, complete);
    if (s.invalid == 0) {
        r.id = TE::Utf8;
        r.asciiOnly = s.valid == 0;
        if (r.asciiOnly)   // plain ASCII reads the same in all of them; UTF-8 is the safe default
            setChoice(&d->encoding, TE::Utf8, 0.8, {{TE::Windows1252, 0.5}, {TE::Latin9, 0.3}, {TE::Latin1, 0.3}});
        else
            setChoice(&d->encoding, TE::Utf8, 0.99, {{TE::Windows1252, 0.01}, {TE::Latin9, 0.01}, {TE::Latin1, 0.01}});
        return r;
    }
    if (s.valid >= 2 && s.valid >= s.invalid) {   // UTF-8 with some damaged bytes: keep UTF-8, warn per line
        // (Windows-1252 text almost never forms valid UTF-8 pairs such as "Ã¤" by chance.)
        r.id = TE::Utf8;
        setChoice(&d->encoding, TE::Utf8, 0.7, {{TE::Windows1252, 0.2}, {TE::Latin9, 0.05}, {TE::Latin1, 0.05}});
        return r;
    }

    // A single-byte encoding.
    qint64 c1 = 0, currency = 0;
    for (char ch : head) {
        const uchar c = uchar(ch);
        if (c >= 0x80 && c <= 0x9F)
            ++c1;
        else if (c == 0xA4)
            ++currency;
    }
    const QString hint = uchardetGuess(head);
    const auto agrees = [&](TE::Id id) {
        TE::Id hinted;
        return TE::fromName(hint, &hinted) && hinted == id;
    };
    if (c1 > 0) {   // 0x80-0x9F are control codes in ISO-8859-x: text using them is Windows-1252
        r.id = TE::Windows1252;
        setChoice(&d->encoding, r.id, 0.95, {{TE::Latin9, 0.03}, {TE::Latin1, 0.02}});
    } else if (currency > 0) {   // 0xA4 is "¤" in Windows-1252/Latin-1 but "€" in Latin-9
        r.id = TE::Latin9;
        setChoice(&d->encoding, r.id, 0.75, {{TE::Windows1252, 0.3}, {TE::Latin1, 0.1}});
    } else {   // identical for letters; Windows-1252 is what Windows and Excel write
        r.id = TE::Windows1252;
        setChoice(&d->encoding, r.id, agrees(TE::Windows1252) ? 0.9 : 0.8, {{TE::Latin9, 0.5}, {TE::Latin1, 0.45}});
    }
    if (!agrees(r.id) && !hint.isEmpty())
        d->encoding.confidence = std::max(0.5, d->encoding.confidence - 0.1);
    return r;
}
