#include "core/source/RecordSourceFactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <future>

// What users' real exports look like, byte for byte, and what the reader must make of them.
class TestCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &bytes, const QString &suffix = QStringLiteral(".csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1%2").arg(++m_counter).arg(suffix));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    std::unique_ptr<FileRecordSource> open(const QByteArray &bytes, const ReadOptions &options = ReadOptions())
    {
        QString error;
        auto source = RecordSourceFactory::openFile(write(bytes), options, &error);
        if (!source)
            qWarning("%s", qPrintable(error));
        return source;
    }

    static QStringList kinds(const SourceDescription &d)
    {
        QStringList k;
        for (const ReaderWarning &w : d.warnings)
            k << w.kind;
        return k;
    }

private slots:
    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("lineEnding");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("lastRecord");

        const QStringList nameMail{QStringLiteral("Name"), QStringLiteral("E-Mail")};
        QTest::newRow("utf8 comma LF") << QByteArray("Name,E-Mail\nJ\xc3\xbcrgen,j@example.de\n") << "utf-8" << false
                                       << ","
                                       << "LF" << nameMail
                                       << QStringList{QStringLiteral("Jürgen"), QStringLiteral("j@example.de")};
        QTest::newRow("excel csv utf-8 with BOM")
            << QByteArray("\xef\xbb\xbfName;E-Mail\r\nZo\xc3\xab;z@example.de\r\n") << "utf-8" << true << ";"
            << "CRLF" << nameMail << QStringList{QStringLiteral("Zoë"), QStringLiteral("z@example.de")};
        QTest::newRow("german excel cp1252 semicolon decimal comma")
            << QByteArray("Name;Ort;Umsatz\r\nM\xfcller;K\xf6ln;1.234,56\r\nStra\xdf"
                          "e;D\xfcsseldorf;12,50\r\nGr\xfc\xdf"
                          "e;M\xfcnchen;7,00\r\n")
            << "windows-1252" << false << ";"
            << "CRLF" << QStringList{QStringLiteral("Name"), QStringLiteral("Ort"), QStringLiteral("Umsatz")}
            << QStringList{QStringLiteral("Grüße"), QStringLiteral("München"), QStringLiteral("7,00")};
        QTest::newRow("cp1252 euro and quotes")
            << QByteArray("Name;Preis\nA;\x80 5\nB;\x84Zitat\x93\n") << "windows-1252" << false << ";"
            << "LF" << QStringList{QStringLiteral("Name"), QStringLiteral("Preis")}
            << QStringList{QStringLiteral("B"), QStringLiteral("„Zitat“")};
        QByteArray utf16le("\xff\xfe", 2);
        for (QChar c : QStringLiteral("Name\tE-Mail\r\nJürgen\tj@example.de\r\n"))
            utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        QTest::newRow("excel unicode text utf-16le tab")
            << utf16le << "utf-16le" << true << "\t"
            << "CRLF" << nameMail << QStringList{QStringLiteral("Jürgen"), QStringLiteral("j@example.de")};
        QByteArray utf16be("\xfe\xff", 2);
        for (QChar c : QStringLiteral("Name|E-Mail\nZoë|z@example.de\n"))
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        QTest::newRow("utf-16be pipe") << utf16be << "utf-16be" << true << "|"
                                       << "LF" << nameMail
                                       << QStringList{QStringLiteral("Zoë"), QStringLiteral("z@example.de")};
        QTest::newRow("old mac CR") << QByteArray("Name,E-Mail\rA,a@example.de\rB,b@example.de") << "utf-8" << false
                                    << ","
                                    << "CR" << nameMail
                                    << QStringList{QStringLiteral("B"), QStringLiteral("b@example.de")};
        QTest::newRow("tab separated") << QByteArray("Name\tE-Mail\nA, B\ta@example.de\n") << "utf-8" << false << "\t"
                                       << "LF" << nameMail
                                       << QStringList{QStringLiteral("A, B"), QStringLiteral("a@example.de")};
        QTest::newRow("latin9 euro sign")
            << QByteArray("Name;Preis\nA;5 \xa4\nB;7 \xa4\n") << "iso-8859-15" << false << ";"
            << "LF" << QStringList{QStringLiteral("Name"), QStringLiteral("Preis")}
            << QStringList{QStringLiteral("B"), QStringLiteral("7 €")};
    }

    void dialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, delimiter);
        QFETCH(QString, lineEnding);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, lastRecord);
        auto source = open(bytes);
        QVERIFY(source);
        const SourceDescription d = source->description();
        QCOMPARE(d.encoding.value, encoding);
        QCOMPARE(d.bom, bom);
        QCOMPARE(d.delimiter.value, delimiter);
        QCOMPARE(d.lineEnding.value, lineEnding);
        QCOMPARE(source->headers(), headers);   // no BOM in the first header
        QVERIFY(source->recordCount() >= 1);
        QCOMPARE(source->record(source->recordCount() - 1).cells, lastRecord);
        QVERIFY2(d.warnings.isEmpty(), qPrintable(d.warnings.value(0).message));
        QVERIFY(d.complete);
        QCOMPARE(d.records, source->recordCount());
        QVERIFY(d.encoding.confidence > 0.5);
        QVERIFY(!d.encoding.alternatives.isEmpty() || d.encoding.confidence == 1.0);
    }

    void validUtf8IsNeverReadAsSomethingElse()
    {
        // Mostly ASCII, one multi-byte character far into the file.
        QByteArray bytes("a;b\n");
        for (int i = 0; i < 50000; ++i)
            bytes += "x;y\n";
        bytes += "\xc3\xa4;\xe2\x82\xac\n";
        auto source = open(bytes);
        QVERIFY(source);
        QCOMPARE(source->description().encoding.value, QStringLiteral("utf-8"));
        QCOMPARE(source->record(50000).cells, (QStringList{QStringLiteral("ä"), QStringLiteral("€")}));
    }

    void cp1252UmlautsLateInAnAsciiStartAreStillRight()
    {
        // The first megabyte is ASCII; the umlaut comes later: the full scan corrects the guess.
        QByteArray bytes("Name;Ort\n");
        while (bytes.size() < 1100 * 1024)
            bytes += "Meyer;Berlin\n";
        bytes += "M\xfcller;K\xf6ln\n";
        auto source = open(bytes);
        QVERIFY(source);
        QCOMPARE(source->description().encoding.value, QStringLiteral("windows-1252"));
        QCOMPARE(source->record(source->recordCount() - 1).cells,
                 (QStringList{QStringLiteral("Müller"), QStringLiteral("Köln")}));
        QVERIFY(!kinds(source->description()).contains(QStringLiteral("invalid_bytes")));
    }

    void invalidUtf8IsShownAndReportedByLine()
    {
        QByteArray bytes("Name,Ort\nJ\xc3\xbcrgen,K\xc3\xb6ln\nBad,\xff\xfe here\nOk,\xc3\xa4\n");
        auto source = open(bytes);
        QVERIFY(source);
        const SourceDescription d = source->description();
        QCOMPARE(d.encoding.value, QStringLiteral("utf-8"));
        QCOMPARE(kinds(d), QStringList{QStringLiteral("invalid_bytes")});
        QCOMPARE(d.warnings.first().line, 3);
        QCOMPARE(d.warnings.first().column, 2);
        QVERIFY(d.warnings.first().message.contains(QLatin1String("3")));
        QCOMPARE(source->record(1).cells.at(1), QStringLiteral("\uFFFD\uFFFD here"));   // visible, not dropped
        QCOMPARE(source->record(2).cells.at(1), QStringLiteral("ä"));
    }

    void headerRowSkipsTitleAndBlankLines()
    {
        auto source = open(
            "Kundenexport 2024\n\nKundennr;Name;E-Mail\n1001;M\xc3\xbcller;m@example.de\n1002;Schmidt;s@example.de\n");
        QVERIFY(source);
        const SourceDescription d = source->description();
        QCOMPARE(d.headerRowNumber, 3);
        QCOMPARE(d.headerRow.value, QStringLiteral("3"));
        QCOMPARE(d.headerLine, 3);
        QCOMPARE(source->headers(),
                 (QStringList{QStringLiteral("Kundennr"), QStringLiteral("Name"), QStringLiteral("E-Mail")}));
        QCOMPARE(source->recordCount(), 2);
        QCOMPARE(source->record(0).line, 4);
        QCOMPARE(d.delimiter.value, QStringLiteral(";"));
        QVERIFY(!d.headerRow.alternatives.isEmpty());
    }

    void userChosenHeaderRowAndDelimiterWin()
    {
        ReadOptions options;
        options.headerRow = 2;
        options.delimiter = QLatin1Char(',');
        auto source = open("a;b\nx,y\n1,2\n", options);
        QVERIFY(source);
        QCOMPARE(source->headers(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(source->recordCount(), 1);
        QVERIFY(source->description().delimiter.userChosen);
        QCOMPARE(source->description().headerRow.confidence, 1.0);
    }

    void userChosenEncodingWins()
    {
        ReadOptions options;
        options.encoding = QStringLiteral("iso-8859-1");
        auto source = open("Name\n\xc3\xa4\n", options);   // UTF-8 bytes read as Latin-1 on request
        QVERIFY(source);
        QCOMPARE(source->record(0).cells.first(), QStringLiteral("Ã¤"));
        QVERIFY(source->description().encoding.userChosen);
    }

    void emptyAndDuplicateHeadersGetReadableNames()
    {
        auto source = open("E-Mail,,E-Mail,Name,\nA,B,C,D,E\n");
        QVERIFY(source);
        QCOMPARE(source->headers(),
                 (QStringList{QStringLiteral("E-Mail"), QStringLiteral("Column 2"), QStringLiteral("E-Mail (2)"),
                              QStringLiteral("Name"), QStringLiteral("Column 5")}));
        const QStringList k = kinds(source->description());
        QVERIFY(k.contains(QStringLiteral("duplicate_header")));
        QVERIFY(k.contains(QStringLiteral("empty_header")));
    }

    void raggedRowsKeepEveryValue()
    {
        auto source = open("a,b,c\n1,2\n1,2,3,4\n5,6,7\n");
        QVERIFY(source);
        QCOMPARE(source->headers(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                 QStringLiteral("Column 4")}));
        QCOMPARE(source->record(0).cells,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QString(), QString()}));
        QCOMPARE(source->record(1).cells,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        const SourceDescription d = source->description();
        QCOMPARE(d.warningCounts.value(QStringLiteral("ragged_row")), 2);
        QCOMPARE(d.warnings.at(0).line, 2);
        QCOMPARE(d.warnings.at(1).line, 3);
        QVERIFY(!kinds(d).contains(QStringLiteral("empty_header")));
    }

    void unterminatedQuoteDoesNotSwallowTheRest()
    {
        auto source = open("a,b\n1,\"open\n2,x\n3,y\n");
        QVERIFY(source);
        QCOMPARE(source->recordCount(), 3);
        QCOMPARE(source->record(0).cells, (QStringList{QStringLiteral("1"), QStringLiteral("\"open")}));
        QCOMPARE(source->record(2).cells, (QStringList{QStringLiteral("3"), QStringLiteral("y")}));
        const SourceDescription d = source->description();
        QCOMPARE(kinds(d), QStringList{QStringLiteral("unterminated_quote")});
        QCOMPARE(d.warnings.first().line, 2);
        QCOMPARE(d.warnings.first().column, 2);
    }

    void strayAndTrailingQuotesAreKeptAndReported()
    {
        auto source = open("a,b\n5\" screen,\"x\"y\n");
        QVERIFY(source);
        QCOMPARE(source->record(0).cells, (QStringList{QStringLiteral("5\" screen"), QStringLiteral("xy")}));
        QCOMPARE(kinds(source->description()),
                 (QStringList{QStringLiteral("stray_quote"), QStringLiteral("text_after_quote")}));
        QCOMPARE(source->description().warnings.at(1).column, 2);
    }

    void blankAndDelimiterOnlyRowsAreSkippedAndCounted()
    {
        auto source = open("a;b\r\n1;2\r\n\r\n;\r\n3;4\r\n;;\r\n");
        QVERIFY(source);
        QCOMPARE(source->recordCount(), 2);
        QCOMPARE(source->record(1).line, 5);
        QCOMPARE(source->description().warningCounts.value(QStringLiteral("blank_rows_skipped")), 1);
    }

    void quotedLineBreaksAreNotMixedLineEndings()
    {
        auto source = open("a,b\r\n1,\"x\ny\"\r\n2,z\r\n");
        QVERIFY(source);
        QCOMPARE(source->description().lineEnding.value, QStringLiteral("CRLF"));
        QCOMPARE(source->description().lineEnding.confidence, 1.0);
        QVERIFY(source->description().warnings.isEmpty());
        QCOMPARE(source->record(1).line, 4);
        QCOMPARE(source->description().quoting, QStringLiteral("minimal"));
    }

    void previewReadsOnlyTheFirstRecords()
    {
        QByteArray bytes("id,name\n");
        for (int i = 0; i < 200000; ++i)
            bytes += QByteArray::number(i) + ",name " + QByteArray::number(i) + '\n';
        const QString path = write(bytes);
        QString error;
        auto preview = RecordSourceFactory::preview(path, ReadOptions(), 50, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->recordCount(), 50);
        QCOMPARE(preview->record(49).cells, (QStringList{QStringLiteral("49"), QStringLiteral("name 49")}));
        QVERIFY(!preview->description().complete);
        QCOMPARE(preview->description().records, -1);

        qint64 lastDone = 0;
        auto full = RecordSourceFactory::openFile(path, ReadOptions(), &error, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        });
        QVERIFY(full);
        QCOMPARE(full->recordCount(), 200000);
        QCOMPARE(lastDone, qint64(bytes.size()));
        QVERIFY(full->description().complete);

        auto cancelled = RecordSourceFactory::openFile(path, ReadOptions(), &error,
                                                       [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QVERIFY(error.contains(QLatin1String("cancelled")));
    }

    void recordIsSafeFromSeveralThreads()
    {
        // The mapping step validates halves of the file on two threads through the same source.
        QByteArray bytes("id,text\n");
        for (int i = 0; i < 20000; ++i)
            bytes += QByteArray::number(i) + ",\"t\"\"" + QByteArray::number(i * 7) + "\"\n";
        auto source = open(bytes);
        QVERIFY(source);
        auto check = [&](qint64 from, qint64 to, bool streaming) {
            bool ok = true;
            if (streaming) {
                qint64 next = from;
                source->forEachRecordInRange(from, to, [&](const SourceRecord &r) {
                    ok = ok && r.index == next && r.cells.at(0) == QString::number(next) &&
                         r.cells.at(1) == QStringLiteral("t\"%1").arg(next * 7);
                    ++next;
                    return true;
                });
                return ok && next == to;
            }
            for (qint64 i = to - 1; i >= from; --i) {
                const SourceRecord r = source->record(i);
                ok = ok && r.cells.at(0) == QString::number(i) && r.line == i + 2;
            }
            return ok;
        };
        auto a = std::async(std::launch::async, check, 0, 10000, true);
        auto b = std::async(std::launch::async, check, 10000, 20000, true);
        auto c = std::async(std::launch::async, check, 0, 20000, false);
        QVERIFY(check(5000, 15000, false));
        QVERIFY(a.get());
        QVERIFY(b.get());
        QVERIFY(c.get());
    }

    void rangesStreamTheSameRecordsAsRandomAccess()
    {
        QByteArray bytes("id,text\n");
        for (int i = 0; i < 3000; ++i)
            bytes += QByteArray::number(i) + ",\"multi\nline " + QByteArray(i % 50, 'x') + "\"\n";
        auto source = open(bytes);
        QVERIFY(source);
        QCOMPARE(source->recordCount(), 3000);
        qint64 next = 1000;
        bool same = true;
        source->forEachRecordInRange(1000, 2000, [&](const SourceRecord &r) {
            const SourceRecord single = source->record(r.index);
            same = same && r.index == next++ && single.cells == r.cells && single.line == r.line &&
                   r.line == 2 + 2 * r.index;
            return true;
        });
        QVERIFY(same);
        QCOMPARE(next, 2000);
    }

    void streamedCellsKeptByTheVisitorStayIntact()
    {
        // Streaming reuses the previous record's cell buffers; cells a visitor kept must never
        // change, and every record must read as random access reads it: growing and shrinking
        // values, non-ASCII after ASCII in the same column, quoted and empty cells, ragged rows.
        QByteArray bytes("id,name,note\n");
        for (int i = 0; i < 2000; ++i) {
            bytes += QByteArray::number(i) + ',' + (i % 3 == 0 ? QByteArray("M\xc3\xbcller") : QByteArray(i % 70, 'n'));
            if (i % 5 == 0)
                bytes += ",\"q\"\"" + QByteArray(i % 40, 'q') + "\"\n";
            else if (i % 7 == 0)
                bytes += "\n";   // a short row
            else
                bytes += ",\n";
        }
        auto source = open(bytes);
        QVERIFY(source);
        QCOMPARE(source->recordCount(), 2000);
        QList<QStringList> kept;
        source->forEachRecordInRange(0, 2000, [&](const SourceRecord &r) {
            if (r.index % 2 == 0)
                kept << r.cells;   // shares the strings with the reader's list
            return true;
        });
        QCOMPARE(kept.size(), 1000);
        for (int k = 0; k < kept.size(); ++k) {
            const SourceRecord fresh = source->record(2 * k);
            QCOMPARE(kept.at(k), fresh.cells);
            QCOMPARE(fresh.cells.at(1),
                     2 * k % 3 == 0 ? QStringLiteral("M\u00fcller") : QString(2 * k % 70, QLatin1Char('n')));
        }
        qint64 next = 0;
        bool same = true;
        source->forEachRecordInRange(0, 2000, [&](const SourceRecord &r) {
            same = same && r.index == next++ && r.cells == source->record(r.index).cells;
            return true;
        });
        QVERIFY(same);
    }

    void streamingReusesItsBufferSafelyAcrossCallsAndNesting()
    {
        // Each thread keeps one read buffer and one record between calls: calls one after another,
        // on another file with other columns, and a visitor streaming inside a visitor must all
        // read what random access reads.
        QByteArray wide("a,b,c,d\n"), narrow("x\n");
        for (int i = 0; i < 3000; ++i) {
            wide += QByteArray::number(i) + ",\"K\xc3\xb6ln " + QByteArray(i % 90, 'w') + "\",,d" +
                    QByteArray::number(i) + '\n';
            narrow += "n" + QByteArray::number(i) + '\n';
        }
        auto w = open(wide);
        auto n = open(narrow);
        QVERIFY(w && n);
        auto same = [](const FileRecordSource &s, qint64 from, qint64 to) {
            qint64 next = from;
            bool ok = true;
            s.forEachRecordInRange(from, to, [&](const SourceRecord &r) {
                ok = ok && r.index == next++ && r.cells == s.record(r.index).cells && r.line == s.record(r.index).line;
                return true;
            });
            return ok && next == to;
        };
        QVERIFY(same(*w, 0, 3000));
        QVERIFY(same(*n, 10, 20));
        QVERIFY(same(*w, 2990, 3000));
        QVERIFY(same(*n, 0, 3000));
        bool nestedOk = true;
        qint64 outer = 0;
        w->forEachRecordInRange(100, 110, [&](const SourceRecord &r) {
            const QStringList before = r.cells;
            nestedOk = nestedOk && same(*n, r.index, r.index + 50) && same(*w, 0, 20);
            nestedOk = nestedOk && r.cells == before && r.index == 100 + outer++;
            return true;
        });
        QVERIFY(nestedOk);
        QCOMPARE(outer, 10);
        QVERIFY(same(*w, 0, 3000));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
