#include "core/convert/datetime/DateTimeConverter.h"

#include <QTest>

// Datetime cells -> API values. ctest runs this file three more times with TZ=UTC,
// America/New_York and Asia/Kathmandu (core.datetime_tz_*): the answers must not change.
class TestDateTimeConverter : public QObject
{
    Q_OBJECT

private:
    static DateTimeConverter make(const char *zone, const QString &format = QString(), bool dateOnly = false,
                                  MappingProfile::DstGapRule gap = MappingProfile::DstGapRule::Error,
                                  MappingProfile::DstOverlapRule overlap = MappingProfile::DstOverlapRule::Error)
    {
        DateTimeConverter::Options o;
        o.format = DateTimeFormat::fromProfile(format);
        o.format.pivot = 1950;
        o.dateOnly = dateOnly;
        o.zone = std::make_shared<const ZoneResolver>(QByteArray(zone));
        o.gapRule = gap;
        o.overlapRule = overlap;
        return DateTimeConverter(o);
    }

private slots:
    void datetimes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");   // sent value, empty = nothing sent
        QTest::addColumn<QString>("kind");   // issue kind, empty = none

        const QString berlin = QStringLiteral("Europe/Berlin");
        QTest::newRow("iso naive winter") << berlin << ""
                                          << "2024-03-15T14:30:00"
                                          << "2024-03-15T14:30:00+01:00"
                                          << "";
        QTest::newRow("iso naive summer") << berlin << ""
                                          << "2024-09-04T11:37:00"
                                          << "2024-09-04T11:37:00+02:00"
                                          << "";
        QTest::newRow("iso space no seconds") << berlin << ""
                                              << " 2024-03-15 14:30 "
                                              << "2024-03-15T14:30:00+01:00"
                                              << "";
        QTest::newRow("iso with offset kept") << berlin << ""
                                              << "2024-03-15T14:30:00-05:00"
                                              << "2024-03-15T14:30:00-05:00"
                                              << "";
        QTest::newRow("iso zulu kept") << berlin << ""
                                       << "2024-03-15T14:30:00Z"
                                       << "2024-03-15T14:30:00Z"
                                       << "";
        QTest::newRow("iso basic offset") << berlin << ""
                                          << "2024-03-15T14:30:00+0530"
                                          << "2024-03-15T14:30:00+05:30"
                                          << "";
        QTest::newRow("iso millis") << berlin << ""
                                    << "2024-03-15T14:30:00.250Z"
                                    << "2024-03-15T14:30:00.250Z"
                                    << "";
        QTest::newRow("german dotted") << berlin << ""
                                       << "15.03.2024 14:30"
                                       << "2024-03-15T14:30:00+01:00"
                                       << "";
        QTest::newRow("german dotted seconds") << berlin << ""
                                               << "15.03.2024 14:30:05"
                                               << "2024-03-15T14:30:05+01:00"
                                               << "";
        QTest::newRow("german date only at midnight") << berlin << ""
                                                      << "15.03.2024"
                                                      << "2024-03-15T00:00:00+01:00"
                                                      << "";
        QTest::newRow("day above 12 settles d/M") << berlin << ""
                                                  << "15/03/2024 09:00"
                                                  << "2024-03-15T09:00:00+01:00"
                                                  << "";
        QTest::newRow("day above 12 settles M/d") << berlin << ""
                                                  << "03/15/2024 09:00"
                                                  << "2024-03-15T09:00:00+01:00"
                                                  << "";
        QTest::newRow("ambiguous without format") << berlin << ""
                                                  << "03/04/2024"
                                                  << ""
                                                  << "ambiguous_date_format";
        QTest::newRow("ambiguous with d/M") << berlin << "d/M/yyyy"
                                            << "03/04/2024"
                                            << "2024-04-03T00:00:00+02:00"
                                            << "";
        QTest::newRow("ambiguous with M/d") << berlin << "M/d/yyyy"
                                            << "03/04/2024"
                                            << "2024-03-04T00:00:00+01:00"
                                            << "";
        QTest::newRow("12h clock") << berlin << "M/d/yyyy"
                                   << "3/4/2024 2:05 PM"
                                   << "2024-03-04T14:05:00+01:00"
                                   << "";
        QTest::newRow("excel serial") << berlin << "excel_serial"
                                      << "45366.5"
                                      << "2024-03-15T12:00:00+01:00"
                                      << "";
        QTest::newRow("number without serial format") << berlin << ""
                                                      << "45366"
                                                      << ""
                                                      << "invalid_datetime";
        QTest::newRow("two-digit year pivot 1950") << berlin << ""
                                                   << "15.03.49 10:00"
                                                   << "2049-03-15T10:00:00+01:00"
                                                   << "";
        QTest::newRow("not a date") << berlin << ""
                                    << "gestern"
                                    << ""
                                    << "invalid_datetime";
        QTest::newRow("31 February") << berlin << ""
                                     << "31.02.2024"
                                     << ""
                                     << "invalid_datetime";
        QTest::newRow("hour 25") << berlin << ""
                                 << "2024-03-15T25:00:00"
                                 << ""
                                 << "invalid_datetime";
        // DST: the spring-forward gap and the fall-back overlap are never guessed.
        QTest::newRow("berlin gap") << berlin << ""
                                    << "2024-03-31T02:30:00"
                                    << ""
                                    << "nonexistent_local_time";
        QTest::newRow("berlin gap dotted") << berlin << ""
                                           << "31.03.2024 02:30"
                                           << ""
                                           << "nonexistent_local_time";
        QTest::newRow("berlin before gap") << berlin << ""
                                           << "2024-03-31T01:59:59"
                                           << "2024-03-31T01:59:59+01:00"
                                           << "";
        QTest::newRow("berlin after gap") << berlin << ""
                                          << "2024-03-31T03:00:00"
                                          << "2024-03-31T03:00:00+02:00"
                                          << "";
        QTest::newRow("berlin overlap") << berlin << ""
                                        << "2024-10-27T02:30:00"
                                        << ""
                                        << "ambiguous_local_time";
        QTest::newRow("berlin after overlap") << berlin << ""
                                              << "2024-10-27T03:00:00"
                                              << "2024-10-27T03:00:00+01:00"
                                              << "";
        QTest::newRow("new york gap") << "America/New_York"
                                      << ""
                                      << "2024-03-10T02:30:00"
                                      << ""
                                      << "nonexistent_local_time";
        QTest::newRow("new york normal") << "America/New_York"
                                         << ""
                                         << "2024-03-10T03:30:00"
                                         << "2024-03-10T03:30:00-04:00"
                                         << "";
        QTest::newRow("new york overlap") << "America/New_York"
                                          << ""
                                          << "2024-11-03T01:30:00"
                                          << ""
                                          << "ambiguous_local_time";
        // Samoa skipped 30 December 2011 entirely (UTC-10 -> UTC+14).
        QTest::newRow("apia missing day") << "Pacific/Apia"
                                          << ""
                                          << "2011-12-30T12:00:00"
                                          << ""
                                          << "nonexistent_local_time";
        QTest::newRow("apia day before") << "Pacific/Apia"
                                         << ""
                                         << "2011-12-29T12:00:00"
                                         << "2011-12-29T12:00:00-10:00"
                                         << "";
        QTest::newRow("apia day after") << "Pacific/Apia"
                                        << ""
                                        << "2011-12-31T12:00:00"
                                        << "2011-12-31T12:00:00+14:00"
                                        << "";
        QTest::newRow("kathmandu 5:45") << "Asia/Kathmandu"
                                        << ""
                                        << "2024-01-01T00:00:00"
                                        << "2024-01-01T00:00:00+05:45"
                                        << "";
        QTest::newRow("utc zone") << "UTC"
                                  << ""
                                  << "2024-07-01 08:00"
                                  << "2024-07-01T08:00:00+00:00"
                                  << "";
        QTest::newRow("empty sends nothing") << berlin << ""
                                             << "   "
                                             << ""
                                             << "";
    }

    void datetimes()
    {
        QFETCH(QString, zone);
        QFETCH(QString, format);
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QFETCH(QString, kind);
        const DateTimeConverter c = make(zone.toUtf8().constData(), format);
        const DateTimeConverter::Result r = c.convert(cell);
        QCOMPARE(r.text, expected);
        QCOMPARE(r.kind, kind);
        if (!kind.isEmpty())
            QVERIFY(!r.message.isEmpty());
    }

    void explicitRulesResolveDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("gap");
        QTest::addColumn<int>("overlap");
        QTest::addColumn<QString>("expected");
        using G = MappingProfile::DstGapRule;
        using O = MappingProfile::DstOverlapRule;
        QTest::newRow("berlin gap shift")
            << "Europe/Berlin"
            << "2024-03-31T02:30:00" << int(G::ShiftForward) << int(O::Error) << "2024-03-31T03:30:00+02:00";
        QTest::newRow("berlin overlap earlier")
            << "Europe/Berlin"
            << "2024-10-27T02:30:00" << int(G::Error) << int(O::Earlier) << "2024-10-27T02:30:00+02:00";
        QTest::newRow("berlin overlap later")
            << "Europe/Berlin"
            << "2024-10-27T02:30:00" << int(G::Error) << int(O::Later) << "2024-10-27T02:30:00+01:00";
        QTest::newRow("new york gap shift")
            << "America/New_York"
            << "2024-03-10T02:30:00" << int(G::ShiftForward) << int(O::Error) << "2024-03-10T03:30:00-04:00";
        QTest::newRow("apia gap shift") << "Pacific/Apia"
                                        << "2011-12-30T12:00:00" << int(G::ShiftForward) << int(O::Error)
                                        << "2011-12-31T12:00:00+14:00";
    }

    void explicitRulesResolveDst()
    {
        QFETCH(QString, zone);
        QFETCH(QString, cell);
        QFETCH(int, gap);
        QFETCH(int, overlap);
        QFETCH(QString, expected);
        const DateTimeConverter c = make(zone.toUtf8().constData(), QString(), false, MappingProfile::DstGapRule(gap),
                                         MappingProfile::DstOverlapRule(overlap));
        const DateTimeConverter::Result r = c.convert(cell);
        QCOMPARE(r.text, expected);
        QCOMPARE(r.severity, ValidationIssue::Severity::Warning);   // resolved, but still shown
        QVERIFY(!r.kind.isEmpty());
    }

    void dateOnlyTargetsAreNeverShifted_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("kind");
        QTest::newRow("iso") << "Pacific/Kiritimati"
                             << "1990-05-15"
                             << "1990-05-15"
                             << "";
        QTest::newRow("iso with zulu midnight") << "Pacific/Kiritimati"
                                                << "1990-05-15T00:00:00Z"
                                                << "1990-05-15"
                                                << "";
        QTest::newRow("positive offset stays") << "Europe/Berlin"
                                               << "1990-05-15T00:00:00+02:00"
                                               << "1990-05-15"
                                               << "";
        QTest::newRow("dotted") << "America/New_York"
                                << "15.05.1990"
                                << "1990-05-15"
                                << "";
        QTest::newRow("inside a DST gap") << "Europe/Berlin"
                                          << "2024-03-31"
                                          << "2024-03-31"
                                          << "";
        QTest::newRow("apia missing day is a date") << "Pacific/Apia"
                                                    << "2011-12-30"
                                                    << "2011-12-30"
                                                    << "";
        QTest::newRow("google without year") << "Europe/Berlin"
                                             << "--03-15"
                                             << ""
                                             << "date_without_year";
        QTest::newRow("two-digit birthday year") << "Europe/Berlin"
                                                 << "15.05.49"
                                                 << "2049-05-15"
                                                 << "";
    }

    void dateOnlyTargetsAreNeverShifted()
    {
        QFETCH(QString, zone);
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QFETCH(QString, kind);
        const DateTimeConverter r = make(zone.toUtf8().constData(), QString(), true);
        const DateTimeConverter::Result out = r.convert(cell);
        QCOMPARE(out.text, expected);
        QCOMPARE(out.kind, kind);
    }

    void naiveValuesAreFlaggedWhenTheZoneWasAssumed()
    {
        DateTimeConverter::Options o;
        o.zone = std::make_shared<const ZoneResolver>(QByteArrayLiteral("Europe/Berlin"));
        o.zoneExplicit = false;
        const DateTimeConverter c(o);
        const DateTimeConverter::Result naive = c.convert(u"2024-03-15T14:30:00");
        QCOMPARE(naive.kind, QStringLiteral("naive_datetime"));
        QCOMPARE(naive.severity, ValidationIssue::Severity::Warning);
        QCOMPARE(naive.text, QStringLiteral("2024-03-15T14:30:00+01:00"));
        QVERIFY(naive.message.contains(QLatin1String("Europe/Berlin")));
        const DateTimeConverter::Result withOffset = c.convert(u"2024-03-15T14:30:00+01:00");
        QVERIFY(withOffset.kind.isEmpty());
    }

    void automaticPivotKeepsBirthdaysInThePast()
    {
        DateTimeFormat f;
        const int now = QDate::currentDate().year();
        QVERIFY(f.fullYear(now % 100, 2, true) == now);
        QCOMPARE(f.fullYear((now + 1) % 100, 2, true), now + 1 - 100);
        QCOMPARE(f.fullYear(1987, 4, true), 1987);
    }
};

QTEST_GUILESS_MAIN(TestDateTimeConverter)
#include "tst_datetimeconverter.moc"
