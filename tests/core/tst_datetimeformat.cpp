#include "core/convert/datetime/DateTimeConverter.h"
#include "core/convert/datetime/DateTimeFormat.h"

#include <QTest>

// The fast paths of date reading must give exactly what the general code gives:
// DateTimeFormat::parse (plain ISO shapes) vs parseGeneral, DateTimeConverter::civilDays vs
// QDate, and a Result reused cell after cell vs a fresh one.
class TestDateTimeFormat : public QObject
{
    Q_OBJECT

private:
    static QStringList trickyCells()
    {
        return {"2024-03-15",
                "2024-03-15T14:30:00",
                "2024-03-15t14:30:00",
                "2024-03-15 14:30:00",
                " 2024-03-15 ",
                "\t2024-03-15T14:30:00\n",
                "2024-03-15T14:30",
                "2024-03-15T14:30:00Z",
                "2024-03-15T14:30:00+01:00",
                "2024-03-15T14:30:00.5",
                "2024-3-15",
                "2024-03-5",
                "24-03-15",
                "2024/03/15",
                "2024-03-15T24:61:61",
                "0000-00-00",
                "9999-12-31T23:59:59",
                "0001-01-01",
                "2024-02-30",
                "2023-02-29",
                "2024-02-29",
                "2024-03-15T14:30:0x",
                "2024-03-1x",
                "2024-0３-15",
                "２024-03-15",
                "2024-03-15T14:30:00 ",
                "2024-03-15X14:30:00",
                "2024-03-15T14-30-00",
                "15.03.2024",
                "15.03.2024 14:30",
                "3/4/2024 2:05 PM",
                "45366",
                "45366.5",
                "--03-15",
                "",
                " ",
                "2024-03-15T14:30:00\u00a0",
                "\u20282024-03-15",
                "2024-03-31T02:30:00",
                "2024-10-27T02:30:00",
                "2011-12-30T12:00:00",
                "1850-06-01T12:00:00",
                "2150-03-08T02:30:00",
                "1900-01-01T00:00:00",
                "2099-12-31T23:59:59"};
    }

private slots:
    void fastParseEqualsGeneral()
    {
        for (const QString &cell : trickyCells()) {
            DateTimeFormat::Parts a, b;
            const bool okA = DateTimeFormat::parse(cell, &a), okB = DateTimeFormat::parseGeneral(cell, &b);
            const QByteArray what = cell.toUtf8();
            QVERIFY2(okA == okB, what.constData());
            QVERIFY2(a.shape == b.shape && a.p1 == b.p1 && a.p2 == b.p2 && a.p3 == b.p3 && a.yearDigits == b.yearDigits,
                     what.constData());
            QVERIFY2(a.hasTime == b.hasTime && a.hasSeconds == b.hasSeconds && a.hour == b.hour &&
                         a.minute == b.minute && a.second == b.second && a.msec == b.msec,
                     what.constData());
            QVERIFY2(a.hasOffset == b.hasOffset && a.zulu == b.zulu && a.offsetSeconds == b.offsetSeconds &&
                         a.serial == b.serial,
                     what.constData());
        }
    }

    void civilDaysEqualsQDate()
    {
        // Every year, month 0..13 and day 0..32: validity and day number as QDate has them.
        for (int y = 0; y <= 10000; ++y) {
            for (int m = 0; m <= 13; ++m) {
                for (int d = 0; d <= 32; ++d) {
                    qint64 days = 0;
                    const bool ok = DateTimeConverter::civilDays(y, m, d, &days);
                    const QDate q(y, m, d);
                    const bool expected = y >= 1 && y <= 9999 && q.isValid();
                    if (ok != expected || (ok && days != q.toJulianDay() - 2440588))
                        QFAIL(qPrintable(QStringLiteral("%1-%2-%3").arg(y).arg(m).arg(d)));
                }
            }
        }
    }

    void reusedResultEqualsFresh_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("dateOnly");
        QTest::addColumn<QString>("format");
        for (const char *zone : {"Europe/Berlin", "America/New_York", "Pacific/Apia", "Asia/Kathmandu"}) {
            QTest::newRow(zone) << QByteArray(zone) << false << QString();
            QTest::newRow((QByteArray(zone) + " date only").constData()) << QByteArray(zone) << true << QString();
            QTest::newRow((QByteArray(zone) + " excel").constData())
                << QByteArray(zone) << false << QStringLiteral("excel_serial");
        }
    }

    void reusedResultEqualsFresh()
    {
        QFETCH(QByteArray, zone);
        QFETCH(bool, dateOnly);
        QFETCH(QString, format);
        for (int gap = 0; gap < 2; ++gap) {
            DateTimeConverter::Options o;
            o.format = DateTimeFormat::fromProfile(format);
            o.dateOnly = dateOnly;
            o.zone = std::make_shared<const ZoneResolver>(zone);
            o.zoneExplicit = gap == 0;   // the second round: naive warnings too
            o.gapRule = gap ? MappingProfile::DstGapRule::ShiftForward : MappingProfile::DstGapRule::Error;
            o.overlapRule = gap ? MappingProfile::DstOverlapRule::Later : MappingProfile::DstOverlapRule::Error;
            const DateTimeConverter c(o);
            DateTimeConverter::Result reused;
            QString shared;
            for (int round = 0; round < 2; ++round) {
                for (const QString &cell : trickyCells()) {
                    c.convert(cell, &reused);
                    const DateTimeConverter::Result fresh = c.convert(cell);
                    const QByteArray what = zone + ": " + cell.toUtf8();
                    QVERIFY2(reused.text == fresh.text,
                             (what + " -> " + reused.text.toUtf8() + " vs " + fresh.text.toUtf8()).constData());
                    QVERIFY2(reused.kind == fresh.kind && reused.message == fresh.message, what.constData());
                    QVERIFY2(reused.severity == fresh.severity && reused.naive == fresh.naive &&
                                 reused.parsed == fresh.parsed && reused.columnDecides == fresh.columnDecides,
                             what.constData());
                    if (round == 1)
                        shared = reused.text;   // a text someone still holds must not be overwritten
                    const QString before(shared.constData(), shared.size());   // a deep copy
                    c.convert(u"2024-06-01T12:00:00", &reused);
                    QCOMPARE(shared, before);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDateTimeFormat)
#include "tst_datetimeformat.moc"
