// The File page on the 1M-row, 173 MB file: time to the first preview on screen, the full index in
// the background, then scrolling a real QTableView (offscreen) through the whole file: 2,000
// PageDown key presses from the top and 2,000 scroll-bar jumps spread over every part of the file,
// each step painted. Peak and current RSS after each phase show memory does not grow with the file.
//
//   bench_gui_preview [FILE]     (default /tmp/c1m.csv; written by ContactFileGenerator if missing)

#include "gui/models/RecordTableModel.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/WizardSession.h"
#include "support/ContactFileGenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {
qint64 statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void printMemory(const char *phase)
{
    std::printf("  memory after %-14s RSS %6lld MB, peak %6lld MB\n", phase, statusKb("VmRSS:") / 1024,
                statusKb("VmHWM:") / 1024);
}

struct Steps
{
    qint64 maxNs = 0;
    qint64 totalNs = 0;
    int count = 0;
    void add(qint64 ns)
    {
        maxNs = qMax(maxNs, ns);
        totalNs += ns;
        ++count;
    }
    void print(const char *what) const
    {
        std::printf("%-34s %5d steps, avg %7.2f ms, max %7.2f ms\n", what, count, totalNs / 1e6 / qMax(1, count),
                    maxNs / 1e6);
    }
};
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/c1m.csv");
    if (!QFileInfo::exists(path)) {
        QString error;
        std::printf("writing %s (1,000,000 rows)…\n", qPrintable(path));
        if (!ContactFileGenerator::write(path, 1000000, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    std::printf("file: %s, %.1f MB\n", qPrintable(path), QFileInfo(path).size() / 1e6);
    printMemory("start");

    WizardSession session;
    FilePage page(&session);
    page.resize(1000, 720);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 2;
    auto *view = page.findChild<QTableView *>(QStringLiteral("previewView"));
    RecordTableModel *model = page.previewModel();

    // First preview: from asking for the file to its first rows painted in the table.
    QSignalSpy opened(&page, &FilePage::fileOpened);
    QElapsedTimer clock;
    clock.start();
    page.openFile(path);
    QCoreApplication::processEvents();   // layout and header updates the view queued
    view->viewport()->repaint();
    const qint64 firstPreviewNs = clock.nsecsElapsed();
    std::printf("%-34s %7.1f ms (%d rows shown from the first megabyte)\n", "first preview painted",
                firstPreviewNs / 1e6, model->rowCount());
    printMemory("preview");

    if (!opened.wait(600000)) {
        std::fprintf(stderr, "the full read did not finish\n");
        return 1;
    }
    std::printf("%-34s %7.1f ms (%d records indexed in the background)\n", "whole file indexed",
                clock.nsecsElapsed() / 1e6, model->rowCount());
    printMemory("index");

    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    Steps pageDown;
    for (int i = 0; i < 2000; ++i) {
        clock.restart();
        QTest::keyClick(view, Qt::Key_PageDown);
        view->viewport()->repaint();
        pageDown.add(clock.nsecsElapsed());
    }
    pageDown.print("PageDown from the top");
    std::printf("  (reached record %d of %d)\n", view->currentIndex().row() + 1, model->rowCount());
    printMemory("PageDown");

    QScrollBar *bar = view->verticalScrollBar();
    Steps jumps;
    for (int i = 0; i < 2000; ++i) {
        clock.restart();
        bar->setValue(int(qint64(bar->maximum()) * i / 1999));
        view->viewport()->repaint();
        view->verticalHeader()->viewport()->repaint();
        jumps.add(clock.nsecsElapsed());
    }
    jumps.print("scroll-bar jumps over the file");
    std::printf("  (last row shown: %d)\n", view->rowAt(view->viewport()->height() - 1) + 1);
    printMemory("jumps");
    return 0;
}
