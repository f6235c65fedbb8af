#include "ImportCli.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

#include <csignal>

// The network misbehaves, the CLI carries on: the ambiguous commit, a 429 storm, a stalled server,
// a key revoked mid-run — and the API key is written nowhere.
class TestImportFaults : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SandboxProcess> sandbox(const QStringList &extra = {})
    {
        auto s = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--test-controls"),
                                                              QStringLiteral("--processing-ms-per-row"),
                                                              QStringLiteral("0")} +
                                                  extra);
        if (!s->start())
            qFatal("sandbox: %s", qPrintable(s->error()));
        return s;
    }
    static void faults(SandboxHttp &http, const QJsonObject &o)
    {
        QCOMPARE(http.control(QStringLiteral("faults"), o).status, 200);
    }
    // Reads the process's stdout until `marker` appears (bounded); returns everything read.
    static QString waitForOutput(QProcess &p, const QString &marker, int timeoutMs = 60000)
    {
        QString out;
        QElapsedTimer t;
        t.start();
        while (!out.contains(marker) && t.elapsed() < timeoutMs && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(500);
            out += QString::fromUtf8(p.readAllStandardOutput());
        }
        return out;
    }
    static void verifyOnce(SandboxHttp &http, qint64 rows)
    {
        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QLatin1String("rows_total")).toInteger(), rows);   // no batch stored twice
        QCOMPARE(stats.value(QLatin1String("contacts")).toInteger(), rows);   // no row lost
    }

private slots:
    void ambiguousCommitGivesExactlyOneImport()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        faults(http, {{QStringLiteral("drop_after_commit"), 2}});
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("c.csv"), 500);
        cli.writeProfile();
        const ImportCli::Result r = cli.run(
            cli.runArgs(file, *sb, {QStringLiteral("--batch-size"), QStringLiteral("100")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("had reached the server")));
        verifyOnce(http, 500);
        QCOMPARE(http.stats().value(QLatin1String("imports")).toInteger(), 5);
    }

    void rateLimitStormIsRiddenOut()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        faults(http, {{QStringLiteral("storm_429"), 4}, {QStringLiteral("storm_retry_after"), 1}});
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("c.csv"), 300);
        cli.writeProfile();
        const ImportCli::Result r = cli.run(
            cli.runArgs(file, *sb, {QStringLiteral("--batch-size"), QStringLiteral("100")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("retrying in 1 s")));
        verifyOnce(http, 300);
    }

    void stalledServerTimesOutAndRetries()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        faults(http, {{QStringLiteral("stall"), true}});
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("c.csv"), 200);
        cli.writeProfile();
        QProcess p;
        cli.start(p, cli.runArgs(file, *sb,
                                 {QStringLiteral("--batch-size"), QStringLiteral("100"), QStringLiteral("--timeout"),
                                  QStringLiteral("1")}));
        const QString seen = waitForOutput(p, QStringLiteral("did not answer within 1 s"));
        QVERIFY2(seen.contains(QLatin1String("did not answer within 1 s")), qPrintable(seen));
        faults(http, {{QStringLiteral("stall"), false}});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        verifyOnce(http, 200);
    }

    void revokedKeyMidRunStopsWithExit3AndResumes()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        faults(http, {{QStringLiteral("latency_ms"), 150}});
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("c.csv"), 1000);
        cli.writeProfile();
        QProcess p;
        cli.start(p, cli.runArgs(file, *sb, {QStringLiteral("--batch-size"), QStringLiteral("100")}));
        const QString seen = waitForOutput(p, QStringLiteral("batches done"));
        QVERIFY2(seen.contains(QLatin1String("batches done")), qPrintable(seen));
        faults(http, {{QStringLiteral("revoke_key"), true}});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("403")) && err.contains(QLatin1String("resume")), qPrintable(err));
        faults(http, {{QStringLiteral("revoke_key"), false}, {QStringLiteral("latency_ms"), 0}});
        const ImportCli::Result r = cli.run(cli.resumeArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        verifyOnce(http, 1000);
    }

    void canaryKeyAppearsNowhere()
    {
        const QString canary = QStringLiteral("canary-7f3a9e-DO-NOT-LEAK");
        auto sb = sandbox({QStringLiteral("--api-key"), canary});
        SandboxHttp http(*sb);
        ImportCli cli;
        cli.apiKey = canary;
        const QString file = cli.writeContacts(QStringLiteral("c.csv"), 300, 1,
                                               {QStringLiteral("K999;broken-address;X")});
        cli.writeProfile();
        QString output;
        // A normal run with a failed row (so an export is written), a stopped run, a wrong-key run, a crash.
        faults(http, {{QStringLiteral("drop_after_commit"), 1}, {QStringLiteral("storm_429"), 1}});
        ImportCli::Result r = cli.run(cli.runArgs(file, *sb, {QStringLiteral("--batch-size"), QStringLiteral("100")}));
        QCOMPARE(r.exitCode, 1);
        output += r.out + r.err;
        r = cli.run({QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
        output += r.out + r.err;
        faults(http, {{QStringLiteral("revoke_key"), true}});
        const QString file2 = cli.writeContacts(QStringLiteral("d.csv"), 10, 5000);
        r = cli.run(cli.runArgs(file2, *sb));
        QCOMPARE(r.exitCode, 3);
        output += r.out + r.err;
        faults(http, {{QStringLiteral("revoke_key"), false}, {QStringLiteral("latency_ms"), 2000}});
        QProcess crashing;
        crashing.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(crashing, cli.runArgs(file2, *sb));
        const QString before = waitForOutput(crashing, QStringLiteral("Job "));
        QVERIFY2(crashing.state() == QProcess::Running && crashing.processId() > 0, qPrintable(before));
        ::kill(pid_t(crashing.processId()), SIGSEGV);   // a crash in the middle of sending
        QVERIFY(crashing.waitForFinished(10000));
        QCOMPARE(crashing.exitStatus(), QProcess::CrashExit);
        output += before;
        output += QString::fromUtf8(crashing.readAll());

        QVERIFY(!output.contains(canary));
        int files = 0;
        QDirIterator it(cli.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2)),
                     qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(QFile::exists(cli.path(QStringLiteral("c.failed-rows.csv"))));
        QVERIFY(QFile::exists(cli.path(QStringLiteral("data/journal.sqlite"))));
        QVERIFY(files >= 4);
    }
};

QTEST_GUILESS_MAIN(TestImportFaults)
#include "tst_import_faults.moc"
