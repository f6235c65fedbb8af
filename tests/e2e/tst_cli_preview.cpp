#include "ImportCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `mateo-import preview`, `run --mode` and `status --changes` against a real sandbox (docs/engine.md
// "Preview", "Import modes"): a file with known new, update, unchanged and conflict rows gives exactly
// those counts; importing it gives exactly the predicted outcome per row; create-only and update-only
// send exactly the predicted rows and hand the others back with plain reasons; the request cap stops
// the preview cleanly; the journal keeps what the preview saw.
class TestCliPreview : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SandboxProcess> sandbox()
    {
        auto s = std::make_unique<SandboxProcess>(QStringList{
            QStringLiteral("--test-controls"), QStringLiteral("--processing-ms-per-row"), QStringLiteral("0")});
        if (!s->start())
            qFatal("sandbox: %s", qPrintable(s->error()));
        return s;
    }

    // A: external_id X1 (Anna, revenue 5); B: no external_id (Bert); C: external_id X3 (owns c@x.de and
    // the WhatsApp number); D: external_id X4 (owns d@x.de, no name).
    static void seed(SandboxHttp &http)
    {
        const QJsonArray contacts{
            QJsonObject{{"external_id", "X1"}, {"email", "a@x.de"}, {"full_name", "Anna"}, {"revenue", 5}},
            QJsonObject{{"email", "b@x.de"}, {"full_name", "Bert"}},
            QJsonObject{{"external_id", "X3"}, {"email", "c@x.de"}, {"whatsapp", "+4915111111111"}},
            QJsonObject{{"external_id", "X4"}, {"email", "d@x.de"}}};
        const SandboxHttp::Result created = http.postJson(
            QStringLiteral("/import?select=id"),
            QJsonDocument(QJsonObject{{"type", "contact_details"}, {"payload", contacts}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(http.waitFinished(created.object().value("id").toString()).value("success_count").toInt(), 4);
    }

    static QString contactId(SandboxHttp &http, const QString &filter)
    {
        return http.get(QStringLiteral("/contact_details?") + filter).array().first().toObject().value("id").toString();
    }

    // Line 2 new, 3 update of A, 4 unchanged (B, after lower-casing), 5 conflict (C owns the e-mail),
    // 6 unchanged (C, the number as people write it), 7 conflict (D owns the e-mail), 8 new, 9 update of
    // D. No identifier twice: in-file duplicates are refused before any preview (duplicate_identifier).
    static QString writeFile(const ImportCli &cli)
    {
        QFile f(cli.path(QStringLiteral("kunden.csv")));
        f.open(QIODevice::WriteOnly);
        f.write("Kundennr.;E-Mail;Name;WhatsApp;Umsatz\n"
                "N1;n1@x.de;Nina;;\n"
                "X1;;Anna Schmidt;;7\n"
                ";B@X.DE;Bert;;\n"
                "X9;c@x.de;;;\n"
                "X3;;;+49 151 11111111;\n"
                "N2;d@x.de;;;\n"
                "N3;n3@x.de;;;\n"
                "X4;;Dora;;\n");
        QFile p(cli.path(QStringLiteral("profile.json")));
        p.open(QIODevice::WriteOnly);
        p.write(R"({"version": 1, "default_region": "DE", "source_timezone": "Europe/Berlin",
                    "columns": [{"header": "Kundennr.", "target": "external_id"},
                                {"header": "E-Mail", "target": "email"},
                                {"header": "Name", "target": "full_name"},
                                {"header": "WhatsApp", "target": "whatsapp"},
                                {"header": "Umsatz", "target": "custom:revenue"}]})");
        return f.fileName();
    }

    static QStringList previewArgs(const ImportCli &cli, const QString &file, const SandboxProcess &sb,
                                   const QStringList &more = {})
    {
        return QStringList{QStringLiteral("preview"),   file,
                           QStringLiteral("--profile"), cli.path(QStringLiteral("profile.json")),
                           QStringLiteral("--api-url"), sb.apiUrl().toString()} +
               more;
    }

    // The failed-rows export as line -> error_code.
    static QMap<int, QString> failedLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QMap<int, QString> out;
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(';'));
            out.insert(cells.last().toInt(), cells.at(5));   // 5 columns, error_code, ..., source_line
        }
        return out;
    }

    static QString lastJobId(const ImportCli &cli)
    {
        const ImportCli::Result r = cli.run(
            {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value("jobs")
            .toArray()
            .first()
            .toObject()
            .value("id")
            .toString();
    }

private slots:
    void previewPredictsAndTheImportDoesExactlyThat()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        seed(http);
        ImportCli cli;
        const QString file = writeFile(cli);
        const QString anna = contactId(http, QStringLiteral("external_id=eq.X1"));
        const QString carl = contactId(http, QStringLiteral("external_id=eq.X3"));
        const QString dora = contactId(http, QStringLiteral("external_id=eq.X4"));
        const qint64 requestsBefore = http.stats().value("requests_today").toInteger();

        const ImportCli::Result r = cli.run(previewArgs(cli, file, *sb, {QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 1);   // conflicts
        QVERIFY2(r.err.startsWith(QLatin1String("Preview cost: 3 lookup requests planned")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("of 10,000 requests a day")));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value("rows").toInt(), 8);
        QCOMPARE(json.value("sendable").toInt(), 8);
        QCOMPARE(json.value("new").toInt(), 2);
        QCOMPARE(json.value("update").toInt(), 2);
        QCOMPARE(json.value("unchanged").toInt(), 2);
        QCOMPARE(json.value("conflict").toInt(), 2);
        QCOMPARE(json.value("requests_used").toInt(), 3);
        QCOMPARE(json.value("complete").toBool(), true);
        const QJsonObject update = json.value("updates").toArray().first().toObject();
        QCOMPARE(update.value("line").toInt(), 3);
        QCOMPARE(update.value("contact_id").toString(), anna);
        QCOMPARE(update.value("changes").toObject().value("full_name").toArray(), (QJsonArray{"Anna", "Anna Schmidt"}));
        QCOMPARE(update.value("changes").toObject().value("revenue").toArray(), (QJsonArray{5, 7}));
        const QJsonArray conflicts = json.value("conflicts").toArray();
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.at(0).toObject().value("line").toInt(), 5);
        QCOMPARE(conflicts.at(0).toObject().value("identifiers").toObject().value("email").toString(), carl);
        QCOMPARE(conflicts.at(1).toObject().value("line").toInt(), 7);
        QCOMPARE(conflicts.at(1).toObject().value("identifiers").toObject().value("email").toString(), dora);
        const QJsonObject last = json.value("updates").toArray().at(1).toObject();
        QCOMPARE(last.value("line").toInt(), 9);
        QCOMPARE(last.value("changes").toObject().value("full_name").toArray(), (QJsonArray{QJsonValue(), "Dora"}));
        // Nothing imported; the schema reads and the three lookups are all it cost.
        QCOMPARE(http.stats().value("imports").toInt(), 1);
        QCOMPARE(http.stats().value("requests_today").toInteger() - requestsBefore, 2 + 3);

        // For people: the cost is the first line, then the counts.
        const ImportCli::Result text = cli.run(previewArgs(cli, file, *sb));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.startsWith(QLatin1String("Preview cost: ")), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("conflict:   2")));
        QVERIFY(text.out.contains(
            QStringLiteral("line 3 updates contact %1: full_name \"Anna\" -> \"Anna Schmidt\"; revenue 5 -> 7")
                .arg(anna)));
        QVERIFY(text.out.contains(QLatin1String("Complete")));

        // The import of the same file: exactly the predicted conflicts fail, the rest does what was said.
        const ImportCli::Result run = cli.run({QStringLiteral("run"), file, QStringLiteral("--profile"),
                                               cli.path(QStringLiteral("profile.json")), QStringLiteral("--api-url"),
                                               sb->apiUrl().toString(), QStringLiteral("--poll-interval"),
                                               QStringLiteral("50")});
        QCOMPARE(run.exitCode, 1);
        const QMap<int, QString> failed = failedLines(cli.path(QStringLiteral("kunden.failed-rows.csv")));
        QCOMPARE(failed.keys(), (QList<int>{5, 7}));
        QCOMPARE(failed.value(5), QStringLiteral("23505"));
        QCOMPARE(http.stats().value("contacts").toInt(), 4 + 2);
        const QJsonObject a = http.get(QStringLiteral("/contact_details?external_id=eq.X1")).array().first().toObject();
        QCOMPARE(a.value("full_name").toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(a.value("revenue").toDouble(), 7.0);
        QCOMPARE(http.get(QStringLiteral("/contact_details?external_id=eq.X4"))
                     .array()
                     .first()
                     .toObject()
                     .value("full_name")
                     .toString(),
                 QStringLiteral("Dora"));
    }

    void requestCapStopsCleanlyAndSaysHowFar()
    {
        auto sb = sandbox();
        SandboxHttp http(*sb);
        seed(http);
        ImportCli cli;
        const QString file = writeFile(cli);
        const ImportCli::Result one = cli.run(previewArgs(
            cli, file, *sb, {QStringLiteral("--json"), QStringLiteral("--max-requests"), QStringLiteral("1")}));
        QCOMPARE(one.exitCode, 0);   // nothing predicted, so nothing predicted to fail
        QJsonObject json = QJsonDocument::fromJson(one.out.toUtf8()).object();
        QCOMPARE(json.value("complete").toBool(), false);
        QCOMPARE(json.value("requests_used").toInt(), 1);
        QCOMPARE(json.value("predicted").toInt(), 0);
        QVERIFY(!json.value("stop_reason").toString().isEmpty());
        // Two lookups: every identifier of lines 2-5 was looked up, so those four rows are predicted.
        const ImportCli::Result two = cli.run(
            previewArgs(cli, file, *sb, {QStringLiteral("--max-requests"), QStringLiteral("2")}));
        QCOMPARE(two.exitCode, 1);   // line 5 conflicts
        QVERIFY2(two.out.contains(QLatin1String("Not complete: The preview stopped at its limit of 2 requests. Rows "
                                                "predicted: 4 of 8 sendable (through line 5).")),
                 qPrintable(two.out));
        QCOMPARE(http.stats().value("imports").toInt(), 1);
        // run --mode refuses to choose rows it has not seen.
        const ImportCli::Result run = cli.run(
            {QStringLiteral("run"), file, QStringLiteral("--profile"), cli.path(QStringLiteral("profile.json")),
             QStringLiteral("--api-url"), sb->apiUrl().toString(), QStringLiteral("--mode"),
             QStringLiteral("create-only"), QStringLiteral("--max-requests"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("nothing was sent")), qPrintable(run.err));
        QCOMPARE(http.stats().value("imports").toInt(), 1);
    }

    void modesSendExactlyThePredictedRows_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::addColumn<QList<int>>("sentLines");
        QTest::addColumn<int>("newContacts");
        QTest::newRow("create-only") << QStringList{"--mode", "create-only"} << QList<int>{2, 8} << 2;
        QTest::newRow("update-only") << QStringList{"--mode", "update-only"} << QList<int>{3, 4, 6, 9} << 0;
        QTest::newRow("skip-unchanged") << QStringList{"--skip-unchanged"} << QList<int>{2, 3, 8, 9} << 2;
    }
    void modesSendExactlyThePredictedRows()
    {
        QFETCH(QStringList, mode);
        QFETCH(QList<int>, sentLines);
        QFETCH(int, newContacts);
        auto sb = sandbox();
        SandboxHttp http(*sb);
        seed(http);
        ImportCli cli;
        const QString file = writeFile(cli);
        const ImportCli::Result run = cli.run(QStringList{QStringLiteral("run"), file, QStringLiteral("--profile"),
                                                          cli.path(QStringLiteral("profile.json")),
                                                          QStringLiteral("--api-url"), sb->apiUrl().toString(),
                                                          QStringLiteral("--poll-interval"), QStringLiteral("50")} +
                                              mode);
        QCOMPARE(run.exitCode, 1);   // rows were kept back: they are handed back
        QVERIFY(http.waitIdle());
        // Exactly the predicted rows reached the server, and all of them were imported.
        QCOMPARE(http.stats().value("rows_total").toInt(), 4 + int(sentLines.size()));
        QCOMPARE(http.stats().value("contacts").toInt(), 4 + newContacts);
        const QMap<int, QString> failed = failedLines(cli.path(QStringLiteral("kunden.failed-rows.csv")));
        QList<int> notSent;
        for (int line = 2; line <= 9; ++line)
            if (!sentLines.contains(line))
                notSent << line;
        QCOMPARE(failed.keys(), notSent);
        QCOMPARE(failed.value(5), QStringLiteral("conflict"));   // never sent in any mode
        QCOMPARE(failed.value(7), QStringLiteral("conflict"));
        if (mode.contains(QLatin1String("create-only")))
            QCOMPARE(failed.value(3), QStringLiteral("skipped_exists"));
        if (mode.contains(QLatin1String("update-only")))
            QCOMPARE(failed.value(2), QStringLiteral("skipped_new"));
        if (mode.contains(QLatin1String("--skip-unchanged")))
            QCOMPARE(failed.value(4), QStringLiteral("skipped_unchanged"));

        // The journal kept what the preview saw for every sent row.
        const QString jobId = lastJobId(cli);
        const QString changesPath = cli.path(QStringLiteral("changes.csv"));
        const ImportCli::Result status = cli.run(
            {QStringLiteral("status"), QStringLiteral("--job"), jobId, QStringLiteral("--changes"), changesPath});
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
        QFile changes(changesPath);
        QVERIFY(changes.open(QIODevice::ReadOnly));
        const QByteArray raw = changes.readAll();
        QVERIFY(raw.startsWith("\xEF\xBB\xBFline;outcome;contact_id;field;old_value;new_value\r\n"));   // BOM for Excel
        const QString csv = QString::fromUtf8(raw);
        if (sentLines.contains(3)) {
            const QString anna = contactId(http, QStringLiteral("external_id=eq.X1"));
            QVERIFY2(csv.contains(QStringLiteral("3;update;%1;full_name;Anna;Anna Schmidt\r\n").arg(anna)),
                     qPrintable(csv));
            QVERIFY(csv.contains(QStringLiteral("3;update;%1;revenue;5;7\r\n").arg(anna)));
        }
        if (sentLines.contains(2))
            QVERIFY(csv.contains(QStringLiteral("2;new;;;;\r\n")));
        for (int line : {5, 7})
            QVERIFY(!csv.contains(QStringLiteral("\r\n%1;").arg(line)));

        // Outputs never overwrite inputs: not the source.
        const ImportCli::Result refused = cli.run(
            {QStringLiteral("status"), QStringLiteral("--job"), jobId, QStringLiteral("--changes"), file});
        QCOMPARE(refused.exitCode, 2);
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(source.readAll().startsWith("Kundennr.;E-Mail"));
    }
};

QTEST_GUILESS_MAIN(TestCliPreview)
#include "tst_cli_preview.moc"
