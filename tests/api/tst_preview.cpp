#include "api/http/ApiClient.h"
#include "api/preview/AccountSchemaFetch.h"
#include "api/preview/PreviewRunner.h"
#include "core/mapping/MappingProfile.h"
#include "core/preview/ImportMode.h"
#include "core/preview/PreflightCheck.h"
#include "core/validate/SendableRows.h"
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// Preflight and preview against a real mateo-sandbox: the counts a preview predicts, and — after
// importing the same rows — the server's outcome compared with the prediction row by row
// (docs/engine.md "Preview"; the sandbox upserts by the rules of docs/sandbox.md).
class TestPreview : public QObject
{
    Q_OBJECT

    using K = RowPrediction::Kind;

    struct Setup
    {
        std::unique_ptr<SandboxProcess> sandbox;
        std::unique_ptr<SandboxHttp> http;
        ApiClient client;
    };

    static void startSandbox(Setup &s)
    {
        s.sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--test-controls")});
        QVERIFY2(s.sandbox->start(), qPrintable(s.sandbox->error()));
        s.http = std::make_unique<SandboxHttp>(*s.sandbox);
        QVERIFY(s.client.setBaseUrl(s.sandbox->apiUrl()).isEmpty());
        s.client.setApiKey(s.sandbox->apiKey());
    }

    // Imports `payload` as one import and returns the finished import row (failed[] inline).
    static QJsonObject importRows(SandboxHttp &http, const QJsonArray &payload)
    {
        const SandboxHttp::Result created = http.postJson(
            QStringLiteral("/import?select=id"),
            QJsonDocument(QJsonObject{{"type", "contact_details"}, {"payload", payload}}));
        if (created.status != 201)
            return {};
        return http.waitFinished(created.object().value("id").toString());
    }

    // A: external_id X1; B: no external_id; C: external_id X3 (owns c@x.de).
    static void seed(SandboxHttp &http)
    {
        const QJsonObject done = importRows(
            http,
            QJsonArray{QJsonObject{{"external_id", "X1"}, {"email", "a@x.de"}, {"full_name", "Anna"}, {"revenue", 5}},
                       QJsonObject{{"email", "b@x.de"}, {"full_name", "Bert"}},
                       QJsonObject{{"external_id", "X3"}, {"email", "c@x.de"}, {"whatsapp", "+4915111111111"}}});
        QCOMPARE(done.value("success_count").toInt(), 3);
    }

    // Two new, two updates, two unchanged, two conflicts — and the order matters (row 9 updates what
    // row 2 creates).
    static SendableRows file()
    {
        const char *rows[] = {
            R"({"external_id":"N1","email":"n1@x.de","full_name":"Nina"})",   // new
            R"({"external_id":"X1","full_name":"Anna Schmidt","revenue":"7"})",   // update
            R"({"email":"B@X.DE","full_name":"Bert"})",   // unchanged (after lower-casing)
            R"({"external_id":"X9","email":"c@x.de"})",   // conflict: C owns the e-mail
            R"({"external_id":"X3","email":"c@x.de","whatsapp":"+49 151 11111111"})",   // unchanged
            R"({"external_id":"N2","whatsapp":"+4915111111111"})",   // conflict: C owns the number
            R"({"external_id":"N3","email":"n3@x.de"})",   // new
            R"({"external_id":"N1","full_name":"Nina Berg"})",   // update of row 1's contact
        };
        SendableRows out;
        int line = 2;
        for (const char *row : rows) {
            out.append(line - 2, line, QByteArrayView(row));
            ++line;
        }
        return out;
    }

    static QJsonArray payloadOf(const SendableRows &rows, const QList<int> &only = {})
    {
        QJsonArray out;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (only.isEmpty() || only.contains(int(i)))
                out.append(QJsonDocument::fromJson(rows.payload(i).toByteArray()).object());
        return out;
    }

