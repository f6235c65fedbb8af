#include "core/source/RecordSourceFactory.h"
#include "core/source/xlsx/ExcelDate.h"
#include "support/TestPaths.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// .xlsx workbooks (fixtures made by tests/data/make_xlsx_fixtures.py): sheets, shared and inline
// strings, numbers, booleans, formula results, errors, dates in the 1900 and 1904 systems.
class TestXlsxReader : public QObject
{
    Q_OBJECT

    static std::unique_ptr<FileRecordSource> open(const QString &file,
                                                  const QString &sheet = QStringLiteral("Kontakte"))
    {
        ReadOptions options;
        options.sheet = sheet;
        QString error;
        auto source = RecordSourceFactory::openFile(TestPaths::data(file), options, &error);
        if (!source)
            qWarning("%s", qPrintable(error));
        return source;
    }

private slots:
    void listsSheetsInWorkbookOrder()
    {
        QString error;
        QCOMPARE(RecordSourceFactory::sheets(TestPaths::data(QStringLiteral("contacts.xlsx")), &error),
                 (QStringList{QStringLiteral("Info"), QStringLiteral("Kontakte")}));
        QVERIFY(RecordSourceFactory::sheets(TestPaths::data(QStringLiteral("not-a-workbook.xlsx")), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("not an Excel workbook")), qPrintable(error));
    }

    void readsTheChosenSheetWithItsHeaderBelowATitle()
    {
        auto source = open(QStringLiteral("contacts.xlsx"));
        QVERIFY(source);
        const SourceDescription d = source->description();
        QCOMPARE(d.format, QStringLiteral("xlsx"));
        QCOMPARE(d.sheet, QStringLiteral("Kontakte"));
        QCOMPARE(d.sheets.size(), 2);
        QCOMPARE(d.headerRowNumber, 3);
        QCOMPARE(
            source->headers(),
            (QStringList{QStringLiteral("Kundennr."), QStringLiteral("Name"), QStringLiteral("E-Mail"),
                         QStringLiteral("Geburtstag"), QStringLiteral("Letzter Kontakt"), QStringLiteral("Newsletter"),
                         QStringLiteral("Column 7"), QStringLiteral("E-Mail (2)"), QStringLiteral("Uhrzeit")}));
        QCOMPARE(source->recordCount(), 3);   // the empty row 6 is skipped
        QCOMPARE(d.records, 3);
        QVERIFY(d.complete);

        const SourceRecord first = source->record(0);
        QCOMPARE(first.line, 4);
        QCOMPARE(first.cells,
                 (QStringList{QStringLiteral("1001"), QStringLiteral("Müller"), QStringLiteral("m@example.de"),
                              QStringLiteral("1900-02-29"),   // Excel's fictitious leap day
                              QStringLiteral("2024-03-01T18:00:00"),   // custom "dd/mm/yyyy hh:mm"
                              QStringLiteral("TRUE"), QStringLiteral("1001x"), QStringLiteral("#N/A"),
                              QStringLiteral("12:00:00")}));
        const SourceRecord second = source->record(1);
        QCOMPARE(second.cells,
                 (QStringList{QStringLiteral("1002"), QStringLiteral("Schröder "), QStringLiteral("s@example.de"),
                              QStringLiteral("1900-02-28"), QStringLiteral("1900-03-01"), QStringLiteral("FALSE"),
                              QString(), QStringLiteral("1234.5"), QString()}));
        const SourceRecord third = source->record(2);
        QCOMPARE(third.line, 7);
        QCOMPARE(third.cells.size(), 9);
        QCOMPARE(third.cells.at(2), QStringLiteral("only@example.de"));
        QCOMPARE(third.cells.at(3), QStringLiteral("1900-01-01"));
        QVERIFY(source->isUnchanged());
    }

