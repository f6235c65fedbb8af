#include "gui/support/DateExamples.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

QString DateExamples::example(const QString &pattern, bool excelSerial)
{
    if (excelSerial && pattern.isEmpty())
        return tr("Excel day numbers, e.g. 45657 for 31.12.2024");
    if (pattern.isEmpty())
        return QString();
    if (pattern.startsWith(QLatin1String("?/?")))
        return tr("03/04/2024 (day and month order still to choose)");
    // 31 December 2024, 14:30:45: every part is told apart by its value.
    QString text = pattern;
    text.replace(QLatin1String("yyyy"), QLatin1String("2024"))
        .replace(QLatin1String("yy"), QLatin1String("24"))
        .replace(QLatin1String("MM"), QLatin1String("12"))
        .replace(QLatin1String("dd"), QLatin1String("31"))
        .replace(QLatin1String("HH"), QLatin1String("14"))
        .replace(QLatin1String("mm"), QLatin1String("30"))
        .replace(QLatin1String("ss"), QLatin1String("45"))
        .replace(QStringLiteral("±14:30"), QStringLiteral("+01:00"))
        .replace(QLatin1String("M"), QLatin1String("12"))
        .replace(QLatin1String("d"), QLatin1String("31"));
    return text;
}

QString DateExamples::readable(const QString &sent)
{
    if (sent.isEmpty())
        return sent;
    if (sent.size() == 10) {   // a date, sent as written
        const QDate date = QDate::fromString(sent, Qt::ISODate);
        return date.isValid() ? shortDate(date) : sent;
    }
    const QDateTime at = QDateTime::fromString(sent, Qt::ISODateWithMs);
    if (!at.isValid())
        return sent;
    return tr("%1 (%2)").arg(shortDateTime(at), at.timeZoneAbbreviation());
}

static QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateExamples::shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString DateExamples::shortDateTime(const QDateTime &at)
{
    const QLocale locale;
    return locale.toString(at, withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}
