#include "core/source/RecordSourceFactory.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every csv-spectrum case must read exactly as its JSON says (tests/data/csv-spectrum, see its README).
class TestCsvConformance : public QObject
{
    Q_OBJECT

private slots:
    void spectrum_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(TestPaths::data(QStringLiteral("csv-spectrum/csvs")));
        const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 11, qPrintable(dir.path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void spectrum()
    {
        QFETCH(QString, name);
        const QString csv = TestPaths::data(QStringLiteral("csv-spectrum/csvs/%1.csv").arg(name));
        QFile jsonFile(TestPaths::data(QStringLiteral("csv-spectrum/json/%1.json").arg(name)));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonArray expected = QJsonDocument::fromJson(jsonFile.readAll(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        // A one-column-per-record file gives the delimiter detector nothing; csv-spectrum is comma.
        ReadOptions options;
        options.delimiter = QLatin1Char(',');
        QString error;
        auto source = RecordSourceFactory::openFile(csv, options, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->recordCount(), qint64(expected.size()));
        QCOMPARE(source->name(), csv);
        QCOMPARE(source->description().encoding.value, QStringLiteral("utf-8"));
        QVERIFY2(source->description().warnings.isEmpty(), qPrintable(source->description().warnings.value(0).message));
        const QStringList headers = source->headers();
        for (qint64 i = 0; i < source->recordCount(); ++i) {
            const QJsonObject object = expected.at(i).toObject();
            const SourceRecord record = source->record(i);
            QCOMPARE(record.index, i);
            QCOMPARE(record.cells.size(), headers.size());
            QCOMPARE(qsizetype(object.size()), headers.size());
            for (auto it = object.begin(); it != object.end(); ++it) {
                const int column = headers.indexOf(it.key());
                QVERIFY2(column >= 0, qPrintable(it.key()));
                QCOMPARE(record.cells.at(column), it.value().toString());
            }
        }
        // The streaming path gives the same records as random access.
        qint64 seen = 0;
        source->forEachRecord([&](const SourceRecord &r) {
            const SourceRecord single = source->record(r.index);
            if (single.cells != r.cells || single.line != r.line || r.index != seen)
                return false;
            ++seen;
            return true;
        });
        QCOMPARE(seen, source->recordCount());
    }

    void spectrumWithDetection_data() { spectrum_data(); }
    void spectrumWithDetection()
    {
        // Without a forced delimiter, detection must still pick the comma where there is one to see.
        QFETCH(QString, name);
        QString error;
        auto source = RecordSourceFactory::openFile(
            TestPaths::data(QStringLiteral("csv-spectrum/csvs/%1.csv").arg(name)), ReadOptions(), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->description().delimiter.value, QStringLiteral(","));
        QCOMPARE(source->description().headerRowNumber, 1);
    }

    void physicalLinesCountBreaksInsideQuotes()
    {
        QString error;
        auto source = RecordSourceFactory::openFile(
            TestPaths::data(QStringLiteral("csv-spectrum/csvs/newlines_crlf.csv")), ReadOptions(), &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->record(0).line, 2);
        QCOMPARE(source->record(1).line, 3);
        QCOMPARE(source->record(2).line, 5);   // "Once upon \r\na time" takes lines 3 and 4
        QCOMPARE(source->description().lineEnding.value, QStringLiteral("CRLF"));
    }
};

QTEST_GUILESS_MAIN(TestCsvConformance)
#include "tst_csvconformance.moc"
