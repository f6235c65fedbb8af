#pragma once

#include <QCoreApplication>
#include <QString>

// Dates as people read them: a format as an example ("dd.MM.yyyy HH:mm" -> "31.12.2024 14:30") and
// a value as it is sent ("2024-03-31T03:30:00+02:00" -> "31.03.24 03:30 (UTC+02:00)" in the UI
// language), so the Review page never shows format codes or ISO timestamps in its main text.
class DateExamples
{
    Q_DECLARE_TR_FUNCTIONS(DateExamples)

public:
    static QString example(const QString &pattern, bool excelSerial = false);
    static QString readable(const QString &sent);
    // The UI language's short formats with a four-digit year: "2/14/68" would read as 2068 or be
    // mistaken for a typo; "2/14/1968" cannot.
    static QString shortDate(const QDate &date);
    static QString shortDateTime(const QDateTime &at);
};
