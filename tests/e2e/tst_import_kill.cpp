#include "ImportCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

// SIGKILL `mateo-import` at 20 random moments and resume each time: in the end every row is stored
// exactly once — the sandbox's contacts and import ledger show 0 lost and 0 duplicated.
class TestImportKill : public QObject
{
    Q_OBJECT

private slots:
    void twentyKillsLoseAndRepeatNothing()
    {
        SandboxProcess sb({QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"),
                           QStringLiteral("0"), QStringLiteral("--daily-entities"), QStringLiteral("1000000")});
        QVERIFY2(sb.start(), qPrintable(sb.error()));
        SandboxHttp http(sb);
        // Slow answers widen the windows between "stored" and "journaled" that a kill can hit.
        QCOMPARE(http.control(QStringLiteral("faults"), QJsonObject{{QStringLiteral("latency_ms"), 150}}).status, 200);
        ImportCli cli;
        const int rows = 25000;
        const QString file = cli.writeContacts(QStringLiteral("contacts.csv"), rows);
        cli.writeProfile();
        const QStringList quota{QStringLiteral("--daily-entities"), QStringLiteral("1000000")};
        const QStringList runArgs = cli.runArgs(file, sb,
                                                {QStringLiteral("--batch-size"), QStringLiteral("250"),
                                                 QStringLiteral("--daily-entities"), QStringLiteral("1000000")});
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill-moment seed %u", seed);
        QRandomGenerator random(seed);
        int kills = 0;
        int finishedEarly = 0;
        bool jobDone = false;
        for (int round = 0; kills < 20 && !jobDone && round < 80; ++round) {
            QProcess p;
            // Alternate `run` (which must find and continue the unfinished job, never start a second
            // one) and `resume`; round 0 is `run`, which creates the job.
            cli.start(p, round % 2 == 0 ? runArgs : cli.resumeArgs(quota));
            QVERIFY(p.waitForStarted());
            // The moment is random within the sending phase: counted from the "Job <id>" line, so a
            // slow, loaded machine still kills mid-import rather than while reading the file.
            QByteArray out;
            while (!out.contains("Job ") && p.state() == QProcess::Running && p.waitForReadyRead(60000))
                out += p.readAllStandardOutput();
            // At most 600 ms a run and >= 150 ms a request: 20 runs send at most ~80 of the 100 batches, so
            // a fast machine cannot finish the job before the 20th kill.
            const int moment = int(random.bounded(0, 600));
            if (p.state() != QProcess::Running || p.waitForFinished(moment)) {
                p.waitForFinished(60000);
                ++finishedEarly;   // it got done before this moment
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                jobDone = true;
                continue;
            }
            p.kill();   // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            ++kills;
        }
        qInfo("%d kills, %d runs finished before their kill moment", kills, finishedEarly);
        QCOMPARE(kills, 20);

        // No second job was started by any `run`.
        const ImportCli::Result status = cli.run(
            {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("jobs")).toArray().size(),
                 1);
        ImportCli::Result last;
        for (int attempt = 0; attempt < 3 && last.exitCode != 0; ++attempt)
            last = cli.run(cli.resumeArgs(quota));
        QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));

        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QLatin1String("contacts")).toInteger(), rows);   // 0 lost
        QCOMPARE(stats.value(QLatin1String("rows_total")).toInteger(), rows);   // 0 duplicated
        QCOMPARE(stats.value(QLatin1String("rows_succeeded")).toInteger(), rows);
        // The ledger: one import per reference_id.
        QSet<QString> references;
        int imports = 0;
        for (int offset = 0;; offset += 50) {
            const QJsonArray page = http.get(QStringLiteral(
                                                 "/import?select=reference_id&order=created_at.asc&limit=50&offset=%1")
                                                 .arg(offset))
                                        .array();
            for (const QJsonValue &v : page) {
                references.insert(v.toObject().value(QLatin1String("reference_id")).toString());
                ++imports;
            }
            if (page.size() < 50)
                break;
        }
        QCOMPARE(imports, rows / 250);
        QCOMPARE(references.size(), imports);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_import_kill.moc"
