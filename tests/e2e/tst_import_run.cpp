#include "ImportCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `mateo-import run/resume/status` against the real sandbox: a plain import, the seed's 50,000
// contacts over two quota days, failed rows handed back as a safe CSV, a changed source detected.
class TestImportRun : public QObject
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

private slots:
    void runImportsEveryRowOnce()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("contacts.csv"), 250);
        cli.writeProfile();
        const ImportCli::Result r = cli.run(
            cli.runArgs(file, *sb, {QStringLiteral("--batch-size"), QStringLiteral("100")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("250 rows in 3 batches: 250 today in 3 batches.")));
        QVERIFY(!r.out.contains(QLatin1String("\r")));   // not a terminal: plain lines
        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QLatin1String("contacts")).toInteger(), 250);
        QCOMPARE(stats.value(QLatin1String("imports")).toInteger(), 3);
        QCOMPARE(stats.value(QLatin1String("rows_total")).toInteger(), 250);
        const QJsonArray stored = http.get(QStringLiteral("/contact_details?external_id=eq.K77")).array();
        QCOMPARE(stored.first().toObject().value(QLatin1String("full_name")).toString(),
                 QStringLiteral("Person Müller 77"));

        const ImportCli::Result status = cli.run(
            {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray jobs =
            QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(jobs.first().toObject().value(QLatin1String("imported_rows")).toInteger(), 250);
        QCOMPARE(cli.run({QStringLiteral("resume")}).exitCode, 0);   // nothing to resume
    }

    void fiftyThousandContactsOverTwoDays()
    {
        auto sb = sandbox();   // 25,000 entities a day, like the real service
        SandboxHttp http(*sb);
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("contacts.csv"), 50000);
        cli.writeProfile();
        const ImportCli::Result day1 = cli.run(cli.runArgs(file, *sb));
        QVERIFY2(day1.exitCode == 75, qPrintable(day1.out + day1.err));
        QVERIFY(day1.out.contains(
            QLatin1String("50,000 rows in 50 batches: 25,000 today in 25 batches, 25,000 tomorrow in 25 batches.")));
        QVERIFY(day1.err.contains(QLatin1String("mateo-import resume")));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 25000);

        // Same day: still stopped, nothing more stored.
        QCOMPARE(cli.run(cli.resumeArgs()).exitCode, 75);
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 25000);

        QCOMPARE(http.control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), 86400}}).status,
                 200);
        const ImportCli::Result day2 = cli.run(cli.resumeArgs());
        QVERIFY2(day2.exitCode == 0, qPrintable(day2.out + day2.err));
        QVERIFY(http.waitIdle());
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QLatin1String("contacts")).toInteger(), 50000);
        QCOMPARE(stats.value(QLatin1String("rows_total")).toInteger(), 50000);   // no batch twice
        QCOMPARE(stats.value(QLatin1String("rows_succeeded")).toInteger(), 50000);
        QCOMPARE(stats.value(QLatin1String("imports")).toInteger(), 50);
    }

    void failedRowsComeBackAsASafeCsv()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        // Someone else already owns this address: the file's row for it fails on the server (23505).
        QCOMPARE(http.post(QStringLiteral("/import?select=id"),
                           R"({"type":"contact_details","payload":[{"external_id":"X1","email":"taken@example.com"}]})")
                     .status,
                 201);
        QVERIFY(http.waitIdle());
        ImportCli cli;
        const QString file = cli.writeContacts(
            QStringLiteral("kunden.csv"), 20, 1,
            {QStringLiteral("K900;taken@example.com;=1+2"), QStringLiteral("K901;not-an-address;Bad Mail")});
        cli.writeProfile();
        const ImportCli::Result r = cli.run(cli.runArgs(file, *sb));
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        const QString exported = cli.path(QStringLiteral("kunden.failed-rows.csv"));
        QVERIFY2(r.out.contains(exported), qPrintable(r.out));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // UTF-8 with BOM, like the source
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("Kundennr.;E-Mail;Name;error_code;error_message;error_hint;error_detail;source_line"));
        QByteArray conflict, invalid;
        for (const QByteArray &line : lines) {
            if (line.startsWith("K900;"))
                conflict = line;
            if (line.startsWith("K901;"))
                invalid = line;
        }
        QVERIFY2(conflict.contains(";\"'=1+2\";23505;"), conflict.constData());   // OWASP guard
        // Plain words naming the column as the file heads it; the server's own words in error_detail.
        QVERIFY2(conflict.contains("The e-mail address \"\"taken@example.com\"\" already belongs to another contact"),
                 conflict.constData());
        QVERIFY2(conflict.contains("in column \"\"E-Mail\"\""), conflict.constData());
        QVERIFY2(conflict.contains("23505: duplicate key value violates unique constraint \"\"unique_email\"\""),
                 conflict.constData());
        QVERIFY2(conflict.trimmed().endsWith(";22"), conflict.constData());   // its line in the file
        QVERIFY2(invalid.contains("invalid_email"), invalid.constData());   // never sent
        QVERIFY2(invalid.contains("is not a valid e-mail address"), invalid.constData());
        QVERIFY(invalid.trimmed().endsWith(";23"));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 1 + 21);

        // The export imports again as it is: guard stripped on reading, error columns ignored.
        const ImportCli::Result again = cli.run(cli.runArgs(exported, *sb));
        QVERIFY2(again.exitCode == 1, qPrintable(again.out + again.err));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 1 + 21 + 1);   // only K900 was sent
        QFile second(cli.path(QStringLiteral("kunden.failed-rows.failed-rows.csv")));
        QVERIFY(second.open(QIODevice::ReadOnly));
        const QByteArray secondBytes = second.readAll();
        QVERIFY(secondBytes.contains("K900;taken@example.com;\"'=1+2\";23505;"));   // not ''=1+2
        QCOMPARE(secondBytes.count("error_code"), 1);
    }

    void changedSourceUnderAPausedJobIsReported()
    {
        auto sb = sandbox({QStringLiteral("--daily-entities"), QStringLiteral("100")});
        SandboxHttp http(*sb);
        ImportCli cli;
        const QString file = cli.writeContacts(QStringLiteral("contacts.csv"), 150);
        cli.writeProfile();
        QCOMPARE(cli.run(cli.runArgs(file, *sb,
                                     {QStringLiteral("--batch-size"), QStringLiteral("50"),
                                      QStringLiteral("--daily-entities"), QStringLiteral("100")}))
                     .exitCode,
                 75);
        cli.writeContacts(QStringLiteral("contacts.csv"), 151);   // edited while paused
        http.control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), 86400}});
        const ImportCli::Result r = cli.run(cli.resumeArgs());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("changed")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--accept-changed-source")));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 100);   // nothing sent
        const ImportCli::Result accepted = cli.run(cli.resumeArgs({QStringLiteral("--accept-changed-source")}));
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.out + accepted.err));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 150);
    }

    void usageErrorsAreExitCode2()
    {
        ImportCli cli;
        QCOMPARE(cli.run({QStringLiteral("run")}).exitCode, 2);
        const ImportCli::Result insecure = cli.run(
            {QStringLiteral("run"), cli.writeContacts(QStringLiteral("a.csv"), 1), QStringLiteral("--profile"),
             cli.writeProfile(), QStringLiteral("--api-url"),
             QStringLiteral("http://integration.getmateo.com/api/v1")});
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY(insecure.err.contains(QLatin1String("https://")));
    }
};

QTEST_GUILESS_MAIN(TestImportRun)
#include "tst_import_run.moc"
