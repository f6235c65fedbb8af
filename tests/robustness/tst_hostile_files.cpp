#include "e2e/ImportCli.h"
#include "support/XlsxWriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

// Each hostile file of docs/robustness.md, built in a temporary folder and given to the real
// `mateo-import`: the exit code, the message, a generous time bound, and that no input changed.
class TestHostileFiles : public QObject
{
    Q_OBJECT

    ImportCli m_cli;

    static QByteArray fingerprint(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return QByteArray::number(f.size()) + ':' + hash.result().toHex();
    }

    // Runs the CLI on `input` and checks that it ended within `seconds` and left `input` alone.
    ImportCli::Result runOn(const QString &input, const QStringList &args, int seconds)
    {
        const QByteArray before = fingerprint(input);
        QElapsedTimer timer;
        timer.start();
        const ImportCli::Result r = m_cli.run(args, seconds * 1000);
        if (timer.elapsed() > seconds * 1000)
            qWarning("took %lld ms", timer.elapsed());
        if (fingerprint(input) != before)
            qWarning("the input changed");
        [&] {
            QVERIFY2(!r.err.startsWith(QLatin1String("TIMEOUT")), qPrintable(r.err));
            QCOMPARE(fingerprint(input), before);
        }();
        return r;
    }

    QString xlsxBomb(const QString &name, int cellMegabytes)
    {
        const QString path = m_cli.path(name);
        int piece = 0;
        const QByteArray block(1 << 20, 'A');
        XlsxWriter::write(path, [&]() -> QByteArray {
            ++piece;
            if (piece == 1)
                return R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>)";
            if (piece <= cellMegabytes + 1)
                return block;
            if (piece == cellMegabytes + 2)
                return "</t></is></c></row>";
            return QByteArray();
        });
        return path;
    }

