#pragma once

#include "core/convert/datetime/DateTimeFormat.h"

#include <QList>
#include <QString>

// What the Validator found in one datetime/date column, for the wizard to show and the user to
// confirm before anything is sent (docs/architecture.md: dates and time zones are never a silent guess).
//
// The wizard shows: `format.pattern` (detected format, e.g. "dd.MM.yyyy HH:mm"), `naiveCount`
// (values without offset, read in `timeZone`), `samples` (before -> after), `gapLines` /
// `overlapLines` (DST problems, first 20 each, with the totals), and asks to confirm the day/month
// order when `dayMonthAmbiguous` is true (then every ambiguous value is an ambiguous_date_format
// error until the profile's "format" says d/M/yyyy or M/d/yyyy).
struct DateTimeColumnReport
{
    struct Sample
    {
        qint64 line = 0;
        QString before;   // the cell as written
        QString after;   // what is sent ("" when nothing is sent)
        QString kind;   // issue kind for this value, if any
    };

    int column = -1;
    QString header;
    QString target;
    bool dateOnly = false;   // date target: sent as YYYY-MM-DD, never shifted
    QString timeZone;   // IANA id naive values are read in
    bool timeZoneExplicit = false;   // false: the computer's zone was assumed

    DateTimeFormat format;   // the decision (order, serials, pivot, pattern)
    qint64 values = 0;   // non-empty cells
    qint64 naiveCount = 0;   // values without an offset
    qint64 withOffsetCount = 0;
    qint64 invalidCount = 0;   // not readable as a date
    qint64 dayFirstEvidence = 0;   // d/M values with a day above 12
    qint64 monthFirstEvidence = 0;   // M/d values with a day above 12
    qint64 ambiguousValues = 0;   // d/M or M/d values both readings allow
    bool dayMonthAmbiguous = false;   // no evidence settles the order: the user must confirm
    bool orderConflict = false;   // evidence for both orders: mixed formats in one column
    qint64 twoDigitYearCount = 0;   // values with yy years (shown with format.pivot)
    qint64 serialCount = 0;   // plain numbers (Excel serial days when format.excelSerial)
    qint64 gapCount = 0;   // nonexistent_local_time
    qint64 overlapCount = 0;   // ambiguous_local_time
    QList<qint64> gapLines;   // first 20
    QList<qint64> overlapLines;   // first 20
    QList<Sample> samples;   // first 5 non-empty values
};
