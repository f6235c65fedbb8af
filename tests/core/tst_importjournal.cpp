#include "core/journal/ImportJournal.h"
#include "core/journal/ImportPlanner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The journal is what makes exactly-once possible: every state is durable and survives reopening.
class TestImportJournal : public QObject
{
    Q_OBJECT

    static QList<ConvertedRow> rows(int n)
    {
        QList<ConvertedRow> list;
        for (int i = 0; i < n; ++i) {
            ConvertedRow r;
            r.recordIndex = i;
            r.line = i + 2;
            r.payload.insert(QStringLiteral("email"), QStringLiteral("p%1@example.com").arg(i));
            list << r;
        }
        return list;
    }

    static QString makeJob(ImportJournal &journal, int rowCount = 5, int batchSize = 2)
    {
        JournalJob job;
        job.id = QStringLiteral("job-1");
        job.source.path = QStringLiteral("/tmp/contacts.csv");
        job.source.size = 123;
        job.source.sha256 = QStringLiteral("ab");
        job.headers = {QStringLiteral("E-Mail"), QStringLiteral("Name")};
        job.delimiter = QStringLiteral(";");
        job.encoding = QStringLiteral("utf-8");
        job.bom = true;
        job.profileJson = R"({"version":1})";
        job.totalRows = rowCount + 1;
        job.invalidRows = 1;
        QList<JournalBatch> batches = ImportPlanner::buildBatches(rows(rowCount), batchSize, job.id);
        QList<QList<QStringList>> cells;
        for (const JournalBatch &b : batches) {
            QList<QStringList> c;
            for (qint64 i : b.recordIndexes)
                c << QStringList{QStringLiteral("p%1@example.com").arg(i), QStringLiteral("Name %1").arg(i)};
            cells << c;
        }
        FailedRow invalid;
        invalid.recordIndex = 99;
        invalid.line = 101;
        invalid.code = QStringLiteral("invalid_email");
        invalid.message = QStringLiteral("not an e-mail");
        invalid.cells = {QStringLiteral("x@"), QStringLiteral("X")};
        if (!journal.createJob(job, batches, {invalid}, cells))
            qFatal("%s", qPrintable(journal.lastError()));
        return job.id;
    }

private slots:
    void jobAndBatchesSurviveReopening()
    {
        QTemporaryDir dir;
        {
            ImportJournal journal(dir.path());
            QVERIFY(journal.open());
            const QString id = makeJob(journal);
            const QList<JournalBatch> batches = journal.batches(id);
            QCOMPARE(batches.size(), 3);
            QVERIFY(journal.markSending(batches.at(0).id));
            QVERIFY(journal.markAccepted(batches.at(0).id, QStringLiteral("imp-1")));
            QVERIFY(journal.markSending(batches.at(1).id));
        }
        ImportJournal reopened(dir.path());
        QVERIFY(reopened.open());
        const auto job = reopened.job(QStringLiteral("job-1"));
        QVERIFY(job.has_value());
        QCOMPARE(job->headers, (QStringList{QStringLiteral("E-Mail"), QStringLiteral("Name")}));
        QCOMPARE(job->delimiter, QStringLiteral(";"));
        QVERIFY(job->bom);
        QCOMPARE(job->profileJson, QByteArray(R"({"version":1})"));
        const QList<JournalBatch> batches = reopened.batches(QStringLiteral("job-1"));
        QCOMPARE(batches.at(0).state, BatchState::Accepted);
        QCOMPARE(batches.at(0).importId, QStringLiteral("imp-1"));
        QCOMPARE(batches.at(1).state, BatchState::Sending);
        QCOMPARE(batches.at(1).attempts, 1);
        QCOMPARE(batches.at(2).state, BatchState::Planned);
        QCOMPARE(batches.at(2).recordIndexes, (QList<qint64>{4}));
        QCOMPARE(batches.at(2).lines, (QList<qint64>{6}));
        QCOMPARE(ImportPlanner::payloadHash(reopened.payload(batches.at(2).id)), batches.at(2).payloadHash);
        QCOMPARE(reopened.cells(batches.at(2).id).first().first(), QStringLiteral("p4@example.com"));
        QCOMPARE(reopened.jobs(true).size(), 1);
    }

