#include "core/source/RecordSourceFactory.h"
#include "support/TestPaths.h"
#include "support/XlsxWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Hostile .xlsx files (docs/robustness.md): a workbook is a zip of XML, so a small file can ask
// for gigabytes. Each one is refused with a message that names the file and the problem, quickly,
// and without the process growing anywhere near the 500 MB every command must stay under.
class TestXlsxLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 peakRssKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }

    QString refusal(const QString &path)
    {
        QString error;
        auto source = RecordSourceFactory::openFile(path, ReadOptions(), &error);
        if (source)
            return QStringLiteral("(opened: %1 records)").arg(source->recordCount());
        return error;
    }

private slots:
    void aHugeCellIsRefusedWithoutReadingIt()
    {
        // One inline-string cell of 200 MB: a ~200 KB file. The reader used to keep all of it
        // (and `inspect` printed it); now it stops at 64 MB of one cell.
        const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        int pieces = 0;
        const QByteArray block(1 << 20, 'A');
        QVERIFY(XlsxWriter::write(path, [&]() -> QByteArray {
            ++pieces;
            if (pieces == 1)
                return R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>)";
            if (pieces < 202)
                return block;
            if (pieces == 202)
                return "</t></is></c></row>";
            return QByteArray();
        }));
        QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const QString error = refusal(path);
        QVERIFY2(error.contains(QLatin1String("more than 64 MB")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(timer.elapsed() < 20000, "refused quickly");
        QVERIFY2(peakRssKb() < 500 * 1024, qPrintable(QString::number(peakRssKb())));
    }

    void aHugeSharedStringIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("sst-bomb.xlsx"));
        const QByteArray sst = "<sst><si><t>" + QByteArray(70 * 1024 * 1024, 'x') + "</t></si></sst>";
        QVERIFY(XlsxWriter::write(
            path,
            [done = false]() mutable -> QByteArray {
                if (done)
                    return QByteArray();
                done = true;
                return R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)";
            },
            sst));
        const QString error = refusal(path);
        QVERIFY2(error.contains(QLatin1String("larger than 64 MB")), qPrintable(error));
    }

    void sheetsBeyondExcelsSizeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("column XFE") << QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>)")
                                    << "16,384 columns";
        QByteArray unnumbered = R"(<row r="1">)";
        for (int i = 0; i < 16385; ++i)
            unnumbered += "<c><v>1</v></c>";
        unnumbered += "</row>";
        QTest::newRow("16,385 cells without references") << unnumbered << "16,384 columns";
        QTest::newRow("row 1,048,577")
            << QByteArray(
                   R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>)")
            << "1,048,576 rows";
        QTest::newRow("NUL in a cell") << QByteArray(
                                              "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\0b</t></is></c></row>",
                                              60)
                                       << "damaged near row 1";
        QTest::newRow("undeclared entity")
            << QByteArray(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a&bomb;</t></is></c></row>)")
            << "damaged near row 1";
    }

    void sheetsBeyondExcelsSizeAreRefused()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("limit.xlsx"));
        QFile::remove(path);
        QVERIFY(XlsxWriter::write(path, sheetData));
        const QString error = refusal(path);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void textIsDecodedAsXmlSays()
    {
        // Entities, character references, CDATA, CR LF -> LF, namespace prefixes, a phonetic run
        // that is not shown, cells out of order (the later one wins) and gaps.
        const QString path = m_dir.filePath(QStringLiteral("text.xlsx"));
        QVERIFY(XlsxWriter::write(
            path,
            QByteArray(
                R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Notiz</t></is></c><c r="C1" t="inlineStr"><is><t>Zahl</t></is></c></row>)"
                R"(<x:row r="2" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A2" t="inlineStr"><x:is><x:t>A &amp; B &lt;&#228;&#x1F600;&gt;</x:t></x:is></x:c>)"
                "<x:c r=\"B2\" "
                "t=\"inlineStr\"><x:is><x:r><x:t>l1\r\nl2</x:t></x:r><x:rPh><x:t>X</x:t></"
                "x:rPh><x:r><x:t><![CDATA[<&>]]></x:t></x:r></x:is></x:c>"
                R"(<x:c r="C2"><x:v>1</x:v></x:c><x:c r="C2"><x:v>2</x:v></x:c></x:row>)"
                R"(<row r="3"><c r="C3"><v>3</v></c></row>)")));
        QString error;
        auto source = RecordSourceFactory::openFile(path, ReadOptions(), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->headers(), (QStringList{"Name", "Notiz", "Zahl"}));
        QCOMPARE(source->recordCount(), 2);
        QCOMPARE(source->record(0).cells,
                 (QStringList{QString::fromUtf8("A & B <\u00e4\U0001F600>"), QStringLiteral("l1\nl2<&>"), "2"}));
        QCOMPARE(source->record(1).cells, (QStringList{QString(), QString(), "3"}));
        QCOMPARE(source->record(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestXlsxLimits)
#include "tst_xlsxlimits.moc"
