#include "FakeImportApi.h"
#include "api/engine/ImportEngine.h"
#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "core/journal/ImportJournal.h"
#include "core/source/MemoryRecordSource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The engine against an exact, scriptable API: batches, exactly-once after ambiguous answers,
// splits, rejections, auth pauses, 429s and the daily quota — every fault instant and certain.
class TestImportEngine : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ImportJournal journal{dir.path()};
        ApiClient client;
        ImportEngine engine{&journal, &client};
        std::unique_ptr<MemoryRecordSource> source;

        explicit Fixture(FakeImportApi &api, const QString &key = QStringLiteral("test-key"))
        {
            if (!journal.open())
                qFatal("journal");
            client.setBaseUrl(api.server.apiUrl());
            client.setApiKey(key);
            client.setTransferTimeoutMs(500);
            RetryPolicy fast;
            fast.baseDelayMs = 5;
            fast.maxDelayMs = 50;
            fast.maxAttempts = 6;
            engine.setRetryPolicy(fast);
            engine.setPollIntervals(10, 50);
        }

        QString create(int rows, int batchSize, int invalidEvery = 0, int dupEvery = 0)
        {
            QList<QStringList> cells;
            QList<ConvertedRow> converted;
            for (int i = 0; i < rows; ++i) {
                const bool dup = dupEvery > 0 && i % dupEvery == 0;
                const QString email =
                    QStringLiteral("%1%2@example.com").arg(dup ? QStringLiteral("dup") : QStringLiteral("p")).arg(i);
                cells << QStringList{QString::number(i), email};
                ConvertedRow r;
                r.recordIndex = i;
                r.line = i + 2;
                r.payload.insert(QStringLiteral("external_id"), QString::number(i));
                r.payload.insert(QStringLiteral("email"), email);
                if (invalidEvery > 0 && i % invalidEvery == 0) {
                    ValidationIssue issue;
                    issue.kind = QStringLiteral("invalid_email");
                    issue.message = QStringLiteral("not an e-mail address");
                    r.issues << issue;
                }
                converted << r;
            }
            source = std::make_unique<MemoryRecordSource>(
                QStringLiteral("mem.csv"), QStringList{QStringLiteral("Nr"), QStringLiteral("E-Mail")}, cells);
            JournalJob job;
            job.batchSize = batchSize;
            job.headers = source->headers();
            QString error;
            const QString id = JobWriter(&journal, client.baseUrl()).write(job, converted, source.get(), &error);
            if (id.isEmpty())
                qFatal("%s", qPrintable(error));
            return id;
        }

        ImportResult runToEnd(const QString &jobId, int timeoutMs = 20000)
        {
            QSignalSpy done(&engine, &ImportEngine::finished);
            engine.start(jobId);
            if (done.isEmpty() && !done.wait(timeoutMs))
                qFatal("engine did not finish");
            return done.first().first().value<ImportResult>();
        }
    };

    static void verifyExactlyOnce(const FakeImportApi &api, ImportJournal &journal, const QString &jobId)
    {
        for (const JournalBatch &b : journal.batches(jobId)) {
            if (b.state == BatchState::Split)
                continue;
            QCOMPARE(api.countByReference(b.referenceId), b.state == BatchState::Rejected ? 0 : 1);
        }
    }

