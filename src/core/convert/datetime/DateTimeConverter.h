#pragma once

#include "core/convert/datetime/DateTimeFormat.h"
#include "core/convert/datetime/ZoneResolver.h"
#include "core/mapping/MappingProfile.h"
#include "core/validate/ValidationIssue.h"

#include <QHash>
#include <QString>

#include <memory>

// Converts one datetime/date cell to what the API expects (docs/api.md "The contact payload"):
//  - datetime targets: ISO 8601 with an explicit offset, "2024-03-15T14:30:00+01:00". A value that
//    carries its own offset keeps it; a naive value is read in the profile's source time zone.
//    A wall time that does not exist (spring-forward gap) or exists twice (fall-back overlap) is an
//    error unless the profile has an explicit rule (dst_gap / dst_overlap), then a warning.
//  - date targets (birthday, custom "date"): "YYYY-MM-DD" exactly as written, never shifted.
// Immutable after construction; convert() is safe to call from several threads.
class DateTimeConverter
{
public:
    struct Options
    {
        DateTimeFormat format;
        bool dateOnly = false;
        std::shared_ptr<const ZoneResolver> zone;   // required for datetime targets
        bool zoneExplicit = true;   // false: the computer's zone was assumed -> naive_datetime warnings
        MappingProfile::DstGapRule gapRule = MappingProfile::DstGapRule::Error;
        MappingProfile::DstOverlapRule overlapRule = MappingProfile::DstOverlapRule::Error;
    };

    struct Result
    {
        QString text;   // empty when nothing is sent
        QString kind;   // issue kind, empty when none
        QString message;
        ValidationIssue::Severity severity = ValidationIssue::Severity::Warning;
        bool naive = false;   // the value had no offset (counted per column)
        bool parsed = false;   // `parts` holds DateTimeFormat::parse's reading of the cell
        bool columnDecides = false;   // the verdict may change once the whole column is known
                                      // (day/month order, Excel serials): the Validator re-checks it
        DateTimeFormat::Parts parts;
        bool sent() const { return !text.isEmpty(); }
    };

    explicit DateTimeConverter(Options options);
    const Options &options() const { return m_options; }

    Result convert(QStringView cell) const;
    // The same into a Result reused cell after cell: its text's storage is kept (no allocation
    // per value once warm).
    void convert(QStringView cell, Result *out) const;

    // "2024-03-15T14:30:00+01:00" (".123" added only when there are milliseconds).
    static QString formatWithOffset(const QDate &date, int hour, int minute, int second, int msec, int offsetSeconds,
                                    bool zulu = false);
    // The same into *out, whose storage is reused when it is detached and large enough.
    static void writeWithOffset(QString *out, int year, int month, int day, int hour, int minute, int second, int msec,
                                int offsetSeconds, bool zulu = false);
    // QDate(year, month, day).isValid() and toJulianDay() - 2440588 (days since 1970-01-01) for
    // years 1..9999 without QDate's calendar machinery; false for anything else.
    static bool civilDays(int year, int month, int day, qint64 *days);

private:
    static QString naiveMessage(const QString &zoneName, int offset);

    Options m_options;
    QHash<int, QString> m_naiveMessages;   // by offset: a million naive values share a few texts
};
