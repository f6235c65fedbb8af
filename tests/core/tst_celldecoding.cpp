#include "core/source/csv/CsvRecordParser.h"
#include "core/text/TextEncoding.h"

#include <QRandomGenerator>
#include <QTest>

// The reader refills the same cells record after record (TextEncoding::decodeInto, and
// CsvRecordParser taking quoted text straight from the record's bytes). That fast path must give
// exactly the text of the general one (TextEncoding::decode, i.e. QString::fromUtf8 for UTF-8),
// whatever the bytes: invalid UTF-8, a BOM, surrogates, noncharacters, cp1252's undefined bytes.
class TestCellDecoding : public QObject
{
    Q_OBJECT

    static const QList<TextEncoding::Id> &byteEncodings()
    {
        static const QList<TextEncoding::Id> ids{TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Latin1,
                                                 TextEncoding::Latin9};
        return ids;
    }

    // Decodes `bytes` into a fresh string, a warm one (unshared, with room) and a shared one;
    // every result must equal decode(), and the other holder of the shared buffer is untouched.
    static void checkAllWays(TextEncoding::Id id, const QByteArray &bytes, QString *warm)
    {
        const QString expected = TextEncoding::decode(id, bytes.constData(), bytes.size());

        QString fresh;
        TextEncoding::decodeInto(id, bytes.constData(), bytes.size(), &fresh);
        QCOMPARE(fresh, expected);
        QCOMPARE(fresh.isNull(), expected.isNull());

        TextEncoding::decodeInto(id, bytes.constData(), bytes.size(), warm);
        if (*warm != expected)
            QFAIL(qPrintable(QStringLiteral("encoding %1, bytes %2: %3 instead of %4")
                                 .arg(int(id))
                                 .arg(QString::fromLatin1(bytes.toHex(' ')),
                                      QString::fromLatin1(warm->toUtf8().toHex(' ')),
                                      QString::fromLatin1(expected.toUtf8().toHex(' ')))));
        QCOMPARE(warm->isNull(), expected.isNull());

        QString shared = QStringLiteral("held elsewhere \u00e4");
        const QString other = shared;
        TextEncoding::decodeInto(id, bytes.constData(), bytes.size(), &shared);
        QCOMPARE(shared, expected);
        QCOMPARE(other, QStringLiteral("held elsewhere \u00e4"));
    }

private slots:
    void everyOneAndTwoByteInput()
    {
        for (TextEncoding::Id id : byteEncodings()) {
            QString warm;
            for (int a = 0; a < 256; ++a) {
                checkAllWays(id, QByteArray(1, char(a)), &warm);
                for (int b = 0; b < 256; ++b) {
                    const char two[2] = {char(a), char(b)};
                    checkAllWays(id, QByteArray(two, 2), &warm);
                }
            }
        }
    }

    void everyThreeAndFourByteSequenceShape()
    {
        // Lead bytes with every continuation boundary that matters (overlongs, surrogates,
        // U+FFFE/U+FFFF, U+10FFFF, BOM), followed by ASCII or more high bytes.
        const QList<uchar> interesting{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbb, 0xbe, 0xbf,
                                       0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
        QString warm;
        for (uchar a : interesting)
            for (uchar b : interesting)
                for (uchar c : interesting) {
                    const char three[3] = {char(a), char(b), char(c)};
                    checkAllWays(TextEncoding::Utf8, QByteArray(three, 3), &warm);
                    for (uchar d : interesting) {
                        const char four[5] = {'x', char(a), char(b), char(c), char(d)};
                        checkAllWays(TextEncoding::Utf8, QByteArray(four + 1, 4), &warm);
                        checkAllWays(TextEncoding::Utf8, QByteArray(four, 5), &warm);
                    }
                }
    }

    void namedCases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("umlaut e-mail") << QByteArray("\xc3\xa7"
                                                     "a\xc4\x9f"
                                                     "la.wagner1@example4.de");
        QTest::newRow("bom first") << QByteArray("\xef\xbb\xbfname");
        QTest::newRow("bom inside") << QByteArray("a\xef\xbb\xbf"
                                                  "b");
        QTest::newRow("only bom") << QByteArray("\xef\xbb\xbf");
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80 ok");
        QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf");
        QTest::newRow("beyond max") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80\xed\xbf\xbf");
        QTest::newRow("noncharacters") << QByteArray("\xef\xbf\xbe\xef\xbf\xbf\xef\xb7\x90\xf0\x9f\xbf\xbe");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf");
        QTest::newRow("cut at end") << QByteArray("Stra\xc3");
        QTest::newRow("cut 4-byte") << QByteArray("x\xf0\x9f\x98");
        QTest::newRow("cp1252 text") << QByteArray("M\xfcnchen \x80 \x81\x8d\x8f\x90\x9d \x9f");
        QTest::newRow("long mixed") << QByteArray("Hauptstra\xc3\x9f"
                                                  "e 57, 16105 Rostock \xe2\x82\xac")
                                           .repeated(40);
        QTest::newRow("nul bytes") << QByteArray("a\0\xc3\xa4\0", 5);
    }

    void namedCases()
    {
        QFETCH(QByteArray, bytes);
        for (TextEncoding::Id id : byteEncodings()) {
            QString warm;
            checkAllWays(id, bytes, &warm);
            checkAllWays(id, bytes, &warm);
        }
    }

