#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `mateo-import inspect FILE [--json]`: its JSON (docs/architecture.md), and exit 2 with one line for unusable input.
class TestCliInspect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    struct Result
    {
        int exitCode;
        QByteArray out, err;
    };

    static Result inspect(const QStringList &args)
    {
        QProcess p;
        p.start(TestPaths::importBinary(), QStringList{QStringLiteral("inspect")} + args);
        if (!p.waitForFinished(60000))
            qFatal("mateo-import inspect did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void jsonHasDesignShape()
    {
        const QString path = write(QStringLiteral("kunden.csv"),
                                   "Kundenexport vom 01.02.2024\r\n\r\nKundennr.;Name;E-Mail;Umsatz\r\n"
                                   "1001;M\xfcller;m@example.de;1.234,56\r\n1002;Schr\xf6"
                                   "der;s@example.de;12,50\r\n"
                                   "1003;Wei\xdf;w@example.de;7,00\r\n");
        const Result r = inspect({path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("bom"), QStringLiteral("columns"), QStringLiteral("delimiter"),
                              QStringLiteral("encoding"), QStringLiteral("file"), QStringLiteral("header_row"),
                              QStringLiteral("line_ending"), QStringLiteral("rows"), QStringLiteral("warnings")}));
        QCOMPARE(o.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
        QCOMPARE(o.value(QStringLiteral("bom")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        QCOMPARE(o.value(QStringLiteral("line_ending")).toString(), QStringLiteral("CRLF"));
        QCOMPARE(o.value(QStringLiteral("header_row")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("warnings")).isArray());
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 4);
        const QJsonObject name = columns.at(1).toObject();
        keys = name.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("confidence"), QStringLiteral("header"), QStringLiteral("index"),
                                    QStringLiteral("samples"), QStringLiteral("suggested_target")}));
        QCOMPARE(name.value(QStringLiteral("index")).toInt(), 1);
        QCOMPARE(name.value(QStringLiteral("header")).toString(), QStringLiteral("Name"));
        // The header matcher (mapping issue) fills suggested_target + confidence.
        QCOMPARE(name.value(QStringLiteral("suggested_target")).toString(), QStringLiteral("full_name"));
        QVERIFY(name.value(QStringLiteral("confidence")).toDouble() >= 0.6);
        QCOMPARE(name.value(QStringLiteral("samples")).toArray().first().toString(), QStringLiteral("Müller"));
        QCOMPARE(columns.at(3).toObject().value(QStringLiteral("samples")).toArray().first().toString(),
                 QStringLiteral("1.234,56"));
    }

    // A 50 MB cell used to be printed whole as a sample.
    void samplesAreCutToAReadableLength()
    {
        const QByteArray longCell(5 * 1024 * 1024, 'x');
        const QString path = write(QStringLiteral("long.csv"), "Name,Notes\nAnna," + longCell + "\nBen,short\n");
        const Result json = inspect({path, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray samples = QJsonDocument::fromJson(json.out)
                                       .object()
                                       .value(QStringLiteral("columns"))
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(QStringLiteral("samples"))
                                       .toArray();
        QCOMPARE(samples.at(0).toString(), QString(60, QLatin1Char('x')) + QChar(0x2026));
        QCOMPARE(samples.at(1).toString(), QStringLiteral("short"));
        const Result text = inspect({path});
        QVERIFY2(text.out.size() < 4096, "the text output stays short");
        QVERIFY(QString::fromUtf8(text.out).contains(QString(60, QLatin1Char('x')) + QChar(0x2026)));
    }

    void warningsCarryLineAndColumn()
    {
        const QString path = write(QStringLiteral("bad.csv"), "a,b\n1,\"x\"y\n2,\xff\n3,\xc3\xa4\xc3\xb6\n");
        const Result r = inspect({path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray warnings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("text_after_quote"));
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(warnings.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("invalid_bytes"));
        QCOMPARE(warnings.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(warnings.at(1).toObject().value(QStringLiteral("column")).toInt(), 2);
    }

    void textOutputNamesTheSettings()
    {
        const QString path = write(QStringLiteral("tab.txt"), "\xef\xbb\xbfName\tE-Mail\nA\ta@example.de\n");
        const Result r = inspect({path});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("utf-8")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("TAB")));
        QVERIFY(out.contains(QLatin1String("E-Mail")));
        QVERIFY(out.contains(QLatin1String("a@example.de")));
    }

    void overridesAreApplied()
    {
        const QString path = write(QStringLiteral("o.csv"), "x;y\na,b;c\n");
        const Result r = inspect({path, QStringLiteral("--json"), QStringLiteral("--delimiter"), QStringLiteral(","),
                                  QStringLiteral("--header-row"), QStringLiteral("2"), QStringLiteral("--encoding"),
                                  QStringLiteral("iso-8859-15")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(o.value(QStringLiteral("header_row")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("iso-8859-15"));
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 0);
    }

    void unusableInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.csv")) << "no such file";
        QTest::newRow("directory") << m_dir.path() << "folder";
        QTest::newRow("empty") << write(QStringLiteral("empty.csv"), QByteArray()) << "empty";
        QTest::newRow("png renamed") << write(QStringLiteral("logo.csv"),
                                              QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))
                                     << "PNG";
    }

    void unusableInputExitsTwoWithOneLine()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const Result r = inspect({path});
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void catalogAndFailedRowsExport()
    {
        // --catalog adds custom fields to the suggestions; a failed-rows export shows only its data
        // columns, without the formula guard.
        const QString csv = write(QStringLiteral("failed.csv"),
                                  "E-Mail;Letzter Kontakt;Notiz;error_code;error_message;error_hint;source_line\r\n"
                                  "anna@example.de;15.03.2024 14:30;'=SUM(1);invalid_email;bad;;3\r\n");
        const QString catalog = write(QStringLiteral("catalog.json"), R"({"custom_fields": [
            {"key": "last_contacted_at", "name": "Letzter Kontakt", "type": "datetime", "entity": "contact"}],
            "marketing_channels": []})");
        const Result r = inspect({csv, QStringLiteral("--json"), QStringLiteral("--catalog"), catalog});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray columns = QJsonDocument::fromJson(r.out).object().value(QLatin1String("columns")).toArray();
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.at(1).toObject().value(QLatin1String("suggested_target")).toString(),
                 QStringLiteral("custom:last_contacted_at"));
        QCOMPARE(columns.at(2).toObject().value(QLatin1String("samples")).toArray().first().toString(),
                 QStringLiteral("=SUM(1)"));
        const Result without = inspect({csv, QStringLiteral("--json")});
        const QJsonArray plain =
            QJsonDocument::fromJson(without.out).object().value(QLatin1String("columns")).toArray();
        QVERIFY(plain.at(1).toObject().value(QLatin1String("suggested_target")).isNull());
        const Result badCatalog = inspect({csv, QStringLiteral("--catalog"), QStringLiteral("/nonexistent/c.json")});
        QCOMPARE(badCatalog.exitCode, 2);
        QVERIFY(badCatalog.err.contains("c.json"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(inspect({}).exitCode, 2);
        QCOMPARE(inspect({QStringLiteral("a.csv"), QStringLiteral("--frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
