#pragma once

#include <QByteArray>
#include <QStringView>

// Compact JSON values written straight into a byte array, byte for byte what
// QJsonDocument::toJson(QJsonDocument::Compact) writes for the same value (tests/core/tst_jsonwriter
// compares both on a table): strings as UTF-8 with `"`, `\` and control characters escaped
// (\b \t \n \f \r, else \u00XX), a lone surrogate as \udXXX; numbers as integers when whole and
// within ±2^53, otherwise in Qt's shortest round-trip form; non-finite numbers as null.
// The converter's hot path writes one contact per row with it instead of building a QJsonObject.
class JsonWriter
{
public:
    static void appendString(QByteArray &out, QStringView text);
    static void appendNumber(QByteArray &out, double value);
    static void appendBool(QByteArray &out, bool value) { out += value ? "true" : "false"; }
};
