#include "ImportCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `mateo-import run` sends exactly what `convert` writes — also for columns only the whole file
// settles: a d/M/yyyy column whose first day above 12 comes late in the file, and a number column
// whose decimal comma only a late value shows. Run against the real sandbox, read back from GET /import.
class TestRunMatchesConvert : public QObject
{
    Q_OBJECT

    static QString dateOf(int i) { return QStringLiteral("%1/%2/2024 10:00").arg(1 + i % 12).arg(1 + (i / 12) % 12); }

    // 2,000 rows: every date fits both orders and every amount reads as thousands or decimals until
    // row 1600 (day 25) and row 1800 (7,5); then a row whose e-mail belongs to another contact and
    // a row with nothing in it.
    static QString writeFile(const ImportCli &cli)
    {
        QFile f(cli.path(QStringLiteral("contacts.csv")));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the file");
        QByteArray out = "Kundennr.;E-Mail;Kontakt;Umsatz\r\n";
        for (int i = 1; i <= 2000; ++i) {
            const QString date = i == 1600 ? QStringLiteral("25/4/2024 09:30") : dateOf(i);
            const QString amount = i == 1800 ? QStringLiteral("7,5") : QStringLiteral("%1,250").arg(i % 9 + 1);
            out += QStringLiteral("K%1;p%1@example.com;%2;%3\r\n").arg(i).arg(date, amount).toUtf8();
        }
        out += "K9999;p5@example.com;1/1/2024 10:00;1,000\r\n";
        out += ";;;\r\n";
        f.write(out);
        return f.fileName();
    }

    static void writeProfile(const ImportCli &cli)
    {
        QFile f(cli.path(QStringLiteral("profile.json")));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the profile");
        f.write(R"({"version": 1, "source": {"encoding": "auto", "delimiter": "auto", "header_row": 1},
                    "default_region": "DE", "source_timezone": "Europe/Berlin", "batch_size": 500,
                    "columns": [{"header": "Kundennr.", "target": "external_id"},
                                {"header": "E-Mail", "target": "email"},
                                {"header": "Kontakt", "target": "custom:last_contacted_at", "type": "datetime"},
                                {"header": "Umsatz", "target": "custom:revenue", "type": "number"}]})");
    }

    static QJsonArray payloadsOf(const QList<QJsonObject> &importObjects)
    {
        QJsonArray all;
        for (const QJsonObject &o : importObjects) {
            for (const QJsonValue &v : o.value(QLatin1String("payload")).toArray())
                all.append(v);
        }
        return all;
    }

private slots:
    void runSendsWhatConvertWrites()
    {
        SandboxProcess sandbox(
            {QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SandboxHttp http(sandbox);
        ImportCli cli;
        const QString file = writeFile(cli);
        writeProfile(cli);

        const QString out = cli.path(QStringLiteral("payloads.jsonl"));
        const ImportCli::Result converted = cli.run({QStringLiteral("convert"), file, QStringLiteral("--profile"),
                                                     cli.path(QStringLiteral("profile.json")), QStringLiteral("--out"),
                                                     out});
        QVERIFY2(converted.exitCode == 1, qPrintable(converted.err));   // the duplicate e-mail is left out
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QList<QJsonObject> convertObjects;
        for (const QByteArray &line : written.readAll().trimmed().split('\n'))
            convertObjects << QJsonDocument::fromJson(line).object();
        const QJsonArray expected = payloadsOf(convertObjects);
        QCOMPARE(expected.size(), 2000);

        // What the whole column decided: day first, decimal comma.
        const QJsonObject k100 = expected.at(99).toObject();
        QCOMPARE(k100.value(QLatin1String("external_id")).toString(), QStringLiteral("K100"));
        QCOMPARE(k100.value(QLatin1String("last_contacted_at")).toString(),
                 QStringLiteral("2024-09-05T10:00:00+02:00"));
        QCOMPARE(k100.value(QLatin1String("revenue")).toDouble(), 2.25);
        QCOMPARE(expected.at(1599).toObject().value(QLatin1String("last_contacted_at")).toString(),
                 QStringLiteral("2024-04-25T09:30:00+02:00"));
        QCOMPARE(expected.at(1799).toObject().value(QLatin1String("revenue")).toDouble(), 7.5);

        const ImportCli::Result ran = cli.run(cli.runArgs(file, sandbox));
        QVERIFY2(ran.exitCode == 1, qPrintable(ran.out + ran.err));   // one failed row handed back
        QVERIFY(http.waitIdle());
        QCOMPARE(http.stats().value(QLatin1String("rows_total")).toInteger(), 2000);
        QList<QJsonObject> sentObjects;
        for (const QJsonValue &v : http.get(QStringLiteral("/import?order=reference_id.asc")).array())
            sentObjects << v.toObject();
        QCOMPARE(sentObjects.size(), 4);
        const QJsonArray sent = payloadsOf(sentObjects);
        QCOMPARE(sent.size(), expected.size());
        for (qsizetype i = 0; i < sent.size(); ++i)
            QCOMPARE(sent.at(i).toObject(), expected.at(i).toObject());

        const QJsonArray stored = http.get(QStringLiteral("/contact_details?external_id=eq.K100")).array();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(QLatin1String("revenue")).toDouble(), 2.25);
        QVERIFY(http.get(QStringLiteral("/contact_details?external_id=eq.K9999")).array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunMatchesConvert)
#include "tst_run_matches_convert.moc"
