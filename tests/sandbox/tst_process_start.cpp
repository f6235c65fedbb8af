#include "SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// mateo-sandbox starts as a real process, binds loopback and answers HTTP.
class TestSandboxProcessStart : public QObject
{
    Q_OBJECT

private slots:
    void printsListeningOnLoopbackAndAnswers()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QCOMPARE(sandbox.rootUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sandbox.rootUrl().port() > 0);

        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(sandbox.url(QStringLiteral("/no-such-route")))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcessStart)
#include "tst_process_start.moc"
