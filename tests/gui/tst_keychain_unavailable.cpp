#include "SandboxJobs.h"
#include "SessionProbe.h"
#include "gui/models/JournalJobModel.h"
#include "gui/wizard/ConnectPage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/WizardSession.h"
#include "support/SandboxProcess.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Without a usable keychain (here: the D-Bus session bus points nowhere, as on a desktop without a
// Secret Service) the Connect page says so and what to do, keeps Practice as the default, still
// lets a checked key be used for this session — and writes the key nowhere else.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    template<typename T> static T *child(ImportWizard &wizard, const char *name)
    {
        return wizard.page(ImportWizard::ConnectPageId)->findChild<T *>(QLatin1String(name));
    }

    // Every file below `dir` whose bytes contain `secret`.
    static QStringList filesContaining(const QString &dir, const QByteArray &secret)
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                found << file.fileName();
        }
        return found;
    }

    static QJsonArray getPractice(const QUrl &apiBase, const QString &path, const QString &query)
    {
        QNetworkAccessManager network;
        QUrl url = apiBase;
        url.setPath(url.path() + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer practice");
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mateo-import-test-bus");
        TestHome::isolate(m_home, QStringLiteral("mateo-import-nokeychain-test"));
    }

    void explainsAndNeverFallsBackToAFile()
    {
        const QString key = QStringLiteral("secret-key-4711");
        SandboxProcess sandbox({QStringLiteral("--api-key"), key});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QSettings().setValue(QStringLiteral("connection/apiUrl"), sandbox.apiUrl().toString());

        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = qobject_cast<ConnectPage *>(wizard.page(ImportWizard::ConnectPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingKey(), 15000);
        auto *keyStatus = child<QLabel>(wizard, "keyStatusLabel");
        // Reading failed: said so, with what to do; Practice stays the default.
        QVERIFY2(keyStatus->text().contains(QLatin1String("could not be read from the system keychain")),
                 qPrintable(keyStatus->text()));
        QVERIFY2(keyStatus->text().contains(QLatin1String("enter the key by hand")), qPrintable(keyStatus->text()));
        QVERIFY(child<QRadioButton>(wizard, "practiceRadio")->isChecked());
        QVERIFY2(keyStatus->text().contains(QLatin1String("Secret Service")), qPrintable(keyStatus->text()));
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 15000);   // practice still works

        // A good key cannot be stored: the message says what to do; the key serves this session only.
        child<QRadioButton>(wizard, "hellomateoRadio")->click();
        QTest::keyClicks(child<QLineEdit>(wizard, "apiKeyEdit"), key);
        QVERIFY(child<QAbstractButton>(wizard, "rememberCheck")->isChecked());
        child<QPushButton>(wizard, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(keyStatus->text().contains(QLatin1String("could not be stored")), 15000);
        QVERIFY2(keyStatus->text().contains(QLatin1String("this session only")), qPrintable(keyStatus->text()));
        QVERIFY(!child<QPushButton>(wizard, "forgetButton")->isEnabled());
        QCOMPARE(wizard.currentId(), int(ImportWizard::ConnectPageId));   // the message is seen before moving on
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QCOMPARE(wizard.session()->mode(), WizardSession::Mode::Hellomateo);
        QVERIFY(clientAuthenticates(wizard.session()->api()));

        // No plaintext fallback: the key is in no file of this (fresh) home — settings, data, journal.
        QSettings().sync();
        QCOMPARE(filesContaining(m_home.path(), key.toUtf8()), QStringList());
    }

    void practiceJobOfAnEarlierSessionResumesWithoutAKeychain()
    {
        // Session 1: a practice import, paused after the first of three batches; then the window closes.
        QString jobId;
        {
            ImportWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.session()->apiBaseUrl().isValid(), 15000);
            QCOMPARE(wizard.session()->mode(), WizardSession::Mode::Practice);
            QStringList emails;
            for (int i = 1; i <= 15; ++i)
                emails << QStringLiteral("practice%1@example.com").arg(i);
            SandboxJobs jobs(wizard.session()->apiBaseUrl(), QStringLiteral("practice"));
            jobId = jobs.create(m_home.filePath(QStringLiteral("practice.csv")), emails, 5, 500);
            jobs.runUntilFirstAccepted(jobId);
        }

        // Session 2: a new practice sandbox (same data, another port). No keychain: still resumable.
        ImportWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = qobject_cast<ConnectPage *>(wizard.page(ImportWizard::ConnectPageId));
        QCOMPARE(page->unfinishedJobs()->rowCount(), 1);
        QVERIFY(page->unfinishedJobs()->entryAt(0).batchesDone < 3);
        QVERIFY(page->unfinishedJobs()
                    ->index(0, JournalJobModel::DestinationColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Practice")));
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 15000);   // the practice sandbox is up
        page->resumeJob(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ImportPageId), 15000);
        auto *import = qobject_cast<ImportPage *>(wizard.page(ImportWizard::ImportPageId));
        QTRY_VERIFY_WITH_TIMEOUT(import->isComplete(), 60000);
        QCOMPARE(wizard.session()->mode(), WizardSession::Mode::Practice);

        const QUrl api = wizard.session()->apiBaseUrl();
        const QJsonArray contacts = getPractice(api, QStringLiteral("/contact_details"),
                                                QStringLiteral("select=external_id&external_id=gte.500&limit=50"));
        QSet<QString> ids;
        for (const QJsonValue &c : contacts)
            ids.insert(c.toObject().value(QLatin1String("external_id")).toString());
        QCOMPARE(contacts.size(), 15);
        QCOMPARE(ids.size(), 15);
        // One server import per batch: nothing was sent twice across the two sessions.
        const QJsonArray imports = getPractice(api, QStringLiteral("/import"),
                                               QStringLiteral("select=id&reference_id=like.%1*").arg(jobId));
        QCOMPARE(imports.size(), 3);
    }
};

QTEST_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
