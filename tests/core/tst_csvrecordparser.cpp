#include "core/source/csv/CsvRecordParser.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

// CsvRecordParser::parse() splits records with a 64-byte delimiter mask and writes cells 16
// bytes at a time, reading past a cell (into the record's following bytes or the caller's
// slack) and writing past its length (within the string's capacity). Every such shortcut must
// give exactly the cells and the consumed length of parseReference(), the plain state machine,
// however the record is laid out against those 16- and 64-byte steps, whatever the slack holds,
// and whatever the list held before.
class TestCsvRecordParser : public QObject
{
    Q_OBJECT

    struct Dialect
    {
        char delimiter;
        TextEncoding::Id encoding;
    };

    static QList<Dialect> dialects()
    {
        return {{',', TextEncoding::Utf8},
                {';', TextEncoding::Windows1252},
                {'\t', TextEncoding::Latin9},
                {',', TextEncoding::Latin1},
                {';', TextEncoding::Utf8}};
    }

    static QString describe(const QByteArray &record, const Dialect &d)
    {
        return QStringLiteral("delimiter '%1', encoding %2, record %3")
            .arg(QLatin1Char(d.delimiter))
            .arg(int(d.encoding))
            .arg(QString::fromLatin1(record.toPercentEncoding(" ,;\"")));
    }

