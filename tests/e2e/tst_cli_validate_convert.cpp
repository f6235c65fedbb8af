#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `mateo-import validate` and `convert` as docs/architecture.md describes them, run as real processes.
class TestCliValidateConvert : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    struct Result
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Kathmandu"));   // must not matter
        p.setProcessEnvironment(env);
        p.start(TestPaths::importBinary(), args);
        if (!p.waitForFinished(60000))
            qFatal("mateo-import did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // A German ERP export: semicolons, dd.MM.yyyy, ja/nein, one bad e-mail, one DST gap, a duplicate.
    QByteArray erpFile() const
    {
        return "Kundennr.;Vorname;Nachname;E-Mail;Handy;Geburtstag;Letzter Kontakt;Newsletter\r\n"
               "K1;Anna;M\xc3\xbcller;anna@example.de;0171/2345678;15.05.1990;15.03.2024 14:30;ja\r\n"
               "K2;Jonas;Weber;kaputt;+49 (0)171 2345679;01.02.1985;31.03.2024 02:30;nein\r\n"
               "K3;Lea;Becker;lea@example.de;;;;\r\n"
               "K1;Anna;M\xc3\xbcller;anna2@example.de;;;;x\r\n";
    }
    QByteArray profile() const
    {
        return R"({"version": 1, "source": {"encoding": "auto", "delimiter": ";", "header_row": 1},
                   "default_region": "DE", "source_timezone": "Europe/Berlin", "batch_size": 2,
                   "columns": [{"header": "Kundennr.", "target": "external_id"},
                               {"header": "Vorname", "target": "full_name"}, {"header": "Nachname", "target": "full_name"},
                               {"header": "E-Mail", "target": "email"}, {"header": "Handy", "target": "whatsapp"},
                               {"header": "Geburtstag", "target": "birthday"},
                               {"header": "Letzter Kontakt", "target": "custom:last_contacted_at", "type": "datetime", "format": "dd.MM.yyyy HH:mm"},
                               {"header": "Newsletter", "target": "channel:newsletter"}]})";
    }

