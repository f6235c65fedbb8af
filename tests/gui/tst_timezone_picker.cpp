#include "core/mapping/MappingProfile.h"
#include "gui/models/TimeZoneListModel.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <ctime>

// The zone picker starts on the computer's zone (or the profile's), never on the first list entry,
// and showing a zone is not confirming it.
class TestTimeZonePicker : public QObject
{
    Q_OBJECT

    QByteArray m_originalTz;
    bool m_hadTz = false;

    static void useSystemZone(const QByteArray &tz)
    {
        qputenv("TZ", tz);
        tzset();
    }

private slots:
    void initTestCase()
    {
        m_hadTz = qEnvironmentVariableIsSet("TZ");
        m_originalTz = qgetenv("TZ");
    }

    void cleanup()
    {
        if (m_hadTz)
            qputenv("TZ", m_originalTz);
        else
            qunsetenv("TZ");
        tzset();
    }

    void startsOnTheComputersZone_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("Kathmandu") << QByteArray("Asia/Kathmandu");
        QTest::newRow("UTC") << QByteArray("UTC");
        // Containers and servers often say Etc/UTC, which the list does not show by itself.
        QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC");
    }

    void startsOnTheComputersZone()
    {
        QFETCH(QByteArray, tz);
        useSystemZone(tz);
        QCOMPARE(QTimeZone::systemTimeZoneId(), tz);   // the environment took effect

        TimeZonePicker picker;
        QCOMPARE(picker.zone(), QString::fromUtf8(tz));
        auto *list = picker.findChild<QListView *>();
        QVERIFY(list);
        // An alias of UTC selects the listed UTC row instead of adding a second "UTC" above it.
        const QString listed = tz == "Etc/UTC" ? QStringLiteral("UTC") : QString::fromUtf8(tz);
        QCOMPARE(list->currentIndex().data(TimeZoneListModel::ZoneIdRole).toString(), listed);
        int utcRows = 0;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            utcRows += list->model()->index(row, 0).data().toString().startsWith(QLatin1String("UTC"));
        QCOMPARE(utcRows, 1);

        // Tabbing into the list must not pick another zone (an empty list current would become row 0).
        QSignalSpy changed(&picker, &TimeZonePicker::zoneChanged);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(picker.zone(), QString::fromUtf8(tz));
        QCOMPARE(changed.count(), 0);
    }

    void reviewPageShowsTheComputersZoneWithoutConfirmingIt()
    {
        useSystemZone("America/New_York");
        WizardSession session;
        ReviewPage page(&session);
        page.initializePage();   // no file: no check starts, the panel is still set up
        auto *picker = page.findChild<TimeZonePicker *>();
        QVERIFY(picker);
        QCOMPARE(picker->zone(), QStringLiteral("America/New_York"));
        QVERIFY(!session.profile().timeZoneIsExplicit());
    }

    void reviewPageShowsTheProfilesZone()
    {
        useSystemZone("Europe/Berlin");
        WizardSession session;
        MappingProfile profile;
        profile.setSourceTimeZone(QStringLiteral("Asia/Kathmandu"));
        session.setProfile(profile);
        ReviewPage page(&session);
        page.initializePage();
        QCOMPARE(page.findChild<TimeZonePicker *>()->zone(), QStringLiteral("Asia/Kathmandu"));
        QCOMPARE(session.sourceTimeZone(), QStringLiteral("Asia/Kathmandu"));
    }

    void searchingAndPickingStillConfirms()
    {
        useSystemZone("UTC");
        TimeZonePicker picker;
        QSignalSpy changed(&picker, &TimeZonePicker::zoneChanged);
        QTest::keyClicks(picker.searchEdit(), QStringLiteral("Los Angeles"));
        QTRY_COMPARE(picker.zone(), QStringLiteral("America/Los_Angeles"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("America/Los_Angeles"));
    }

    // People search by the names they know, in German or English, and by abbreviation.
    void findsZonesByLocalNamesAndAbbreviations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("zone");
        for (const char *language : {"de", "en"}) {
            QTest::addRow("%s Deutschland", language) << language << "Deutschland"
                                                      << "Europe/Berlin";
            QTest::addRow("%s Germany", language) << language << "Germany"
                                                  << "Europe/Berlin";
            QTest::addRow("%s Österreich", language) << language << "Österreich"
                                                     << "Europe/Vienna";
            QTest::addRow("%s Oesterreich", language) << language << "oesterreich"
                                                      << "Europe/Vienna";
            QTest::addRow("%s Wien", language) << language << "Wien"
                                               << "Europe/Vienna";
            QTest::addRow("%s Vienna", language) << language << "vienna"
                                                 << "Europe/Vienna";
            QTest::addRow("%s MEZ", language) << language << "MEZ"
                                              << "Europe/Berlin";
            QTest::addRow("%s MESZ", language) << language << "mesz"
                                               << "Europe/Vienna";
            QTest::addRow("%s CET", language) << language << "CET"
                                              << "Europe/Paris";
            QTest::addRow("%s ET", language) << language << "ET"
                                             << "America/New_York";
            QTest::addRow("%s New York", language) << language << "New York"
                                                   << "America/New_York";
            QTest::addRow("%s Zürich", language) << language << "Zürich"
                                                 << "Europe/Zurich";
        }
    }
    void findsZonesByLocalNamesAndAbbreviations()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QString, zone);
        QLocale::setDefault(QLocale(language));
        TimeZonePicker picker;
        picker.searchEdit()->setText(query);
        const QStringList shown = picker.shownZones();
        QVERIFY2(shown.contains(zone), qPrintable(shown.mid(0, 10).join(QLatin1String(", "))));
        if (query == QLatin1String("ET") || query == QLatin1String("MEZ"))
            QVERIFY2(!shown.contains(QStringLiteral("Europe/London")) && !shown.contains(QStringLiteral("Asia/Tokyo")),
                     qPrintable(shown.join(QLatin1String(", "))));
        // Each entry names the place in the window's language and the offset now.
        const QString label = TimeZoneListModel::label(zone);
        QVERIFY2(label.contains(QLatin1String("UTC")), qPrintable(label));
        if (language == QLatin1String("de") && zone == QLatin1String("Europe/Vienna"))
            QVERIFY2(label.startsWith(QStringLiteral("Wien, Österreich")), qPrintable(label));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestTimeZonePicker)
#include "tst_timezone_picker.moc"
