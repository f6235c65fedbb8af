#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// Nothing lost, nothing counted twice: eight concurrent clients, a SIGKILL in the middle of
// processing, a SIGKILL right after a 201, and a clean SIGTERM shutdown.
class TestDurability : public QObject
{
    Q_OBJECT

    static QJsonObject importOf(const QString &prefix, int rows, int sharedRows = 0)
    {
        QJsonArray payload;
        for (int i = 0; i < rows; ++i)
            payload.append(
                QJsonObject{{QStringLiteral("external_id"), QStringLiteral("%1-%2").arg(prefix).arg(i)},
                            {QStringLiteral("email"), QStringLiteral("%1.%2@example.com").arg(prefix).arg(i)}});
        // Rows every client sends: the same contacts, updated again and again (upsert, never duplicated).
        for (int i = 0; i < sharedRows; ++i)
            payload.append(QJsonObject{{QStringLiteral("external_id"), QStringLiteral("shared-%1").arg(i)},
                                       {QStringLiteral("full_name"), prefix}});
        return {{QStringLiteral("type"), QStringLiteral("contact_details")},
                {QStringLiteral("payload"), payload},
                {QStringLiteral("reference_id"), prefix}};
    }

private slots:
    void eightClientsAtOnce()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--daily-entities"), QStringLiteral("1000000")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        constexpr int clients = 8, importsPerClient = 5, rows = 200, shared = 50;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int c = 0; c < clients; ++c) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < importsPerClient; ++i) {
                QNetworkRequest request(sandbox.url(QStringLiteral("/import?select=id")));
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                request.setRawHeader("Authorization", "Bearer test-key");
                const QString prefix = QStringLiteral("c%1i%2").arg(c).arg(i);
                replies.emplace_back(
                    managers.back()->post(request, QJsonDocument(importOf(prefix, rows, shared)).toJson()));
            }
        }
        QSet<QString> ids;
        for (auto &reply : replies) {
            if (!reply->isFinished()) {
                QSignalSpy finished(reply.get(), &QNetworkReply::finished);
                QVERIFY(finished.wait(30000));
            }
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), clients * importsPerClient);
        SandboxHttp http(sandbox);
        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        const int total = clients * importsPerClient * (rows + shared);
        QCOMPARE(stats.value(QStringLiteral("imports")).toInt(), clients * importsPerClient);
        QCOMPARE(stats.value(QStringLiteral("rows_total")).toInt(), total);
        QCOMPARE(stats.value(QStringLiteral("rows_processed")).toInt(), total);
        QCOMPARE(stats.value(QStringLiteral("rows_succeeded")).toInt(), total);
        QCOMPARE(stats.value(QStringLiteral("contacts")).toInt(), clients * importsPerClient * rows + shared);
        QCOMPARE(stats.value(QStringLiteral("entities_today")).toInt(), total);
    }

    void killMidProcessingLosesNothing()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("2")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        constexpr int rows = 1500;
        const SandboxHttp::Result created = http.post(QStringLiteral("/import?select=id"),
                                                      QJsonDocument(importOf(QStringLiteral("k"), rows)).toJson());
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        // Wait until processing is visibly under way, then kill -9.
        QDeadlineTimer deadline(20000);
        int done = 0;
        while (!deadline.hasExpired() && done < 50) {
            done = http.get(QStringLiteral("/import?select=success_count&id=eq.") + id)
                       .array()
                       .first()
                       .toObject()
                       .value(QStringLiteral("success_count"))
                       .toInt();
            QTest::qWait(10);
        }
        QVERIFY(done >= 50);
        sandbox.kill();
        QVERIFY(sandbox.restart());
        const QJsonObject before =
            http.get(QStringLiteral("/import?select=success_count,total_count&id=eq.") + id).array().first().toObject();
        QVERIFY2(before.value(QStringLiteral("success_count")).toInt() < rows,
                 "the kill came too late to prove anything");
        QCOMPARE(before.value(QStringLiteral("total_count")).toInt(), rows);
        const QJsonObject finished = http.waitFinished(id, 60000);
        QCOMPARE(finished.value(QStringLiteral("success_count")).toInt(), rows);
        QCOMPARE(finished.value(QStringLiteral("failed_count")).toInt(), 0);
        QCOMPARE(http.stats().value(QStringLiteral("contacts")).toInt(), rows);
    }

    void killRightAfterCreatedKeepsTheImport()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("50")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        const SandboxHttp::Result created = http.post(QStringLiteral("/import?select=id"),
                                                      QJsonDocument(importOf(QStringLiteral("q"), 20)).toJson());
        QCOMPARE(created.status, 201);
        sandbox.kill();
        QVERIFY(sandbox.restart());
        const QJsonObject finished = http.waitFinished(created.object().value(QStringLiteral("id")).toString(), 30000);
        QCOMPARE(finished.value(QStringLiteral("success_count")).toInt(), 20);
    }

    void sigtermShutsDownCleanly()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        QCOMPARE(http.post(QStringLiteral("/import"), QJsonDocument(importOf(QStringLiteral("t"), 3)).toJson()).status,
                 201);
        sandbox.stop();
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 0);
        QVERIFY(sandbox.restart());
        QCOMPARE(http.get(QStringLiteral("/import?reference_id=eq.t&select=id")).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
