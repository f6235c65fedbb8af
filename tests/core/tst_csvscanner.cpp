#include "core/source/csv/CsvRecordParser.h"
#include "core/source/csv/CsvScanner.h"

#include <QTest>

// The scanner reads files in chunks: wherever a chunk boundary falls (inside a CRLF, a doubled
// quote, a UTF-8 sequence, right after a delimiter before a quote...) the records and issues
// must be the same as reading everything at once.
class TestCsvScanner : public QObject
{
    Q_OBJECT

    struct Recorder : CsvScanner::Sink
    {
        QStringList events;
        bool onRecord(const CsvScanner::RawRecord &r) override
        {
            events << QStringLiteral("R %1 L%2 F%3 %4%5")
                          .arg(r.offset)
                          .arg(r.line)
                          .arg(r.fields)
                          .arg(r.blank)
                          .arg(r.onlyDelimiters);
            return true;
        }
        void onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset) override
        {
            events << QStringLiteral("I %1 L%2 F%3 @%4").arg(int(issue)).arg(line).arg(field).arg(offset);
        }
    };

    // Scans `bytes` fed in the given pieces, restarting on unterminated quotes like CsvIndexBuilder.
    static QStringList scan(const QByteArray &bytes, const QList<qsizetype> &cuts,
                            std::vector<qint64> *literal = nullptr)
    {
        Recorder sink;
        CsvScanner scanner(',', '"', true, &sink);
        qint64 from = 0;
        for (;;) {
            qint64 pos = from;
            for (qsizetype cut : cuts) {
                if (cut > pos && cut < bytes.size()) {
                    scanner.feed(bytes.constData() + pos, cut - pos);
                    pos = cut;
                }
            }
            scanner.feed(bytes.constData() + pos, bytes.size() - pos);
            if (scanner.finish())
                break;
            // Undo what was reported after the restart point, as the index builder does.
            from = scanner.restartOffset();
            while (!sink.events.isEmpty() && sink.events.last().startsWith(QLatin1Char('I')) &&
                   sink.events.last().section(QLatin1Char('@'), 1).toLongLong() >= from)
                sink.events.removeLast();
            scanner.reset(from, scanner.restartLine());
        }
        const auto e = scanner.lineEndings();
        sink.events
            << QStringLiteral("E %1 %2 %3 M%4").arg(e.lf).arg(e.crlf).arg(e.cr).arg(scanner.multiByteSequences());
        if (literal)
            *literal = scanner.literalQuotes();
        return sink.events;
    }

private slots:
    void splitAtEveryOffsetGivesTheSameRecords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf and quotes") << QByteArray(
            "a,b,c\r\n1,\"x,\r\ny\",3\r\n\"\",\"he said \"\"hi\"\"\",\r\n\r\n,,\r\nlast");
        QTest::newRow("cr only") << QByteArray("a,\"b\rc\"\r1,2\r\r3,4\r");
        QTest::newRow("utf8 and invalid")
            << QByteArray("n\xc3\xa4me,\xe2\x82\xac\n\xff,\xc3\n\xf0\x9f\x98\x80,\xe2\x82\n");
        QTest::newRow("stray and trailing quotes") << QByteArray("5\" x,\"ab\"cd,\"ok\"\n\"q\"\"\",z\n");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,x\n3,\"y\n4,z\n");
        QTest::newRow("quote right after delimiter") << QByteArray("a,\"b\"\n,\"\"\n\"\",\n");
    }

    void splitAtEveryOffsetGivesTheSameRecords()
    {
        QFETCH(QByteArray, bytes);
        const QStringList whole = scan(bytes, {});
        for (qsizetype cut = 1; cut < bytes.size(); ++cut)
            QCOMPARE(scan(bytes, {cut}), whole);
        QList<qsizetype> everyByte;
        for (qsizetype cut = 1; cut < bytes.size(); ++cut)
            everyByte << cut;
        QCOMPARE(scan(bytes, everyByte), whole);
        for (qsizetype a = 1; a < bytes.size(); ++a) {
            for (qsizetype b = a + 1; b < bytes.size(); b += 3)
                QCOMPARE(scan(bytes, {a, b}), whole);
        }
    }

    void scannerAndParserAgreeOnFields_data() { splitAtEveryOffsetGivesTheSameRecords_data(); }
    void scannerAndParserAgreeOnFields()
    {
        // For every record the scanner reports, the parser finds the same number of fields.
        QFETCH(QByteArray, bytes);
        std::vector<qint64> literal;
        const QStringList events = scan(bytes, {}, &literal);
        CsvRecordParser parser(',', '"', TextEncoding::Utf8, &literal);
        QList<qint64> offsets;
        QList<int> fields;
        for (const QString &e : events) {
            if (e.startsWith(QLatin1Char('R'))) {
                offsets << e.section(QLatin1Char(' '), 1, 1).toLongLong();
                fields << e.section(QLatin1Char(' '), 3, 3).mid(1).toInt();
            }
        }
        offsets << bytes.size();
        for (int i = 0; i + 1 < offsets.size(); ++i) {
            QStringList cells;
            parser.parse(bytes.constData() + offsets[i], offsets[i + 1] - offsets[i], offsets[i], &cells);
            QCOMPARE(cells.size(), fields[i]);
        }
    }

    void offsetsBeyondFourGigabytes()
    {
        // Files over 2 and 4 GB: offsets are 64-bit all the way (scanner, literal quotes, parser).
        Recorder sink;
        CsvScanner scanner(',', '"', true, &sink);
        const qint64 base = 5000000000LL;
        scanner.reset(base, 7);
        const QByteArray bytes("a,b\n1,\"x\n");
        scanner.feed(bytes.constData(), bytes.size());
        QVERIFY(!scanner.finish());   // the quote never closes
        QCOMPARE(scanner.unterminatedQuoteOffset(), base + 6);
        scanner.reset(scanner.restartOffset(), scanner.restartLine());
        scanner.feed(bytes.constData() + 4, bytes.size() - 4);
        QVERIFY(scanner.finish());
        QCOMPARE(sink.events.first(), QStringLiteral("R 5000000000 L7 F2 00"));
        QCOMPARE(sink.events.last(), QStringLiteral("R 5000000004 L8 F2 00"));
        std::vector<qint64> literal = scanner.literalQuotes();
        CsvRecordParser parser(',', '"', TextEncoding::Utf8, &literal);
        QStringList cells;
        parser.parse(bytes.constData() + 4, bytes.size() - 4, base + 4, &cells);
        QCOMPARE(cells, (QStringList{QStringLiteral("1"), QStringLiteral("\"x")}));
    }

    void lineNumbersAndIssues()
    {
        const QStringList e = scan("a,b\n1,\"x\ny\"\n2,\"p\"q\n", {});
        QCOMPARE(e.at(0), QStringLiteral("R 0 L1 F2 00"));
        QCOMPARE(e.at(1), QStringLiteral("R 4 L2 F2 00"));
        QCOMPARE(e.at(2), QStringLiteral("I 2 L4 F2 @17"));   // text after the closing quote, line 4 field 2
        QCOMPARE(e.at(3), QStringLiteral("R 12 L4 F2 00"));
        QCOMPARE(e.at(4), QStringLiteral("E 3 0 0 M0"));
    }
};

QTEST_GUILESS_MAIN(TestCsvScanner)
#include "tst_csvscanner.moc"
