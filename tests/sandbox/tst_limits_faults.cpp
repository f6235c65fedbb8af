#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// Daily limits (429 + Retry-After + error body, UTC days on the movable clock) and the injectable
// faults of /__sandbox/faults, against the real process.
class TestLimitsFaults : public QObject
{
    Q_OBJECT

    static QByteArray importOf(int rows, const QString &reference = {})
    {
        QJsonArray payload;
        for (int i = 0; i < rows; ++i)
            payload.append(QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Row %1").arg(i)}});
        QJsonObject import{{QStringLiteral("type"), QStringLiteral("contact_details")},
                           {QStringLiteral("payload"), payload}};
        if (!reference.isEmpty())
            import.insert(QStringLiteral("reference_id"), reference);
        return QJsonDocument(import).toJson(QJsonDocument::Compact);
    }

    static void verifyQuotaReply(const SandboxHttp::Result &r, const QString &code)
    {
        QCOMPARE(r.status, 429);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 429);
        QVERIFY(!r.object().value(QStringLiteral("hint")).toString().isEmpty());
        bool ok = false;
        const int retryAfter = r.headers.value("retry-after").toInt(&ok);
        QVERIFY2(ok && retryAfter > 0 && retryAfter <= 86400, r.headers.value("retry-after").constData());
    }

private slots:
    void dailyEntityLimit()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--daily-entities"), QStringLiteral("10")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        QCOMPARE(http.post(QStringLiteral("/import"), importOf(6)).status, 201);
        const SandboxHttp::Result refused = http.post(QStringLiteral("/import"), importOf(5));
        verifyQuotaReply(refused, QStringLiteral("DAILY_ENTITY_LIMIT_EXCEEDED"));
        QCOMPARE(http.stats().value(QStringLiteral("imports")).toInt(), 1);   // refused whole, nothing stored
        QCOMPARE(http.post(QStringLiteral("/import"), importOf(4)).status, 201);   // exactly fills the day

        // Retry-After is the time to the next UTC day of the sandbox clock; moving there opens the quota.
        const int retryAfter = refused.headers.value("retry-after").toInt();
        const QDateTime now = QDateTime::fromString(
            http.control(QStringLiteral("clock"), {}, false).object().value(QStringLiteral("now")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(now.isValid());
        QVERIFY(qAbs(now.secsTo(QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC)) - retryAfter) <= 5);
        // The quota survives a restart.
        QVERIFY(sandbox.restart());
        verifyQuotaReply(http.post(QStringLiteral("/import"), importOf(1)),
                         QStringLiteral("DAILY_ENTITY_LIMIT_EXCEEDED"));
        QCOMPARE(http.control(QStringLiteral("clock"), {{QStringLiteral("advance_seconds"), retryAfter}}).status, 200);
        const SandboxHttp::Result after = http.post(QStringLiteral("/import"), importOf(10));
        QVERIFY2(after.status == 201,
                 after.body + http.control(QStringLiteral("clock"), {}, false).body + QByteArray::number(retryAfter));
    }

