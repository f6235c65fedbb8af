#include "ScriptedServer.h"
#include "api/http/ApiClient.h"
#include "api/http/RetryPolicy.h"
#include "api/http/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// The base request job: URL policy, bearer auth, timeouts, redirects, TLS/JSON/API errors.
class TestApiClient : public QObject
{
    Q_OBJECT

    static ApiResult run(ApiRequest *request, int timeoutMs = 10000)
    {
        QSignalSpy spy(request, &ApiRequest::finished);
        request->start();
        if (!spy.wait(timeoutMs))
            return ApiResult{};
        return spy.first().first().value<ApiResult>();
    }

private slots:
    void baseUrlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://integration.getmateo.com/api/v1" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/api/v1" << true;
        QTest::newRow("http loopback 127/8") << "http://127.9.8.7/api/v1" << true;
        QTest::newRow("http localhost") << "http://localhost:1/api/v1" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:1/api/v1" << true;
        QTest::newRow("http remote") << "http://integration.getmateo.com/api/v1" << false;
        QTest::newRow("http LAN") << "http://192.168.1.10/api/v1" << false;
        QTest::newRow("http lookalike") << "http://localhost.evil.example/api/v1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/api" << false;
        QTest::newRow("user info") << "https://user:pw@integration.getmateo.com/api/v1" << false;
        QTest::newRow("no host") << "https:///api/v1" << false;
    }
    void baseUrlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        ApiClient client;
        const QString problem = client.setBaseUrl(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted) {
            QVERIFY(!problem.contains(QLatin1String("pw")));   // never echoes a password
            // says what to do instead
            QVERIFY(problem.contains(QLatin1String("https")) || problem.contains(QLatin1String("MATEO_API_KEY")));
        }
    }

    void sameOrigin()
    {
        QVERIFY(UrlPolicy::sameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                                      QUrl(QStringLiteral("https://A.example:443/y"))));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                                       QUrl(QStringLiteral("http://a.example/x"))));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:1/")),
                                       QUrl(QStringLiteral("http://127.0.0.1:2/"))));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("http-date") << QByteArray("Fri, 27 Nov 2026 10:01:00 GMT") << qint64(60000);
        QTest::newRow("rfc850") << QByteArray("Friday, 27-Nov-26 10:00:30 GMT") << qint64(30000);
        QTest::newRow("asctime") << QByteArray("Fri Nov 27 10:00:10 2026") << qint64(10000);
        QTest::newRow("past date") << QByteArray("Fri, 27 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfterMs(header, now), expectedMs);
    }

    void backoffIsCappedFullJitter()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QSet<int> seen;
        for (int attempt = 0; attempt < 12; ++attempt) {
            const int ceiling = qMin(1000, 100 << attempt);
            for (int i = 0; i < 50; ++i) {
                const int d = policy.backoffMs(attempt);
                QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QString::number(d)));
                seen.insert(d);
            }
        }
        QVERIFY(seen.size() > 20);   // jittered, not a fixed schedule
    }

    void sendsBearerKeyAndParsesJson()
    {
        ScriptedServer server(
            [](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, R"([{"id":"a"}])"); });
        ApiClient client;
        QVERIFY(client.setBaseUrl(server.apiUrl()).isEmpty());
        client.setApiKey(QStringLiteral("k-123"));
        const ApiResult r = run(client.get(QStringLiteral("import"), QUrlQuery(QStringLiteral("select=id"))));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.json.array().first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("a"));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().headers.value("authorization"), QByteArray("Bearer k-123"));
        QCOMPARE(server.requests.first().target, QByteArray("/api/v1/import?select=id"));
    }

    void apiErrorBecomesMessageWithHintAndNextStep()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::Response::json(
                403,
                R"({"code":"API_KEY_INVALID","message":"The API key is invalid","hint":"Create a new key","status":403})");
        });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(QStringLiteral("secret-key"));
        const ApiResult r = run(client.get(QStringLiteral("import")));
        QCOMPARE(r.kind, ApiResult::Kind::HttpError);
        QVERIFY(r.isAuthError());
        QCOMPARE(r.code, QStringLiteral("API_KEY_INVALID"));
        QVERIFY(r.errorText.contains(QLatin1String("GET /api/v1/import")));
        QVERIFY(r.errorText.contains(QLatin1String("The API key is invalid")));
        QVERIFY(r.errorText.contains(QLatin1String("Create a new key")));
        QVERIFY(r.errorText.contains(QLatin1String("resume")));
        QVERIFY(!r.errorText.contains(QLatin1String("secret-key")));
    }

    void rateLimitCarriesRetryAfter()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Response resp = ScriptedServer::Response::json(
                429, R"({"code":"RATE","message":"slow down","hint":"","status":429})");
            resp.headers << qMakePair(QByteArray("Retry-After"), QByteArray("7"));
            return resp;
        });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        const ApiResult r = run(client.post(QStringLiteral("import"), {}, "{}"));
        QVERIFY(r.isRateLimited());
        QVERIFY(!r.isTransient());
        QCOMPARE(r.retryAfterMs, qint64(7000));
    }

    void invalidJsonIsReportedNotCrashed()
    {
        ScriptedServer server(
            [](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "{not json"); });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        const ApiResult r = run(client.get(QStringLiteral("import")));
        QCOMPARE(r.kind, ApiResult::Kind::InvalidJson);
        QVERIFY(r.errorText.contains(QLatin1String("/api/v1")));
    }

    void stalledServerTimesOut()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Response resp;
            resp.action = ScriptedServer::Response::Action::Stall;
            return resp;
        });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        client.setTransferTimeoutMs(300);
        QElapsedTimer t;
        t.start();
        const ApiResult r = run(client.get(QStringLiteral("import")), 5000);
        QCOMPARE(r.kind, ApiResult::Kind::Timeout);
        QVERIFY(r.isTransient());
        QVERIFY(t.elapsed() < 4000);
    }

    void droppedConnectionIsTransient()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            ScriptedServer::Response resp;
            resp.action = ScriptedServer::Response::Action::Drop;
            return resp;
        });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        const ApiResult r = run(client.post(QStringLiteral("import"), {}, "{}"));
        QCOMPARE(r.kind, ApiResult::Kind::Network);
        QVERIFY(r.isTransient());
    }

    void sameOriginRedirectIsFollowedWithTheKey()
    {
        ScriptedServer server([](const ScriptedServer::Request &req) {
            if (req.path().endsWith(QLatin1String("/old"))) {
                ScriptedServer::Response resp = ScriptedServer::Response::json(307, "");
                resp.headers << qMakePair(QByteArray("Location"), QByteArray("/api/v1/new"));
                return resp;
            }
            return ScriptedServer::Response::json(200, R"({"ok":true})");
        });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(QStringLiteral("k"));
        const ApiResult r = run(client.get(QStringLiteral("old")));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QVERIFY(server.requests.size() >= 2);   // Qt may repeat a request on a fresh connection
        QCOMPARE(server.requests.first().target, QByteArray("/api/v1/old"));
        QCOMPARE(server.requests.last().target, QByteArray("/api/v1/new"));
        for (const auto &req : server.requests)
            QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer k"));
    }

    void redirectToAnotherOriginCarriesNoKey()
    {
        ScriptedServer other([](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "{}"); });
        const QByteArray location = other.apiUrl().toEncoded() + "/import";
        ScriptedServer server([location](const ScriptedServer::Request &) {
            ScriptedServer::Response resp = ScriptedServer::Response::json(307, "");
            resp.headers << qMakePair(QByteArray("Location"), location);
            return resp;
        });
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(QStringLiteral("canary-redirect-key"));
        const ApiResult r = run(client.post(QStringLiteral("import"), {}, "{}"));
        QCOMPARE(r.kind, ApiResult::Kind::Redirect);
        QVERIFY(r.errorText.contains(QString::number(other.root().port())));
        QTest::qWait(200);   // give a (wrong) follow-up request time to arrive
        QCOMPARE(other.requests.size(), 0);
        for (const auto &req : other.requests)
            QVERIFY(!req.headers.contains("authorization"));
    }

    void failedUrlOnAnotherOriginGetsNoKey()
    {
        ScriptedServer storage(
            [](const ScriptedServer::Request &) { return ScriptedServer::Response::json(200, "[]"); });
        ScriptedServer server;
        ApiClient client;
        client.setBaseUrl(server.apiUrl());
        client.setApiKey(QStringLiteral("k"));
        const ApiResult r = run(client.getAbsolute(QUrl(storage.root().toString() + QStringLiteral("/failed/1.json"))));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(storage.requests.size(), 1);
        QVERIFY(!storage.requests.first().headers.contains("authorization"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
