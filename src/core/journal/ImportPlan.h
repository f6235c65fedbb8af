#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// How the remaining rows of a job spread over quota days, shown before anything is sent:
// "50,000 rows in 50 batches: 25,000 today in 25 batches, 25,000 tomorrow in 25 batches."
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    struct Day
    {
        qint64 rows = 0;
        int batches = 0;
    };

    QList<Day> days;   // days[0] is today (what is left of today's quota)
    qint64 rows = 0;   // rows still to send
    int batches = 0;   // batches still to send
    qint64 alreadySent = 0;   // rows of batches already accepted/finished (resume)

    qint64 rowsToday() const { return days.isEmpty() ? 0 : days.first().rows; }
    bool fitsToday() const { return days.size() <= 1; }
    QString text() const;
};
