// Record parsing benchmark: bench_recordparse FILE [ROUNDS [RANGE]]
// Streams every record of FILE through CsvRecordSource::forEachRecordInRange (one thread), the
// parallel pass's reading path, in ranges of RANGE records (default 8192, Validator's chunk),
// and prints the time per round and a checksum of the cells.
// For instruction counts: valgrind --tool=callgrind --toggle-collect='CsvRecordSource::fillRecord*'
#include "core/source/RecordSourceFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_recordparse FILE [ROUNDS]\n");
        return 2;
    }
    QString error;
    auto source = RecordSourceFactory::openFile(args.at(1), ReadOptions(), &error);
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 1;
    const qint64 range = args.size() > 3 ? args.at(3).toLongLong() : 8192;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        qint64 cells = 0;
        quint64 sum = 0;
        for (qint64 first = 0; first < source->recordCount(); first += range) {
            source->forEachRecordInRange(first, first + range, [&](const SourceRecord &r) {
                cells += r.cells.size();
                for (const QString &c : r.cells)
                    sum = sum * 31 + quint64(c.size()) + (c.isEmpty() ? 0 : c.back().unicode());
                return true;
            });
        }
        std::printf("round %d: %lld records, %lld cells, checksum %llx: %.1f ms\n", round,
                    qlonglong(source->recordCount()), qlonglong(cells), qulonglong(sum),
                    double(t.nsecsElapsed()) / 1e6);
    }
    return 0;
}
