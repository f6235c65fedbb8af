#include "ImportCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The preflight of `run` and `resume` against a real sandbox (docs/engine.md "Preflight"): a mapping
// that targets a key the account lacks, or a custom field whose type cannot take the column's values,
// is refused with exit 2 and one line per problem, and not one row reaches the server.
class TestCliPreflight : public QObject
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

    // "Kundennr.;E-Mail;Name;Status;Punkte;VIP", rows K1…K<count>.
    static QString writeFile(const ImportCli &cli, int count)
    {
        QFile f(cli.path(QStringLiteral("kunden.csv")));
        f.open(QIODevice::WriteOnly);
        QByteArray out = "Kundennr.;E-Mail;Name;Status;Punkte;VIP\n";
        for (int i = 1; i <= count; ++i)
            out += "K" + QByteArray::number(i) + ";p" + QByteArray::number(i) + "@example.com;Person " +
                   QByteArray::number(i) + ";Gold;" + QByteArray::number(i * 10) + ";ja\n";
        f.write(out);
        return f.fileName();
    }

    static void writeProfile(const ImportCli &cli, const QByteArray &extraColumns)
    {
        QFile f(cli.path(QStringLiteral("profile.json")));
        f.open(QIODevice::WriteOnly);
        f.write(R"({"version": 1, "default_region": "DE", "source_timezone": "Europe/Berlin",
                    "columns": [{"header": "Kundennr.", "target": "external_id"},
                                {"header": "E-Mail", "target": "email"},
                                {"header": "Name", "target": "full_name"})" +
                extraColumns + "]}");
    }

private slots:
    void runRefusesWhatTheAccountLacksAndSendsNothing()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        ImportCli cli;
        const QString file = writeFile(cli, 20);
        // customer_status does not exist; loyalty_points is a number field, the profile sends text.
        writeProfile(cli, R"(, {"header": "Status", "target": "custom:customer_status"},
                              {"header": "Punkte", "target": "custom:loyalty_points", "type": "string"},
                              {"header": "VIP", "target": "custom:vip"})");
        const qint64 requestsBefore = http.stats().value(QLatin1String("requests_today")).toInteger();
        const ImportCli::Result r = cli.run(cli.runArgs(file, *sb));
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);   // the heading and one line per problem
        QVERIFY2(lines.at(1).startsWith(QLatin1String("Column \"Status\" -> custom:customer_status: ")),
                 qPrintable(r.err));
        QVERIFY(lines.at(1).contains(QLatin1String("Create the field in Hellomateo")));
        QVERIFY(lines.at(1).contains(QLatin1String("change the mapping")));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("Column \"Punkte\" -> custom:loyalty_points: ")),
                 qPrintable(r.err));
        QVERIFY(lines.at(2).contains(QLatin1String("number")));
        // Nothing sent, nothing journaled: only the two schema reads reached the server.
        const QJsonObject stats = http.stats();
        QCOMPARE(stats.value(QLatin1String("imports")).toInteger(), 0);
        QCOMPARE(stats.value(QLatin1String("requests_today")).toInteger() - requestsBefore, 2);
        const ImportCli::Result status = cli.run(
            {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("jobs")).toArray().size(),
                 0);

        // Fixed (the type removed, the unknown column unmapped): the same file imports.
        writeProfile(cli, R"(, {"header": "Punkte", "target": "custom:loyalty_points"},
                              {"header": "VIP", "target": "custom:vip"})");
        const ImportCli::Result fixed = cli.run(cli.runArgs(file, *sb));
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.out + fixed.err));
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("contacts")).toInteger(), 20);
    }

    void resumeChecksTheAccountAgain()
    {
        // Account A has the field; the job pauses at A's daily limit. Account B lacks it: resuming
        // there is refused before any batch; resuming at A goes on.
        auto a = sandbox({QStringLiteral("--daily-entities"), QStringLiteral("100")});
        SandboxHttp httpA(*a);
        QTemporaryDir orgDir;
        QFile org(orgDir.filePath(QStringLiteral("org.json")));
        QVERIFY(org.open(QIODevice::WriteOnly));
        org.write(
            R"({"custom_fields": [{"key": "branch", "name": "Filiale", "type": "string", "entity": "contact"}]})");
        org.close();
        auto b = sandbox({QStringLiteral("--org"), org.fileName()});
        SandboxHttp httpB(*b);
        ImportCli cli;
        const QString file = writeFile(cli, 150);
        writeProfile(cli, R"(, {"header": "VIP", "target": "custom:vip"})");
        QCOMPARE(cli.run(cli.runArgs(file, *a,
                                     {QStringLiteral("--batch-size"), QStringLiteral("50"),
                                      QStringLiteral("--daily-entities"), QStringLiteral("100")}))
                     .exitCode,
                 75);
        const ImportCli::Result refused = cli.run(
            cli.resumeArgs({QStringLiteral("--api-url"), b->apiUrl().toString()}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("Column \"VIP\" -> custom:vip: ")), qPrintable(refused.err));
        QCOMPARE(httpB.stats().value(QLatin1String("imports")).toInteger(), 0);

        httpA.control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), 86400}});
        const ImportCli::Result resumed = cli.run(cli.resumeArgs());
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY(httpA.waitIdle());
        QCOMPARE(httpA.stats().value(QLatin1String("rows_total")).toInteger(), 150);
    }
};

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "tst_cli_preflight.moc"
