#pragma once

#include <QString>

// Excel stores dates as day numbers ("serials"). In the 1900 system day 1 is 1900-01-01 and day 60
// is the 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel); in the
// 1904 system (old Mac workbooks) day 0 is 1904-01-01. Fractions are the time of day.
namespace ExcelDate {
// ISO text: "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss" when there is a time, "HH:mm:ss" for a pure time
// (serial < 1 with a time-only format). Day 60 of the 1900 system gives "1900-02-29", as Excel shows.
// Empty for serials Excel cannot show (negative, beyond 9999-12-31).
QString toIso(double serial, bool system1904, bool timeOnly = false);

// Whether a number format shows a date or time: built-in ids 14-22, 27-36, 45-47, 50-58, or a
// format code with d/m/y/h/s outside quotes and [brackets] (e.g. "dd.mm.yyyy hh:mm").
bool isDateFormat(int numFmtId, const QString &formatCode);
bool isTimeOnlyFormat(int numFmtId, const QString &formatCode);
}