    static PreviewResult preview(Setup &s, const SendableRows &rows, qint64 maxRequests = 2000,
                                 const ImportMode &mode = {})
    {
        AccountSchemaFetch account(&s.client);
        ApiResult failure;
        if (!account.runBlocking(&failure))
            qWarning() << failure.errorText;
        PreviewRunner runner(&s.client);
        runner.setMaxRequests(maxRequests);
        runner.setMode(mode);
        runner.prepare(&rows, rows.size(), account.customFields(), account.marketingChannels());
        return runner.runBlocking();
    }

private slots:
    void preflightRefusesWhatTheAccountLacks()
    {
        Setup s;
        startSandbox(s);
        const qint64 before = s.http->stats().value("requests_today").toInteger();
        AccountSchemaFetch account(&s.client);
        ApiResult failure;
        QVERIFY2(account.runBlocking(&failure), qPrintable(failure.errorText));
        QCOMPARE(account.requests(), 2);
        QCOMPARE(s.http->stats().value("requests_today").toInteger() - before, 2);
        MappingProfile profile;
        QString error;
        QVERIFY(MappingProfile::fromJson(R"({"columns": [{"header": "Status", "target": "custom:customer_status"},
                                                         {"header": "Umsatz", "target": "custom:revenue",
                                                          "type": "string"},
                                                         {"header": "VIP", "target": "custom:vip"}]})",
                                         &profile, &error));
        const QList<PreflightProblem> problems = PreflightCheck::check(
            profile, {"Status", "Umsatz", "VIP"}, account.customFields(), account.marketingChannels());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).target, QStringLiteral("custom:customer_status"));
        QCOMPARE(problems.at(1).target, QStringLiteral("custom:revenue"));
    }

    void predictionEqualsTheServersOutcomeRowByRow()
    {
        Setup s;
        startSandbox(s);
        seed(*s.http);
        const SendableRows rows = file();
        const qint64 before = s.http->stats().value("requests_today").toInteger();
        const PreviewResult result = preview(s, rows);
        QVERIFY(result.complete);
        QCOMPARE(result.predictions.size(), rows.size());
        QCOMPARE(result.count(K::New), 2);
        QCOMPARE(result.count(K::Update), 2);
        QCOMPARE(result.count(K::Unchanged), 2);
        QCOMPARE(result.count(K::Conflict), 2);
        // external_id, email and whatsapp values: one request each; plus the two schema reads.
        QCOMPARE(result.requestsUsed, 3);
        QCOMPARE(s.http->stats().value("requests_today").toInteger() - before, 2 + 3);
        QCOMPARE(result.predictions.at(1).contactId.size(), 36);   // A's id
        QCOMPARE(result.predictions.at(7).contactId, QStringLiteral("line:2"));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value("conflicts").toArray().size(), 2);

        const QJsonObject import = importRows(*s.http, payloadOf(rows));
        QCOMPARE(import.value("failed_count").toInt(), int(result.count(K::Conflict)));
        QSet<QString> failedInputs;
        for (const QJsonValue &f : import.value("failed").toArray()) {
            QCOMPARE(f.toObject().value("code").toString(), QStringLiteral("23505"));
            failedInputs.insert(QString::fromUtf8(
                QJsonDocument(f.toObject().value("input").toObject()).toJson(QJsonDocument::Compact)));
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const RowPrediction &p = result.predictions.at(i);
            const QString input = QString::fromUtf8(
                QJsonDocument(payloadOf(rows, {int(i)}).first().toObject()).toJson(QJsonDocument::Compact));
            QCOMPARE(failedInputs.contains(input), p.kind == K::Conflict);
        }
        // The updates changed exactly what the preview listed; the new rows exist now.
        const QJsonObject a = s.http->get("/contact_details?external_id=eq.X1").array().first().toObject();
        QCOMPARE(a.value("id").toString(), result.predictions.at(1).contactId);
        QCOMPARE(a.value("full_name").toString(), result.predictions.at(1).changes.at(0).after.toString());
        QCOMPARE(a.value("revenue").toDouble(), result.predictions.at(1).changes.at(1).after.toDouble());
        const QJsonArray n1 = s.http->get("/contact_details?external_id=eq.N1").array();
        QCOMPARE(n1.size(), 1);
        QCOMPARE(n1.first().toObject().value("full_name").toString(), QStringLiteral("Nina Berg"));
        QCOMPARE(s.http->stats().value("contacts").toInt(), 3 + 2);

        // Previewing the same file again: nothing new any more, the conflicts stay; rows 1 and 8
        // still change N1's name back and forth.
        const PreviewResult again = preview(s, rows);
        QCOMPARE(again.count(K::New), 0);
        QCOMPARE(again.count(K::Conflict), 2);
        QCOMPARE(again.count(K::Update), 2);
        QCOMPARE(again.count(K::Unchanged), 4);
    }

    void modesSendExactlyThePredictedRows_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("skipUnchanged");
        QTest::addColumn<QList<int>>("sent");
        // Row 8 updates the contact row 1 creates: create-only keeps it back (it matches a contact),
        // update-only keeps back row 1 and so row 8 finds nothing to update either.
        QTest::newRow("create-only") << int(ImportMode::Kind::CreateOnly) << false << QList<int>{0, 6};
        QTest::newRow("update-only") << int(ImportMode::Kind::UpdateOnly) << false << QList<int>{1, 2, 4};
        QTest::newRow("update-only, skip unchanged") << int(ImportMode::Kind::UpdateOnly) << true << QList<int>{1};
        QTest::newRow("create-and-update, skip unchanged")
            << int(ImportMode::Kind::CreateAndUpdate) << true << QList<int>{0, 1, 6, 7};
    }
    void modesSendExactlyThePredictedRows()
    {
        QFETCH(int, mode);
        QFETCH(bool, skipUnchanged);
        QFETCH(QList<int>, sent);
        Setup s;
        startSandbox(s);
        seed(*s.http);
        const SendableRows rows = file();
        ImportMode importMode;
        importMode.kind = ImportMode::Kind(mode);
        importMode.skipUnchanged = skipUnchanged;
        const PreviewResult result = preview(s, rows, 2000, importMode);
        QVERIFY(result.complete);
        QList<int> chosen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (result.predictions.at(i).sent)
                chosen << int(i);
            else
                QVERIFY(!result.predictions.at(i).skipReason.isEmpty());   // every kept-back row says why
        }
        QCOMPARE(chosen, sent);
        const qint64 contactsBefore = s.http->stats().value("contacts").toInteger();
        const QJsonObject import = importRows(*s.http, payloadOf(rows, chosen));
        QCOMPARE(import.value("failed_count").toInt(), 0);   // conflicts were never sent
        QCOMPARE(import.value("success_count").toInt(), int(chosen.size()));
        qint64 created = 0;
        for (int i : std::as_const(chosen))
            created += result.predictions.at(i).kind == K::New ? 1 : 0;
        QCOMPARE(s.http->stats().value("contacts").toInteger() - contactsBefore, created);
    }

    void aStormOfRefusalsIsRiddenOut()
    {
        Setup s;
        startSandbox(s);
        seed(*s.http);
        AccountSchemaFetch account(&s.client);
        ApiResult failure;
        QVERIFY(account.runBlocking(&failure));
        // The next two lookups are refused (429, Retry-After 1 s): each is tried again, and counted.
        QCOMPARE(
            s.http->control(QStringLiteral("faults"), QJsonObject{{"storm_429", 2}, {"storm_retry_after", 1}}).status,
            200);
        const SendableRows rows = file();
        PreviewRunner runner(&s.client);
        QSignalSpy retries(&runner, &PreviewRunner::retrying);
        runner.prepare(&rows, rows.size(), account.customFields(), account.marketingChannels());
        const PreviewResult result = runner.runBlocking();
        QVERIFY2(result.complete, qPrintable(result.stopReason));
        QVERIFY(!result.failed);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(result.requestsUsed, 3 + 2);
        QCOMPARE(result.count(K::New), 2);
        QCOMPARE(result.count(K::Update), 2);
        QCOMPARE(result.count(K::Unchanged), 2);
        QCOMPARE(result.count(K::Conflict), 2);
    }

    void requestCapStopsCleanlyAndSaysHowFar()
    {
        Setup s;
        startSandbox(s);
        seed(*s.http);
        const SendableRows rows = file();
        const PreviewResult capped = preview(s, rows, 1);
        QVERIFY(!capped.complete);
        QCOMPARE(capped.requestsUsed, 1);
        QVERIFY(!capped.stopReason.isEmpty());
        QCOMPARE(capped.requestsPlanned, 3);
        // Only rows whose every identifier was looked up are predicted: after the external_ids the
        // e-mails (from row 1 on) are missing, so no row is; after two requests rows 1-4 are.
        QCOMPARE(capped.predictions.size(), 0);
        const PreviewResult two = preview(s, rows, 2);
        QVERIFY(!two.complete);
        QCOMPARE(two.predictions.size(), 4);
        QCOMPARE(two.predictions.first().kind, K::New);
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