private slots:
    void xlsxWithAGigabyteCell()
    {
        // A few MB on disk, 1 GB in one cell: inspect grew past 6.3 GB before; convert wrote 1 GB.
        const QString bomb = xlsxBomb(QStringLiteral("bomb.xlsx"), 1024);
        QVERIFY(QFileInfo(bomb).size() < 16 * 1024 * 1024);   // deflated at level 1: about 5 MB
        for (const QString &command : {QStringLiteral("inspect"), QStringLiteral("validate")}) {
            const ImportCli::Result r = runOn(bomb, {command, bomb}, 60);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("more than 64 MB")), qPrintable(r.err));
        }
        const QString out = m_cli.path(QStringLiteral("bomb.jsonl"));
        const ImportCli::Result r = runOn(bomb, {QStringLiteral("convert"), bomb, QStringLiteral("--out"), out}, 60);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!QFileInfo(out).exists() || QFileInfo(out).size() < 1024 * 1024, "no gigabyte of JSON");
    }

    void xlsxBeyondExcelsColumns()
    {
        const QString path = m_cli.path(QStringLiteral("wide.xlsx"));
        QByteArray row = R"(<row r="1">)";
        for (int i = 0; i < 16385; ++i)
            row += "<c t=\"inlineStr\"><is><t>h" + QByteArray::number(i) + "</t></is></c>";
        QVERIFY(XlsxWriter::write(path, row + "</row>"));
        const ImportCli::Result r = runOn(path, {QStringLiteral("inspect"), path}, 60);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("16,384 columns")), qPrintable(r.err));
    }

    void aFifoIsNotAFile()
    {
#ifdef Q_OS_UNIX
        const QString fifo = m_cli.path(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ImportCli::Result r = m_cli.run({QStringLiteral("inspect"), fifo}, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("not a regular file")), qPrintable(r.err));
#else
        QSKIP("FIFOs are a Unix matter");
#endif
    }

    // The reader's refusals are German in a German session too: lupdate never saw them (they were
    // called through a tr() it could not place), so they stayed English in every language.
    void fileRefusalsSpeakTheUsersLanguage()
    {
        QProcess p;
        QProcessEnvironment env = m_cli.environment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        p.setProcessEnvironment(env);
        const QString missing = m_cli.path(QStringLiteral("fehlt.csv"));
        p.start(TestPaths::importBinary(), {QStringLiteral("inspect"), missing});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(missing + QStringLiteral(": Diese Datei gibt es nicht. Prüfen Sie den Pfad.")),
                 qPrintable(err));
        p.start(TestPaths::importBinary(), {QStringLiteral("inspect"), m_cli.dir.path()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString folder = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(folder.contains(QStringLiteral("ist ein Ordner, keine Datei")), qPrintable(folder));
    }

    void aBinaryTailIsNeverAValidRow()
    {
        // 1,000 good rows, then 96 MB of NUL bytes (a disk image's tail): validate said every
        // row was valid and convert sent a contact whose name was 64 MB of \u0000.
        const QString path = m_cli.writeContacts(QStringLiteral("tail.csv"), 1000);
        m_cli.writeProfile();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() + 96 * 1024 * 1024));   // sparse zeros
        }
        const QString profile = m_cli.path(QStringLiteral("profile.json"));
        const ImportCli::Result v = runOn(
            path, {QStringLiteral("validate"), path, QStringLiteral("--profile"), profile}, 120);
        QCOMPARE(v.exitCode, 1);
        QVERIFY2((v.out + v.err).contains(QLatin1String("control character")), qPrintable(v.out.left(2000)));
        const QString out = m_cli.path(QStringLiteral("tail.jsonl"));
        const ImportCli::Result c = runOn(
            path, {QStringLiteral("convert"), path, QStringLiteral("--profile"), profile, QStringLiteral("--out"), out},
            120);
        QVERIFY2(c.exitCode != 0, qPrintable(c.err));
        QFile written(out);
        if (written.open(QIODevice::ReadOnly)) {
            const QByteArray json = written.readAll();
            QVERIFY(!json.contains("\\u0000"));
            QVERIFY(json.contains("\"K1\"") && json.contains("\"K1000\""));   // the good rows are all there
        }
    }
    // `convert self.csv --out self.csv` replaced the CSV with JSON lines; `run --failed-rows self.csv`
    // replaced it with the failed rows. Every way of naming the same file is refused before writing.
    void anOutputNeverOverwritesAnInput()
    {
        const QString csv = m_cli.writeContacts(QStringLiteral("self.csv"), 4);
        const QString profile = m_cli.writeProfile();
        const QString link = m_cli.path(QStringLiteral("link.jsonl"));
        const QString hard = m_cli.path(QStringLiteral("hard.jsonl"));
        QVERIFY(QFile::link(csv, link));
#ifdef Q_OS_UNIX
        QCOMPARE(::link(QFile::encodeName(csv).constData(), QFile::encodeName(hard).constData()), 0);
#endif
        const QByteArray profileBefore = fingerprint(profile);
        struct Case
        {
            QString out;
            QString named;   // the input the message names
        };
        QList<Case> cases{{csv, csv}, {link, csv}, {profile, profile}, {m_cli.path(QStringLiteral("./self.csv")), csv}};
#ifdef Q_OS_UNIX
        cases.append({hard, csv});
#endif
        for (const Case &c : cases) {
            const ImportCli::Result r = runOn(
                csv,
                {QStringLiteral("convert"), csv, QStringLiteral("--profile"), profile, QStringLiteral("--out"), c.out},
                30);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("is the same file as the input ") + c.named) &&
                         r.err.contains(c.out) && r.err.contains(QLatin1String("Choose another output file")),
                     qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);   // one line
        }
        for (const QString &out : {csv, link, profile}) {
            const ImportCli::Result r = runOn(csv,
                                              {QStringLiteral("run"), csv, QStringLiteral("--profile"), profile,
                                               QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9/api/v1"),
                                               QStringLiteral("--data"), m_cli.dataDir(),
                                               QStringLiteral("--failed-rows"), out},
                                              30);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("is the same file as the input")), qPrintable(r.err));
        }
        QCOMPARE(fingerprint(profile), profileBefore);
        // A different file is still written.
        const QString fresh = m_cli.path(QStringLiteral("fresh.jsonl"));
        const ImportCli::Result ok = runOn(
            csv, {QStringLiteral("convert"), csv, QStringLiteral("--profile"), profile, QStringLiteral("--out"), fresh},
            30);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(QFileInfo(fresh).size() > 0);
    }
    // A profile mapping nothing of the file made `run` say "0 rows imported" and exit 0; a typo in a
    // key was silently ignored.
    void aProfileThatMapsNothingIsAUsageError()
    {
        const QString csv = m_cli.writeContacts(QStringLiteral("contacts.csv"), 4);
        const QString profile = m_cli.path(QStringLiteral("nothing.json"));
        for (const QByteArray &json :
             {QByteArray(R"({"version": 1, "columns": []})"),
              QByteArray(R"({"version": 1, "columns": [{"header": "Not in the file", "target": "email"}]})"),
              QByteArray(R"({"version": 1, "columns": [{"header": "Name", "target": null}]})")}) {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
            f.close();
            for (const QString &command : {QStringLiteral("validate"), QStringLiteral("convert")}) {
                QStringList args{command, csv, QStringLiteral("--profile"), profile};
                if (command == QLatin1String("convert"))
                    args << QStringLiteral("--out") << m_cli.path(QStringLiteral("nothing.jsonl"));
                const ImportCli::Result r = runOn(csv, args, 30);
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.contains(profile + QLatin1String(" maps no column of ") + csv), qPrintable(r.err));
            }
        }
        QVERIFY(!QFileInfo::exists(m_cli.path(QStringLiteral("nothing.jsonl"))));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"version": 1, "source_time_zone": "Europe/Berlin",
                   "columns": [{"header": "Name", "target": "full_name"}]})");
        f.close();
        const ImportCli::Result r = runOn(csv, {QStringLiteral("validate"), csv, QStringLiteral("--profile"), profile},
                                          30);
        QVERIFY2(r.exitCode != 2, qPrintable(r.err));   // a warning, not a refusal
        QVERIFY2(r.err.contains(QLatin1String("warning: ") + profile +
                                QLatin1String(": unknown key \"source_time_zone\" is ignored; did you mean "
                                              "\"source_timezone\"?")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
