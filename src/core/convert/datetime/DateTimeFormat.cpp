#include "core/convert/datetime/DateTimeFormat.h"

#include "core/text/TrimmedView.h"

#include <QDate>

namespace {
struct Scanner
{
    QStringView s;
    int i = 0;
    bool atEnd() const { return i >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s.at(i); }
    // Reads 1..maxDigits ASCII digits; returns the count read.
    int number(int *value, int maxDigits)
    {
        int n = 0, v = 0;
        while (!atEnd() && n < maxDigits) {
            const ushort c = s.at(i).unicode();
            if (c < '0' || c > '9')
                break;
            v = v * 10 + (c - '0');
            ++i;
            ++n;
        }
        *value = v;
        return n;
    }
    bool eat(char c)
    {
        if (peek() == QLatin1Char(c)) {
            ++i;
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (!atEnd() && s.at(i).isSpace())
            ++i;
    }
};

bool parseTime(Scanner &sc, DateTimeFormat::Parts *p)
{
    int n = sc.number(&p->hour, 2);
    if (n == 0 || !sc.eat(':'))
        return false;
    if (sc.number(&p->minute, 2) != 2)
        return false;
    p->hasTime = true;
    if (sc.eat(':')) {
        if (sc.number(&p->second, 2) != 2)
            return false;
        p->hasSeconds = true;
        if (sc.eat('.') || sc.eat(',')) {
            int frac = 0;
            const int digits = sc.number(&frac, 9);
            if (digits == 0)
                return false;
            while (sc.peek().isDigit())
                ++sc.i;   // beyond nanoseconds: ignored
            int ms = frac;
            for (int d = digits; d < 3; ++d)
                ms *= 10;
            for (int d = digits; d > 3; --d)
                ms /= 10;
            p->msec = ms;
        }
    }
    // 12-hour clock: "3:15 PM", "3:15pm"
    const int save = sc.i;
    sc.skipSpaces();
    const QChar a = sc.peek().toLower();
    if ((a == QLatin1Char('a') || a == QLatin1Char('p')) && sc.i + 1 < sc.s.size() &&
        sc.s.at(sc.i + 1).toLower() == QLatin1Char('m')) {
        if (p->hour < 1 || p->hour > 12)
            return false;
        if (a == QLatin1Char('p') && p->hour != 12)
            p->hour += 12;
        if (a == QLatin1Char('a') && p->hour == 12)
            p->hour = 0;
        sc.i += 2;
        return true;
    }
    sc.i = save;
    return true;
}

bool parseOffset(Scanner &sc, DateTimeFormat::Parts *p)
{
    sc.skipSpaces();
    if (sc.atEnd())
        return true;
    if (sc.eat('Z') || sc.eat('z')) {
        p->hasOffset = p->zulu = true;
        return true;
    }
    int sign = 0;
    const QChar c = sc.peek();
    if (c == QLatin1Char('+'))
        sign = 1;
    else if (c == QLatin1Char('-') || c == QChar(0x2212))
        sign = -1;
    else
        return false;
    ++sc.i;
    int hh = 0, mm = 0;
    const int n = sc.number(&hh, 2);
    if (n != 2)
        return false;
    if (sc.eat(':')) {
        if (sc.number(&mm, 2) != 2)
            return false;
    } else if (!sc.atEnd()) {
        if (sc.number(&mm, 2) != 2)
            return false;
    }
    if (hh > 18 || mm > 59)
        return false;
    p->hasOffset = true;
    p->offsetSeconds = sign * (hh * 3600 + mm * 60);
    return true;
}

// The two shapes nearly every export writes, "2024-03-15" and "2024-03-15T14:30:00", read
// without the scanner. The parts are exactly what the general reading in parse() gives for
// them (tst_datetimeformat compares both); anything else returns false and goes that way.
bool parseCommonIso(QStringView s, DateTimeFormat::Parts *p)
{
    const qsizetype n = s.size();
    if (n != 10 && n != 19)
        return false;
    const char16_t *c = s.utf16();
    auto digits = [c](int at, int count, int *value) {
        int v = 0;
        for (int i = at; i < at + count; ++i) {
            if (c[i] < u'0' || c[i] > u'9')
                return false;
            v = v * 10 + (c[i] - u'0');
        }
        *value = v;
        return true;
    };
    int year = 0, month = 0, day = 0;
    if (c[4] != u'-' || c[7] != u'-' || !digits(0, 4, &year) || !digits(5, 2, &month) || !digits(8, 2, &day))
        return false;
    int hour = 0, minute = 0, second = 0;
    if (n == 19 && (c[10] != u'T' || c[13] != u':' || c[16] != u':' || !digits(11, 2, &hour) ||
                    !digits(14, 2, &minute) || !digits(17, 2, &second)))
        return false;
    p->shape = DateTimeFormat::Shape::Iso;
    p->p1 = year;
    p->p2 = month;
    p->p3 = day;
    if (n == 19) {
        p->hasTime = p->hasSeconds = true;
        p->hour = hour;
        p->minute = minute;
        p->second = second;
    }
    return true;
}

bool parseSerial(QStringView s, DateTimeFormat::Parts *p)
{
    bool ok = false;
    QString t = s.toString();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = t.toDouble(&ok);
    if (!ok || v < 1 || v >= 2958466)   // 9999-12-31 is Excel's last day
        return false;
    p->shape = DateTimeFormat::Shape::Serial;
    p->serial = v;
    return true;
}
}

bool DateTimeFormat::parse(QStringView text, Parts *p)
{
    *p = Parts();
    if (parseCommonIso(TrimmedView::of(text), p))
        return true;
    return parseGeneral(text, p);
}

bool DateTimeFormat::parseGeneral(QStringView text, Parts *p)
{
    *p = Parts();
    Scanner sc{TrimmedView::of(text)};
    if (sc.s.isEmpty())
        return false;
    if (sc.s.startsWith(QLatin1String("--"))) {   // Google: --MM-DD
        sc.i = 2;
        int n1 = sc.number(&p->p2, 2);
        if (n1 != 2)
            return false;
        sc.eat('-');
        if (sc.number(&p->p3, 2) != 2 || !sc.atEnd())
            return false;
        p->shape = Shape::NoYear;
        return p->p2 >= 1 && p->p2 <= 12 && p->p3 >= 1 && p->p3 <= 31;
    }
    int separators = 0;
    bool numeric = true;
    for (QChar c : sc.s) {
        if (c == QLatin1Char('.') || c == QLatin1Char(','))
            ++separators;
        else if (!c.isDigit())
            numeric = false;
    }
    if (numeric && separators <= 1)   // a number alone: an Excel serial day (a dotted date has 2 dots)
        return parseSerial(sc.s, p);
    const int n1 = sc.number(&p->p1, 4);
    if (n1 == 0)
        return false;
    if (sc.atEnd())
        return false;
    const QChar sep = sc.peek();
    if (sep != QLatin1Char('-') && sep != QLatin1Char('.') && sep != QLatin1Char('/'))
        return false;
    ++sc.i;
    const int n2 = sc.number(&p->p2, 2);
    if (n2 == 0 || !sc.eat(char(sep.unicode())))
        return false;
    const int n3 = sc.number(&p->p3, 4);
    if (n3 == 0)
        return false;
    if (n1 == 4) {
        if (n3 > 2)
            return false;
        p->shape = Shape::Iso;
    } else {
        if (n1 > 2 || (n3 != 2 && n3 != 4))
            return false;
        p->shape = sep == QLatin1Char('.') ? Shape::Dotted : Shape::Slashed;
        p->yearDigits = n3;
    }
    sc.eat('.');   // "15.03.2024." happens in German exports
    if (sc.atEnd())
        return true;
    if (sc.peek() == QLatin1Char('T') || sc.peek() == QLatin1Char('t')) {
        ++sc.i;
    } else {
        if (!sc.peek().isSpace())
            return false;
        sc.skipSpaces();
        if (sc.eat(','))
            sc.skipSpaces();
    }
    if (!parseTime(sc, p) || !parseOffset(sc, p))
        return false;
    sc.skipSpaces();
    return sc.atEnd();
}

DateTimeFormat DateTimeFormat::fromProfile(const QString &format)
{
    DateTimeFormat f;
    const QString t = format.trimmed();
    if (t.isEmpty() || t == QLatin1String("auto"))
        return f;
    f.pattern = t;
    if (t.startsWith(QLatin1String("excel"), Qt::CaseInsensitive)) {
        f.excelSerial = true;
        return f;
    }
    const int d = t.indexOf(QLatin1Char('d'));
    const int m = t.indexOf(QLatin1Char('M'));
    if (d >= 0 && m >= 0 && !t.startsWith(QLatin1String("yy")))
        f.order = d < m ? Order::DayFirst : Order::MonthFirst;
    return f;
}

QString DateTimeFormat::toProfile() const
{
    if (excelSerial)
        return QStringLiteral("excel_serial");
    if (order == Order::Auto)
        return pattern.isEmpty() ? QStringLiteral("auto") : pattern;
    if (!pattern.isEmpty())
        return pattern;
    return order == Order::DayFirst ? QStringLiteral("d/M/yyyy") : QStringLiteral("M/d/yyyy");
}

int DateTimeFormat::fullYear(int written, int digits, bool dateOnly) const
{
    if (digits != 2)
        return written;
    int first = pivot;
    if (first <= 0) {
        const int now = QDate::currentDate().year();
        first = dateOnly ? now - 99 : now - 80;
    }
    int year = (first / 100) * 100 + written;
    if (year < first)
        year += 100;
    return year;
}
