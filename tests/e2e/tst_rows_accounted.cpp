#include "ImportCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every data row ends as exactly one of sent, invalid or skipped, and each is counted and named by
// line (docs/architecture.md, "Product rules"). A profile mapping only `full_name` on a file where
// two names are empty made `convert` write 2 contacts and `validate` say "4 rows, 4 valid", both
// exit 0: the two rows vanished. Now `validate`, `convert` and `run` report them as skipped, with
// their lines, and exit 1; `run` hands them back with the failed rows.
class TestRowsAccounted : public QObject
{
    Q_OBJECT

    ImportCli m_cli;

    // Four rows, lines 3 and 5 without a name; a profile that maps only the name.
    QString writeFourRows(const QString &name)
    {
        const QString csv = m_cli.writeContacts(
            name, 0, 1, {"K1;a@example.com;Anna", "K2;b@example.com;", "K3;c@example.com;Carl", "K4;d@example.com;"});
        QFile f(m_cli.path(QStringLiteral("profile.json")));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(R"({"version": 1, "columns": [{"header": "Name", "target": "full_name"}]})");
        return csv;
    }

    static std::unique_ptr<SandboxProcess> sandbox()
    {
        auto s = std::make_unique<SandboxProcess>(QStringList{
            QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("0")});
        if (!s->start())
            qFatal("sandbox: %s", qPrintable(s->error()));
        return s;
    }

private slots:
    void validateCountsTheSkippedRows()
    {
        const QString csv = writeFourRows(QStringLiteral("four.csv"));
        const QString profile = m_cli.path(QStringLiteral("profile.json"));
        const ImportCli::Result text = m_cli.run(
            {QStringLiteral("validate"), csv, QStringLiteral("--profile"), profile});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QLatin1String("4 rows, 2 valid, 0 with errors, 2 skipped")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("line 3: nothing_to_send — nothing mapped to send")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("line 5: nothing_to_send")), qPrintable(text.out));

        const ImportCli::Result json = m_cli.run(
            {QStringLiteral("validate"), csv, QStringLiteral("--profile"), profile, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("rows")).toInteger(), 4);
        QCOMPARE(report.value(QLatin1String("valid_rows")).toInteger(), 2);
        QCOMPARE(report.value(QLatin1String("skipped_rows")).toInteger(), 2);
        QList<qint64> lines;
        for (const QJsonValue &v : report.value(QLatin1String("issues")).toArray()) {
            const QJsonObject issue = v.toObject();
            QCOMPARE(issue.value(QLatin1String("kind")).toString(), QStringLiteral("nothing_to_send"));
            QCOMPARE(issue.value(QLatin1String("severity")).toString(), QStringLiteral("skipped"));
            lines << issue.value(QLatin1String("line")).toInteger();
        }
        QCOMPARE(lines, (QList<qint64>{3, 5}));
    }

    void convertSaysWhichRowsItSkipped()
    {
        const QString csv = writeFourRows(QStringLiteral("four.csv"));
        const QString out = m_cli.path(QStringLiteral("four.jsonl"));
        const ImportCli::Result r = m_cli.run({QStringLiteral("convert"), csv, QStringLiteral("--profile"),
                                               m_cli.path(QStringLiteral("profile.json")), QStringLiteral("--out"),
                                               out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("2 contacts in 1 import objects")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("2 rows skipped")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("line 3: nothing mapped to send")) &&
                     r.err.contains(QLatin1String("line 5: nothing mapped to send")),
                 qPrintable(r.err));
    }

    void runHandsTheSkippedRowsBack()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        const QString csv = writeFourRows(QStringLiteral("four-run.csv"));
        const QString failed = m_cli.path(QStringLiteral("four-run.failed-rows.csv"));
        const ImportCli::Result r = m_cli.run(m_cli.runArgs(csv, *sb, {QStringLiteral("--failed-rows"), failed}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Import finished: 2 rows imported, 0 failed or invalid, 2 skipped.")),
                 qPrintable(r.out + r.err));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 2);

        // The skipped rows come back in the failed-rows file with their line and reason.
        QFile f(failed);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(failed));
        const QString written = QString::fromUtf8(f.readAll());
        QVERIFY2(written.contains(QLatin1String("K2;b@example.com;")) && written.contains(QLatin1String("K4;")),
                 qPrintable(written));
        QCOMPARE(written.count(QLatin1String("nothing mapped to send")), 2);

        const ImportCli::Result status = m_cli.run(
            {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
        const QJsonObject job = QJsonDocument::fromJson(status.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("jobs"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(job.value(QLatin1String("total_rows")).toInteger(), 4);
        QCOMPARE(job.value(QLatin1String("imported_rows")).toInteger(), 2);
        QCOMPARE(job.value(QLatin1String("skipped_rows")).toInteger(), 2);
        QCOMPARE(job.value(QLatin1String("invalid_rows")).toInteger(), 0);
        QCOMPARE(job.value(QLatin1String("failed_rows")).toInteger(), 0);
    }

    void aCleanFileStillSucceeds()
    {
        auto sb = sandbox();
        ImportCli cli;
        const QString csv = cli.writeContacts(QStringLiteral("clean.csv"), 4);
        const QString profile = cli.writeProfile();
        const ImportCli::Result v = cli.run({QStringLiteral("validate"), csv, QStringLiteral("--profile"), profile});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.out.contains(QLatin1String("4 rows, 4 valid, 0 with errors, 0 skipped")), qPrintable(v.out));
        const ImportCli::Result c = cli.run({QStringLiteral("convert"), csv, QStringLiteral("--profile"), profile,
                                             QStringLiteral("--out"), cli.path(QStringLiteral("clean.jsonl"))});
        QCOMPARE(c.exitCode, 0);
        QVERIFY(!c.err.contains(QLatin1String("skipped")));
        const ImportCli::Result r = cli.run(cli.runArgs(csv, *sb));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("4 rows imported, 0 failed or invalid, 0 skipped")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestRowsAccounted)
#include "tst_rows_accounted.moc"
