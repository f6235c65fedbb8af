#include "gui/wizard/FilePage.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/ContactFileGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The window never freezes while the 1M-row (173 MB) file is read and checked: a timer asks the
// event loop for a turn every 10 ms while the File page indexes the file and the Review page
// validates it exactly as in the wizard (QtConcurrent worker, queued progress), and no turn may
// come more than 100 ms late. A benchmark, run by hand on a quiet machine (it prints the gaps and
// fails above 100 ms): QT_QPA_PLATFORM=offscreen build/default/tests/bench_gui_review_latency
class TestReviewLatency : public QObject
{
    Q_OBJECT

    static constexpr qint64 Rows = 1000000;
    static constexpr qint64 MaxGapMs = 100;

    QTemporaryDir m_dir;
    QString m_file;

    // Measures the longest time between two turns of the event loop.
    struct LatencyProbe
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 maxGap = 0;
        qint64 maxGapAt = 0;   // when the longest gap ended, ms after restart()
        qint64 ticks = 0;

        LatencyProbe()
        {
            timer.setTimerType(Qt::PreciseTimer);
            timer.setInterval(10);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const qint64 now = clock.elapsed();
                if (now - last > maxGap) {
                    maxGap = now - last;
                    maxGapAt = now;
                }
                last = now;
                ++ticks;
            });
        }
        void restart()
        {
            clock.start();
            last = 0;
            maxGap = 0;
            maxGapAt = 0;
            ticks = 0;
            timer.start();
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("MATEO_DATA_DIR", m_dir.filePath(QStringLiteral("journal")).toLocal8Bit());
        m_file = m_dir.filePath(QStringLiteral("c1m.csv"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(ContactFileGenerator::write(m_file, Rows, &error), qPrintable(error));
        qInfo("generated %lld rows, %.1f MB in %lld ms", Rows, QFileInfo(m_file).size() / 1e6, timer.elapsed());
    }

    void millionRowsNeverBlockTheEventLoop()
    {
        WizardSession session;
        FilePage file(&session);
        file.resize(1000, 700);
        file.show();
        QVERIFY(QTest::qWaitForWindowExposed(&file));
        LatencyProbe probe;

        // File page: first preview on this thread, the full index in a worker.
        QSignalSpy opened(&file, &FilePage::fileOpened);
        QElapsedTimer readClock;
        readClock.start();
        probe.restart();
        file.openFile(m_file);
        QVERIFY(opened.wait(300000));
        QTest::qWait(50);   // the turns right after the end count too
        const qint64 readMs = readClock.elapsed();
        const qint64 readGap = probe.maxGap;
        probe.timer.stop();
        QVERIFY(session.source());
        QCOMPARE(session.source()->recordCount(), Rows);
        file.hide();

        MappingPage mapping(&session);
        mapping.initializePage();
        QVERIFY(mapping.isComplete());   // Customer ID / Email are suggested
        QVERIFY(mapping.validatePage());

        // Review page: the whole-file check as the wizard starts it.
        ReviewPage review(&session);
        review.resize(1000, 700);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        auto *bar = review.findChild<QProgressBar *>(QStringLiteral("validateProgress"));
        QVERIFY(bar);
        QSignalSpy progress(bar, &QProgressBar::valueChanged);
        QSignalSpy finished(&review, &ReviewPage::validationFinished);
        QElapsedTimer checkClock;
        checkClock.start();
        probe.restart();
        review.initializePage();
        QVERIFY(review.isChecking());
        QVERIFY(finished.wait(1800000));
        QTest::qWait(50);
        const qint64 checkMs = checkClock.elapsed();
        const qint64 checkGap = probe.maxGap;
        const qint64 ticks = probe.ticks;
        probe.timer.stop();

        qInfo("read: %lld ms, longest event-loop gap %lld ms", readMs, readGap);
        qInfo("validate: %lld ms, longest event-loop gap %lld ms (ending at %lld ms), %lld timer turns, %lld progress "
              "updates",
              checkMs, checkGap, probe.maxGapAt, ticks, qint64(progress.count()));
        QCOMPARE(review.report().rows, Rows);
        QVERIFY(!review.report().cancelled);
        QVERIFY(review.report().validRows > 0);
        QVERIFY2(progress.count() >= 10, "progress reached the window while checking");
        QVERIFY2(readGap <= MaxGapMs,
                 qPrintable(QStringLiteral("reading blocked the event loop for %1 ms").arg(readGap)));
        QVERIFY2(checkGap <= MaxGapMs,
                 qPrintable(QStringLiteral("checking blocked the event loop for %1 ms").arg(checkGap)));
    }
};

QTEST_MAIN(TestReviewLatency)
#include "bench_gui_review_latency.moc"
