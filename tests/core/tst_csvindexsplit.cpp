#include "core/source/csv/CsvIndexBuilder.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A big file's index is built by two threads (CsvSplitScan takes the second half). The result must
// be exactly the serial one — offsets, lines, every counter and warning — wherever the split falls:
// inside quotes, between CR and LF, in a UTF-8 sequence, before a quote that never closes.
class TestCsvIndexSplit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Dialect
    {
        char delimiter;
        char quote;
        int headerRow;
        qint64 start;
    };
    static Dialect comma() { return {',', '"', 1, 0}; }

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.csv").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    // Everything the index and its warnings hold, as text to compare.
    static QString build(const RandomAccessFile &file, qint64 size, const Dialect &d, qint64 split,
                         qint64 *metAt = nullptr)
    {
        SourceDescription description;
        CsvIndex ix;
        CsvIndexBuilder builder(d.delimiter, d.quote, true, d.headerRow, QStringLiteral("UTF-8"), &description);
        builder.setSplitForTesting(split);
        builder.build(file, d.start, size, true, -1, {}, &ix);
        if (metAt)
            *metAt = builder.metAt();
        QStringList out;
        auto list = [](const std::vector<qint64> &v) {
            QStringList s;
            for (qint64 x : v)
                s << QString::number(x);
            return s.join(QLatin1Char(' '));
        };
        out << QStringLiteral("offsets %1").arg(list(ix.offsets)) << QStringLiteral("lines %1").arg(list(ix.lines))
            << QStringLiteral("literal %1").arg(list(ix.literalQuotes))
            << QStringLiteral("header %1 %2 %3 %4 max %5")
                   .arg(ix.headerOffset)
                   .arg(ix.headerEnd)
                   .arg(ix.headerLine)
                   .arg(ix.headerFields)
                   .arg(ix.maxFields)
            << QStringLiteral("raw %1 nonEmpty %2 skipped %3")
                   .arg(ix.rawRecords)
                   .arg(ix.nonEmptyRecords)
                   .arg(ix.skippedEmpty)
            << QStringLiteral("endings %1 %2 %3").arg(ix.endings.lf).arg(ix.endings.crlf).arg(ix.endings.cr)
            << QStringLiteral("quoted %1 multi %2 invalid %3")
                   .arg(ix.quotedFields)
                   .arg(ix.multiByteSequences)
                   .arg(ix.invalidUtf8Records)
            << QStringLiteral("end %1 cancelled %2").arg(ix.reachedEnd).arg(ix.cancelled);
        for (const ReaderWarning &w : description.warnings)
            out << QStringLiteral("W %1 L%2 C%3 %4").arg(w.kind).arg(w.line).arg(w.column).arg(w.message);
        for (auto it = description.warningCounts.cbegin(); it != description.warningCounts.cend(); ++it)
            out << QStringLiteral("N %1 %2").arg(it.key()).arg(it.value());
        return out.join(QLatin1Char('\n'));
    }

    // Serial index == split index for every split offset; returns how many splits met.
    int compareEverySplit(const QByteArray &bytes, const Dialect &d)
    {
        RandomAccessFile file;
        QString why;
        if (!file.open(write(bytes), &why))
            qFatal("cannot open test file");
        const QString serial = build(file, bytes.size(), d, CsvIndexBuilder::noSplit);
        int met = 0;
        for (qint64 split = d.start; split < bytes.size(); ++split) {
            qint64 metAt = -1;
            const QString parallel = build(file, bytes.size(), d, split, &metAt);
            if (parallel != serial) {
                qWarning("split at %lld (met at %lld) differs:\n--- serial\n%s\n--- split\n%s", split, metAt,
                         qPrintable(serial), qPrintable(parallel));
                return -1;
            }
            met += metAt >= 0;
        }
        return met;
    }

