#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The encodings the reader supports and how to turn one cell's bytes into text.
// Single-byte encodings use their own tables (Qt 6.4's QStringDecoder has no Windows-1252);
// UTF-16 input is transcoded to UTF-8 before parsing, so decode() only sees byte encodings.
// Nothing is ever dropped: an invalid UTF-8 sequence becomes U+FFFD, visible in every view.
class TextEncoding
{
public:
    enum Id { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1, Latin9 };

    static QStringList names();   // utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, iso-8859-15
    static bool fromName(const QString &name, Id *id);   // case-insensitive, accepts common aliases
    static QString name(Id id);
    static QString displayName(Id id);   // "UTF-8", "Windows-1252 (Western European)", ...

    static QString decode(Id id, const char *data, qsizetype size);
    // The same text as decode(), written into *out: when *out is not shared and has the
    // capacity, its buffer is reused, so a reader refilling the same cells allocates nothing.
    static void decodeInto(Id id, const char *data, qsizetype size, QString *out);
    // For a reader that has already widened the ASCII prefix data[0, asciiDone) into dst: decodes
    // the rest into dst + asciiDone (dst has room for `size` units) and returns the text's length,
    // the same text as decode(). Returns -1 when only decode()/decodeInto() can say what the
    // text is (invalid UTF-8, a BOM, noncharacters, UTF-16 input).
    static qsizetype decodeRestInto(Id id, const char *data, qsizetype size, qsizetype asciiDone, char16_t *dst);

    // UTF-16 -> UTF-8; invalid surrogates become U+FFFD. `pendingLow` carries an odd trailing
    // byte between calls; `badUnits` counts replaced code units.
    static QByteArray utf16ToUtf8(const char *data, qsizetype size, bool bigEndian, QByteArray *carry,
                                  qint64 *badUnits);

private:
    static void decodeSingleByte(Id id, const char *data, qsizetype size, char16_t *dst);   // Latin-1/9, cp1252
};