    void dailyRequestLimitCountsEveryRequest()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--daily-requests"), QStringLiteral("5")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        QCOMPARE(http.post(QStringLiteral("/import?select=id"), importOf(1)).status, 201);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(http.get(QStringLiteral("/import?select=id")).status, 200);   // polls count too
        verifyQuotaReply(http.get(QStringLiteral("/custom_field")), QStringLiteral("DAILY_REQUEST_LIMIT_EXCEEDED"));
        QCOMPARE(http.stats().value(QStringLiteral("requests_today")).toInt(), 5);
        QCOMPARE(http.control(QStringLiteral("clock"), {{QStringLiteral("advance_seconds"), 86400}}).status, 200);
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 200);
    }

    void controlsNeedTheFlag()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        QCOMPARE(http.control(QStringLiteral("stats"), {}, false).status, 404);
        QCOMPARE(http.control(QStringLiteral("faults"), {{QStringLiteral("stall"), true}}).status, 404);
    }

    void faults()
    {
        SandboxProcess sandbox({QStringLiteral("--test-controls")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        const auto faults = [&http](const QJsonObject &o) { return http.control(QStringLiteral("faults"), o); };

        QCOMPARE(faults({{QStringLiteral("bogus"), 1}}).status, 400);
        QCOMPARE(faults({{QStringLiteral("error_rate"), 2}}).status, 400);

        // error_rate: 5xx without effect
        QCOMPARE(faults({{QStringLiteral("error_rate"), 1.0}}).status, 200);
        const SandboxHttp::Result failed = http.post(QStringLiteral("/import"), importOf(1));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.object().value(QStringLiteral("code")).toString(), QStringLiteral("SERVICE_UNAVAILABLE"));
        QCOMPARE(http.stats().value(QStringLiteral("imports")).toInt(), 0);
        QCOMPARE(faults({{QStringLiteral("error_rate"), 0}, {QStringLiteral("storm_429"), 2}}).status, 200);

        // storm_429: the next two requests
        for (int i = 0; i < 2; ++i) {
            const SandboxHttp::Result r = http.get(QStringLiteral("/custom_field"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
        }
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 200);

        // revoke_key
        QCOMPARE(faults({{QStringLiteral("revoke_key"), true}}).status, 200);
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 403);
        QCOMPARE(faults({{QStringLiteral("revoke_key"), false}}).status, 200);
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 200);

        // latency: answered, but not before latency_ms
        QCOMPARE(faults({{QStringLiteral("latency_ms"), 400}}).status, 200);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 200);
        QVERIFY(clock.elapsed() >= 400);
        QCOMPARE(faults({{QStringLiteral("reset"), true}}).object().value(QStringLiteral("latency_ms")).toInt(), 0);

        // stall: accepted, never answered
        QCOMPARE(faults({{QStringLiteral("stall"), true}}).status, 200);
        const SandboxHttp::Result stalled = http.get(QStringLiteral("/custom_field"), {}, true, 500);
        QCOMPARE(stalled.status, 0);
        QVERIFY(stalled.error != QNetworkReply::NoError);
        QCOMPARE(faults({{QStringLiteral("stall"), false}}).status, 200);
        QCOMPARE(http.get(QStringLiteral("/custom_field")).status, 200);
    }

    // Committed, then the connection is cut inside the 201: the client gets an error, the import
    // exists (findable by reference_id) and is processed exactly once.
    void truncateAfterCommitKeepsTheImport()
    {
        SandboxProcess sandbox({QStringLiteral("--test-controls")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        QCOMPARE(http.control(QStringLiteral("faults"), {{QStringLiteral("truncate_after_commit"), 1}}).status, 200);
        const SandboxHttp::Result cut = http.post(QStringLiteral("/import?select=id"),
                                                  importOf(3, QStringLiteral("batch-7")));
        // Qt 6.4's QNetworkAccessManager reports this either as an error or (a race in its reading of
        // the close) as a 201 whose body is cut short; either way the client has no usable answer.
        QVERIFY2(cut.error != QNetworkReply::NoError || cut.json().isNull(), cut.body.constData());
        const QJsonArray found = http.get(QStringLiteral("/import?reference_id=eq.batch-7&select=id")).array();
        QCOMPARE(found.size(), 1);
        const QJsonObject done = http.waitFinished(found.first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(done.value(QStringLiteral("success_count")).toInt(), 3);
        QCOMPARE(http.post(QStringLiteral("/import?select=id"), importOf(1)).status, 201);   // only the next N
    }

    // drop_after_commit closes without any answer byte. Documents a client-side hazard it exposes:
    // Qt's QNetworkAccessManager then silently sends the POST again (it takes the close for a stale
    // keep-alive connection), once. So one drop = a clean 201 for the client and TWO imports with the
    // same reference_id on the server; two drops = an error and two imports. Clients must dedupe by
    // reference_id (or not rely on QNAM's reply alone).
    void dropAfterCommitAndQnamResend_data()
    {
        QTest::addColumn<int>("drops");
        QTest::addColumn<int>("status");
        QTest::newRow("one drop: QNAM resends, sees 201") << 1 << 201;
        QTest::newRow("two drops: QNAM gives up") << 2 << 0;
    }
    void dropAfterCommitAndQnamResend()
    {
        QFETCH(int, drops);
        QFETCH(int, status);
        SandboxProcess sandbox({QStringLiteral("--test-controls")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        QCOMPARE(http.control(QStringLiteral("faults"), {{QStringLiteral("drop_after_commit"), drops}}).status, 200);
        const SandboxHttp::Result r = http.post(QStringLiteral("/import?select=id"),
                                                importOf(2, QStringLiteral("batch-8")));
        QCOMPARE(r.status, status);
        if (status == 0)
            QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(http.get(QStringLiteral("/import?reference_id=eq.batch-8&select=id")).array().size(), 2);
        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QStringLiteral("rows_total")).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("rows_processed")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLimitsFaults)
#include "tst_limits_faults.moc"
