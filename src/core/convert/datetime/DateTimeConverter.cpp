#include "core/convert/datetime/DateTimeConverter.h"

#include "core/text/StringLength.h"
#include "core/text/StringPool.h"
#include "core/text/TrimmedView.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <cstring>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DateTimeConverter", text);
}

// "00" .. "99" as UTF-16 pairs: two digits are one 4-byte copy (a million dates write 16 million).
struct TwoDigits
{
    char16_t pairs[200] = {};
    constexpr TwoDigits()
    {
        for (int i = 0; i < 100; ++i) {
            pairs[2 * i] = char16_t(u'0' + i / 10);
            pairs[2 * i + 1] = char16_t(u'0' + i % 10);
        }
    }
};
constexpr TwoDigits twoDigits;

void put2(QChar *&out, int v)   // 0 <= v <= 99
{
    std::memcpy(static_cast<void *>(out), twoDigits.pairs + 2 * v, 2 * sizeof(char16_t));
    out += 2;
}

QString offsetText(int offsetSeconds)
{
    const int a = std::abs(offsetSeconds);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

const qint64 kEpochJd = 2440588;   // QDate(1970,1,1).toJulianDay()
}

DateTimeConverter::DateTimeConverter(Options options)
    : m_options(std::move(options))
{
    if (!m_options.zoneExplicit && m_options.zone && m_options.zone->isValid()) {
        const QString zoneName = QString::fromUtf8(m_options.zone->id());
        for (int offset : m_options.zone->offsets())
            m_naiveMessages.insert(offset, StringPool::intern(naiveMessage(zoneName, offset)));
    }
}

QString DateTimeConverter::naiveMessage(const QString &zoneName, int offset)
{
    return tr("no time zone in the value; read as %1 (%2). Confirm the source time zone")
        .arg(zoneName, offsetText(offset));
}

bool DateTimeConverter::civilDays(int year, int month, int day, qint64 *days)
{
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil;
    // years from 1 on need no negative-era care).
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    *days = qint64(era) * 146097 + dayOfEra - 719468;
    return true;
}

QString DateTimeConverter::formatWithOffset(const QDate &date, int hour, int minute, int second, int msec,
                                            int offsetSeconds, bool zulu)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    QString s;
    writeWithOffset(&s, y, m, d, hour, minute, second, msec, offsetSeconds, zulu);
    return s;
}

void DateTimeConverter::writeWithOffset(QString *s, int y, int m, int d, int hour, int minute, int second, int msec,
                                        int offsetSeconds, bool zulu)
{
    // Written into *s in place: a detached string of enough capacity (the buffer reused row
    // after row) is not allocated again.
    const qsizetype length = 19 + (msec ? 4 : 0) + (zulu ? 1 : 6);
    if (!setLengthInPlace(s, length))
        s->resize(length);
    QChar *out = s->data();
    put2(out, y / 100);
    put2(out, y % 100);
    *out++ = QLatin1Char('-');
    put2(out, m);
    *out++ = QLatin1Char('-');
    put2(out, d);
    *out++ = QLatin1Char('T');
    put2(out, hour);
    *out++ = QLatin1Char(':');
    put2(out, minute);
    *out++ = QLatin1Char(':');
    put2(out, second);
    if (msec) {
        *out++ = QLatin1Char('.');
        *out++ = QLatin1Char(char('0' + msec / 100));
        put2(out, msec % 100);
    }
    if (zulu) {
        *out++ = QLatin1Char('Z');
    } else {
        const int a = std::abs(offsetSeconds);
        *out++ = offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
        put2(out, a / 3600);
        *out++ = QLatin1Char(':');
        put2(out, (a % 3600) / 60);
    }
}

DateTimeConverter::Result DateTimeConverter::convert(QStringView cell) const
{
    Result r;
    convert(cell, &r);
    return r;
}

