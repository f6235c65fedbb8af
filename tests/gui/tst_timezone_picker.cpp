#include "core/mapping/MappingProfile.h"
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
        QCOMPARE(list->currentIndex().data().toString(), QString::fromUtf8(tz));

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
};

QTEST_MAIN(TestTimeZonePicker)
#include "tst_timezone_picker.moc"