private slots:
    void validateReportsEveryKindAsJson()
    {
        const QString csv = write(QStringLiteral("erp.csv"), erpFile());
        const QString p = write(QStringLiteral("p.json"), profile());
        const Result r = run(
            {QStringLiteral("validate"), csv, QStringLiteral("--profile"), p, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);   // some rows invalid
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("rows")).toInt(), 4);
        QCOMPARE(o.value(QLatin1String("valid_rows")).toInt(), 3);   // K2: bad e-mail + DST gap
        const QJsonObject kinds = o.value(QLatin1String("issues_by_kind")).toObject();
        QCOMPARE(kinds.value(QLatin1String("invalid_email")).toInt(), 1);
        QCOMPARE(kinds.value(QLatin1String("nonexistent_local_time")).toInt(), 1);
        QCOMPARE(kinds.value(QLatin1String("duplicate_identifier")).toInt(), 1);
        const QJsonArray issues = o.value(QLatin1String("issues")).toArray();
        QVERIFY(!issues.isEmpty());
        for (const QJsonValue &v : issues) {
            const QJsonObject i = v.toObject();
            for (const char *key : {"line", "column", "kind", "message", "value"})
                QVERIFY2(i.contains(QLatin1String(key)), key);
        }
        const QJsonObject first = issues.first().toObject();
        QCOMPARE(first.value(QLatin1String("line")).toInt(), 3);
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("invalid_email"));
        QCOMPARE(first.value(QLatin1String("column")).toString(), QStringLiteral("E-Mail"));
        QCOMPARE(first.value(QLatin1String("value")).toString(), QStringLiteral("kaputt"));
    }

    void convertWritesTheRequestBodies()
    {
        const QString csv = write(QStringLiteral("erp.csv"), erpFile());
        const QString p = write(QStringLiteral("p.json"), profile());
        const QString out = m_dir.filePath(QStringLiteral("payloads.jsonl"));
        const Result r = run(
            {QStringLiteral("convert"), csv, QStringLiteral("--profile"), p, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);   // K2 left out
        QVERIFY(r.err.contains("line 3"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);   // 3 contacts, batch_size 2
        const QJsonObject firstBatch = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(firstBatch.value(QLatin1String("type")).toString(), QStringLiteral("contact_details"));
        const QJsonArray payload = firstBatch.value(QLatin1String("payload")).toArray();
        QCOMPARE(payload.size(), 2);
        const QJsonObject anna = payload.first().toObject();
        const QJsonObject expected = QJsonDocument::fromJson(R"({"external_id": "K1", "full_name": "Anna Müller",
            "email": "anna@example.de", "whatsapp": "+491712345678", "birthday": "1990-05-15",
            "last_contacted_at": "2024-03-15T14:30:00+01:00", "newsletter": "accepted"})")
                                         .object();
        QCOMPARE(anna, expected);
        QCOMPARE(payload.at(1).toObject(),
                 (QJsonObject{{"external_id", "K3"}, {"full_name", "Lea Becker"}, {"email", "lea@example.de"}}));
    }

    void validateWithoutProfileMapsAutomatically()
    {
        const QString csv = write(QStringLiteral("erp.csv"), erpFile());
        const Result r = run({QStringLiteral("validate"), csv, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("rows")).toInt(), 4);
        QCOMPARE(o.value(QLatin1String("issues_by_kind")).toObject().value(QLatin1String("invalid_email")).toInt(), 1);
        QStringList targets;
        for (const QJsonValue &m : o.value(QLatin1String("mapping")).toArray())
            targets << m.toObject().value(QLatin1String("target")).toString();
        QCOMPARE(targets.mid(0, 6),
                 (QStringList{"external_id", "full_name", "full_name", "email", "whatsapp", "birthday"}));
    }

    void cleanFileExitsZero()
    {
        const QString csv = write(QStringLiteral("ok.csv"), "E-Mail;Handy\nanna@example.de;0171 2345678\n");
        const Result r = run({QStringLiteral("validate"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("1 valid"));
    }

    void aFailedRowsExportIsReadBackLikeRunReadsIt()
    {
        // The export of the failed rows, fixed by the user: the four error columns are not data and
        // the formula guard (a leading ') comes off again.
        const QString csv = write(QStringLiteral("failed.csv"),
                                  "Kundennr.;E-Mail;Notiz;error_code;error_message;error_hint;source_line\r\n"
                                  "K7;anna@example.de;'=SUM(1);invalid_email;not an e-mail;Column E-Mail;3\r\n");
        const QString profile = write(QStringLiteral("failed.json"), R"({"version": 1, "columns": [
            {"header": "Kundennr.", "target": "external_id"}, {"header": "E-Mail", "target": "email"},
            {"header": "Notiz", "target": "custom:note", "type": "string"}]})");
        const QString out = m_dir.filePath(QStringLiteral("failed.jsonl"));
        const Result c = run(
            {QStringLiteral("convert"), csv, QStringLiteral("--profile"), profile, QStringLiteral("--out"), out});
        QCOMPARE(c.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(
            f.readAll().trimmed(),
            QByteArray(
                R"json({"type":"contact_details","payload":[{"email":"anna@example.de","external_id":"K7","note":"=SUM(1)"}]})json"));
        const Result v = run({QStringLiteral("validate"), csv, QStringLiteral("--json")});
        QCOMPARE(v.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(v.out).object();
        QCOMPARE(o.value(QLatin1String("rows")).toInt(), 1);
        for (const QJsonValue &m : o.value(QLatin1String("mapping")).toArray())
            QVERIFY(!m.toObject().value(QLatin1String("header")).toString().startsWith(QLatin1String("error_")));
    }

    // An unclosed quote swallows the rest of the file into one cell: `inspect` warned, `validate`
    // said nothing and could report the file clean.
    void validateShowsTheReadersWarnings()
    {
        const QString path = write(QStringLiteral("unclosed.csv"),
                                   "Name,E-Mail\nAnna,anna@example.de\n\"Ben,ben@example.de\n");
        const Result text = run({QStringLiteral("validate"), path});
        QVERIFY2(text.out.contains("warning: Line 3"), text.out.constData());
        const Result json = run({QStringLiteral("validate"), path, QStringLiteral("--json")});
        const QJsonArray warnings =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        const QJsonObject w = warnings.first().toObject();
        QCOMPARE(w.value(QStringLiteral("kind")).toString(), QStringLiteral("unterminated_quote"));
        QCOMPARE(w.value(QStringLiteral("line")).toInt(), 3);
        QVERIFY(w.contains(QStringLiteral("column")) && !w.value(QStringLiteral("message")).toString().isEmpty());
        // A clean file has an empty list, the same shape as `inspect --json`.
        const QString clean = write(QStringLiteral("clean.csv"), "Name,E-Mail\nAnna,anna@example.de\n");
        const Result none = run({QStringLiteral("validate"), clean, QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("warnings")).isArray());
        QVERIFY(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("warnings")).toArray().isEmpty());
        QVERIFY(!run({QStringLiteral("validate"), clean}).out.contains("warning: "));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("validate no file") << QStringList{"validate"} << "FILE";
        QTest::newRow("validate missing file") << QStringList{"validate", "/nonexistent/x.csv"} << "x.csv";
        QTest::newRow("validate unknown option") << QStringList{"validate", "a.csv", "--frobnicate"} << "--frobnicate";
        QTest::newRow("convert without profile") << QStringList{"convert", "a.csv", "--out", "x.jsonl"} << "--profile";
        QTest::newRow("convert missing profile file")
            << QStringList{"convert", "a.csv", "--profile", "/nonexistent/p.json", "--out", "x.jsonl"} << "p.json";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliValidateConvert)
#include "tst_cli_validate_convert.moc"
