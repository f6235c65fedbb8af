#include "ConnectPage.h"
#include "ImportWizard.h"
#include "SandboxProcess.h"
#include "TestPaths.h"
#include "WizardSession.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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

    template<typename T>
    static T *child(ImportWizard &wizard, const char *name)
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mateo-import-test-bus");
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("MATEO_DATA_DIR", m_home.filePath(QStringLiteral("journal")).toLocal8Bit());
        qputenv("MATEO_SANDBOX_PROGRAM", TestPaths::sandboxBinary().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("Hellomateo"));
        QCoreApplication::setApplicationName(QStringLiteral("mateo-import-nokeychain-test"));
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
        QVERIFY2(keyStatus->text().contains(QLatin1String("could not be read from the system keychain")), qPrintable(keyStatus->text()));
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
        QCOMPARE(wizard.session()->apiKey(), key);

        // No plaintext fallback: the key is in no file of this (fresh) home — settings, data, journal.
        QSettings().sync();
        QCOMPARE(filesContaining(m_home.path(), key.toUtf8()), QStringList());
    }
};

QTEST_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
