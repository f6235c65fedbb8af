#include "DateTimeConverter.h"

#include "StringPool.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DateTimeConverter", text);
}

void put2(QChar *&out, int v)
{
    *out++ = QLatin1Char(char('0' + v / 10));
    *out++ = QLatin1Char(char('0' + v % 10));
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
    return tr("no time zone in the value; read as %1 (%2). Confirm the source time zone").arg(zoneName, offsetText(offset));
}

QString DateTimeConverter::formatWithOffset(const QDate &date, int hour, int minute, int second, int msec,
                                            int offsetSeconds, bool zulu)
{
    QString s(32, Qt::Uninitialized);
    QChar *out = s.data();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);   // one calendar computation instead of three
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
    s.truncate(int(out - s.constData()));
    return s;
}

DateTimeConverter::Result DateTimeConverter::convert(QStringView cell) const
{
    Result r;
    const QStringView text = cell.trimmed();
    if (text.isEmpty())
        return r;
    auto fail = [&r](const QString &kind, const QString &message) {
        r.kind = kind;
        r.message = message;
        r.severity = ValidationIssue::Severity::Error;
        r.text.clear();
        return r;
    };
    const DateTimeFormat &f = m_options.format;
    DateTimeFormat::Parts p;
    if (!DateTimeFormat::parse(text, &p))
        return fail(QStringLiteral("invalid_datetime"),
                    tr("not a date this program can read; write it as 2024-03-15, 15.03.2024 or 2024-03-15T14:30:00+01:00"));
    r.parsed = true;   // the column statistics use the reading as written
    r.parts = p;

    QDate date;
    switch (p.shape) {
    case DateTimeFormat::Shape::Invalid:
        break;
    case DateTimeFormat::Shape::Iso:
        date = QDate(p.p1, p.p2, p.p3);
        break;
    case DateTimeFormat::Shape::Dotted:
        date = QDate(f.fullYear(p.p3, p.yearDigits, m_options.dateOnly), p.p2, p.p1);
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
                return fail(QStringLiteral("ambiguous_date_format"),
                            tr("day and month cannot be told apart; confirm the column's format (d/M/yyyy or M/d/yyyy)"));
            }
        }
        const int year = f.fullYear(p.p3, p.yearDigits, m_options.dateOnly);
        date = order == DateTimeFormat::Order::DayFirst ? QDate(year, p.p2, p.p1) : QDate(year, p.p1, p.p2);
        break;
    }
    case DateTimeFormat::Shape::Serial: {
        if (!f.excelSerial) {
            r.columnDecides = true;   // a column of such numbers is read as Excel serial days
            return fail(QStringLiteral("invalid_datetime"),
                        tr("a plain number in a date column; if these are Excel serial dates, set the column's format to excel_serial"));
        }
        double whole = std::floor(p.serial);
        const qint64 days = qint64(whole);
        if (days == 60)
            return fail(QStringLiteral("invalid_datetime"), tr("Excel day 60 is 29.02.1900, a day that never existed"));
        // Excel counts 1900 as a leap year: from day 61 on, day 0 is 1899-12-30.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
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
            return r;
        }
        return fail(QStringLiteral("invalid_datetime"), tr("a date without a year cannot be a point in time"));
    }
    if (!date.isValid())
        return fail(QStringLiteral("invalid_datetime"), tr("this day does not exist in the calendar; check day, month and year"));
    if (p.hour > 23 || p.minute > 59 || p.second > 59)
        return fail(QStringLiteral("invalid_datetime"), tr("the time of day is out of range; use 00:00 to 23:59:59"));

    if (m_options.dateOnly) {
        int y = 0, m = 0, d = 0;
        date.getDate(&y, &m, &d);
        if (y >= 1 && y <= 9999) {   // what toString(Qt::ISODate) writes, without its printf
            r.text = QString(10, Qt::Uninitialized);
            QChar *out = r.text.data();
            put2(out, y / 100);
            put2(out, y % 100);
            *out++ = QLatin1Char('-');
            put2(out, m);
            *out++ = QLatin1Char('-');
            put2(out, d);
        } else {
            r.text = date.toString(Qt::ISODate);
        }
        return r;
    }

    if (p.hasOffset) {
        r.text = formatWithOffset(date, p.hour, p.minute, p.second, p.msec, p.offsetSeconds, p.zulu);
        return r;
    }
    r.naive = true;
    const ZoneResolver *zone = m_options.zone.get();
    if (!zone || !zone->isValid())
        return fail(QStringLiteral("naive_datetime"), tr("the value has no time zone and no source time zone is set"));
    const qint64 local = (date.toJulianDay() - kEpochJd) * 86400 + p.hour * 3600 + p.minute * 60 + p.second;
    const ZoneResolver::Resolution res = zone->resolve(local);
    auto zoneName = [zone] { return QString::fromUtf8(zone->id()); };
    auto output = [&](qint64 utc, int offset) {
        const qint64 wall = utc + offset;
        const qint64 day = wall >= 0 ? wall / 86400 : -((-wall + 86399) / 86400);
        const int sod = int(wall - day * 86400);
        r.text = formatWithOffset(QDate::fromJulianDay(day + kEpochJd), sod / 3600, (sod % 3600) / 60, sod % 60,
                                  p.msec, offset);
    };
    switch (res.kind) {
    case ZoneResolver::Resolution::Kind::Unique:
        output(res.utc[0], res.offset[0]);
        if (!m_options.zoneExplicit) {
            r.kind = QStringLiteral("naive_datetime");
            const auto cached = m_naiveMessages.constFind(res.offset[0]);
            r.message = cached != m_naiveMessages.constEnd() ? *cached : naiveMessage(zoneName(), res.offset[0]);
            r.severity = ValidationIssue::Severity::Warning;
        }
        return r;
    case ZoneResolver::Resolution::Kind::Gap:
        if (m_options.gapRule != MappingProfile::DstGapRule::ShiftForward)
            return fail(QStringLiteral("nonexistent_local_time"),
                        tr("this local time does not exist in %1 (clocks jumped forward); correct it or set the rule "
                           "for skipped times (dst_gap: shift_forward)").arg(zoneName()));
        output(res.shiftedUtc, res.shiftedOffset);
        r.kind = QStringLiteral("nonexistent_local_time");
        r.message = tr("this local time does not exist in %1; moved forward to %2 as the profile says").arg(zoneName(), r.text);
        r.severity = ValidationIssue::Severity::Warning;
        return r;
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
        return r;
    }
    }
    return r;
}
