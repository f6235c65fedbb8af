#pragma once

#include <QString>
#include <QStringView>

// How the dates of one column are written, decided from all of its values (DateTimeFormatDetector)
// or given by a profile's "format". Every cell is first split into its parts (parse()); the format
// then settles what the parts alone cannot: day/month order of d/M/yyyy vs M/d/yyyy, whether plain
// numbers are Excel serial days, and which century a two-digit year belongs to.
//
// Shapes understood (all trimmed, any mix per column):
//   Iso      2024-03-15, 2024-03-15T14:30[:00[.123]][Z|+01:00|+0100|+01], also ' ' instead of 'T',
//            and 2024/03/15
//   Dotted   15.03.2024, 5.3.24, with " 14:30[:00]" (always day first: the German convention)
//   Slashed  15/03/2024, 3/15/24, 15-03-2024 (order from the column), with optional time, AM/PM
//   Serial   45366 or 45366.5 (Excel 1900 date system: day 1 = 1900-01-01, Lotus leap bug honoured)
//   NoYear   --03-15 or --0315 (Google Contacts birthdays without a year)
struct DateTimeFormat
{
    enum class Order { Auto, DayFirst, MonthFirst };
    enum class Shape { Invalid, Iso, Dotted, Slashed, Serial, NoYear };

    struct Parts
    {
        Shape shape = Shape::Invalid;
        int p1 = 0, p2 = 0, p3 = 0;   // the three date numbers in written order
        int yearDigits = 4;   // digits of the year as written (2 = needs a pivot)
        bool hasTime = false, hasSeconds = false;
        int hour = 0, minute = 0, second = 0, msec = 0;
        bool hasOffset = false, zulu = false;
        int offsetSeconds = 0;
        double serial = 0;
    };
    // Splits a cell into parts; false when it has none of the shapes above.
    static bool parse(QStringView text, Parts *parts);
    // What parse() falls back to after its fast path for plain ISO dates; both must always
    // agree (tst_datetimeformat compares them).
    static bool parseGeneral(QStringView text, Parts *parts);

    Order order = Order::Auto;   // for Slashed
    bool excelSerial = false;   // plain numbers are Excel serial days
    int pivot = 0;   // first year of the 100-year window for yy; 0 = automatic
    QString pattern;   // for people: "dd.MM.yyyy HH:mm", "M/d/yyyy", "ISO 8601", ...

    // From a profile "format" value; "auto"/empty gives the automatic format.
    static DateTimeFormat fromProfile(const QString &format);
    QString toProfile() const;   // the value to save back ("auto" when nothing was decided)

    // Year for a written year with `digits` digits. dateOnly selects the automatic window:
    // birthdays never lie in the future ([now-99, now]); other datetimes use [now-80, now+19].
    int fullYear(int written, int digits, bool dateOnly) const;
};
