// XLSX reader benchmark: bench_xlsx FILE.xlsx [RUNS]
//   open   = the whole sheet inflated, parsed and kept (what `inspect`, `validate` and the File
//            page wait for), wall and CPU time, best of RUNS (default 3)
//   decode = every record as QStrings once, streamed (what validate/convert do next)
// Make the reference sheet (171,374 data rows, 16 columns, ~17 MB) with
//   python3 tests/bench/gen_contacts.py 200000 c.csv && head -200000 c.csv > first.csv
//   python3 tests/bench/make_bench_xlsx.py first.csv bench.xlsx
// Peak memory: VmHWM is printed; for a whole command use /usr/bin/time -v.
#include "core/source/RecordSourceFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

static QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    }
    return "?";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_xlsx FILE.xlsx [RUNS]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    double bestWall = 1e18, bestCpu = 1e18;
    std::unique_ptr<FileRecordSource> source;
    for (int run = 0; run < runs; ++run) {
        source.reset();
        QString error;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        source = RecordSourceFactory::openFile(path, ReadOptions(), &error);
        const double wall = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        bestWall = std::min(bestWall, wall);
        bestCpu = std::min(bestCpu, cpuMs);
    }
    std::printf("open: %lld records x %lld columns of %.1f MB: %.0f ms wall, %.0f ms CPU (best of %d)\n",
                qlonglong(source->recordCount()), qlonglong(source->headers().size()),
                double(QFileInfo(path).size()) / 1e6, bestWall, bestCpu, runs);
    QElapsedTimer t;
    t.start();
    qint64 chars = 0;
    source->forEachRecord([&](const SourceRecord &r) {
        for (const QString &c : r.cells)
            chars += c.size();
        return true;
    });
    std::printf("decode: every record streamed: %.0f ms (%lld characters)\n", double(t.nsecsElapsed()) / 1e6,
                qlonglong(chars));
    std::printf("peak RSS (VmHWM): %s\n", peakRss().constData());
    return 0;
}
