#pragma once

#include "core/source/ReadOptions.h"
#include "core/source/SourceDescription.h"
#include "core/text/TextEncoding.h"

#include <QByteArray>

// Guesses the CSV dialect from the first bytes of a file (already UTF-8 or single-byte, BOM
// removed): delimiter, quoting, line ending and header row, each with a confidence and the
// runners-up. Whatever ReadOptions sets explicitly is taken as given (confidence 1).
//
// Delimiter: the candidate (, ; TAB |) that splits the sample into the most consistent number
// of fields wins; a comma that mostly sits between digits ("1.234,56") is a decimal comma and
// counts half. Header row: the first record that has the table's field count and reads like
// names (text, not numbers, e-mail addresses or dates); title and blank lines above are skipped.
class CsvFormatDetector
{
public:
    struct Result
    {
        char delimiter = ',';
        char quote = '"';
        int headerRow = 1;   // 1-based raw record number (blank lines count as records)
    };

    // `complete`: the sample is the whole file (the last record needs no line break).
    static Result detect(const QByteArray &sample, bool complete, TextEncoding::Id encoding, const ReadOptions &options,
                         SourceDescription *description);

    // Line ending choice from counts (used again after the full scan).
    static DetectionChoice lineEndingChoice(qint64 lf, qint64 crlf, qint64 cr);
};