void DateTimeConverter::convert(QStringView cell, Result *out) const
{
    // Everything but the text's storage starts afresh: a detached text keeps its capacity, so
    // the buffer a caller reuses row after row is written without allocating.
    QString storage = std::move(out->text);
    *out = Result();
    if (!setLengthInPlace(&storage, 0))
        storage = QString();
    out->text = std::move(storage);
    Result &r = *out;
    const QStringView text = TrimmedView::of(cell);
    if (text.isEmpty())
        return;
    auto fail = [&r](const QString &kind, const QString &message) {
        r.kind = kind;
        r.message = message;
        r.severity = ValidationIssue::Severity::Error;
        r.text.truncate(0);
    };
    const DateTimeFormat &f = m_options.format;
    DateTimeFormat::Parts p;
    if (!DateTimeFormat::parse(text, &p))
        return fail(
            QStringLiteral("invalid_datetime"),
            tr("not a date this program can read; write it as 2024-03-15, 15.03.2024 or 2024-03-15T14:30:00+01:00"));
    r.parsed = true;   // the column statistics use the reading as written
    r.parts = p;

    // The calendar date as year/month/day. Serial days are counted with QDate; written dates
    // are checked and counted by civilDays (QDate's own answers for years 1..9999) and only
    // other years go through QDate.
    int year = 0, month = 0, day = 0;
    QDate date;
    bool serial = false;
    switch (p.shape) {
    case DateTimeFormat::Shape::Invalid:
        break;
    case DateTimeFormat::Shape::Iso:
        year = p.p1;
        month = p.p2;
        day = p.p3;
        break;
    case DateTimeFormat::Shape::Dotted:
        year = f.fullYear(p.p3, p.yearDigits, m_options.dateOnly);
        month = p.p2;
        day = p.p1;
        break;
    case DateTimeFormat::Shape::Slashed: {
        DateTimeFormat::Order order = f.order;
        if (order == DateTimeFormat::Order::Auto) {
            if (p.p1 > 12 || p.p1 == p.p2)
                order = DateTimeFormat::Order::DayFirst;
            else if (p.p2 > 12)
                order = DateTimeFormat::Order::MonthFirst;
            else {
                r.columnDecides = true;
                return fail(
                    QStringLiteral("ambiguous_date_format"),
                    tr("day and month cannot be told apart; confirm the column's format (d/M/yyyy or M/d/yyyy)"));
            }
        }
        year = f.fullYear(p.p3, p.yearDigits, m_options.dateOnly);
        month = order == DateTimeFormat::Order::DayFirst ? p.p2 : p.p1;
        day = order == DateTimeFormat::Order::DayFirst ? p.p1 : p.p2;
        break;
    }
    case DateTimeFormat::Shape::Serial: {
        if (!f.excelSerial) {
            r.columnDecides = true;   // a column of such numbers is read as Excel serial days
            return fail(QStringLiteral("invalid_datetime"),
                        tr("a plain number in a date column; if these are Excel serial dates, set the column's format "
                           "to excel_serial"));
        }
        double whole = std::floor(p.serial);
        const qint64 days = qint64(whole);
        if (days == 60)
            return fail(QStringLiteral("invalid_datetime"), tr("Excel day 60 is 29.02.1900, a day that never existed"));
        // Excel counts 1900 as a leap year: from day 61 on, day 0 is 1899-12-30.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
        serial = true;
        const qint64 secs = qint64(std::llround((p.serial - whole) * 86400.0));
        if (secs > 0 && secs < 86400) {
            p.hasTime = true;
            p.hour = int(secs / 3600);
            p.minute = int((secs % 3600) / 60);
            p.second = int(secs % 60);
        }
        break;
    }
    case DateTimeFormat::Shape::NoYear:
        if (m_options.dateOnly) {
            r.kind = QStringLiteral("date_without_year");
            r.message = tr("a date without a year (--MM-DD) cannot be stored as a birthday; it is left out");
            r.severity = ValidationIssue::Severity::Warning;
            return;
        }
        return fail(QStringLiteral("invalid_datetime"), tr("a date without a year cannot be a point in time"));
    }
    qint64 epochDays = 0;
    bool valid = false;
    if (serial) {
        valid = date.isValid();
        if (valid) {
            date.getDate(&year, &month, &day);
            epochDays = date.toJulianDay() - kEpochJd;
        }
    } else if (p.shape != DateTimeFormat::Shape::Invalid) {
        valid = civilDays(year, month, day, &epochDays);
        if (!valid && (year < 1 || year > 9999)) {
            date = QDate(year, month, day);
            valid = date.isValid();
            if (valid)   // an invalid QDate's Julian day is the lowest qint64: subtracting overflows
                epochDays = date.toJulianDay() - kEpochJd;
        }
    }
    if (!valid)
        return fail(QStringLiteral("invalid_datetime"),
                    tr("this day does not exist in the calendar; check day, month and year"));
    if (p.hour > 23 || p.minute > 59 || p.second > 59)
        return fail(QStringLiteral("invalid_datetime"), tr("the time of day is out of range; use 00:00 to 23:59:59"));

    if (m_options.dateOnly) {
        if (year >= 1 && year <= 9999) {   // what toString(Qt::ISODate) writes, without its printf
            if (!setLengthInPlace(&r.text, 10))
                r.text.resize(10);
            QChar *out = r.text.data();
            put2(out, year / 100);
            put2(out, year % 100);
            *out++ = QLatin1Char('-');
            put2(out, month);
            *out++ = QLatin1Char('-');
            put2(out, day);
        } else {
            r.text = QDate(year, month, day).toString(Qt::ISODate);
        }
        return;
    }

    if (p.hasOffset) {
        writeWithOffset(&r.text, year, month, day, p.hour, p.minute, p.second, p.msec, p.offsetSeconds, p.zulu);
        return;
    }
    r.naive = true;
    const ZoneResolver *zone = m_options.zone.get();
    if (!zone || !zone->isValid())
        return fail(QStringLiteral("naive_datetime"), tr("the value has no time zone and no source time zone is set"));
    const qint64 local = epochDays * 86400 + p.hour * 3600 + p.minute * 60 + p.second;
    const ZoneResolver::Resolution res = zone->resolve(local);
    auto zoneName = [zone] { return QString::fromUtf8(zone->id()); };
    auto output = [&](qint64 utc, int offset) {
        const qint64 wall = utc + offset;
        const qint64 wallDay = wall >= 0 ? wall / 86400 : -((-wall + 86399) / 86400);
        const int sod = int(wall - wallDay * 86400);
        int y = 0, m = 0, d = 0;
        QDate::fromJulianDay(wallDay + kEpochJd).getDate(&y, &m, &d);
        writeWithOffset(&r.text, y, m, d, sod / 3600, (sod % 3600) / 60, sod % 60, p.msec, offset);
    };
    switch (res.kind) {
    case ZoneResolver::Resolution::Kind::Unique:
        // utc + offset is the wall time read: its date and time are the ones written.
        writeWithOffset(&r.text, year, month, day, p.hour, p.minute, p.second, p.msec, res.offset[0]);
        if (!m_options.zoneExplicit) {
            r.kind = QStringLiteral("naive_datetime");
            const auto cached = m_naiveMessages.constFind(res.offset[0]);
            r.message = cached != m_naiveMessages.constEnd() ? *cached : naiveMessage(zoneName(), res.offset[0]);
            r.severity = ValidationIssue::Severity::Warning;
        }
        return;
    case ZoneResolver::Resolution::Kind::Gap:
        if (m_options.gapRule != MappingProfile::DstGapRule::ShiftForward)
            return fail(QStringLiteral("nonexistent_local_time"),
                        tr("this local time does not exist in %1 (clocks jumped forward); correct it or set the rule "
                           "for skipped times (dst_gap: shift_forward)")
                            .arg(zoneName()));
        output(res.shiftedUtc, res.shiftedOffset);
        r.kind = QStringLiteral("nonexistent_local_time");
        r.message =
            tr("this local time does not exist in %1; moved forward to %2 as the profile says").arg(zoneName(), r.text);
        r.severity = ValidationIssue::Severity::Warning;
        return;
    case ZoneResolver::Resolution::Kind::Overlap: {
        if (m_options.overlapRule == MappingProfile::DstOverlapRule::Error)
            return fail(QStringLiteral("ambiguous_local_time"),
                        tr("this local time happens twice in %1 (clocks turned back: %2 or %3); correct it or set the "
                           "rule for repeated times (dst_overlap: earlier or later)")
                            .arg(zoneName(), offsetText(res.offset[0]), offsetText(res.offset[1])));
        const int which = m_options.overlapRule == MappingProfile::DstOverlapRule::Earlier ? 0 : 1;
        output(res.utc[which], res.offset[which]);
        r.kind = QStringLiteral("ambiguous_local_time");
        r.message = tr("this local time happens twice in %1; %2 chosen as the profile says").arg(zoneName(), r.text);
        r.severity = ValidationIssue::Severity::Warning;
        return;
    }
    }
}