    void firstSheetByDefault()
    {
        auto source = open(QStringLiteral("contacts.xlsx"), QString());
        QVERIFY(source);
        QCOMPARE(source->description().sheet, QStringLiteral("Info"));
        QCOMPARE(source->headers(), QStringList{QStringLiteral("Nur eine Notiz")});
        QCOMPARE(source->recordCount(), 0);
    }

    void dates1904System()
    {
        auto source = open(QStringLiteral("contacts-1904.xlsx"));
        QVERIFY(source);
        QCOMPARE(source->record(0).cells.at(3), QStringLiteral("1904-03-01"));
        QCOMPARE(source->record(0).cells.at(4),
                 QDate(1904, 1, 1).addDays(45352).toString(Qt::ISODate) + QStringLiteral("T18:00:00"));
        QCOMPARE(source->record(2).cells.at(3), QStringLiteral("1904-01-02"));
    }

    void unknownSheetAndBrokenFilesSayWhatToDo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown sheet") << TestPaths::data(QStringLiteral("contacts.xlsx")) << "Adressen"
                                       << "Info, Kontakte";
        QTest::newRow("zip without workbook") << TestPaths::data(QStringLiteral("not-a-workbook.xlsx")) << ""
                                              << "not an Excel workbook";
    }

    void unknownSheetAndBrokenFilesSayWhatToDo()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, mentions);
        ReadOptions options;
        options.sheet = sheet;
        QString error;
        QVERIFY(!RecordSourceFactory::openFile(file, options, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void truncatedWorkbookIsAClearError()
    {
        QFile in(TestPaths::data(QStringLiteral("contacts.xlsx")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QTemporaryDir dir;
        for (qsizetype cut : {qsizetype(100), bytes.size() / 2, bytes.size() - 30}) {
            const QString path = dir.filePath(QStringLiteral("cut%1.xlsx").arg(cut));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(cut));
            out.close();
            QString error;
            auto source = RecordSourceFactory::openFile(path, ReadOptions(), &error);
            QVERIFY2(!source || source->recordCount() >= 0, "no crash");
            if (!source)
                QVERIFY2(error.contains(path), qPrintable(error));
        }
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<QString>("iso");
        QTest::newRow("day 1") << 1.0 << false << "1900-01-01";
        QTest::newRow("28 Feb 1900") << 59.0 << false << "1900-02-28";
        QTest::newRow("fictitious 29 Feb 1900") << 60.0 << false << "1900-02-29";
        QTest::newRow("1 Mar 1900") << 61.0 << false << "1900-03-01";
        QTest::newRow("2024 with time") << 45292.5 << false << "2024-01-01T12:00:00";
        QTest::newRow("rounds to the second") << 45292.999999999 << false << "2024-01-02";
        QTest::newRow("1904 day 0") << 0.0 << true << "1904-01-01";
        QTest::newRow("1904 2024") << 43830.0 << true << "2024-01-01";
        QTest::newRow("negative") << -1.0 << false << "";
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, system1904);
        QFETCH(QString, iso);
        QCOMPARE(ExcelDate::toIso(serial, system1904), iso);
    }

    void dateFormats()
    {
        QVERIFY(ExcelDate::isDateFormat(14, QString()));
        QVERIFY(ExcelDate::isDateFormat(164, QStringLiteral("dd.mm.yyyy")));
        QVERIFY(ExcelDate::isDateFormat(164, QStringLiteral("[$-407]d. mmmm yyyy")));
        QVERIFY(!ExcelDate::isDateFormat(165, QStringLiteral("\"Nr. \"0")));
        QVERIFY(!ExcelDate::isDateFormat(4, QStringLiteral("#,##0.00")));
        QVERIFY(!ExcelDate::isDateFormat(0, QStringLiteral("General")));
        QVERIFY(!ExcelDate::isDateFormat(166, QStringLiteral("[Red]0.00")));
        QVERIFY(ExcelDate::isTimeOnlyFormat(21, QString()));
        QVERIFY(ExcelDate::isTimeOnlyFormat(170, QStringLiteral("[h]:mm")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
