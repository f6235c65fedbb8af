#include "core/source/MemoryRecordSource.h"

#include <QTest>

class TestMemoryRecordSource : public QObject
{
    Q_OBJECT

private slots:
    void recordsCarryTheirPhysicalLine()
    {
        MemoryRecordSource source(QStringLiteral("mem.csv"), {QStringLiteral("E-Mail")},
                                  {{QStringLiteral("a@example.de")}, {QStringLiteral("b@example.de")}});
        QCOMPARE(source.recordCount(), 2);
        const SourceRecord second = source.record(1);
        QCOMPARE(second.index, 1);
        QCOMPARE(second.line, 3);   // header on line 1, first record on line 2
        QCOMPARE(second.cells, QStringList{QStringLiteral("b@example.de")});
        QCOMPARE(source.record(2).index, -1);   // out of range gives an empty record, not a crash
    }

    void forEachStopsWhenTheVisitorSaysSo()
    {
        MemoryRecordSource source(QStringLiteral("mem.csv"), {QStringLiteral("x")},
                                  {{QStringLiteral("1")}, {QStringLiteral("2")}, {QStringLiteral("3")}});
        QStringList seen;
        source.forEachRecord([&](const SourceRecord &r) {
            seen << r.cells.first();
            return r.cells.first() != QLatin1String("2");
        });
        QCOMPARE(seen, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }
};

QTEST_GUILESS_MAIN(TestMemoryRecordSource)
#include "tst_memoryrecordsource.moc"
