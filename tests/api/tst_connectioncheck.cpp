#include "ScriptedServer.h"
#include "api/http/ConnectionCheck.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

// "Test connection" (ConnectionCheck, what the wizard's Connect page runs) never hands the API key
// to anyone but the API's own origin: a redirect to another host or port is not followed with it,
// and a plain-http URL of another machine is refused before any connection is made. It once built
// its own request with Qt's default redirect policy and no URL policy (issue 17, point 7).
class TestConnectionCheck : public QObject
{
    Q_OBJECT

    static constexpr char kKey[] = "canary-connection-key";

    static ConnectionCheck::Result check(const QUrl &url)
    {
        ConnectionCheck check;
        QSignalSpy done(&check, &ConnectionCheck::finished);
        check.start(url, QString::fromLatin1(kKey));
        if (!done.wait(20000))
            qFatal("the connection check never finished");
        return done.first().first().value<ConnectionCheck::Result>();
    }

    static bool carriesKey(const ScriptedServer::Request &request)
    {
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
            if (it.value().contains(kKey))
                return true;   // Authorization, apikey or any other header
        }
        return request.target.contains(kKey) || request.body.contains(kKey);
    }

    // An address of this machine that is not loopback: plain http to it leaves the machine as far as
    // the client can tell, and a server listening there records whether anything arrives.
    static QHostAddress externalAddress()
    {
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                return a;
        }
        return QHostAddress();
    }

private slots:
    void initTestCase() { qRegisterMetaType<ConnectionCheck::Result>(); }

    // The control: on the API's own origin the key is sent, so the checks below can see one.
    void theApiItselfGetsTheKey()
    {
        ScriptedServer api([](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "[]"); });
        const ConnectionCheck::Result r = check(api.apiUrl());
        QCOMPARE(r.status, ConnectionCheck::Status::Ok);
        QCOMPARE(api.requests.size(), 1);
        QCOMPARE(api.requests.first().headers.value("authorization"), QByteArray("Bearer ") + kKey);
    }

    void aRedirectToAnotherOriginGetsNoKey()
    {
        ScriptedServer elsewhere(
            [](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "[]"); });
        const QByteArray location = elsewhere.apiUrl().toEncoded() + "/custom_field";
        ScriptedServer api([location](const ScriptedServer::Request &) {
            ScriptedServer::Response moved = ScriptedServer::Response::json(302, "");
            moved.headers << qMakePair(QByteArray("Location"), location);
            return moved;
        });
        const ConnectionCheck::Result r = check(api.apiUrl());
        QCOMPARE(r.status, ConnectionCheck::Status::Unreachable);
        QVERIFY2(r.message.contains(QString::number(elsewhere.root().port())), qPrintable(r.message));
        QVERIFY(!api.requests.isEmpty());
        QVERIFY(carriesKey(api.requests.first()));   // the API's origin had it
        QCOMPARE(elsewhere.connections, 0);   // the redirect was not followed at all
        for (const ScriptedServer::Request &request : std::as_const(elsewhere.requests))
            QVERIFY(!carriesKey(request));
    }

    void plainHttpToAnotherMachineIsRefusedBeforeConnecting()
    {
        const QHostAddress address = externalAddress();
        if (address.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to listen on");
        ScriptedServer remote([](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "[]"); },
                              address);
        QVERIFY(remote.isListening());
        const ConnectionCheck::Result r = check(remote.apiUrl());
        QCOMPARE(r.status, ConnectionCheck::Status::Unreachable);
        QVERIFY2(r.message.contains(QLatin1String("plain HTTP")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String(kKey)));
        QCOMPARE(remote.connections, 0);
        QVERIFY(remote.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
