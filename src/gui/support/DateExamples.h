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
};
