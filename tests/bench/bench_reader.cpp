// Reader benchmark: bench_reader FILE [--decode]
//   preview  = detection + first 200 records (what the File page waits for)
//   open     = detection + full scan + record-offset index of every record
//   --decode = also decode every record (1 thread, then 2 threads on halves)
// Peak memory: run under /usr/bin/time -v (Maximum resident set size); VmHWM is printed too.
#include "core/source/RecordSourceFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <future>

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
        std::fprintf(stderr, "usage: bench_reader FILE [--decode]\n");
        return 2;
    }
    const QString path = args.at(1);
    const double mb = double(QFileInfo(path).size()) / 1e6;
    QString error;

    QElapsedTimer t;
    t.start();
    auto preview = RecordSourceFactory::preview(path, ReadOptions(), 200, &error);
    qint64 cells = 0;
    if (preview)
        preview->forEachRecord([&](const SourceRecord &r) {
            cells += r.cells.size();
            return true;
        });
    const double previewMs = double(t.nsecsElapsed()) / 1e6;
    if (!preview) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("preview: detection + first %lld records: %.1f ms (%s, delimiter '%s')\n",
                qlonglong(preview->recordCount()), previewMs, qPrintable(preview->description().encoding.value),
                qPrintable(preview->description().delimiter.value));

    t.restart();
    const std::clock_t cpuStart = std::clock();
    auto source = RecordSourceFactory::openFile(path, ReadOptions(), &error);
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    const double openCpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf(
        "open: full scan + index of %lld records (%.1f MB): %.1f ms wall (%.1f ms CPU) = %.0f MB/s, %lld warnings\n",
        qlonglong(source->recordCount()), mb, openMs, openCpuMs, mb / (openMs / 1000.0),
        qlonglong(source->description().totalWarnings()));

    t.restart();
    for (int i = 0; i < 10000; ++i)
        cells += source->record((qint64(i) * 7919) % source->recordCount()).cells.size();
    std::printf("random access: 10000 record(i) calls: %.1f ms\n", double(t.nsecsElapsed()) / 1e6);

    if (args.contains(QStringLiteral("--decode"))) {
        t.restart();
        qint64 chars = 0;
        source->forEachRecord([&](const SourceRecord &r) {
            for (const QString &c : r.cells)
                chars += c.size();
            return true;
        });
        std::printf("decode all, 1 thread: %.1f ms (%lld chars)\n", double(t.nsecsElapsed()) / 1e6, qlonglong(chars));
        t.restart();
        const qint64 n = source->recordCount();
        auto half = [&](qint64 from, qint64 to) {
            qint64 c = 0;
            source->forEachRecordInRange(from, to, [&](const SourceRecord &r) {
                c += r.cells.size();
                return true;
            });
            return c;
        };
        auto a = std::async(std::launch::async, half, qint64(0), n / 2);
        const qint64 b = half(n / 2, n);
        std::printf("decode all, 2 threads: %.1f ms (%lld cells)\n", double(t.nsecsElapsed()) / 1e6,
                    qlonglong(a.get() + b));
    }
    std::printf("peak RSS (VmHWM): %s; file %.1f MB\n", peakRss().constData(), mb);
    return cells > 0 ? 0 : 1;
}
