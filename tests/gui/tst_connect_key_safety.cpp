#include "KeychainSync.h"
#include "api/ScriptedServer.h"
#include "api/http/UrlPolicy.h"
#include "gui/wizard/ConnectPage.h"
#include "gui/wizard/ImportWizard.h"
#include "support/TestHome.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

// "Test connection" on the real Connect page, offscreen: the key typed there reaches only the API's
// own origin. A server answering 302 to another port and a plain-http address of another machine
// record whether the key (or any connection) arrives. The page once sent its own request with Qt's
// default redirect policy and no URL policy (issue 17, point 7); now it goes through ApiClient.
class TestConnectKeySafety : public QObject
{
    Q_OBJECT

    static constexpr char kKey[] = "canary-wizard-key";
    QTemporaryDir m_home;

    template<typename T> static T *child(ImportWizard &wizard, const char *name)
    {
        return wizard.page(ImportWizard::ConnectPageId)->findChild<T *>(QLatin1String(name));
    }

    static bool carriesKey(const ScriptedServer::Request &request)
    {
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            if (it.value().contains(kKey))
                return true;
        }
        return request.target.contains(kKey) || request.body.contains(kKey);
    }

    // Types the URL and the key on the account tab, clicks "Test connection", returns what it said.
    static QString testConnection(const QUrl &url)
    {
        ImportWizard wizard;
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return QStringLiteral("window not shown");
        auto *page = qobject_cast<ConnectPage *>(wizard.page(ImportWizard::ConnectPageId));
        if (!QTest::qWaitFor([page] { return !page->isReadingKey(); }, 15000))
            return QStringLiteral("keychain never answered");
        child<QRadioButton>(wizard, "hellomateoRadio")->click();
        auto *urlEdit = child<QLineEdit>(wizard, "apiUrlEdit");
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url.toString());
        auto *keyEdit = child<QLineEdit>(wizard, "apiKeyEdit");
        keyEdit->clear();
        QTest::keyClicks(keyEdit, QString::fromLatin1(kKey));
        auto *test = child<QPushButton>(wizard, "testButton");
        test->click();
        if (!QTest::qWaitFor([test] { return test->isEnabled(); }, 20000))
            return QStringLiteral("the check never finished");
        return child<QLabel>(wizard, "testStatusLabel")->text();
    }

private slots:
    void initTestCase()
    {
        if (!KeychainSync::available())
            QSKIP("No D-Bus session: run the tests with ./mateo-dev test (dbus-run-session + gnome-keyring).");
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-key-safety-test"));
    }

    void aRedirectToAnotherPortNeverGetsTheKey()
    {
        ScriptedServer elsewhere(
            [](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "[]"); });
        const QByteArray location = elsewhere.apiUrl().toEncoded() + "/custom_field";
        ScriptedServer api([location](const ScriptedServer::Request &) {
            ScriptedServer::Response moved = ScriptedServer::Response::json(302, "");
            moved.headers << qMakePair(QByteArray("Location"), location);
            return moved;
        });
        const QString said = testConnection(api.apiUrl());
        QVERIFY2(said.contains(QString::number(elsewhere.root().port())), qPrintable(said));
        QVERIFY(!api.requests.isEmpty());
        QVERIFY(carriesKey(api.requests.first()));   // typed and sent to the API's origin only
        QCOMPARE(elsewhere.connections, 0);
        for (const ScriptedServer::Request &request : std::as_const(elsewhere.requests))
            QVERIFY(!carriesKey(request));
        QCOMPARE(KeychainSync::read(UrlPolicy::origin(api.apiUrl())), QString());   // not stored either
    }

    void plainHttpToAnotherMachineIsRefusedBeforeConnecting()
    {
        QHostAddress address;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol && address.isNull())
                address = a;
        }
        if (address.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to listen on");
        ScriptedServer remote([](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "[]"); },
                              address);
        QVERIFY(remote.isListening());
        const QString said = testConnection(remote.apiUrl());
        QVERIFY2(said.contains(QLatin1String("plain HTTP")), qPrintable(said));
        QCOMPARE(remote.connections, 0);
        QVERIFY(remote.requests.isEmpty());
    }
};

QTEST_MAIN(TestConnectKeySafety)
#include "tst_connect_key_safety.moc"