private slots:
    void spectrumCasesAtEverySplit_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(TestPaths::data(QStringLiteral("csv-spectrum/csvs")));
        const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 11, qPrintable(dir.path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void spectrumCasesAtEverySplit()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(compareEverySplit(bytes, comma()) >= 0);
    }

    void trickyInputsAtEverySplit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<char>("quote");
        QTest::addColumn<int>("headerRow");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<bool>("mustMeet");
        QByteArray rows("id,text\n");
        for (int i = 0; i < 12; ++i)
            rows += QByteArray::number(i) + ",\"line " + QByteArray::number(i) + "\nnext\",x\n";
        QTest::newRow("quoted newlines everywhere") << rows << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("quote inverting lines")
            << QByteArray("a,b\n1,\"x\n\",\"y\n2,\"\n3,\"z\"\n4,w\n5,v\n") << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("never closed late")
            << QByteArray("a,b\n1,2\n3,4\n5,\"open\n6,7\n8,9\n10,11\n") << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("never closed early")
            << QByteArray("a,b\n1,\"open\n2,3\n4,5\n6,\"x\"\n7,8\n") << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("two never closed")
            << QByteArray("a,b\n\"1,2\n3,4\n5,\"6\n7,8\n9,0\n") << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("cr lf crlf mixed") << QByteArray("a,b\r\n1,2\r3,4\n5,\"x\r\ny\"\r\n\r\n6,7\r\r\n8,9\n\r10,11")
                                          << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("utf-8 valid and not")
            << QByteArray("n\xc3\xa4me,b\n\xff,\xc3\n\xf0\x9f\x98\x80,\xe2\x82\n\xc3\xa4,\xc3\xb6\n") << ',' << '"' << 1
            << qint64(0) << true;
        QTest::newRow("blank and delimiter rows")
            << QByteArray("title\n\na;b;c\n;;\n1;2;3\n\n;;\n4;5\n6;7;8;9\n") << ';' << '"' << 3 << qint64(0) << true;
        QTest::newRow("stray and trailing quotes")
            << QByteArray("a,b\n5\" x,\"ab\"cd\n\"q\"\"\",z\n\"\",\"\"\"\"\n1,2\n") << ',' << '"' << 1 << qint64(0)
            << true;
        QTest::newRow("no quoting") << QByteArray("a\tb\n\"1\t2\n3\t\"4\n5\t6\n") << '\t' << char(0) << 1 << qint64(0)
                                    << true;
        QTest::newRow("after a bom") << QByteArray("\xef\xbb\xbf"
                                                   "a,b\n1,2\n3,\"4\n\"\n5,6\n")
                                     << ',' << '"' << 1 << qint64(3) << true;
        QTest::newRow("no line break") << QByteArray("a,b,\"c\nd\"") << ',' << '"' << 1 << qint64(0) << false;
        QTest::newRow("ends open") << QByteArray("a,b\n1,\"2\n3,4\n") << ',' << '"' << 1 << qint64(0) << true;
        // Cut off inside a quoted value (as `head -n` of a file with multi-line cells): the second scan is
        // used up to the open quote's record, then the first one rescans it with the quote as text.
        QByteArray cut("id,name,note\n");
        for (int i = 0; i < 8; ++i)
            cut += QByteArray::number(i) + ",M\xc3\xbcller,\"said \"\"hi\"\"\"\n" + QByteArray::number(i) +
                   "b,x,\"l1\nl2\"\n";
        QTest::newRow("cut off in a quote") << cut + "9,\"line1\n" << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("cut off in a quote, bad bytes and stray quotes after it")
            << cut + "9,x,\"line1\xff\n\"\"a\"b,c\n5\" x\n\xc3" << ',' << '"' << 1 << qint64(0) << true;
        QTest::newRow("cut off in a quote, crlf") << QByteArray(cut).replace("\n", "\r\n") + "9,x,\"line1\r\n"
                                                  << ',' << '"' << 1 << qint64(0) << true;
    }

    void trickyInputsAtEverySplit()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        QFETCH(char, quote);
        QFETCH(int, headerRow);
        QFETCH(qint64, start);
        QFETCH(bool, mustMeet);
        const Dialect d{delimiter, quote, headerRow, start};
        const int met = compareEverySplit(bytes, d);
        QVERIFY(met >= 0);
        if (mustMeet)   // the second scan's records were really used, not only the serial fallback
            QVERIFY2(met > 0, "the scans never met");
    }

    void manyWarningsBeyondTheStoredOnes()
    {
        // More ragged rows than SourceDescription stores: the stored list and the counts match.
        QByteArray bytes("a,b,c\n");
        for (int i = 0; i < 700; ++i)
            bytes += i % 2 ? QByteArray("1,2\n") : QByteArray("1,\"2\n\",3,4\n");
        RandomAccessFile file;
        QString why;
        QVERIFY(file.open(write(bytes), &why));
        const QString serial = build(file, bytes.size(), comma(), CsvIndexBuilder::noSplit);
        int met = 0;
        for (qint64 split = 0; split < bytes.size(); split += 97) {
            qint64 metAt = -1;
            QCOMPARE(build(file, bytes.size(), comma(), split, &metAt), serial);
            met += metAt > 0;
        }
        QVERIFY(met > 10);
    }

    void bigFileSplitsByItself()
    {
        // Above parallelMinBytes the split is automatic; a quoted line break sits at the middle.
        QByteArray row("1,\"Hauptstra\xc3\x9f"
                       "e 1\nHof\",\"said \"\"hi\"\"\",x\r\n");
        QByteArray bytes("id,street,note,x\r\n");
        while (bytes.size() < CsvIndexBuilder::parallelMinBytes + 4096)
            bytes += row;
        RandomAccessFile file;
        QString why;
        QVERIFY(file.open(write(bytes), &why));
        qint64 metAt = -1;
        const QString automatic = build(file, bytes.size(), comma(), CsvIndexBuilder::autoSplit, &metAt);
        QCOMPARE(automatic, build(file, bytes.size(), comma(), CsvIndexBuilder::noSplit));
        const qint64 split = bytes.size() * 47 / 100;   // CsvIndexBuilder's automatic split point
        QVERIFY(metAt > split);
        QVERIFY(metAt < split + 1000);
    }
};

QTEST_GUILESS_MAIN(TestCsvIndexSplit)
#include "tst_csvindexsplit.moc"
