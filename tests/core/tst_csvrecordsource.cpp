#include "core/source/RecordSourceFactory.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// A file's records read back through CsvRecordSource, streamed (forEachRecordInRange, which
// parses with slack after each chunk) and one by one (record(i)), in every encoding the reader
// transcodes or decodes: the cells must be exactly the text that was written.
class TestCsvRecordSource : public QObject
{
    Q_OBJECT

    static QList<QStringList> rows()
    {
        const QString longValue = QStringLiteral("M\u00fcller-L\u00fcdenscheid ").repeated(12);
        return {
            {QStringLiteral("ID"), QStringLiteral("Anrede"), QStringLiteral("Vorname"), QStringLiteral("E-Mail"),
             QStringLiteral("Stra\u00dfe"), QStringLiteral("Notiz"), QStringLiteral("Extra")},
            {QStringLiteral("K1"), QStringLiteral("Herr"), QStringLiteral("\u00c7a\u011fla"),
             QStringLiteral("\u00e7a\u011fla.wagner1@example4.de"), QStringLiteral("Hauptstra\u00dfe 23"),
             QStringLiteral("said \"call me later\""), QString()},
            {QStringLiteral("K2"), QString(), QStringLiteral("Zo\u00eb"), QString(), QStringLiteral("  spaces  "),
             QStringLiteral("multi\nline\r\nvalue"), QStringLiteral("a,b;c")},
            {QStringLiteral("K3"), QStringLiteral("Frau"), longValue, QStringLiteral("x"),
             QStringLiteral("\u20ac 12,50"), QStringLiteral("\""), QStringLiteral("end")},
            {QStringLiteral("K4"), QStringLiteral("\U0001F600 ok"), QStringLiteral("\u00e4"), QStringLiteral("\"\""),
             QStringLiteral("0123456789abcdef"), QStringLiteral("0123456789abcdef0123456789abcdef"),
             QStringLiteral(";")},
            {QStringLiteral("K5"), QString(), QString(), QString(), QString(), QString(), QString()},
        };
    }

    static QString field(const QString &cell, QChar delimiter)
    {
        if (!cell.contains(delimiter) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')) &&
            !cell.contains(QLatin1Char('\r')))
            return cell;
        QString quoted = cell;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    // Windows-1252 has no ğ or emoji: such characters become '?' in the file and in the expectation.
    static QString cp1252Representable(QString s)
    {
        for (QChar &c : s)
            if (c.unicode() > 0xff && c != QChar(0x20ac))
                c = QLatin1Char('?');
        return s;
    }

    static QByteArray toCp1252(const QString &s)
    {
        QByteArray out;
        for (QChar c : s)
            out += c == QChar(0x20ac) ? '\x80' : char(c.unicode());
        return out;
    }

private slots:
    void readsBackWhatWasWritten_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("lineBreak");
        QTest::addColumn<bool>("finalLineBreak");
        QTest::newRow("utf-8 , LF") << "utf-8"
                                    << ","
                                    << "\n"
                                    << true;
        QTest::newRow("utf-8 , CRLF, none at the end") << "utf-8"
                                                       << ","
                                                       << "\r\n"
                                                       << false;
        QTest::newRow("windows-1252 ; CRLF") << "windows-1252"
                                             << ";"
                                             << "\r\n"
                                             << true;
        QTest::newRow("windows-1252 ; LF, none at the end") << "windows-1252"
                                                            << ";"
                                                            << "\n"
                                                            << false;
        QTest::newRow("utf-16le tab LF") << "utf-16le"
                                         << "\t"
                                         << "\n"
                                         << true;
        QTest::newRow("utf-16be ; CRLF, none at the end") << "utf-16be"
                                                          << ";"
                                                          << "\r\n"
                                                          << false;
    }

    void readsBackWhatWasWritten()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(QString, lineBreak);
        QFETCH(bool, finalLineBreak);
        const QChar d = delimiter.at(0);
        QList<QStringList> expected = rows();
        if (encoding == QLatin1String("windows-1252"))
            for (QStringList &row : expected)
                for (QString &cell : row)
                    cell = cp1252Representable(cell);

        QString text;
        for (const QStringList &row : std::as_const(expected)) {
            QStringList fields;
            for (const QString &cell : row)
                fields << field(cell, d);
            text += fields.join(d) + lineBreak;
        }
        if (!finalLineBreak)
            text.chop(lineBreak.size());
        QByteArray bytes;
        if (encoding == QLatin1String("utf-8"))
            bytes = text.toUtf8();
        else if (encoding == QLatin1String("windows-1252"))
            bytes = toCp1252(text);
        else
            bytes = QStringEncoder(encoding == QLatin1String("utf-16le") ? QStringEncoder::Utf16LE
                                                                         : QStringEncoder::Utf16BE,
                                   QStringEncoder::Flag::WriteBom)
                        .encode(text);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("contacts.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        ReadOptions options;
        options.encoding = encoding;
        options.delimiter = d;
        options.headerRow = 1;
        QString error;
        auto source = RecordSourceFactory::openFile(path, options, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->headers(), expected.first());
        QCOMPARE(source->recordCount(), qint64(expected.size() - 1));

        // Streamed, whole file and in short ranges (each range's last record is at the end of
        // its read, followed by the slack only).
        for (qint64 step : {qint64(100), qint64(1), qint64(2), qint64(3)}) {
            for (qint64 first = 0; first < source->recordCount(); first += step) {
                qint64 next = first;
                bool same = true;
                source->forEachRecordInRange(first, first + step, [&](const SourceRecord &r) {
                    if (r.index != next || r.cells != expected.at(r.index + 1)) {
                        qWarning("record %lld: %s", qlonglong(r.index), qPrintable(r.cells.join(QLatin1Char('|'))));
                        same = false;
                    }
                    ++next;
                    return true;
                });
                QVERIFY(same);
                QCOMPARE(next, std::min(first + step, source->recordCount()));
            }
        }
        for (qint64 i = 0; i < source->recordCount(); ++i)
            QCOMPARE(source->record(i).cells, expected.at(i + 1));
    }
};

QTEST_GUILESS_MAIN(TestCsvRecordSource)
#include "tst_csvrecordsource.moc"
