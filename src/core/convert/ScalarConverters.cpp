#include "core/convert/ScalarConverters.h"

#include "core/text/TrimmedView.h"

#include <QString>

#include <charconv>
#include <cmath>

namespace ScalarConverters {

namespace {
// The usual cell, "-1234.56" / "1234,56" / "42": ASCII digits with at most one mark that is
// surely the decimal mark. Returns false to leave everything else to the full rules below
// (which give the same value for these shapes; tst_scalarconverters compares both).
bool parsePlainNumber(QStringView cell, QChar decimal, double *value)
{
    const qsizetype n = cell.size();
    if (n == 0 || n > 40)
        return false;
    char buffer[48];
    qsizetype i = 0;
    int out = 0;
    if (cell.at(0) == QLatin1Char('-'))
        buffer[out++] = '-', ++i;
    const qsizetype intStart = i;
    while (i < n && cell.at(i).unicode() >= '0' && cell.at(i).unicode() <= '9')
        buffer[out++] = char(cell.at(i++).unicode());
    if (i == intStart)
        return false;
    if (i < n) {
        const QChar mark = cell.at(i);
        if (mark != QLatin1Char('.') && mark != QLatin1Char(','))
            return false;
        const qsizetype fracStart = ++i;
        while (i < n && cell.at(i).unicode() >= '0' && cell.at(i).unicode() <= '9')
            ++i;
        if (i != n || i == fracStart)
            return false;
        // Without a set mark, three digits after a lone mark could be a thousands group.
        if (decimal.isNull() ? n - fracStart == 3 : mark != decimal)
            return false;
        buffer[out++] = '.';
        for (qsizetype k = fracStart; k < n; ++k)
            buffer[out++] = char(cell.at(k).unicode());
    }
    // Up to 15 digits and 22 after the mark: the digits as an integer and a power of ten are
    // both exact doubles, so one division is correctly rounded, which is what from_chars gives
    // (Clinger's fast path; tst_scalarconverters compares both on many values).
    {
        const bool negative = buffer[0] == '-';
        quint64 mantissa = 0;
        int digits = 0, fraction = 0;
        bool afterMark = false;
        for (int k = negative ? 1 : 0; k < out; ++k) {
            if (buffer[k] == '.') {
                afterMark = true;
                continue;
            }
            mantissa = mantissa * 10 + quint64(buffer[k] - '0');
            digits += mantissa != 0 ? 1 : 0;   // leading zeros are not significant
            fraction += afterMark ? 1 : 0;
        }
        static constexpr double powersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        if (digits <= 15 && fraction <= 22) {
            const double v = double(mantissa) / powersOfTen[fraction];
            *value = negative ? -v : v;
            return true;
        }
    }
    const auto result = std::from_chars(buffer, buffer + out, *value);
    return result.ec == std::errc() && result.ptr == buffer + out && std::isfinite(*value);
}
}

bool parseNumber(QStringView cell, QChar decimal, double *value)
{
    if (parsePlainNumber(TrimmedView::of(cell), decimal, value))
        return true;
    QString s;
    s.reserve(cell.size());
    for (QChar c : cell.trimmed()) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\''))
            continue;   // thousands grouping by spaces or apostrophes (de-CH)
        if (c == QChar(0x2212))
            c = QLatin1Char('-');
        s.append(c);
    }
    if (s.isEmpty())
        return false;
    const int comma = int(s.count(QLatin1Char(',')));
    const int dot = int(s.count(QLatin1Char('.')));
    QChar mark = decimal;
    if (mark.isNull()) {
        if (comma && dot)
            mark = s.lastIndexOf(QLatin1Char(',')) > s.lastIndexOf(QLatin1Char('.')) ? QLatin1Char(',')
                                                                                     : QLatin1Char('.');
        else if (comma == 1 && dot == 0)
            mark = (s.size() - s.indexOf(QLatin1Char(',')) - 1 == 3) ? QChar() : QLatin1Char(',');
        else if (dot == 1 && comma == 0)
            mark = (s.size() - s.indexOf(QLatin1Char('.')) - 1 == 3) ? QChar() : QLatin1Char('.');
        else if (comma == 0 && dot == 0)
            mark = QLatin1Char('.');
        else
            mark = comma > 1 ? QLatin1Char('.') : QLatin1Char(',');   // 1,234,567 / 1.234.567
        if (mark.isNull())
            return false;   // "1,234" / "1.234": thousand or decimal? the column must decide
    }
    const QChar group = mark == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    if (s.count(mark) > 1)
        return false;
    // Grouping marks must sit between digits in groups of three.
    const int markAt = int(s.indexOf(mark));
    const int intEnd = markAt < 0 ? int(s.size()) : markAt;
    int lastGroup = -1;
    for (int i = 0; i < intEnd; ++i) {
        if (s.at(i) == group) {
            if (lastGroup >= 0 ? i - lastGroup != 4 : i == 0 || i > 3 + (s.at(0) == QLatin1Char('-') ? 1 : 0))
                return false;
            lastGroup = i;
        }
    }
    if (lastGroup >= 0 && intEnd - lastGroup != 4)
        return false;
    if (markAt >= 0 && s.indexOf(group, markAt) >= 0)
        return false;
    s.remove(group);
    if (mark == QLatin1Char(','))
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !qIsFinite(v))
        return false;
    *value = v;
    return true;
}

QChar detectDecimal(const QStringList &values)
{
    int commaVotes = 0, dotVotes = 0;
    for (const QString &v : values) {
        double d = 0;
        if (!parseNumber(v, QChar(), &d))
            continue;
        const QString t = v.trimmed();
        const int c = int(t.lastIndexOf(QLatin1Char(','))), p = int(t.lastIndexOf(QLatin1Char('.')));
        if (c > p && t.count(QLatin1Char(',')) == 1)
            ++commaVotes;
        else if (p > c && t.count(QLatin1Char('.')) == 1)
            ++dotVotes;
    }
    if (commaVotes > dotVotes)
        return QLatin1Char(',');
    if (dotVotes > commaVotes)
        return QLatin1Char('.');
    return QChar();
}

bool parseBoolean(QStringView cell, bool *value)
{
    static const char *yes[] = {"ja", "j", "yes", "y", "true", "wahr", "1", "x", "on", "an", "✓"};
    static const char *no[] = {"nein", "n", "no", "false", "falsch", "0", "off", "aus"};
    const QString t = cell.trimmed().toString().toCaseFolded();
    for (const char *w : yes) {
        if (t == QString::fromUtf8(w)) {
            *value = true;
            return true;
        }
    }
    for (const char *w : no) {
        if (t == QString::fromUtf8(w)) {
            *value = false;
            return true;
        }
    }
    return false;
}

QStringList splitList(QStringView cell, QChar separator)
{
    QChar sep = separator;
    if (sep.isNull()) {
        for (QChar c : {QLatin1Char(';'), QLatin1Char('|'), QLatin1Char(','), QLatin1Char('\n')}) {
            if (cell.contains(c)) {
                sep = c;
                break;
            }
        }
    }
    QStringList out;
    if (sep.isNull()) {
        const QString one = cell.trimmed().toString();
        if (!one.isEmpty())
            out << one;
        return out;
    }
    for (const QStringView part : cell.split(sep)) {
        const QString t = part.trimmed().toString();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

}
