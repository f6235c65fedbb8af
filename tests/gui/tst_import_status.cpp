#include "core/journal/ImportJournal.h"
#include "core/mapping/MappingProfile.h"
#include "gui/models/JournalJobModel.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportPage.h"
#include "gui/wizard/ResultsPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestHome.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The Import page tells the truth at every moment (issue 15): against a real sandbox that processes
// rows slowly (--processing-ms-per-row), pause, resume and cancel are pressed while batches are on
// the server, and after each event the bar, the counts, the ETA text, the buttons, Results and History
// are compared with the sandbox's own /__sandbox/stats and GET /import. Nothing sleeps: the test waits
// for the sandbox to be idle and for the page to show it.
class TestImportStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_file;
    QString m_profile;
    static constexpr int rows = 60;   // 6 batches of 10

    struct Wizard
    {
        explicit Wizard(const SandboxProcess &sandbox, const QString &file, const QString &profilePath)
        {
            session.setConnection(WizardSession::Mode::Hellomateo, sandbox.apiUrl(), sandbox.apiKey());
            QSignalSpy opened(&filePage, &FilePage::fileOpened);
            filePage.openFile(file);
            if (!opened.wait(20000))
                qFatal("file not opened");
            MappingProfile profile;
            QString error;
            if (!MappingProfile::load(profilePath, &profile, &error))
                qFatal("%s", qPrintable(error));
            session.setProfile(profile);
        }
        QString label(const char *name) { return import.findChild<QLabel *>(QLatin1String(name))->text(); }
        QPushButton *button(const char *name) { return import.findChild<QPushButton *>(QLatin1String(name)); }
        int bar() { return import.findChild<QProgressBar *>(QStringLiteral("overallProgress"))->value(); }
        // "1,234 of 5,000 rows processed" → 1234
        qint64 processedShown()
        {
            static const QRegularExpression number(QStringLiteral("^([0-9.,\\s]+)"));
            const auto m = number.match(label("rateLabel"));
            QString digits = m.captured(1);
            digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            return digits.isEmpty() ? -1 : digits.toLongLong();
        }

        WizardSession session;
        FilePage filePage{&session};
        ImportPage import{&session};
    };

    // Every ETA text the page shows while `until` is false, sampled as the page changes it.
    static QStringList etaTexts(Wizard &w, const std::function<bool()> &until, int timeoutMs)
    {
        QStringList seen;
        QTimer sampler;
        sampler.setInterval(20);
        QObject::connect(&sampler, &QTimer::timeout, [&] {
            const QString eta = w.label("etaLabel");
            if (!eta.isEmpty() && (seen.isEmpty() || seen.last() != eta))
                seen << eta;
        });
        sampler.start();
        (void)QTest::qWaitFor(until, timeoutMs);
        return seen;
    }

    static qint64 statsValue(SandboxHttp &http, const char *key)
    {
        return http.stats().value(QLatin1String(key)).toVariant().toLongLong();
    }

    // What the sandbox says about its imports through the API itself (GET /import), beside the
    // test-only /__sandbox/stats: one row per accepted batch.
    struct ServerImports
    {
        qint64 imports = 0, total = 0, succeeded = 0, failed = 0;
        qint64 processed() const { return succeeded + failed; }
    };
    static ServerImports serverImports(SandboxHttp &http)
    {
        const SandboxHttp::Result r = http.get(
            QStringLiteral("/import?select=total_count,success_count,failed_count&limit=50"), {}, true, 30000);
        ServerImports s;
        if (r.status != 200) {   // every comparison with it fails then, and the answer is named
            qWarning("GET /import: %d %s", r.status, r.body.constData());
            s.imports = s.total = s.succeeded = s.failed = -1;
            return s;
        }
        for (const QJsonValue &v : r.array()) {
            const QJsonObject o = v.toObject();
            ++s.imports;
            s.total += o.value(QLatin1String("total_count")).toInteger();
            s.succeeded += o.value(QLatin1String("success_count")).toInteger();
            s.failed += o.value(QLatin1String("failed_count")).toInteger();
        }
        return s;
    }

    static QString resultsTotals(WizardSession &session)
    {
        ResultsPage results(&session);
        results.initializePage();
        return results.findChild<QLabel *>(QStringLiteral("totalsLabel"))->text();
    }

    static QString historyState(const QString &jobId)
    {
        ImportJournal journal;
        if (!journal.open())
            return QString();
        JournalJobModel history;
        history.reload(journal, false);
        for (int row = 0; row < history.rowCount(); ++row) {
            if (history.index(row, 0).data(JournalJobModel::JobIdRole).toString() == jobId)
                return history.index(row, JournalJobModel::StateColumn).data().toString();
        }
        return QString();
    }

    // The page, Results and History after the job ended, against GET /import and /__sandbox/stats.
    static void checkEndAgreesWithServer(Wizard &w, SandboxHttp &http, ImportState end, qint64 rowsNotSent)
    {
        QVERIFY(http.waitIdle(60000));
        const ServerImports server = serverImports(http);
        QCOMPARE(server.total, statsValue(http, "rows_total"));
        QCOMPARE(server.processed(), statsValue(http, "rows_processed"));
        QCOMPARE(server.total, server.processed());   // nothing left on the server
        QCOMPARE(server.total, rows - rowsNotSent);
        QCOMPARE(w.import.state(), end);
        QVERIFY(w.import.isComplete());
        QCOMPARE(w.processedShown(), server.processed());
        QCOMPARE(w.bar(), 100);
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY(!w.button("pauseButton")->isEnabled());
        QVERIFY(!w.button("resumeButton")->isEnabled());
        QVERIFY(!w.button("cancelButton")->isEnabled());
        const QString totals = resultsTotals(w.session);
        QVERIFY2(totals.contains(QStringLiteral("%1 imported").arg(server.succeeded)), qPrintable(totals));
        QVERIFY2(!totals.contains(QLatin1String("still being processed")) && !totals.contains(QLatin1String("resume")),
                 qPrintable(totals));
        QCOMPARE(totals.contains(QLatin1String("not sent because the import was cancelled")), rowsNotSent > 0);
        const JournalJob::State journalState = end == ImportState::Cancelled ? JournalJob::State::Cancelled
                                                                             : JournalJob::State::Finished;
        QCOMPARE(historyState(w.session.jobId()), JournalJobModel::stateText(journalState));
    }

    // The sandbox answers every API request `ms` late (the request itself is handled at once).
    static void answerLate(SandboxHttp &http, int ms)
    {
        http.control(QStringLiteral("faults"), QJsonObject{{QStringLiteral("latency_ms"), ms}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestHome::isolate(m_home, QStringLiteral("mateo-import-test"));
        m_file = m_home.filePath(QStringLiteral("contacts.csv"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nr;E-Mail\n");
        for (int i = 1; i <= rows; ++i)
            f.write(QStringLiteral("%1;person%1@example.com\n").arg(i).toUtf8());
        f.close();
        MappingProfile p;
        ColumnMapping nr, mail;
        nr.header = QStringLiteral("Nr");
        nr.target = QStringLiteral("external_id");
        mail.header = QStringLiteral("E-Mail");
        mail.target = QStringLiteral("email");
        p.setColumns({nr, mail});
        p.setBatchSize(10);
        m_profile = m_home.filePath(QStringLiteral("contacts.json"));
        QString error;
        QVERIFY2(p.save(m_profile, &error), qPrintable(error));
    }

    void pauseKeepsFollowingAcceptedBatchesThenResumeFinishes()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("40")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        // Every answer 300 ms late: the six POSTs take long enough to pause between them.
        http.control(QStringLiteral("faults"), QJsonObject{{QStringLiteral("latency_ms"), 300}});
        Wizard w(sandbox, m_file, m_profile);
        w.import.initializePage();
        QTRY_VERIFY_WITH_TIMEOUT(w.import.state() == ImportState::Sending || w.import.state() == ImportState::Polling,
                                 20000);
        // Pause as soon as the server holds batches it has not finished.
        QTRY_VERIFY_WITH_TIMEOUT(statsValue(http, "imports") >= 2, 20000);
        w.button("pauseButton")->click();
        QCOMPARE(w.import.state(), ImportState::Paused);
        QVERIFY(w.label("etaLabel").isEmpty());   // no estimate while paused
        QVERIFY(w.button("resumeButton")->isVisible() || !w.import.isVisible());
        QVERIFY(w.button("resumeButton")->isEnabled());
        QVERIFY(!w.button("pauseButton")->isEnabled());
        const qint64 importsAtPause = statsValue(http, "imports");

        // The server finishes what it accepted; the paused page follows it to the last row.
        QVERIFY(http.waitIdle(60000));
        const qint64 processed = statsValue(http, "rows_processed");
        QCOMPARE(statsValue(http, "rows_total"), processed);
        QTRY_COMPARE_WITH_TIMEOUT(w.processedShown(), processed, 15000);
        QCOMPARE(serverImports(http).processed(), processed);
        QCOMPARE(serverImports(http).imports, importsAtPause);
        QCOMPARE(w.bar(), int(processed * 100 / rows));
        QCOMPARE(w.import.state(), ImportState::Paused);
        QVERIFY2(w.label("retryLabel").contains(QLatin1String("wait to be sent")), qPrintable(w.label("retryLabel")));
        QCOMPARE(statsValue(http, "imports"), importsAtPause);   // nothing new was sent while paused
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY(!w.import.isComplete());

        // Resume: the rest goes out and the page ends at what the server did.
        w.button("resumeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.import.state() != ImportState::Paused, 5000);
        const QStringList etas = etaTexts(
            w, [&] { return w.import.isComplete(); }, 90000);
        QVERIFY(w.import.isComplete());
        QCOMPARE(w.import.state(), ImportState::Finished);
        for (const QString &eta : etas)
            QVERIFY2(!eta.contains(QRegularExpression(QStringLiteral("\\b0 (second|minute)"))), qPrintable(eta));
        QVERIFY(http.waitIdle(60000));
        QCOMPARE(statsValue(http, "rows_processed"), qint64(rows));
        QCOMPARE(w.processedShown(), qint64(rows));
        QCOMPARE(serverImports(http).processed(), qint64(rows));
        QCOMPARE(historyState(w.session.jobId()), JournalJobModel::stateText(JournalJob::State::Finished));
        QCOMPARE(w.bar(), 100);
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY(!w.button("pauseButton")->isEnabled() && !w.button("cancelButton")->isEnabled());

        ResultsPage results(&w.session);
        results.initializePage();
        const QString totals = results.findChild<QLabel *>(QStringLiteral("totalsLabel"))->text();
        QVERIFY2(totals.contains(QStringLiteral("%1 imported").arg(statsValue(http, "rows_succeeded"))),
                 qPrintable(totals));
        QVERIFY2(!totals.contains(QLatin1String("still being processed")) &&
                     !totals.contains(QLatin1String("not sent yet")),
                 qPrintable(totals));
    }

    void cancelShowsWhatStillFinishesAndResultsAgreeWithTheServer()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("40")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        // Every answer 300 ms late: the six POSTs take long enough to cancel between them.
        http.control(QStringLiteral("faults"), QJsonObject{{QStringLiteral("latency_ms"), 300}});
        Wizard w(sandbox, m_file, m_profile);
        w.import.initializePage();
        QTRY_VERIFY_WITH_TIMEOUT(statsValue(http, "imports") >= 2, 20000);
        w.button("cancelButton")->click();
        // Right after Cancel: nothing new goes out, and the page says what still finishes.
        const ImportState now = w.import.state();
        QVERIFY(now == ImportState::Cancelling || now == ImportState::Cancelled);
        QVERIFY(!w.button("cancelButton")->isEnabled());
        QVERIFY(!w.button("pauseButton")->isEnabled());
        QVERIFY(w.label("etaLabel").isEmpty());
        if (now == ImportState::Cancelling)
            QVERIFY2(w.label("retryLabel").contains(QLatin1String("still finish")), qPrintable(w.label("retryLabel")));

        QTRY_COMPARE_WITH_TIMEOUT(w.import.state(), ImportState::Cancelled, 60000);
        QVERIFY(w.import.isComplete());
        QVERIFY(http.waitIdle(60000));
        const qint64 sent = statsValue(http, "rows_total");
        QCOMPARE(statsValue(http, "rows_processed"), sent);   // everything accepted finished on the server
        QCOMPARE(serverImports(http).total, sent);
        QCOMPARE(serverImports(http).processed(), sent);
        QVERIFY(sent < rows);
        QCOMPARE(w.processedShown(), sent);
        QCOMPARE(w.bar(), 100);   // of what was going to finish
        const QString status = w.label("retryLabel");
        QVERIFY2(status.contains(QStringLiteral("%1 not sent").arg(rows - sent)), qPrintable(status));
        ResultsPage results(&w.session);
        results.initializePage();
        const QString totals = results.findChild<QLabel *>(QStringLiteral("totalsLabel"))->text();
        QVERIFY2(totals.contains(QStringLiteral("%1 imported").arg(statsValue(http, "rows_succeeded"))),
                 qPrintable(totals));
        // The English plural form comes from the .qm the app loads; here the source text's "row(s)" shows.
        QVERIFY2(totals.contains(QStringLiteral("%1 row").arg(rows - sent)) &&
                     totals.contains(QLatin1String("not sent because the import was cancelled")),
                 qPrintable(totals));
        QVERIFY2(!totals.contains(QLatin1String("resume")), qPrintable(totals));

        // History: the job is cancelled, and its unsent batches are named as such.
        ImportJournal journal;
        QVERIFY(journal.open());
        JournalJobModel history;
        history.reload(journal, false);
        bool found = false;
        for (int row = 0; row < history.rowCount(); ++row) {
            if (history.index(row, 0).data(JournalJobModel::JobIdRole).toString() != w.session.jobId())
                continue;
            found = true;
            QCOMPARE(history.index(row, JournalJobModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
            QVERIFY2(history.index(row, JournalJobModel::ProgressColumn)
                         .data()
                         .toString()
                         .contains(QLatin1String("not sent")),
                     qPrintable(history.index(row, JournalJobModel::ProgressColumn).data().toString()));
        }
        QVERIFY(found);
    }

    // Pause while the first batch is on its way (its answer 1.5 s late): that batch is accepted,
    // processed and counted; nothing else goes out until Resume.
    void pauseBeforeTheFirstBatchIsAccepted()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("40")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        answerLate(http, 1500);
        Wizard w(sandbox, m_file, m_profile);
        w.import.initializePage();
        QTRY_COMPARE_WITH_TIMEOUT(w.import.state(), ImportState::Sending, 20000);
        w.button("pauseButton")->click();
        QCOMPARE(w.import.state(), ImportState::Paused);
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY(w.button("resumeButton")->isEnabled());
        QVERIFY(!w.button("pauseButton")->isEnabled());
        QVERIFY(statsValue(http, "imports") <= 1);

        // The batch under way is accepted and followed to its end on the server.
        QTRY_COMPARE_WITH_TIMEOUT(w.processedShown(), qint64(10), 20000);
        ServerImports server = serverImports(http);
        QCOMPARE(server.imports, qint64(1));
        QCOMPARE(server.processed(), qint64(10));
        QCOMPARE(w.bar(), int(server.processed() * 100 / rows));
        QCOMPARE(w.import.state(), ImportState::Paused);
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY2(w.label("retryLabel").contains(QLatin1String("wait to be sent")), qPrintable(w.label("retryLabel")));
        QVERIFY(!w.import.isComplete());
        QCOMPARE(statsValue(http, "imports"), qint64(1));   // nothing new while paused

        answerLate(http, 0);
        w.button("resumeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.import.isComplete(), 60000);
        checkEndAgreesWithServer(w, http, ImportState::Finished, 0);
        QCOMPARE(serverImports(http).imports, qint64(rows / 10));
    }

    // Cancel while the first batch is on its way: it still finishes on the server and is counted;
    // the other 50 rows are never sent, and Results and History say so.
    void cancelBeforeTheFirstBatchIsAccepted()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("40")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        answerLate(http, 1500);
        Wizard w(sandbox, m_file, m_profile);
        w.import.initializePage();
        QTRY_COMPARE_WITH_TIMEOUT(w.import.state(), ImportState::Sending, 20000);
        w.button("cancelButton")->click();
        QCOMPARE(w.import.state(), ImportState::Cancelling);
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY(!w.button("cancelButton")->isEnabled() && !w.button("pauseButton")->isEnabled());
        QVERIFY2(w.label("retryLabel").contains(QLatin1String("still finish")), qPrintable(w.label("retryLabel")));
        QVERIFY(!w.import.isComplete());

        QTRY_COMPARE_WITH_TIMEOUT(w.import.state(), ImportState::Cancelled, 30000);
        answerLate(http, 0);
        checkEndAgreesWithServer(w, http, ImportState::Cancelled, rows - 10);
        QCOMPARE(serverImports(http).imports, qint64(1));
        QVERIFY2(w.label("retryLabel").contains(QStringLiteral("%1 not sent").arg(rows - 10)),
                 qPrintable(w.label("retryLabel")));
    }

    // Pause or Cancel while the last batch is on its way (its answer 3 s late) stops nothing: every
    // row was sent, the server finishes them, and the page, Results and History end "finished" —
    // not "Paused" with nothing left, nor "Cancelled" for an import the server did completely.
    void pauseOrCancelAfterTheLastBatchWasSent_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("pause") << QStringLiteral("pauseButton");
        QTest::newRow("cancel") << QStringLiteral("cancelButton");
    }
    void pauseOrCancelAfterTheLastBatchWasSent()
    {
        QFETCH(QString, button);
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("40")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        answerLate(http, 300);
        Wizard w(sandbox, m_file, m_profile);
        w.import.initializePage();
        QTRY_VERIFY_WITH_TIMEOUT(statsValue(http, "imports") >= rows / 10 - 1, 30000);
        answerLate(http, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(statsValue(http, "imports"), qint64(rows / 10), 10000);
        // The server holds the last batch; its answer has not reached the wizard yet.
        QCOMPARE(w.import.state(), ImportState::Sending);
        w.import.findChild<QPushButton *>(button)->click();
        const ImportState pressed = button == QLatin1String("pauseButton") ? ImportState::Paused
                                                                           : ImportState::Cancelling;
        QCOMPARE(w.import.state(), pressed);
        QVERIFY(w.label("etaLabel").isEmpty());
        QVERIFY(!w.button("pauseButton")->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(w.import.state(), ImportState::Finished, 60000);
        answerLate(http, 0);
        checkEndAgreesWithServer(w, http, ImportState::Finished, 0);
        QCOMPARE(serverImports(http).imports, qint64(rows / 10));
    }

    void theSameFileTwiceIsNotSentAgainByDefault()
    {
        SandboxProcess sandbox({QStringLiteral("--test-controls")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        {
            Wizard first(sandbox, m_file, m_profile);
            first.import.initializePage();
            QTRY_VERIFY_WITH_TIMEOUT(first.import.isComplete(), 60000);
            QCOMPARE(first.import.state(), ImportState::Finished);
        }
        const qint64 imports = statsValue(http, "imports");
        Wizard second(sandbox, m_file, m_profile);
        second.import.initializePage();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = second.import.findChild<QMessageBox *>(QStringLiteral("earlierImportQuestion"))) != nullptr,
            20000);
        QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("dontSendButton"));
        QVERIFY(question->findChild<QPushButton *>(QStringLiteral("openResultsButton")));
        question->defaultButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(second.label("retryLabel").contains(QLatin1String("Nothing was sent")), 5000);
        QVERIFY(!second.import.isComplete());
        QCOMPARE(statsValue(http, "imports"), imports);   // not one request to import
    }

    void runRefusesTheSameFileTwiceUnlessAgain()
    {
        SandboxProcess sandbox({QStringLiteral("--test-controls")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        const QString data = m_home.filePath(QStringLiteral("cli-journal"));
        auto run = [&](const QStringList &extra, QByteArray *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MATEO_API_KEY"), sandbox.apiKey());
            p.setProcessEnvironment(env);
            p.start(TestPaths::importBinary(),
                    QStringList{QStringLiteral("run"), m_file, QStringLiteral("--profile"), m_profile,
                                QStringLiteral("--api-url"), sandbox.apiUrl().toString(), QStringLiteral("--data"),
                                data, QStringLiteral("--poll-interval"), QStringLiteral("20")} +
                        extra);
            p.waitForFinished(60000);
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray err;
        QCOMPARE(run({}, &err), 0);
        const qint64 imports = statsValue(http, "imports");
        QCOMPARE(run({}, &err), 2);
        ImportJournal journal(data);
        QVERIFY(journal.open());
        const QString firstJob = journal.jobs(false).first().id;
        QVERIFY2(err.contains(firstJob.toUtf8()) && err.contains("--again"), err.constData());
        QCOMPARE(statsValue(http, "imports"), imports);   // nothing sent
        QCOMPARE(run({QStringLiteral("--again")}, &err), 0);
        QVERIFY(statsValue(http, "imports") > imports);
    }
};

QTEST_MAIN(TestImportStatus)
#include "tst_import_status.moc"
