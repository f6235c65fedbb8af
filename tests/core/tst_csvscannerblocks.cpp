#include "core/source/csv/CsvScanner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

// CsvScanner reads 64-byte blocks as bit masks when it can (its block path) and byte by byte
// otherwise. Fed one byte at a time it never takes the block path, so that is the reference:
// every record (with the running totals the split scan reads at each record), every issue, the
// line ending counts, literal quotes and where a scan stopped must be the same, wherever the
// 64-byte blocks fall.
class TestCsvScannerBlocks : public QObject
{
    Q_OBJECT

    struct Dialect
    {
        char delimiter;
        char quote;
        bool validateUtf8;
    };

    struct Recorder : CsvScanner::Sink
    {
        const CsvScanner *scanner = nullptr;
        QStringList events;
        int stopAfter = -1;   // records to accept before stopping the scan; -1: never stop
        bool onRecord(const CsvScanner::RawRecord &r) override
        {
            const auto e = scanner->lineEndings();
            events << QStringLiteral("R %1 L%2 F%3 %4%5 | %6 %7 %8 Q%9 M%10")
                          .arg(r.offset)
                          .arg(r.line)
                          .arg(r.fields)
                          .arg(r.blank)
                          .arg(r.onlyDelimiters)
                          .arg(e.lf)
                          .arg(e.crlf)
                          .arg(e.cr)
                          .arg(scanner->quotedFields())
                          .arg(scanner->multiByteSequences());
            return stopAfter < 0 || events.size() < stopAfter;
        }
        void onIssue(CsvScanner::Issue issue, qint64 line, qint64 field, qint64 offset) override
        {
            events << QStringLiteral("I %1 L%2 F%3 @%4").arg(int(issue)).arg(line).arg(field).arg(offset);
        }
    };

    // Scans like CsvIndexBuilder (restarting on unterminated quotes). pieceSize 1 feeds byte by
    // byte (the reference); else the first `lead` bytes of every pass are fed alone and the rest in
    // pieces of pieceSize, so the blocks start at every alignment.
    static QStringList scan(const QByteArray &bytes, const Dialect &d, qsizetype pieceSize, qsizetype lead,
                            int stopAfter = -1)
    {
        Recorder sink;
        sink.stopAfter = stopAfter;
        CsvScanner scanner(d.delimiter, d.quote, d.validateUtf8, &sink);
        sink.scanner = &scanner;
        qint64 from = 0;
        bool stopped = false;
        for (;;) {
            qint64 pos = from;
            auto feed = [&](qsizetype n) {
                if (!stopped && n > 0 && !scanner.feed(bytes.constData() + pos, n))
                    stopped = true;
                pos += n;
            };
            if (pieceSize == 1) {
                while (pos < bytes.size())
                    feed(1);
            } else {
                feed(std::min<qsizetype>(lead, bytes.size() - pos));
                while (pos < bytes.size())
                    feed(std::min<qsizetype>(pieceSize, bytes.size() - pos));
            }
            if (stopped || scanner.finish())
                break;
            from = scanner.restartOffset();
            while (!sink.events.isEmpty() && sink.events.last().startsWith(QLatin1Char('I')) &&
                   sink.events.last().section(QLatin1Char('@'), 1).toLongLong() >= from)
                sink.events.removeLast();
            scanner.reset(from, scanner.restartLine());
        }
        const auto e = scanner.lineEndings();
        QStringList literal;
        for (qint64 q : scanner.literalQuotes())
            literal << QString::number(q);
        sink.events << QStringLiteral("E %1 %2 %3 Q%4 M%5 at %6 line %7 complete %8 quote %9 %10 literal %11")
                           .arg(e.lf)
                           .arg(e.crlf)
                           .arg(e.cr)
                           .arg(scanner.quotedFields())
                           .arg(scanner.multiByteSequences())
                           .arg(scanner.offset())
                           .arg(scanner.line())
                           .arg(scanner.completeUpTo())
                           .arg(scanner.unterminatedQuoteOffset())
                           .arg(scanner.unterminatedQuoteLine())
                           .arg(literal.join(QLatin1Char(' ')));
        return sink.events;
    }

    // Block path == byte path at every alignment, in big and odd pieces, and when the sink stops.
    static void compareAll(const QByteArray &bytes, const Dialect &d)
    {
        const QStringList reference = scan(bytes, d, 1, 0);
        for (qsizetype lead = 0; lead < 64; ++lead) {
            const QStringList blocks = scan(bytes, d, bytes.size() + 1, lead);
            if (blocks != reference) {
                qWarning("lead %lld of %s", qlonglong(lead), bytes.toPercentEncoding().constData());
                QCOMPARE(blocks, reference);
            }
        }
        QCOMPARE(scan(bytes, d, 100, 7), reference);
        QCOMPARE(scan(bytes, d, 64 * 3 + 1, 0), reference);
        for (int stopAfter = 1; stopAfter < 6; ++stopAfter)
            QCOMPARE(scan(bytes, d, bytes.size() + 1, 0, stopAfter), scan(bytes, d, 1, 0, stopAfter));
    }

