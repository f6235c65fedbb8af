#include "core/journal/ImportJournal.h"
#include "core/journal/RowChangeLog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// "What did this import change?": the record kept beside an existing journal, and its CSV.
class TestRowChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void keptBesideAnExistingJournalAndExported()
    {
        QTemporaryDir dir;
        {
            ImportJournal journal(dir.path());   // a journal as earlier versions wrote it
            QVERIFY(journal.open());
            QVERIFY(journal.addUsage(QStringLiteral("http://x"), QStringLiteral("2026-12-06"), 5, 1));
        }
        {
            RowChangeLog log(dir.path());
            QString error;
            QVERIFY2(log.open(&error), qPrintable(error));
            QCOMPARE(log.count(QStringLiteral("job-1")), 0);
            QJsonObject changes{{"full_name", QJsonArray{"Anna", "Anna Schmidt"}},
                                {"revenue", QJsonArray{5, 7}},
                                {"city", QJsonArray{QJsonValue::Null, "=Berlin"}}};
            QVERIFY(log.record(QStringLiteral("job-1"), {{4, 5, "update", "c-1", changes}, {2, 3, "new", {}, {}}}));
        }
        // The old journal still opens and still has its data; the record survives a reopen.
        ImportJournal journal(dir.path());
        QVERIFY(journal.open());
        qint64 entities = 0, requests = 0;
        journal.usage(QStringLiteral("http://x"), QStringLiteral("2026-12-06"), &entities, &requests);
        QCOMPARE(entities, 5);
        RowChangeLog log(dir.path());
        QVERIFY(log.open());
        QCOMPARE(log.count(QStringLiteral("job-1")), 2);
        QList<qint64> lines;
        QVERIFY(log.forEach(QStringLiteral("job-1"), [&](const RowChangeLog::Entry &e) { lines << e.line; }));
        QCOMPARE(lines, (QList<qint64>{3, 5}));

        const QString csv = dir.filePath(QStringLiteral("changes.csv"));
        QString error;
        QVERIFY2(log.exportCsv(QStringLiteral("job-1"), csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // Excel needs the BOM for umlauts
        const QStringList out = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(out.at(0), QStringLiteral("line;outcome;contact_id;field;old_value;new_value"));
        QCOMPARE(out.at(1), QStringLiteral("3;new;;;;"));
        QVERIFY(out.contains(QStringLiteral("5;update;c-1;full_name;Anna;Anna Schmidt")));
        QVERIFY(out.contains(QStringLiteral("5;update;c-1;revenue;5;7")));
        QVERIFY(out.contains(QStringLiteral("5;update;c-1;city;;\"'=Berlin\"")));   // no formula in Excel
    }
};

QTEST_GUILESS_MAIN(TestRowChangeLog)
#include "tst_rowchangelog.moc"
