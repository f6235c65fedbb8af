#include "api/http/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

int RetryPolicy::backoffMs(int attempt) const
{
    const int shift = qBound(0, attempt, 30);
    const qint64 ceiling = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << shift);
    if (ceiling <= 0)
        return 0;
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    // RFC 9110: IMF-fixdate is what servers send; the obsolete RFC 850 and asctime forms are accepted
    // too. The weekday is dropped first: it is redundant, and Qt would check it against 19xx for "yy".
    QString text = QString::fromLatin1(value).simplified();
    const int comma = int(text.indexOf(QLatin1Char(',')));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    for (const char *format : {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'", "MMM d HH:mm:ss yyyy"}) {
        QDateTime dt = c.toDateTime(text, QString::fromLatin1(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    return QDateTime();
}

qint64 RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, nowUtc.msecsTo(when));
}
