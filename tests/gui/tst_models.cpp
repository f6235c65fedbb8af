#include "core/source/MemoryRecordSource.h"
#include "gui/models/BatchTableModel.h"
#include "gui/models/ColumnMappingModel.h"
#include "gui/models/ImportHistoryModel.h"
#include "gui/models/IssueFilterProxyModel.h"
#include "gui/models/IssueTableModel.h"
#include "gui/models/OverlayRecordSource.h"
#include "gui/models/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

// A large source that builds records on request, like the reader's offset index: no data in memory.
class SyntheticSource : public RecordSource
{
public:
    explicit SyntheticSource(qint64 count)
        : m_count(count)
    {
    }
    QString name() const override { return QStringLiteral("synthetic"); }
    QStringList headers() const override { return {QStringLiteral("id"), QStringLiteral("email")}; }
    qint64 recordCount() const override { return m_count; }
    SourceRecord record(qint64 index) const override
    {
        ++fetches;
        return {index, index + 2, {QString::number(index), QStringLiteral("user%1@example.com").arg(index)}};
    }
    mutable qint64 fetches = 0;

private:
    qint64 m_count;
};

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void recordModelShowsCellsAndPhysicalLines()
    {
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto source = std::make_shared<MemoryRecordSource>(
            QStringLiteral("t.csv"), QStringList{QStringLiteral("Name"), QStringLiteral("Ort")},
            QList<QStringList>{{QStringLiteral("Jürgen"), QStringLiteral("Köln")}, {QStringLiteral("Anna")}}, 3);
        model.setSource(source);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Ort"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Köln"));
        QCOMPARE(model.index(1, 1).data().toString(), QString());   // short row: empty, no crash
        QCOMPARE(model.headerData(1, Qt::Vertical).toLongLong(), 4);   // line numbers, not row numbers
        model.setSource(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void recordModelOnAMillionRowsFetchesOnlyWhatIsShown()
    {
        RecordTableModel model;
        auto source = std::make_shared<SyntheticSource>(1000000);
        QElapsedTimer timer;
        timer.start();
        model.setSource(source);
        QCOMPARE(model.rowCount(), 1000000);
        QCOMPARE(model.index(999999, 1).data().toString(), QStringLiteral("user999999@example.com"));
        QCOMPARE(model.index(999999, 0).data().toString(), QStringLiteral("999999"));
        QVERIFY2(timer.elapsed() < 100, "setSource + last row must not scan the source");
        QCOMPARE(source->fetches, 1);   // both cells of one row: one fetch, thanks to the cache
    }

    void mappingNeedsAnIdentifierAndFlagsConflicts()
    {
        ColumnMappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{QStringLiteral("Vorname"), {QStringLiteral("Anna")}, QString(), QString(), 0.0, QString()},
                       {QStringLiteral("Nachname"), {QStringLiteral("Schäfer")}, QString(), QString(), 0.0, QString()},
                       {QStringLiteral("E-Mail"), {}, QString(), QStringLiteral("email"), 0.95, QString()},
                       {QStringLiteral("Mail 2"), {}, QString(), QString(), 0.0, QString()}});
        QSignalSpy changed(&model, &ColumnMappingModel::mappingChanged);
        QVERIFY(!model.hasIdentifier());
        QVERIFY(model.setData(model.index(2, ColumnMappingModel::TargetColumn), QStringLiteral("email")));
        QVERIFY(model.hasIdentifier());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.setData(model.index(2, ColumnMappingModel::TargetColumn), QStringLiteral("no_such_field")));

        // Two columns on one single-valued field: a conflict on both rows.
        model.setTarget(3, QStringLiteral("email"));
        QVERIFY(model.hasConflicts());
        QVERIFY(model.index(2, 0).data(ColumnMappingModel::ConflictRole).toBool());
        QVERIFY(model.index(3, 0).data(Qt::BackgroundRole).isValid());
        model.setTarget(3, QString());
        QVERIFY(!model.hasConflicts());

        // First + last name into full_name: combined, not a conflict.
        model.setTarget(0, QStringLiteral("full_name"));
        model.setTarget(1, QStringLiteral("full_name"));
        QVERIFY(!model.hasConflicts());
        QCOMPARE(model.targets(), (QStringList{QStringLiteral("full_name"), QStringLiteral("full_name"),
                                               QStringLiteral("email"), QString()}));
        // Confidence in words, never a percentage.
        const QString suggestion = model.index(2, ColumnMappingModel::SuggestionColumn).data().toString();
        QVERIFY2(suggestion.endsWith(QLatin1String("(certain)")), qPrintable(suggestion));
        QVERIFY(!suggestion.contains(QLatin1Char('%')));
    }

    void issuesFilterByKindAndSearchAndSortByLineNumerically()
    {
        IssueTableModel model;
        IssueFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto issue = [](qint64 line, const char *kind, const char *value) {
            ValidationIssue i;
            i.line = line;
            i.column = 5;
            i.columnHeader = QStringLiteral("Mobil");
            i.kind = QString::fromLatin1(kind);
            i.value = QString::fromLatin1(value);
            i.message = QStringLiteral("m");
            return i;
        };
        model.setIssues({issue(10, "invalid_phone", "12345"), issue(9, "naive_datetime", "31.03.2024 02:30"),
                         issue(100, "naive_datetime", "12.03.2024 09:15")});
        proxy.sort(IssueTableModel::LineColumn);
        QCOMPARE(proxy.index(0, IssueTableModel::ValueColumn).data().toString(), QStringLiteral("31.03.2024 02:30"));
        QCOMPARE(proxy.index(2, IssueTableModel::ValueColumn).data().toString(), QStringLiteral("12.03.2024 09:15"));
        proxy.setKind(QStringLiteral("naive_datetime"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("02:30"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setKind(QString());
        proxy.setSearchText(QStringLiteral("12345"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, IssueTableModel::LineColumn).data(IssueTableModel::SortRole).toLongLong(), 10);
    }

    void batchesAreUpdatedInPlace()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({1, 2, 1001, 1000, QStringLiteral("sending"), QString(), 0, 0});
        model.upsert({2, 1002, 1501, 500, QStringLiteral("planned"), QString(), 0, 0});
        model.upsert({1, 2, 1001, 1000, QStringLiteral("finished"), QStringLiteral("abc"), 999, 1});
        QCOMPARE(model.rowCount(), 2);
        // The import id is for support: never a column of its own, but in the tooltip and the copy role.
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(model.index(0, column).data().toString() != QLatin1String("abc"));
        QCOMPARE(model.index(0, BatchTableModel::StateColumn).data(BatchTableModel::ImportIdRole).toString(),
                 QStringLiteral("abc"));
        QVERIFY(model.index(0, BatchTableModel::RowsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("abc")));
        QCOMPARE(model.index(0, BatchTableModel::StateColumn).data().toString(),
                 BatchTableModel::stateLabel(QStringLiteral("finished")));
    }

    void overlayCorrectsCellsWithoutTouchingTheSource()
    {
        auto base = std::make_shared<MemoryRecordSource>(
            QStringLiteral("t.csv"), QStringList{QStringLiteral("E-Mail"), QStringLiteral("Mobil")},
            QList<QStringList>{{QStringLiteral("a@example.de"), QStringLiteral("12345")}, {QStringLiteral("b@")}}, 2);
        OverlayRecordSource overlay(base);
        overlay.setCell(2, 1, QStringLiteral("0171 2345678"));   // line 2 = record 0
        overlay.setCell(3, 1, QStringLiteral("0151 1111111"));   // beyond the short row's cells
        QCOMPARE(overlay.record(0).cells.value(1), QStringLiteral("0171 2345678"));
        QCOMPARE(overlay.record(1).cells, (QStringList{QStringLiteral("b@"), QStringLiteral("0151 1111111")}));
        QCOMPARE(base->record(0).cells.value(1), QStringLiteral("12345"));
        QStringList seen;
        overlay.forEachRecord([&](const SourceRecord &r) {
            seen << r.cells.value(1);
            return true;
        });
        QCOMPARE(seen, (QStringList{QStringLiteral("0171 2345678"), QStringLiteral("0151 1111111")}));
        QCOMPARE(overlay.correctionCount(), 2);
        QVERIFY(overlay.hasCorrection(2, 1));
        QVERIFY(!overlay.hasCorrection(2, 0));
    }

    void importHistoryPagesUntilAShortPage()
    {
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray page;
        for (int i = 0; i < ImportHistoryModel::PageSize; ++i)
            page.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("id-%1").arg(i)},
                                    {QStringLiteral("total_count"), 1000},
                                    {QStringLiteral("success_count"), 998},
                                    {QStringLiteral("failed_count"), 2},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:15:00.123+00:00")}});
        model.appendPage(page);
        QVERIFY(model.hasMore());
        model.appendPage(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("last")}}});
        QVERIFY(!model.hasMore());
        QCOMPARE(model.rowCount(), ImportHistoryModel::PageSize + 1);
        QCOMPARE(model.index(50, ImportHistoryModel::IdColumn).data().toString(), QStringLiteral("last"));
        QCOMPARE(model.index(0, ImportHistoryModel::FailedColumn).data().toString(), QLocale().toString(2));
        QVERIFY(!model.index(0, ImportHistoryModel::CreatedColumn).data().toString().contains(QLatin1Char('T')));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
