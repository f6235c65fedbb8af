#include "core/convert/datetime/ZoneResolver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

// ZoneResolver::resolve() answers most wall times with one table lookup; it must always agree
// with the general search (resolveBySearch) it falls back to near transitions.
class TestZoneResolver : public QObject
{
    Q_OBJECT

private:
    static qint64 local(int y, int m, int d, int hh = 0, int mm = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(hh, mm), Qt::UTC).toSecsSinceEpoch();
    }

    static void compare(const ZoneResolver &z, qint64 wall)
    {
        const ZoneResolver::Resolution a = z.resolve(wall), b = z.resolveBySearch(wall);
        const QByteArray what = z.id() + ' ' +
                                QDateTime::fromSecsSinceEpoch(wall, Qt::UTC).toString(Qt::ISODate).toLatin1();
        QVERIFY2(a.kind == b.kind, what.constData());
        QVERIFY2(a.utc[0] == b.utc[0] && a.utc[1] == b.utc[1], what.constData());
        QVERIFY2(a.offset[0] == b.offset[0] && a.offset[1] == b.offset[1], what.constData());
        QVERIFY2(a.shiftedUtc == b.shiftedUtc && a.shiftedOffset == b.shiftedOffset, what.constData());
    }

private slots:
    void agreesWithTheSearchAroundTransitions_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("around");   // a wall time near a transition (or a table edge)
        QTest::addColumn<int>("expectedKind");   // at `around` itself, -1 = not checked
        using K = ZoneResolver::Resolution::Kind;
        QTest::newRow("berlin gap 2024") << QByteArray("Europe/Berlin") << local(2024, 3, 31, 2, 30) << int(K::Gap);
        QTest::newRow("berlin overlap 2024")
            << QByteArray("Europe/Berlin") << local(2024, 10, 27, 2, 30) << int(K::Overlap);
        QTest::newRow("berlin 1945 double summer time")
            << QByteArray("Europe/Berlin") << local(1945, 5, 24, 2, 0) << -1;
        QTest::newRow("new york gap") << QByteArray("America/New_York") << local(2024, 3, 10, 2, 30) << int(K::Gap);
        QTest::newRow("new york overlap")
            << QByteArray("America/New_York") << local(2024, 11, 3, 1, 30) << int(K::Overlap);
        QTest::newRow("apia missing day") << QByteArray("Pacific/Apia") << local(2011, 12, 30, 12, 0) << int(K::Gap);
        QTest::newRow("lord howe half hour")
            << QByteArray("Australia/Lord_Howe") << local(2024, 4, 7, 1, 45) << int(K::Overlap);
        QTest::newRow("kathmandu 1986") << QByteArray("Asia/Kathmandu") << local(1986, 1, 1, 0, 7) << int(K::Gap);
        QTest::newRow("table start 1900") << QByteArray("Europe/Berlin") << local(1900, 1, 1) << int(K::Unique);
        QTest::newRow("before the table 1850") << QByteArray("Europe/Berlin") << local(1850, 6, 1) << int(K::Unique);
        QTest::newRow("table end 2100") << QByteArray("America/New_York") << local(2100, 1, 1) << int(K::Unique);
        QTest::newRow("after the table 2150 gap") << QByteArray("America/New_York") << local(2150, 3, 8, 2, 30) << -1;
        QTest::newRow("utc") << QByteArray("UTC") << local(2024, 3, 31, 2, 30) << int(K::Unique);
        QTest::newRow("unknown zone") << QByteArray("Nowhere/Atlantis") << local(2024, 3, 31, 2, 30) << int(K::Unique);
    }

    void agreesWithTheSearchAroundTransitions()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, around);
        QFETCH(int, expectedKind);
        const ZoneResolver z(zone);
        if (expectedKind >= 0)
            QCOMPARE(int(z.resolve(around).kind), expectedKind);
        // Every quarter hour from four days before to four days after.
        for (qint64 t = around - 4 * 86400; t <= around + 4 * 86400; t += 900) {
            compare(z, t);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void agreesWithTheSearchAtRandomTimes()
    {
        QRandomGenerator rng(11);
        const QByteArray zones[] = {"Europe/Berlin", "America/New_York",    "Pacific/Apia",     "Asia/Kathmandu",
                                    "Europe/London", "Australia/Lord_Howe", "America/Sao_Paulo"};
        const qint64 from = local(1800, 1, 1), to = local(2250, 1, 1);
        for (const QByteArray &id : zones) {
            const ZoneResolver z(id);
            QVERIFY(z.isValid());
            for (int i = 0; i < 5000; ++i) {
                compare(z, from + qint64(rng.bounded(quint64(to - from))));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestZoneResolver)
#include "tst_zoneresolver.moc"