    void randomInputs()
    {
        // Short strings over an alphabet biased to bytes where decoders differ.
        QRandomGenerator rng(4711);
        const QByteArray alphabet("a,\"\xc3\xa4\x80\xbf\xc2\xdf\xe0\xe2\xed\xef\xf0\xf4\xf5\xff\xbb\x9f\x90 ");
        for (TextEncoding::Id id : byteEncodings()) {
            QString warm;
            for (int i = 0; i < 100000; ++i) {
                QByteArray s(qsizetype(rng.bounded(1, 13)), Qt::Uninitialized);
                for (char &c : s)
                    c = alphabet.at(rng.bounded(int(alphabet.size())));
                checkAllWays(id, s, &warm);
            }
        }
    }

    void warmCellKeepsItsBuffer()
    {
        for (TextEncoding::Id id : byteEncodings()) {
            QString cell;
            const QByteArray first("Gr\xc3\xbc\xc3\x9f"
                                   "e aus M\xc3\xbcnchen");
            TextEncoding::decodeInto(id, first.constData(), first.size(), &cell);
            const QChar *buffer = cell.constData();
            for (const QByteArray &next : {QByteArray("\xc3\xa7"
                                                      "a\xc4\x9f"
                                                      "la"),
                                           QByteArray("K\xc3\xb6ln"), QByteArray(""), QByteArray("\xe2\x82\xac 12")}) {
                TextEncoding::decodeInto(id, next.constData(), next.size(), &cell);
                QCOMPARE(cell, TextEncoding::decode(id, next.constData(), next.size()));
                QCOMPARE(cell.constData(), buffer);   // no allocation
            }
        }
    }

    void parserReusesCellsAndKeepsTheirText_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("plain") << QByteArray("K1,Herr,Sofia\n") << QStringList{"K1", "Herr", "Sofia"};
        QTest::newRow("umlauts") << QByteArray("K2,\xc3\x87"
                                               "a\xc4\x9f"
                                               "la,K\xc3\xb6ln\r\n")
                                 << QStringList{"K2",
                                                QString::fromUtf8("\xc3\x87"
                                                                  "a\xc4\x9f"
                                                                  "la"),
                                                QString::fromUtf8("K\xc3\xb6ln")};
        QTest::newRow("quoted") << QByteArray("\"a,b\",\"\xc3\xa4\",\"\"\n")
                                << QStringList{"a,b", QString::fromUtf8("\xc3\xa4"), ""};
        QTest::newRow("doubled quotes") << QByteArray("x,\"said \"\"call me\"\" later\",\"\"\"\"\n")
                                        << QStringList{"x", "said \"call me\" later", "\""};
        QTest::newRow("text after quote")
            << QByteArray("\"ab\"cd,\"q\"\"\"z\"y,e\n") << QStringList{"abcd", "q\"z\"y", "e"};
        QTest::newRow("line break inside") << QByteArray("\"l1\r\nl2\",\"\xc3\xa4\nb\"\r\n")
                                           << QStringList{"l1\r\nl2", QString::fromUtf8("\xc3\xa4\nb")};
        QTest::newRow("quote never closed")
            << QByteArray("a,\"open \xc3\xa4") << QStringList{"a", QString::fromUtf8("open \xc3\xa4")};
        QTest::newRow("closed at end") << QByteArray("a,\"ok\"") << QStringList{"a", "ok"};
        QTest::newRow("stray quote") << QByteArray("5\" x,y\n") << QStringList{"5\" x", "y"};
        QTest::newRow("empty cells") << QByteArray(",,\n") << QStringList{"", "", ""};
        QTest::newRow("invalid utf-8") << QByteArray("\xff,\"\xc3\",Stra\xc3\n")
                                       << QStringList{QString(QChar::ReplacementCharacter),
                                                      QString(QChar::ReplacementCharacter),
                                                      QStringLiteral("Stra\uFFFD")};
    }

    void parserReusesCellsAndKeepsTheirText()
    {
        QFETCH(QByteArray, record);
        QFETCH(QStringList, cells);
        const CsvRecordParser parser(',', '"', TextEncoding::Utf8);
        QStringList fresh;
        QCOMPARE(parser.parse(record.constData(), record.size(), 0, &fresh), record.size());
        QCOMPARE(fresh, cells);
        for (const QString &c : std::as_const(fresh))
            QVERIFY(!c.isNull());
        // The same list refilled after a longer, different record: same cells.
        QStringList reused;
        const QByteArray other("\"\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f"
                               "1234567890\",\"x\"\"y\",Hauptstra\xc3\x9f"
                               "e 57,d,e,f,g\n");
        parser.parse(other.constData(), other.size(), 0, &reused);
        const QStringList held = reused;   // shared buffers must not be written to
        parser.parse(record.constData(), record.size(), 0, &reused);
        QCOMPARE(reused, cells);
        QStringList again;
        parser.parse(other.constData(), other.size(), 0, &again);
        QCOMPARE(held, again);
    }

    void parserWarmNonAsciiCellsAllocateNothing()
    {
        const CsvRecordParser parser(';', '"', TextEncoding::Windows1252);
        const QByteArray a("M\xfcller;\"Stra\xdf"
                           "e 1\";K\xf6ln\n");
        const QByteArray b("J\xfcrgen;\"Gasse 2\xe4\";D\xfcren\n");
        QStringList cells;
        parser.parse(a.constData(), a.size(), 0, &cells);
        QList<const QChar *> buffers;
        for (const QString &c : std::as_const(cells))
            buffers << c.constData();
        parser.parse(b.constData(), b.size(), 0, &cells);
        QCOMPARE(cells, (QStringList{QString::fromUtf8("J\xc3\xbcrgen"), QString::fromUtf8("Gasse 2\xc3\xa4"),
                                     QString::fromUtf8("D\xc3\xbcren")}));
        for (int i = 0; i < cells.size(); ++i)
            QCOMPARE(cells.at(i).constData(), buffers.at(i));
    }
};

QTEST_GUILESS_MAIN(TestCellDecoding)
#include "tst_celldecoding.moc"
