#include "core/journal/ImportPlanner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Batches and the quota plan the user sees before anything is sent.
class TestImportPlanner : public QObject
{
    Q_OBJECT

    static QList<ConvertedRow> rows(int n)
    {
        QList<ConvertedRow> list;
        for (int i = 0; i < n; ++i) {
            ConvertedRow r;
            r.recordIndex = i;
            r.line = i + 2;
            r.payload.insert(QStringLiteral("external_id"), QString::number(i));
            list << r;
        }
        return list;
    }

private slots:
    void batchesCarryRowsInOrderWithReferenceIds()
    {
        const QList<JournalBatch> batches = ImportPlanner::buildBatches(rows(2500), 1000, QStringLiteral("job"));
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(0).rowCount(), 1000);
        QCOMPARE(batches.at(2).rowCount(), 500);
        QCOMPARE(batches.at(1).recordIndexes.first(), qint64(1000));
        QCOMPARE(batches.at(1).lines.first(), qint64(1002));
        QCOMPARE(batches.at(0).referenceId, QStringLiteral("job-00001"));
        QCOMPARE(batches.at(2).referenceId, QStringLiteral("job-00003"));
        const QJsonArray sent = QJsonDocument::fromJson(batches.at(2).payload).array();
        QCOMPARE(sent.size(), 500);
        QCOMPARE(sent.first().toObject().value(QLatin1String("external_id")).toString(), QStringLiteral("2000"));
        QCOMPARE(batches.at(2).payloadHash,
                 QCryptographicHash::hash(batches.at(2).payload, QCryptographicHash::Sha256).toHex());
    }

    void plan_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("usedEntities");
        QTest::addColumn<qint64>("usedRequests");
        QTest::addColumn<QList<qint64>>("perDay");
        QTest::addColumn<QString>("text");
        QTest::newRow("seed: 50,000 over two days")
            << 50000 << qint64(0) << qint64(0) << QList<qint64>{25000, 25000}
            << "50,000 rows in 50 batches: 25,000 today in 25 batches, 25,000 tomorrow in 25 batches.";
        QTest::newRow("fits today") << 1500 << qint64(0) << qint64(0) << QList<qint64>{1500}
                                    << "1,500 rows in 2 batches: 1,500 today in 2 batches.";
        QTest::newRow("usage kept")
            << 5000 << qint64(22000) << qint64(0) << QList<qint64>{3000, 2000}
            << "5,000 rows in 5 batches: 3,000 today in 3 batches, 2,000 tomorrow in 2 batches.";
        QTest::newRow("quota used up")
            << 2000 << qint64(25000) << qint64(0) << QList<qint64>{0, 2000}
            << "2,000 rows in 2 batches: none today (the daily quota is used up), 2,000 tomorrow in 2 batches.";
        QTest::newRow("requests used up")
            << 1000 << qint64(0) << qint64(9999) << QList<qint64>{0, 1000}
            << "1,000 rows in 1 batch: none today (the daily quota is used up), 1,000 tomorrow in 1 batch.";
        QTest::newRow("three days") << 60000 << qint64(0) << qint64(0) << QList<qint64>{25000, 25000, 10000}
                                    << "60,000 rows in 60 batches: 25,000 today in 25 batches, 25,000 tomorrow in 25 "
                                       "batches, 10,000 on day 3 in 10 batches.";
    }
    void plan()
    {
        QFETCH(int, rows);
        QFETCH(qint64, usedEntities);
        QFETCH(qint64, usedRequests);
        QFETCH(QList<qint64>, perDay);
        QFETCH(QString, text);
        QList<int> batches;
        for (int left = rows; left > 0; left -= 1000)
            batches << qMin(1000, left);
        QuotaBudget today;
        today.usedEntities = usedEntities;
        today.usedRequests = usedRequests;
        const ImportPlan p = ImportPlanner::plan(batches, today);
        QList<qint64> got;
        for (const ImportPlan::Day &d : p.days)
            got << d.rows;
        QCOMPARE(got, perDay);
        QCOMPARE(p.rows, qint64(rows));
        QCOMPARE(p.text(), text);
    }

    void batchNeverLargerThanADay()
    {
        QuotaBudget budget;
        budget.dailyEntities = 300;
        QCOMPARE(ImportPlanner::effectiveBatchSize(1000, budget), 300);
        QCOMPARE(ImportPlanner::effectiveBatchSize(0, QuotaBudget()), 1000);
    }
};

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "tst_importplanner.moc"
