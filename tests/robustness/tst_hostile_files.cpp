#include "e2e/ImportCli.h"
#include "support/XlsxWriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
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
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