private slots:
    void importsEveryRowInBatches()
    {
        FakeImportApi api;
        Fixture f(api);
        const QString id = f.create(2500, 1000);
        QSignalSpy plans(&f.engine, &ImportEngine::planReady);
        QSignalSpy states(&f.engine, &ImportEngine::batchStateChanged);
        QSignalSpy progress(&f.engine, &ImportEngine::progress);
        const ImportResult r = f.runToEnd(id);
        QCOMPARE(r.outcome, ImportResult::Outcome::Completed);
        QCOMPARE(r.exitCode(), 0);
        QCOMPARE(r.successRows, qint64(2500));
        QCOMPARE(api.posts, 3);
        QCOMPARE(api.storedRows(), qint64(2500));
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().first().value<ImportPlan>().text(),
                 QStringLiteral("2,500 rows in 3 batches: 2,500 today in 3 batches."));
        // Each batch: sending → accepted → finished.
        QCOMPARE(states.size(), 9);
        QCOMPARE(states.at(0).at(2).value<BatchState>(), BatchState::Sending);
        QCOMPARE(progress.last().first().value<ImportProgress>().processedRows, qint64(2500));
        const QJsonObject body = QJsonDocument::fromJson(api.server.requests.first().body).object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("contact_details"));
        QVERIFY(body.value(QLatin1String("reference_id")).toString().startsWith(id));
        QCOMPARE(f.journal.job(id)->state, JournalJob::State::Finished);
        verifyExactlyOnce(api, f.journal, id);
    }

    void pollsSeveralImportsInOneRequest()
    {
        FakeImportApi api;
        Fixture f(api);
        f.engine.setPollIntervals(300, 300);   // all three are accepted before the first poll
        const QString id = f.create(30, 10);
        QCOMPARE(f.runToEnd(id).outcome, ImportResult::Outcome::Completed);
        bool multi = false;
        for (const auto &req : api.server.requests)
            multi = multi || req.target.contains("id=in.(imp-1,imp-2,imp-3)");
        QVERIFY(multi);
    }

    void invalidAndFailedRowsComeBackWithTheirLines()
    {
        FakeImportApi api;
        Fixture f(api);
        const QString id = f.create(100, 40, /*invalidEvery*/ 25, /*dupEvery*/ 10);
        const ImportResult r = f.runToEnd(id);
        QCOMPARE(r.outcome, ImportResult::Outcome::CompletedWithFailures);
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(api.storedRows(), qint64(96));   // rows 0,25,50,75 never sent
        const QList<FailedRow> failed = f.journal.failedRows(id);
        // invalid: 0,25,50,75; server failures: 10,20,30,40,60,70,80,90 (0 and 50 were invalid already)
        QCOMPARE(failed.size(), 12);
        for (const FailedRow &row : failed) {
            QCOMPARE(row.line, row.recordIndex + 2);
            QCOMPARE(row.cells.value(0), QString::number(row.recordIndex));
            QVERIFY(row.code == QLatin1String("invalid_email") || row.code == QLatin1String("23505"));
        }
        QCOMPARE(r.failedRows, qint64(12));
    }

    void ambiguousCommitIsNotSentTwice()
    {
        FakeImportApi api;
        api.dropAfterStoring = 1;   // stored, but the answer never arrives
        Fixture f(api);
        const QString id = f.create(300, 100);
        QCOMPARE(f.runToEnd(id).outcome, ImportResult::Outcome::Completed);
        QCOMPARE(api.imports.size(), 3);
        QCOMPARE(api.storedRows(), qint64(300));
        verifyExactlyOnce(api, f.journal, id);
    }

    void stalledPostTimesOutAndIsResentOnce()
    {
        FakeImportApi api;
        api.stallPosts = 1;   // not stored, never answered
        Fixture f(api);
        const QString id = f.create(200, 100);
        QSignalSpy retries(&f.engine, &ImportEngine::retryCountdown);
        QCOMPARE(f.runToEnd(id).outcome, ImportResult::Outcome::Completed);
        QVERIFY(retries.size() >= 1);
        QCOMPARE(api.posts, 3);
        verifyExactlyOnce(api, f.journal, id);
    }

    void tooLargeBatchesAreSplit()
    {
        FakeImportApi api;
        api.maxRows = 300;
        Fixture f(api);
        const QString id = f.create(1000, 1000);
        QCOMPARE(f.runToEnd(id).outcome, ImportResult::Outcome::Completed);
        QCOMPARE(api.storedRows(), qint64(1000));
        int split = 0;
        for (const JournalBatch &b : f.journal.batches(id))
            split += b.state == BatchState::Split ? 1 : 0;
        QCOMPARE(split, 3);   // 1000 → 500+500 → 250×4
        verifyExactlyOnce(api, f.journal, id);
    }

    void badRequestHandsTheRowsBack()
    {
        FakeImportApi api;
        api.rejectAll = true;
        Fixture f(api);
        const QString id = f.create(20, 10);
        const ImportResult r = f.runToEnd(id);
        QCOMPARE(r.outcome, ImportResult::Outcome::CompletedWithFailures);
        const QList<FailedRow> failed = f.journal.failedRows(id);
        QCOMPARE(failed.size(), 20);
        QCOMPARE(failed.first().code, QStringLiteral("PAYLOAD_INVALID"));
        QCOMPARE(failed.first().hint, QStringLiteral("Send an array"));
        QCOMPARE(api.posts, 2);   // 400 is not retried
    }

    void refusedKeyPausesAndNothingIsLost()
    {
        FakeImportApi api;
        Fixture f(api, QStringLiteral("wrong-key"));
        const QString id = f.create(300, 100);
        QSignalSpy auth(&f.engine, &ImportEngine::authenticationRequired);
        const ImportResult r = f.runToEnd(id);
        QCOMPARE(r.outcome, ImportResult::Outcome::AuthenticationRequired);
        QCOMPARE(r.exitCode(), 3);
        QCOMPARE(auth.size(), 1);
        QVERIFY(r.message.contains(QLatin1String("Create a new API key")));
        QCOMPARE(f.journal.job(id)->state, JournalJob::State::PausedAuth);
        QCOMPARE(f.journal.batches(id).first().state, BatchState::Planned);
        // A new run with the right key continues the same job.
        ImportEngine again(&f.journal, &f.client);
        f.client.setApiKey(QStringLiteral("test-key"));
        QSignalSpy done(&again, &ImportEngine::finished);
        again.start(id);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<ImportResult>().outcome, ImportResult::Outcome::Completed);
        QCOMPARE(api.storedRows(), qint64(300));
        verifyExactlyOnce(api, f.journal, id);
    }

    void interactiveEngineWaitsForANewKey()
    {
        FakeImportApi api;
        Fixture f(api);
        f.engine.setInteractive(true);
        const QString id = f.create(300, 100);
        api.key = QStringLiteral("rotated");   // revoked before the run
        QSignalSpy auth(&f.engine, &ImportEngine::authenticationRequired);
        QSignalSpy done(&f.engine, &ImportEngine::finished);
        f.engine.start(id);
        QVERIFY(auth.wait(5000));
        QVERIFY(done.isEmpty());
        f.engine.setApiKey(QStringLiteral("rotated"));
        f.engine.resume();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<ImportResult>().outcome, ImportResult::Outcome::Completed);
        verifyExactlyOnce(api, f.journal, id);
    }

    void rateLimitStormIsRiddenOut()
    {
        FakeImportApi api;
        api.rateLimitPosts = 5;
        api.retryAfter = "0";
        Fixture f(api);
        const QString id = f.create(300, 100);
        QSignalSpy retries(&f.engine, &ImportEngine::retryCountdown);
        QCOMPARE(f.runToEnd(id).outcome, ImportResult::Outcome::Completed);
        QCOMPARE(retries.size(), 5);
        QCOMPARE(api.posts, 8);
        verifyExactlyOnce(api, f.journal, id);
    }

    void dailyQuotaStopsAndTheNextDayContinues()
    {
        FakeImportApi api;
        api.entityQuota = 2000;
        Fixture f(api);
        f.engine.setDailyLimits(2000, 10000);
        const QString id = f.create(3000, 1000);
        QCOMPARE(f.engine.plan(id).text(),
                 QStringLiteral("3,000 rows in 3 batches: 2,000 today in 2 batches, 1,000 tomorrow in 1 batch."));
        QSignalSpy quota(&f.engine, &ImportEngine::waitingForQuota);
        const ImportResult r = f.runToEnd(id);
        QCOMPARE(r.outcome, ImportResult::Outcome::QuotaStopped);
        QCOMPARE(r.exitCode(), 75);
        QCOMPARE(quota.size(), 1);
        QCOMPARE(api.storedRows(), qint64(2000));
        QCOMPARE(f.journal.job(id)->state, JournalJob::State::PausedQuota);
        QCOMPARE(f.engine.budgetToday().entitiesLeft(), qint64(0));   // kept in the journal

        // Same day, second attempt: still stopped (one probe request, nothing stored twice).
        {
            ImportEngine again(&f.journal, &f.client);
            again.setDailyLimits(2000, 10000);
            QSignalSpy done(&again, &ImportEngine::finished);
            again.start(id);
            QVERIFY(done.wait(10000));
            QCOMPARE(done.first().first().value<ImportResult>().outcome, ImportResult::Outcome::QuotaStopped);
        }
        // The server's day turns (its clock, not ours): the probe is accepted and the job completes.
        api.entitiesToday = 0;
        ImportEngine nextDay(&f.journal, &f.client);
        nextDay.setDailyLimits(2000, 10000);
        nextDay.setPollIntervals(10, 50);
        QSignalSpy done(&nextDay, &ImportEngine::finished);
        nextDay.start(id);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<ImportResult>().outcome, ImportResult::Outcome::Completed);
        QCOMPARE(api.storedRows(), qint64(3000));
        verifyExactlyOnce(api, f.journal, id);
    }

    void aBatchLeftSendingIsReconciledNotResent()
    {
        FakeImportApi api;
        Fixture f(api);
        const QString id = f.create(200, 100);
        // Simulate a crash right after the server stored batch 1: journal says `sending`.
        const JournalBatch first = f.journal.batches(id).first();
        QVERIFY(f.journal.markSending(first.id));
        FakeImportApi::Import stored;
        stored.id = QStringLiteral("imp-pre");
        stored.referenceId = first.referenceId;
        stored.payload = QJsonDocument::fromJson(f.journal.payload(first.id)).array();
        api.imports << stored;
        QCOMPARE(f.runToEnd(id).outcome, ImportResult::Outcome::Completed);
        QCOMPARE(api.posts, 1);   // only batch 2 was posted
        QCOMPARE(f.journal.batches(id).first().importId, QStringLiteral("imp-pre"));
        verifyExactlyOnce(api, f.journal, id);
    }

    void unreachableServerPausesResumably()
    {
        FakeImportApi api;
        Fixture f(api);
        const QString id = f.create(100, 100);
        f.client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/api/v1")));   // nothing listens on port 1
        const ImportResult r = f.runToEnd(id);
        QCOMPARE(r.outcome, ImportResult::Outcome::ConnectionFailed);
        QCOMPARE(r.exitCode(), 3);
        QVERIFY(r.message.contains(QLatin1String("resume")));
        QCOMPARE(f.journal.job(id)->state, JournalJob::State::PausedConnection);
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"
