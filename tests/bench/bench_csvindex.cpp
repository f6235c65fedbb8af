// Index build benchmark: bench_csvindex FILE [ROUNDS] [SPLIT]
//   The index phase of open/convert/validate alone (CsvIndexBuilder::build on a UTF-8, comma,
//   quote '"' file, header row 1), ROUNDS times (default 5); prints wall and CPU time of each round
//   and the median. SPLIT: where the second thread starts, as a fraction of the file (default: the
//   builder's own choice), or "serial" for one thread.
#include "core/source/csv/CsvIndexBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_csvindex FILE [ROUNDS] [SPLIT|serial]\n");
        return 2;
    }
    RandomAccessFile file;
    QString error;
    if (!file.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const int rounds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    const QString split = args.size() > 3 ? args.at(3) : QString();
    const qint64 size = file.size();
    std::vector<double> walls;
    for (int round = 0; round < rounds; ++round) {
        SourceDescription description;
        CsvIndex index;
        CsvIndexBuilder builder(',', '"', true, 1, QStringLiteral("UTF-8"), &description);
        if (split == QLatin1String("serial"))
            builder.setSplitForTesting(CsvIndexBuilder::noSplit);
        else if (!split.isEmpty())
            builder.setSplitForTesting(qint64(double(size) * split.toDouble()));
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        builder.build(file, 0, size, true, -1, {}, &index);
        const double wall = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        walls.push_back(wall);
        std::printf("round %d: %.1f ms wall, %.1f ms CPU, %lld records, met at %.3f of the file\n", round + 1, wall,
                    cpuMs, qlonglong(index.count()),
                    builder.metAt() < 0 ? -1.0 : double(builder.metAt()) / double(size));
    }
    std::sort(walls.begin(), walls.end());
    std::printf("median %.1f ms wall (%.1f MB)\n", walls[walls.size() / 2], double(size) / 1e6);
    return 0;
}