    void usesWalAndAUniqueConnectionPerInstance()
    {
        QTemporaryDir dir;
        ImportJournal a(dir.path());
        ImportJournal b(dir.path());
        QVERIFY(a.open());
        QVERIFY(b.open());   // two instances (e.g. `status` beside a running `run`) coexist
        makeJob(a);
        QCOMPARE(b.jobs(false).size(), 1);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(a.filePath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void finishingTwiceStoresFailuresOnce()
    {
        QTemporaryDir dir;
        ImportJournal journal(dir.path());
        QVERIFY(journal.open());
        const QString id = makeJob(journal);
        const qint64 batchId = journal.batches(id).first().id;
        FailedRow f;
        f.line = 2;
        f.code = QStringLiteral("23505");
        f.message = QStringLiteral("duplicate");
        QVERIFY(journal.markFinished(batchId, 2, 1, 1, {f}));
        QVERIFY(journal.markFinished(batchId, 2, 1, 1, {f}));
        QCOMPARE(journal.failedRowCount(id), qint64(2));   // the invalid row + one failure
        const QList<FailedRow> failed = journal.failedRows(id);
        QCOMPARE(failed.first().code, QStringLiteral("23505"));
        QCOMPARE(failed.last().code, QStringLiteral("invalid_email"));
        QCOMPARE(failed.last().cells, (QStringList{QStringLiteral("x@"), QStringLiteral("X")}));
    }

    void splitReplacesTheParent()
    {
        QTemporaryDir dir;
        ImportJournal journal(dir.path());
        QVERIFY(journal.open());
        const QString id = makeJob(journal);
        const JournalBatch parent = journal.batches(id).first();
        QList<JournalBatch> children(2);
        for (int i = 0; i < 2; ++i) {
            children[i].jobId = id;
            children[i].sequence = parent.sequence;
            children[i].parentId = parent.id;
            children[i].referenceId = parent.referenceId + QStringLiteral(".%1").arg(i + 1);
            children[i].recordIndexes = {parent.recordIndexes.at(i)};
            children[i].lines = {parent.lines.at(i)};
        }
        QVERIFY(journal.splitBatch(parent.id, children, {}));
        const QList<JournalBatch> after = journal.batches(id);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.at(0).state, BatchState::Split);
        QCOMPARE(after.at(1).referenceId, parent.referenceId + QStringLiteral(".1"));
        QCOMPARE(after.at(2).parentId, parent.id);
    }

    void usageIsKeptPerOriginAndDay()
    {
        QTemporaryDir dir;
        {
            ImportJournal journal(dir.path());
            QVERIFY(journal.open());
            QVERIFY(journal.addUsage(QStringLiteral("https://a:443"), QStringLiteral("2026-11-27"), 1000, 1));
            QVERIFY(journal.addUsage(QStringLiteral("https://a:443"), QStringLiteral("2026-11-27"), 0, 1));
            QVERIFY(journal.addUsage(QStringLiteral("https://b:443"), QStringLiteral("2026-11-27"), 5, 5));
        }
        ImportJournal journal(dir.path());
        QVERIFY(journal.open());
        qint64 entities = 0, requests = 0;
        journal.usage(QStringLiteral("https://a:443"), QStringLiteral("2026-11-27"), &entities, &requests);
        QCOMPARE(entities, qint64(1000));
        QCOMPARE(requests, qint64(2));
        journal.usage(QStringLiteral("https://a:443"), QStringLiteral("2026-11-28"), &entities, &requests);
        QCOMPARE(entities, qint64(0));
    }

    void unwritableDirectoryIsAClearError()
    {
        ImportJournal journal(QStringLiteral("/proc/definitely/not/writable"));
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY(error.contains(QLatin1String("/proc/definitely/not/writable")));
        QVERIFY(error.contains(QLatin1String("MATEO_DATA_DIR")));
    }

    void fingerprintDetectsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a;b\n1;2\n");
        f.close();
        const SourceFingerprint before = SourceFingerprint::of(path);
        QVERIFY(before.isValid());
        QVERIFY(before.sameContentAs(SourceFingerprint::of(path)));
        QVERIFY(f.open(QIODevice::Append));
        f.write("3;4\n");
        f.close();
        const SourceFingerprint after = SourceFingerprint::of(path);
        QVERIFY(!before.sameContentAs(after));
        QVERIFY(before.describeChange(after).contains(QLatin1String("8")));   // "size 8 → 12 bytes"
        QString error;
        QVERIFY(!SourceFingerprint::of(dir.filePath(QStringLiteral("gone.csv")), &error).isValid());
        QVERIFY(error.contains(QLatin1String("gone.csv")));
    }
};

QTEST_GUILESS_MAIN(TestImportJournal)
#include "tst_importjournal.moc"
