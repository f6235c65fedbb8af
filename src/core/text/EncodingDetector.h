#pragma once

#include "core/source/SourceDescription.h"
#include "core/text/TextEncoding.h"

#include <QByteArray>

// Decides the text encoding from the first bytes of a file: a BOM settles it; UTF-16 without
// BOM shows as NUL bytes in every other position; bytes that are valid UTF-8 are UTF-8 (a
// valid UTF-8 file is never read as anything else); otherwise one of the Western single-byte
// encodings, told apart by the bytes they use (0x80-0x9F only in Windows-1252, € at 0xA4 in
// ISO-8859-15), with uchardet's opinion as a second voice for the confidence.
class EncodingDetector
{
public:
    struct Result
    {
        TextEncoding::Id id = TextEncoding::Utf8;
        int bomLength = 0;
        bool asciiOnly = false;   // the sample had no byte >= 0x80 (the rest of the file may)
    };

    // `complete`: head is the whole file. `forced`: ReadOptions::encoding ("auto" or a name).
    static Result detect(const QByteArray &head, bool complete, const QString &forced, SourceDescription *description);
};
