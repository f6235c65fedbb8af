#include "core/failedrows/FailedRowsExport.h"
#include "core/failedrows/FailedRowsSource.h"
#include "core/source/MemoryRecordSource.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Failed rows go back to Excel safely and come back in unchanged.
class TestFailedRowsExport : public QObject
{
    Q_OBJECT

private slots:
    void guard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("formula") << "=SUM(A1:A9)"
                                 << "'=SUM(A1:A9)";
        QTest::newRow("plus") << "+49 381 1234"
                              << "'+49 381 1234";
        QTest::newRow("minus") << "-5"
                               << "'-5";
        QTest::newRow("at") << "@cmd"
                            << "'@cmd";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("cr") << "\rx"
                            << "'\rx";
        QTest::newRow("lf") << "\nx"
                            << "'\nx";
        QTest::newRow("plain") << "Müller"
                               << "Müller";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("quote then text") << "'hello"
                                         << "'hello";
        QTest::newRow("already guarded-looking") << "'=1"
                                                 << "''=1";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
    }
    void guard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, escaped);
        QCOMPARE(FailedRowsExport::escapeCell(cell), escaped);
        QCOMPARE(FailedRowsExport::unescapeCell(escaped), cell);   // re-import restores it exactly
    }

    void guardedCellsAreQuoted()
    {
        QCOMPARE(FailedRowsExport::csvLine({QStringLiteral("=1+2"), QStringLiteral("a;b"), QStringLiteral("say \"hi\""),
                                            QStringLiteral("plain")},
                                           QLatin1Char(';')),
                 QStringLiteral("\"'=1+2\";\"a;b\";\"say \"\"hi\"\"\";plain"));
    }

    void errorColumnsAreRecognised()
    {
        QVERIFY(FailedRowsExport::isErrorColumn(QStringLiteral("error_code")));
        QVERIFY(FailedRowsExport::isErrorColumn(QStringLiteral(" Error_Message ")));
        QVERIFY(FailedRowsExport::isErrorColumn(QStringLiteral("source_line")));
        QVERIFY(!FailedRowsExport::isErrorColumn(QStringLiteral("E-Mail")));
    }

    void writesGermanExcelCsv()
    {
        // Plain words naming the column as the file heads it; the raw server text in error_detail.
        QTemporaryDir dir;
        FailedRow row;
        row.line = 7;
        row.cells = {QStringLiteral("K1"), QStringLiteral("anna@example.de"), QStringLiteral("=2+3")};
        row.code = QStringLiteral("23505");
        row.message = QStringLiteral("duplicate key value violates unique constraint \"unique_email\"");
        row.hint = QStringLiteral("Use another address");
        row.input = QJsonObject{{QStringLiteral("email"), QStringLiteral("anna@example.de")}};
        FailedRowsExport::Options utf8;
        utf8.context.fieldColumns.insert(QStringLiteral("email"), QStringLiteral("E-Mail"));
        QString error;
        const QString path = dir.filePath(QStringLiteral("failed.csv"));
        QVERIFY(FailedRowsExport::write(path, {QStringLiteral("Nr"), QStringLiteral("E-Mail"), QStringLiteral("Notiz")},
                                        {row}, utf8, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(
            f.readAll(),
            QByteArray("\xEF\xBB\xBFNr;E-Mail;Notiz;error_code;error_message;error_hint;error_detail;source_line\r\n"
                       "K1;anna@example.de;\"'=2+3\";23505;\"The e-mail address \"\"anna@example.de\"\" already "
                       "belongs to another contact in Hellomateo.\";\"Change or remove it in column \"\"E-Mail\"\", "
                       "or import this row with that contact's customer number.\";\"23505: duplicate key value "
                       "violates unique constraint \"\"unique_email\"\" | Use another address\";7\r\n"));
    }

    void aRowWithTwoReasonsIsOneLineWithBoth()
    {
        QTemporaryDir dir;
        FailedRow row;
        row.line = 5;
        row.recordIndex = 3;
        row.cells = {QStringLiteral("0171"), QStringLiteral("anna@")};
        row.code = QStringLiteral("invalid_phone");
        row.message = QStringLiteral("too short");
        row.column = QStringLiteral("Mobil");
        row.moreReasons.append(
            {QStringLiteral("invalid_email"), QStringLiteral("no domain"), QString(), QStringLiteral("E-Mail")});
        const QStringList cells = FailedRowsExport::errorCells(row, [] {
            ErrorContext c;
            c.headers = {QStringLiteral("Mobil"), QStringLiteral("E-Mail")};
            return c;
        }());
        QCOMPARE(cells.value(0), QStringLiteral("invalid_phone, invalid_email"));
        QCOMPARE(cells.value(1), QStringLiteral("\"0171\" in column \"Mobil\" is not a valid phone number.\n"
                                                "\"anna@\" in column \"E-Mail\" is not a valid e-mail address."));
        QCOMPARE(cells.value(3), QStringLiteral("too short\nno domain"));
        QCOMPARE(cells.value(4), QStringLiteral("5"));
        QString error;
        const QString path = dir.filePath(QStringLiteral("two.csv"));
        QVERIFY(FailedRowsExport::write(path, {QStringLiteral("Mobil"), QStringLiteral("E-Mail")}, {row},
                                        FailedRowsExport::Options(), &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 2);   // header and one row: the row is not imported twice
    }

    void defaultPathIsBesideTheSource()
    {
        QCOMPARE(FailedRowsExport::defaultPath(QStringLiteral("/data/kunden-export.csv")),
                 QStringLiteral("/data/kunden-export.failed-rows.csv"));
        QCOMPARE(FailedRowsExport::defaultPath(QStringLiteral("/data/Kunden 2024.xlsx")),
                 QStringLiteral("/data/Kunden 2024.failed-rows.csv"));
    }

    void olderExportsWithoutDetailAreStillRecognised()
    {
        QVERIFY(FailedRowsSource::isExport({QStringLiteral("Nr"), QStringLiteral("error_code"),
                                            QStringLiteral("error_message"), QStringLiteral("error_hint"),
                                            QStringLiteral("source_line")}));
        QVERIFY(FailedRowsExport::isErrorColumn(QStringLiteral("error_detail")));
    }

    void writesTheSourceSingleByteEncoding()
    {
        QTemporaryDir dir;
        FailedRow row;
        row.line = 2;
        row.cells = {QStringLiteral("Jürgen"), QStringLiteral("€5")};
        row.code = QStringLiteral("x");
        FailedRowsExport::Options cp1252;
        cp1252.encoding = QStringLiteral("windows-1252");
        cp1252.delimiter = QLatin1Char(',');
        qint64 unmappable = 0;
        QString error;
        const QString path = dir.filePath(QStringLiteral("f.csv"));
        QVERIFY(FailedRowsExport::write(path, {QStringLiteral("Name"), QStringLiteral("Betrag")}, {row}, cp1252, &error,
                                        &unmappable));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("J\xFCrgen,\x80"
                               "5,x,"));
        QVERIFY(bytes.endsWith(",2\r\n"));
        QCOMPARE(unmappable, qint64(0));
    }

    void reimportStripsTheGuardAndHidesErrorColumns()
    {
        auto inner = std::make_unique<MemoryRecordSource>(
            QStringLiteral("f.csv"),
            QStringList{QStringLiteral("Nr"), QStringLiteral("Notiz"), QStringLiteral("error_code"),
                        QStringLiteral("error_message"), QStringLiteral("error_hint"), QStringLiteral("source_line")},
            QList<QStringList>{{QStringLiteral("K1"), QStringLiteral("'=2+3"), QStringLiteral("23505"),
                                QStringLiteral("dup"), QString(), QStringLiteral("7")}});
        const std::unique_ptr<RecordSource> source = FailedRowsSource::wrapIfExport(std::move(inner));
        QCOMPARE(source->headers(), (QStringList{QStringLiteral("Nr"), QStringLiteral("Notiz")}));
        QCOMPARE(source->record(0).cells, (QStringList{QStringLiteral("K1"), QStringLiteral("=2+3")}));
        QList<QStringList> seen;
        source->forEachRecord([&](const SourceRecord &r) {
            seen << r.cells;
            return true;
        });
        QCOMPARE(seen.first().last(), QStringLiteral("=2+3"));

        auto plain = std::make_unique<MemoryRecordSource>(QStringLiteral("p.csv"), QStringList{QStringLiteral("Notiz")},
                                                          QList<QStringList>{{QStringLiteral("'=x")}});
        const std::unique_ptr<RecordSource> untouched = FailedRowsSource::wrapIfExport(std::move(plain));
        QCOMPARE(untouched->record(0).cells.first(), QStringLiteral("'=x"));   // only exports are unescaped
    }

    void streamedRowsAreWrittenInBlocksAndAFailedStreamLeavesTheOldFile()
    {
        // Enough rows for several 1 MB blocks: the streamed file equals the one written from a list.
        QTemporaryDir dir;
        QList<FailedRow> rows;
        for (int i = 0; i < 6000; ++i) {
            FailedRow row;
            row.line = i + 2;
            row.cells = {QString::number(i), QString(200, QLatin1Char('x')), QStringLiteral("Müller")};
            row.code = QStringLiteral("invalid_phone");
            row.message = QStringLiteral("not a valid phone number");
            rows << row;
        }
        const QStringList headers{QStringLiteral("Nr"), QStringLiteral("Text"), QStringLiteral("Name")};
        const QString fromList = dir.filePath(QStringLiteral("list.csv"));
        const QString streamed = dir.filePath(QStringLiteral("streamed.csv"));
        QString error;
        QVERIFY(FailedRowsExport::write(fromList, headers, rows, {}, &error));
        int visited = 0;
        const auto all = [&](const FailedRowsExport::RowVisitor &visit) {
            for (const FailedRow &r : std::as_const(rows)) {
                visit(r);
                ++visited;
            }
            return true;
        };
        QVERIFY(FailedRowsExport::writeStreamed(streamed, headers, all, {}, &error));
        QCOMPARE(visited, 6000);
        QFile a(fromList), b(streamed);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray expected = a.readAll();
        QVERIFY(expected.size() > 1.2 * 1024 * 1024);
        QCOMPARE(b.readAll(), expected);
        b.close();

        // The journal fails half-way: the earlier export stays as it was, nothing half-written.
        const auto broken = [&](const FailedRowsExport::RowVisitor &visit) {
            for (int i = 0; i < 5000; ++i)
                visit(rows.at(i));
            error = QStringLiteral("journal.sqlite: disk I/O error");
            return false;
        };
        QVERIFY(!FailedRowsExport::writeStreamed(streamed, headers, broken, {}, &error));
        QCOMPARE(error, QStringLiteral("journal.sqlite: disk I/O error"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), expected);
    }

    void unwritablePathIsAClearError()
    {
        QString error;
        QVERIFY(!FailedRowsExport::write(QStringLiteral("/proc/nope/failed.csv"), {}, {}, {}, &error));
        QVERIFY(error.contains(QLatin1String("/proc/nope/failed.csv")));
    }
};

QTEST_GUILESS_MAIN(TestFailedRowsExport)
#include "tst_failedrowsexport.moc"
