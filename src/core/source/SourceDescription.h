#pragma once

#include "core/source/ReaderWarning.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One detected setting with how sure the detector is and what else it considered, so the
// File page can show "Windows-1252 (92 %) — or ISO-8859-15, ISO-8859-1" and let the user pick.
struct DetectionAlternative
{
    QString value;
    double confidence = 0.0;   // 0..1
};

struct DetectionChoice
{
    QString value;   // the chosen value (see SourceDescription for each domain)
    double confidence = 0.0;   // 0..1; 1.0 when the user or a BOM fixed it
    bool userChosen = false;   // ReadOptions forced this value
    QList<DetectionAlternative> alternatives;   // runners-up, best first (never contains `value`)
};

// How a file was read: what the GUI's File page and `mateo-import inspect` show.
//
// Reachable two ways:
//  - RecordSourceFactory::preview(path, options, ...) reads only the first chunk: detection plus
//    the first records, fast (milliseconds) even for a 2 GB file. `complete` is false, `records`
//    is -1 and `warnings` only cover the chunk read.
//  - FileRecordSource::description() after RecordSourceFactory::open(): the whole file was scanned,
//    `complete` is true, `records` is exact and `warnings` cover the whole file.
struct SourceDescription
{
    QString path;
    QString format;   // "csv" or "xlsx"
    qint64 fileSize = 0;   // bytes

    DetectionChoice encoding;   // utf-8 | utf-16le | utf-16be | windows-1252 | iso-8859-1 | iso-8859-15
    bool bom = false;   // a byte order mark was found (and skipped)
    DetectionChoice delimiter;   // the character itself: "," ";" "\t" "|"
    DetectionChoice quoteChar;   // "\"" (RFC 4180) or "'" ; "" when the file never quotes
    QString quoting;   // "none" (no quoted fields seen), "minimal" (some), "all" (every field)
    DetectionChoice lineEnding;   // LF | CRLF | CR
    DetectionChoice headerRow;   // 1-based record number of the header as text ("1", "3", ...)
    int headerRowNumber = 1;   // the same as a number
    qint64 headerLine = 1;   // 1-based physical line the header starts on

    // .xlsx only
    QStringList sheets;   // every worksheet, in workbook order
    QString sheet;   // the one read

    bool complete = false;   // true once the whole file was scanned (open), false for a preview
    qint64 records = -1;   // data records (header excluded); -1 while unknown

    QList<ReaderWarning> warnings;   // in file order, at most maxStoredWarnings
    QHash<QString, qint64> warningCounts;   // kind -> how many in total (also those not stored)
    static constexpr int maxStoredWarnings = 500;

    void addWarning(const ReaderWarning &warning)
    {
        ++warningCounts[warning.kind];
        if (warnings.size() < maxStoredWarnings)
            warnings.append(warning);
    }
    qint64 totalWarnings() const
    {
        qint64 n = 0;
        for (auto it = warningCounts.cbegin(); it != warningCounts.cend(); ++it)
            n += it.value();
        return n;
    }
};
