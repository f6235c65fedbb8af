#include "support/SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    void usageErrorsExitWithTwoAndAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("http")} << QByteArray("--port");
        QTest::newRow("bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost.example")}
                              << QByteArray("--bind");
        QTest::newRow("pace") << QStringList{QStringLiteral("--processing-ms-per-row"), QStringLiteral("-1")}
                              << QByteArray("--processing-ms-per-row");
        QTest::newRow("org") << QStringList{QStringLiteral("--org"), QStringLiteral("/nonexistent/org.json")}
                             << QByteArray("--org");
    }
    void usageErrorsExitWithTwoAndAReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        QTemporaryDir data;
        QProcess process;
        process.start(QStringLiteral(MATEO_SANDBOX_BIN),
                      QStringList{QStringLiteral("--data"), data.path()} + arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains(mentions), mentions.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcessStart)
#include "tst_process_start.moc"