    static QList<Dialect> dialects()
    {
        return {{',', '"', true}, {';', '"', false}, {';', '"', true}, {',', 0, true}, {'\t', '\'', true}};
    }

private slots:
    void spectrumFilesRepeated_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QDir dir(TestPaths::data(QStringLiteral("csv-spectrum/csvs")));
        const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray one = f.readAll();
            // Repeated so the content spans several blocks in every position.
            QByteArray many;
            while (many.size() < 400)
                many += one + (one.endsWith('\n') ? "" : "\n");
            QTest::newRow(qPrintable(name)) << many;
        }
    }

    void spectrumFilesRepeated()
    {
        QFETCH(QByteArray, bytes);
        for (const Dialect &d : dialects())
            compareAll(bytes, d);
    }

    void trickyInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray clean("K1,Herr,J\xc3\xbcrgen,M\xc3\xbcller,j@x.de,\"said \"\"hi\"\"\",\n");
        QTest::newRow("clean rows") << clean.repeated(12);
        QTest::newRow("crlf rows") << QByteArray("a,b,\"c\r\nd\",\xc3\xa4\r\n").repeated(15);
        QTest::newRow("cr rows") << QByteArray("a,b,\"c\rd\",\xc3\xa4\r").repeated(15);
        QTest::newRow("lf in quotes") << QByteArray("x,\"multi\nline\n\",y\n").repeated(15);
        QTest::newRow("excel empty rows") << QByteArray("a;b;c\n;;\n\n;;;;\n\n1;2;3\n").repeated(15);
        QTest::newRow("long quoted cell") << ("a,\"" + QByteArray("x,\n\"\"").repeated(80) + "\",b\n").repeated(2);
        QTest::newRow("stray and trailing quotes") << QByteArray("5\" x,\"ab\"cd,\"ok\"\n\"q\"\"\",z\n").repeated(10);
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"ok\"\n").repeated(10) + "2,\"open\n" + QByteArray("3,x\n").repeated(30);
        QTest::newRow("three and four byte sequences")
            << QByteArray("\xe2\x82\xac,\xf0\x9f\x98\x80,\xed\x9f\xbf,\xe0\xa0\x80\n").repeated(12);
        QTest::newRow("cp1252 bytes") << QByteArray("Stra\xdf"
                                                    "e;M\xfcller;\x80;\xe4\xf6\n")
                                             .repeated(16);
        QTest::newRow("quote at field starts only") << QByteArray("\"\",\"\"\"\",\"a\"\"\n\"\n").repeated(16);
    }

    void trickyInputs()
    {
        QFETCH(QByteArray, bytes);
        for (const Dialect &d : dialects())
            compareAll(bytes, d);
    }

    void invalidUtf8AtEveryPosition_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("ff") << QByteArray("\xff");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("lead cut by ascii") << QByteArray("\xc3");
        QTest::newRow("three-byte cut") << QByteArray("\xe2\x82");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("valid euro") << QByteArray("\xe2\x82\xac");
    }

    void invalidUtf8AtEveryPosition()
    {
        // The bad bytes at every offset of three blocks, before, inside and after quoted text.
        QFETCH(QByteArray, bad);
        const QByteArray text = QByteArray("ab,\xc3\xa4\xc3\xb6,\"q,\"\"x\"\"\n\",z\n").repeated(8);
        const Dialect d{',', '"', true};
        for (qsizetype at = 0; at < 3 * 64 && at <= text.size(); ++at) {
            QByteArray bytes = text;
            bytes.insert(at, bad);
            const QStringList reference = scan(bytes, d, 1, 0);
            for (qsizetype lead : {0, 1, 5, 63})
                QCOMPARE(scan(bytes, d, bytes.size() + 1, lead), reference);
        }
    }

    void randomInputs()
    {
        // Random mixes of the bytes that matter, mostly well-formed so that the block path runs.
        static const char *const tokens[] = {"abc",
                                             "d",
                                             ",",
                                             ";",
                                             "\"",
                                             "\"\"",
                                             "\n",
                                             "\n",
                                             "\r\n",
                                             "\r",
                                             " ",
                                             "\xc3\xa4",
                                             "\xc3\xa4",
                                             "\xe2\x82\xac",
                                             "\xf0\x9f\x98\x80",
                                             "\xff",
                                             "\xc3",
                                             "\x80",
                                             "\"x,y\"",
                                             "\"a\nb\"",
                                             "\"\"\"\"",
                                             "\xed\xa0\x80",
                                             "\xf4\x90"};
        const int tokenCount = int(sizeof tokens / sizeof *tokens);
        QRandomGenerator random(20261127);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int rare = 1 + int(random.bounded(6));   // how many tokens may be unusual
            while (bytes.size() < 260) {
                const int t = int(random.bounded(tokenCount));
                const bool unusual = t == 4 || t == 8 || t == 9 || (t >= 15 && t <= 17) ||
                                     t >= 21;   // lone quote, CR, invalid UTF-8
                if (unusual && random.bounded(rare * 4) != 0)
                    continue;
                bytes += tokens[t];
            }
            for (const Dialect &d : dialects()) {
                const QStringList reference = scan(bytes, d, 1, 0);
                for (qsizetype lead : {0, 1, 13, 63}) {
                    const QStringList blocks = scan(bytes, d, bytes.size() + 1, lead);
                    if (blocks != reference)
                        qWarning("round %d lead %lld: %s", round, qlonglong(lead),
                                 bytes.toPercentEncoding().constData());
                    QCOMPARE(blocks, reference);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvScannerBlocks)
#include "tst_csvscannerblocks.moc"
