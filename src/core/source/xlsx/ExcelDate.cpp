#include "core/source/xlsx/ExcelDate.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace {
QString stripLiterals(const QString &code)
{
    QString out;
    bool quoted = false, bracket = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (bracket) {
            if (c == QLatin1Char(']'))
                bracket = false;
            else if (c.toLower() == QLatin1Char('h') || c.toLower() == QLatin1Char('m') ||
                     c.toLower() == QLatin1Char('s'))
                out += c.toLower();   // [h]:mm elapsed time is a time format
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;   // the next character is a literal / padding
        } else {
            out += c.toLower();
        }
    }
    return out;
}
}

namespace ExcelDate {
QString toIso(double serial, bool system1904, bool timeOnly)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466)
        return QString();
    double days = std::floor(serial);
    qint64 seconds = std::llround((serial - days) * 86400.0);
    if (seconds >= 86400) {   // rounding up to midnight
        seconds -= 86400;
        days += 1;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (timeOnly && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QString date;
    if (system1904) {
        date = QDate(1904, 1, 1).addDays(qint64(days)).toString(Qt::ISODate);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29");   // does not exist, but it is what the user sees in Excel
    } else if (days < 60) {
        date =
            QDate(1899, 12, 31).addDays(qint64(days)).toString(Qt::ISODate);   // day 0 shows as 1900-01-00: 1899-12-31
    } else {
        date = QDate(1899, 12, 30).addDays(qint64(days)).toString(Qt::ISODate);
    }
    if (seconds == 0)
        return date;
    return date + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty() || code.compare(QLatin1String("general"), Qt::CaseInsensitive) == 0)
        return false;
    const QString s = stripLiterals(code.section(QLatin1Char(';'), 0, 0));
    for (QChar c : s) {
        if (c == QLatin1Char('d') || c == QLatin1Char('m') || c == QLatin1Char('y') || c == QLatin1Char('h') ||
            c == QLatin1Char('s'))
            return true;
    }
    return false;
}

bool isTimeOnlyFormat(int id, const QString &code)
{
    if (id >= 18 && id <= 21)
        return true;
    if (id == 45 || id == 46 || id == 47)
        return true;
    if (code.isEmpty())
        return false;
    const QString s = stripLiterals(code.section(QLatin1Char(';'), 0, 0));
    return isDateFormat(id, code) && !s.contains(QLatin1Char('d')) && !s.contains(QLatin1Char('y')) &&
           (s.contains(QLatin1Char('h')) || s.contains(QLatin1Char('s')));
}
}