    // Parses `record` every way a caller can and compares each result with parseReference().
    static bool agree(const QByteArray &record, const Dialect &d, const std::vector<qint64> *literal = nullptr,
                      qint64 base = 0)
    {
        const CsvRecordParser parser(d.delimiter, '"', d.encoding, literal);
        QStringList expected;
        const qsizetype expectedUsed = parser.parseReference(record.constData(), record.size(), base, &expected);

        auto same = [&](const QStringList &cells, qsizetype used, const char *how) {
            bool ok = used == expectedUsed && cells == expected;
            for (qsizetype i = 0; ok && i < cells.size(); ++i)
                ok = cells.at(i).isNull() == expected.at(i).isNull();
            if (!ok)
                qWarning("%s: %s: got %lld %s, expected %lld %s", how, qPrintable(describe(record, d)), qlonglong(used),
                         qPrintable(cells.join(QLatin1Char('|'))), qlonglong(expectedUsed),
                         qPrintable(expected.join(QLatin1Char('|'))));
            return ok;
        };

        // No slack: the record's own bytes only (an exact-size heap copy, so an over-read shows
        // under ASan/valgrind).
        std::vector<char> exact(record.begin(), record.end());
        QStringList cold;
        if (!same(cold, parser.parse(exact.data(), qsizetype(exact.size()), base, &cold, 0), "no slack"))
            return false;

        // Slack holding bytes that would end or open a field, or be non-ASCII, if they were read
        // as text.
        for (char filler : {'\0', '"', d.delimiter, '\n', '\xc3'}) {
            QByteArray padded = record + QByteArray(CsvRecordParser::readSlack, filler);
            QStringList cells;
            if (!same(cells, parser.parse(padded.constData(), record.size(), base, &cells, CsvRecordParser::readSlack),
                      "with slack"))
                return false;
            // Warm: the list and its strings already hold a longer, non-ASCII record; then a
            // short one, so that the next parse finds small strings and fewer cells.
            for (const QByteArray &before : {QByteArray("\"l\xc3\xa4nger, viel l\xc3\xa4nger als alles andere hier\","
                                                        "b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r\n"),
                                             QByteArray("x\n")}) {
                QStringList warm;
                parser.parse(before.constData(), before.size(), 0, &warm, 0);
                const QStringList held = warm;   // shared strings and list: must stay untouched
                const QStringList heldCopy = QStringList(held.begin(), held.end());
                if (!same(warm,
                          parser.parse(padded.constData(), record.size(), base, &warm, CsvRecordParser::readSlack),
                          "warm, shared"))
                    return false;
                if (held != heldCopy) {
                    qWarning("a list held elsewhere changed: %s", qPrintable(describe(record, d)));
                    return false;
                }
                if (!same(warm,
                          parser.parse(padded.constData(), record.size(), base, &warm, CsvRecordParser::readSlack),
                          "warm, own"))
                    return false;
            }
        }
        return true;
    }

private slots:
    void trickyRecords_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("empty input") << QByteArray();
        QTest::newRow("only LF") << QByteArray("\n");
        QTest::newRow("only CR") << QByteArray("\r");
        QTest::newRow("only CRLF") << QByteArray("\r\n");
        QTest::newRow("plain LF") << QByteArray("K100000,Herr,Sofia,Schneider\n");
        QTest::newRow("plain CRLF") << QByteArray("K100000,Herr,Sofia,Schneider\r\n");
        QTest::newRow("plain CR") << QByteArray("K100000,Herr,Sofia,Schneider\rnext,line\n");
        QTest::newRow("no line break") << QByteArray("a,b,c");
        QTest::newRow("CR at the very end") << QByteArray("a,b\r");
        QTest::newRow("empty cells") << QByteArray(",,;;\t\t,\n");
        QTest::newRow("trailing delimiter, no break") << QByteArray("a,");
        QTest::newRow("spaces") << QByteArray("  a  , b ,  ;  \t \n");
        QTest::newRow("utf-8 names") << QByteArray("K1,\xc3\x87"
                                                   "a\xc4\x9f"
                                                   "la,\xc3\xa7"
                                                   "a\xc4\x9f"
                                                   "la.wagner1@example4.de,"
                                                   "Hauptstra\xc3\x9f"
                                                   "e 23,K\xc3\xb6ln\n");
        QTest::newRow("cp1252 with ;") << QByteArray("M\xfcller;Stra\xdf"
                                                     "e 1;K\xf6ln;\x80 12,50;\x81\x8d\x8f\x90\x9d\r\n");
        QTest::newRow("invalid utf-8") << QByteArray("\xff,Stra\xc3,\xc3\xa4\xc3,\xef\xbb\xbfx,a\xef\xbb\xbf\n");
        QTest::newRow("bom first") << QByteArray("\xef\xbb\xbf"
                                                 "a,b\n");
        QTest::newRow("quoted") << QByteArray("\"a,b\",\"\xc3\xa4\",\"\"\n");
        QTest::newRow("doubled quotes") << QByteArray("x,\"said \"\"call me later\"\"\",\"\"\"\"\n");
        QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,\"q\"\"\"z\"y,\"a\" b;c\n");
        QTest::newRow("text after quote to end") << QByteArray("\"ab\"cd");
        QTest::newRow("quote closed at end") << QByteArray("a,\"ok\"");
        QTest::newRow("quote closed before CR") << QByteArray("a,\"ok\"\r");
        QTest::newRow("doubled quote at end") << QByteArray("a,\"ok\"\"");
        QTest::newRow("unterminated quote") << QByteArray("a,\"open \xc3\xa4, still\nopen");
        QTest::newRow("line breaks in quotes") << QByteArray("\"l1\r\nl2\",\"\xc3\xa4\nb\",\"\r\"\r\n");
        QTest::newRow("stray quotes") << QByteArray("5\" x,y\"\",\"\"\"\",a\"b\"\n");
        QTest::newRow("quote after spaces") << QByteArray(" \"a\",b\n");
        QTest::newRow("nul bytes") << QByteArray("a\0b,\0,\"\0\"\n", 11);
        QTest::newRow("long value") << QByteArray("id,") + QByteArray("x\xc3\xa4y", 4).repeated(60) +
                                           QByteArray(",end\n");
        QTest::newRow("long quoted value")
            << QByteArray("\"") + QByteArray("ab,\"\"\n").repeated(40) + QByteArray("\",z\n");
        QTest::newRow("benchmark row") << QByteArray(
            "K100001,Herr,\xc3\x87"
            "a\xc4\x9f"
            "la,Wagner,\xc3\xa7"
            "a\xc4\x9f"
            "la.wagner1@example4.de,+49 176 3077052,1968-11-21,"
            "2024-11-21T18:03:00,Hauptstra\xc3\x9f"
            "e 57,16105,Rostock,yes,no,Kunde,75642.74,\"said \"\"call me later\"\"\"\n");
    }

    void trickyRecords()
    {
        QFETCH(QByteArray, record);
        for (const Dialect &d : dialects())
            QVERIFY(agree(record, d));
    }

    // Cells and records ending at every offset around the 16-byte steps and the 64-byte mask
    // windows, with a non-ASCII byte or a quote at the edge.
    void everyBoundary()
    {
        for (const Dialect &d : dialects()) {
            const QByteArray sep(1, d.delimiter);
            for (int lead = 0; lead <= 20; lead += 5) {
                for (int length = 0; length <= 140; ++length) {
                    const QByteArray prefix = QByteArray(lead, 'p') + (lead ? sep : QByteArray());
                    const QByteArray value(length, 'v');
                    for (const QByteArray &tail :
                         {QByteArray("\n"), QByteArray("\r\n"), QByteArray(), sep, sep + "x\n"}) {
                        QVERIFY(agree(prefix + value + tail, d));
                        QVERIFY(agree(prefix + value + "\xc3\xa4" + tail, d));
                        QVERIFY(agree(prefix + "\xc3\xa4" + value + tail, d));
                        QVERIFY(agree(prefix + "\"" + value + "\"" + tail, d));
                        QVERIFY(agree(prefix + "\"" + value + "\"\"\"" + tail, d));
                    }
                }
            }
        }
    }

    // Quotes the scanner found never closed are listed as literal: such a field is plain text.
    void literalQuotes_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<QList<qint64>>("positions");
        QTest::newRow("first field") << QByteArray("\"open,b\n") << qint64(0) << QList<qint64>{0};
        QTest::newRow("later field") << QByteArray("a,\"open,b,\"c\"\n") << qint64(1000) << QList<qint64>{1002};
        QTest::newRow("other record's quote") << QByteArray("a,\"q,r\",b\n") << qint64(50) << QList<qint64>{10, 90};
        QTest::newRow("quote inside text") << QByteArray("a\"b,\"c\n") << qint64(0) << QList<qint64>{1, 4};
    }

    void literalQuotes()
    {
        QFETCH(QByteArray, record);
        QFETCH(qint64, base);
        QFETCH(QList<qint64>, positions);
        const std::vector<qint64> literal(positions.begin(), positions.end());
        for (const Dialect &d : dialects())
            QVERIFY(agree(record, d, &literal, base));
    }

    // Random records over an alphabet of the bytes that matter, in every dialect.
    void randomRecords()
    {
        QRandomGenerator rng(20261127);
        const QList<QByteArray> pieces{"a",
                                       "bc",
                                       "defghijklmnopqr",
                                       "\xc3\xa4",
                                       "\xe2\x82\xac",
                                       "\xf0\x9f\x98\x80",
                                       "\x80",
                                       "\xff",
                                       "\xc3",
                                       ",",
                                       ";",
                                       "\t",
                                       "\"",
                                       "\"\"",
                                       "\r",
                                       "\n",
                                       "\r\n",
                                       " ",
                                       QByteArray(1, '\0'),
                                       QByteArray(40, 'L')};
        for (const Dialect &d : dialects()) {
            for (int i = 0; i < 3000; ++i) {
                QByteArray record;
                const int n = rng.bounded(0, 40);
                for (int k = 0; k < n; ++k)
                    record += pieces.at(rng.bounded(int(pieces.size())));
                QVERIFY(agree(record, d));
            }
        }
    }

    // UTF-16 text is parsed byte-wise by the general path only (the reader transcodes such files
    // to UTF-8 first); parse() must still agree with it.
    void utf16GoesTheGeneralWay()
    {
        const QString text = QStringLiteral("K1,\u00c7a\u011fla,\"q\"\"x\"\n");
        for (TextEncoding::Id id : {TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
            QByteArray bytes;
            for (QChar c : text) {
                const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xff);
                bytes += id == TextEncoding::Utf16LE ? QByteArray(1, lo) + QByteArray(1, hi)
                                                     : QByteArray(1, hi) + QByteArray(1, lo);
            }
            QVERIFY(agree(bytes, Dialect{',', id}));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvRecordParser)
#include "tst_csvrecordparser.moc"
