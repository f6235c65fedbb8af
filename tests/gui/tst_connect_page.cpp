#include "KeychainSync.h"
#include "SandboxJobs.h"
#include "SessionProbe.h"
#include "api/http/UrlPolicy.h"
#include "gui/models/JournalJobModel.h"
#include "gui/wizard/ConnectPage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/WizardSession.h"
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Connect page with the real system keychain and a real sandbox: a stored key preselects the
// account (masked), none leaves Practice the default; "Test connection" stores the key, "Forget key"
// removes it; an unfinished journal job is listed and resumed to the end, every contact stored once.
class TestConnectPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QStringList m_origins;   // keychain entries this test made, removed at the end

    static ConnectPage *connectPage(ImportWizard &wizard)
    {
        return qobject_cast<ConnectPage *>(wizard.page(ImportWizard::ConnectPageId));
    }
    template<typename T> static T *child(ImportWizard &wizard, const char *name)
    {
        return connectPage(wizard)->findChild<T *>(QLatin1String(name));
    }
    void useApiUrl(const QUrl &url)
    {
        QSettings().setValue(QStringLiteral("connection/apiUrl"), url.toString());
        m_origins << UrlPolicy::origin(url);
    }

private slots:
    void initTestCase()
    {
        if (!KeychainSync::available())
            QSKIP("No D-Bus session: run the tests with ./mateo-dev test (dbus-run-session + gnome-keyring).");
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-connect-test"));
    }

    void cleanupTestCase()
    {
        for (const QString &origin : std::as_const(m_origins))
            KeychainSync::remove(origin);
    }

    void practiceIsTheDefaultWithoutAStoredKey()
    {
        useApiUrl(QUrl(QStringLiteral("https://no-key-%1.invalid/api/v1").arg(QCoreApplication::applicationPid())));
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!connectPage(wizard)->isReadingKey(), 15000);
        QVERIFY(child<QRadioButton>(wizard, "practiceRadio")->isChecked());
        QVERIFY(child<QLineEdit>(wizard, "apiKeyEdit")->text().isEmpty());
        QVERIFY(!child<QPushButton>(wizard, "forgetButton")->isEnabled());
        QVERIFY2(!child<QLabel>(wizard, "keyStatusLabel")->text().contains(QLatin1String("could not")),
                 qPrintable(child<QLabel>(wizard, "keyStatusLabel")->text()));
    }

    void storedKeyPreselectsTheAccount()
    {
        SandboxProcess sandbox({QStringLiteral("--api-key"), QStringLiteral("stored-key-1")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        useApiUrl(sandbox.apiUrl());
        QVERIFY(KeychainSync::write(UrlPolicy::origin(sandbox.apiUrl()), QStringLiteral("stored-key-1")));

        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!connectPage(wizard)->isReadingKey(), 15000);
        QVERIFY(child<QRadioButton>(wizard, "hellomateoRadio")->isChecked());
        auto *keyEdit = child<QLineEdit>(wizard, "apiKeyEdit");
        QCOMPARE(keyEdit->text(), QStringLiteral("stored-key-1"));
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);   // masked
        QCOMPARE(child<QLineEdit>(wizard, "apiUrlEdit")->text(), sandbox.apiUrl().toString());
        QVERIFY(child<QPushButton>(wizard, "forgetButton")->isEnabled());

        // Next checks the stored key with the server (without blocking) and moves on.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 15000);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::FilePageId), 15000);
        QCOMPARE(wizard.session()->mode(), WizardSession::Mode::Hellomateo);
        QVERIFY(clientAuthenticates(wizard.session()->api()));   // the stored key went into the client
    }

    // A key from MATEO_API_KEY is named as such, not as "stored in the system keychain" (issue 15),
    // and there is nothing in the keychain to forget.
    void keyFromTheEnvironmentSaysWhereItCameFrom()
    {
        SandboxProcess sandbox({QStringLiteral("--api-key"), QStringLiteral("env-key-1")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        useApiUrl(sandbox.apiUrl());
        qputenv("MATEO_API_KEY", "env-key-1");
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!connectPage(wizard)->isReadingKey(), 15000);
        qunsetenv("MATEO_API_KEY");
        QCOMPARE(child<QLineEdit>(wizard, "apiKeyEdit")->text(), QStringLiteral("env-key-1"));
        const QString status = child<QLabel>(wizard, "keyStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("MATEO_API_KEY")) && !status.contains(QLatin1String("stored")),
                 qPrintable(status));
        QVERIFY(!child<QPushButton>(wizard, "forgetButton")->isEnabled());
        QVERIFY(KeychainSync::read(UrlPolicy::origin(sandbox.apiUrl())).isEmpty());   // nothing was stored
    }

    void testConnectionStoresTheKeyAndForgetRemovesIt()
    {
        SandboxProcess sandbox({QStringLiteral("--api-key"), QStringLiteral("right-key")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        useApiUrl(sandbox.apiUrl());
        const QString origin = UrlPolicy::origin(sandbox.apiUrl());

        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!connectPage(wizard)->isReadingKey(), 15000);
        QVERIFY(child<QRadioButton>(wizard, "practiceRadio")->isChecked());   // nothing stored yet
        child<QRadioButton>(wizard, "hellomateoRadio")->click();
        auto *keyEdit = child<QLineEdit>(wizard, "apiKeyEdit");
        auto *status = child<QLabel>(wizard, "testStatusLabel");
        auto *test = child<QPushButton>(wizard, "testButton");

        // A refused key is not stored.
        QTest::keyClicks(keyEdit, QStringLiteral("wrong-key"));
        test->click();
        QVERIFY(!test->isEnabled());   // checking in the background
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QVERIFY2(status->text().contains(QLatin1String("403")), qPrintable(status->text()));
        QCOMPARE(KeychainSync::read(origin), QString());

        keyEdit->clear();
        QTest::keyClicks(keyEdit, QStringLiteral("right-key"));
        test->click();
        auto *forget = child<QPushButton>(wizard, "forgetButton");
        QTRY_VERIFY_WITH_TIMEOUT(forget->isEnabled(), 15000);
        QCOMPARE(KeychainSync::read(origin), QStringLiteral("right-key"));
        QCOMPARE(QSettings().value(QStringLiteral("connection/apiUrl")).toString(), sandbox.apiUrl().toString());

        forget->click();
        QTRY_VERIFY_WITH_TIMEOUT(!forget->isEnabled(), 15000);
        QCOMPARE(KeychainSync::read(origin), QString());
        QVERIFY(keyEdit->text().isEmpty());
        QVERIFY(child<QLabel>(wizard, "keyStatusLabel")->text().contains(QLatin1String("removed")));
    }

    void unfinishedJobIsListedAndResumedExactlyOnce()
    {
        SandboxProcess sandbox({QStringLiteral("--test-controls")});   // accepts the sandbox's test key
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString origin = UrlPolicy::origin(sandbox.apiUrl());
        m_origins << origin;

        // An import through the real engine, paused once the server accepted the first of 4 batches.
        QStringList emails;
        for (int i = 1; i <= 20; ++i)
            emails << QStringLiteral("person%1@example.com").arg(i);
        QString jobId;
        {
            SandboxJobs jobs(sandbox);
            jobId = jobs.create(m_home.filePath(QStringLiteral("kunden-resume.csv")), emails, 5);
            jobs.runUntilFirstAccepted(jobId);
        }
        QVERIFY(KeychainSync::write(origin, sandbox.apiKey()));
        useApiUrl(QUrl(QStringLiteral("https://elsewhere-%1.invalid/api/v1").arg(QCoreApplication::applicationPid())));

        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        JournalJobModel *jobs = connectPage(wizard)->unfinishedJobs();
        QAbstractItemModelTester tester(jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(jobs->rowCount(), 1);
        QCOMPARE(jobs->index(0, 0).data(JournalJobModel::JobIdRole).toString(), jobId);
        QCOMPARE(jobs->index(0, JournalJobModel::FileColumn).data().toString(), QStringLiteral("kunden-resume.csv"));
        QVERIFY(jobs->entryAt(0).batchesDone < 4);
        QCOMPARE(jobs->entryAt(0).batchesTotal, 4);
        QVERIFY(jobs->index(0, JournalJobModel::ProgressColumn).data().toString().contains(QLatin1String("4")));
        QVERIFY(jobs->index(0, JournalJobModel::DestinationColumn).data().toString().contains(origin));
        QVERIFY(!jobs->index(0, JournalJobModel::StartedColumn).data().toString().isEmpty());
        QVERIFY(connectPage(wizard)->findChild<QWidget *>(QStringLiteral("resumeGroup"))->isVisible());
        QCOMPARE(child<QTableView>(wizard, "resumeView")->currentIndex().row(), 0);

        // Resume: the key comes from the keychain for the job's origin; the Import page continues the job.
        child<QPushButton>(wizard, "resumeButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ImportPageId), 15000);
        auto *import = qobject_cast<ImportPage *>(wizard.page(ImportWizard::ImportPageId));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        QCOMPARE(wizard.session()->jobId(), jobId);
        QCOMPARE(UrlPolicy::origin(wizard.session()->apiBaseUrl()), origin);
        QVERIFY(clientAuthenticates(wizard.session()->api()));

        // The sandbox holds every contact exactly once, and every row was sent exactly once.
        SandboxHttp http(sandbox);
        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QLatin1String("rows_total")).toInt(), 20);
        QCOMPARE(stats.value(QLatin1String("contacts")).toInt(), 20);
        QCOMPARE(stats.value(QLatin1String("imports")).toInt(), 4);
        const QJsonArray stored = http.get(QStringLiteral("/contact_details?select=external_id&limit=50")).array();
        QSet<QString> ids;
        for (const QJsonValue &c : stored)
            ids.insert(c.toObject().value(QLatin1String("external_id")).toString());
        QCOMPARE(stored.size(), 20);
        QCOMPARE(ids.size(), 20);

        ImportJournal journal;
        QVERIFY(journal.open());
        QCOMPARE(journal.job(jobId)->state, JournalJob::State::Finished);
        connectPage(wizard)->reloadJobs();
        QCOMPARE(jobs->rowCount(), 0);
    }
};

QTEST_MAIN(TestConnectPage)
#include "tst_connect_page.moc"
