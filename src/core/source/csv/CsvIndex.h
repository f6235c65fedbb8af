#pragma once

#include "core/source/csv/CsvScanner.h"

#include <vector>

// Where every data record of a CSV file starts: 16 bytes a record, so a million-row file needs
// 16 MB however long its rows are. Built once by CsvIndexBuilder, then only read (thread-safe).
struct CsvIndex
{
    // A record longer than this is read only up to here (memory stays bounded whatever the file
    // holds); the index builder warns about each one ("cell_truncated").
    static constexpr qint64 maxRecordBytes = 64 * 1024 * 1024;

    std::vector<qint64> offsets;   // data record starts, plus one end offset after the last
    std::vector<qint64> lines;   // 1-based physical line of each data record
    qint64 headerOffset = -1;   // the header record: where it starts and where the next begins
    qint64 headerEnd = -1;
    qint64 headerLine = 0;
    qint64 headerFields = 0;
    qint64 maxFields = 0;   // widest data record
    qint64 rawRecords = 0;   // every record seen, including title, header and blank ones
    qint64 nonEmptyRecords = 0;   // records with at least one non-delimiter byte
    qint64 skippedEmpty = 0;   // blank or delimiter-only records after the header
    std::vector<qint64> literalQuotes;   // never-closed quotes read as text (CsvScanner)
    CsvScanner::LineEndingCounts endings;
    qint64 quotedFields = 0;
    qint64 multiByteSequences = 0;
    qint64 invalidUtf8Records = 0;
    bool reachedEnd = false;   // false: stopped early (preview, cancelled, file shrank)
    bool cancelled = false;

    qint64 count() const { return qint64(lines.size()); }
};
