#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstring>

// Compact JSON values written straight into a byte array, byte for byte what
// QJsonDocument::toJson(QJsonDocument::Compact) writes for the same value (tests/core/tst_jsonwriter
// compares both on a table): strings as UTF-8 with `"`, `\` and control characters escaped
// (\b \t \n \f \r, else \u00XX), a lone surrogate as \udXXX; numbers as integers when whole and
// within ±2^53, otherwise in Qt's shortest round-trip form; non-finite numbers as null.
// The converter's hot path writes one contact per row with it instead of building a QJsonObject.
//
// The write*() functions are the raw form for callers that reserve room once for a whole object
// (RowConverter::appendJson): they write at `o`, which must have room for the bound given by
// maxStringBytes() / MaxNumberBytes, and return the end of what they wrote.
class JsonWriter
{
public:
    static void appendString(QByteArray &out, QStringView text);
    static void appendNumber(QByteArray &out, double value);
    static void appendBool(QByteArray &out, bool value) { out += value ? "true" : "false"; }

    // Worst case: 6 bytes per UTF-16 unit (\u00XX / \udXXX) plus the quotes, plus 8 bytes of slack
    // for the block copy of the ASCII fast path.
    static constexpr qsizetype maxStringBytes(qsizetype utf16Units) { return 2 + 6 * utf16Units + 8; }
    static constexpr qsizetype MaxNumberBytes = 32;   // "-2.2250738585072014e-308" is 24
    static char *writeString(char *o, QStringView text);
    static char *writeNumber(char *o, double value);
    static char *writeBool(char *o, bool value);
    static char *writeRaw(char *o, const QByteArray &bytes)   // e.g. a key written once ahead
    {
        std::memcpy(o, bytes.constData(), size_t(bytes.size()));
        return o + bytes.size();
    }
};
