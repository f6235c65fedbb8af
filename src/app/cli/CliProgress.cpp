#include "app/cli/CliProgress.h"

#include <QLocale>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define MATEO_ISATTY _isatty
#define MATEO_FILENO _fileno
#else
#include <unistd.h>
#define MATEO_ISATTY isatty
#define MATEO_FILENO fileno
#endif

CliProgress::CliProgress(bool terminal)
    : m_terminal(terminal)
    , m_out(stdout)
{
}

bool CliProgress::stdoutIsTerminal()
{
    return MATEO_ISATTY(MATEO_FILENO(stdout)) != 0;
}

void CliProgress::plan(const ImportPlan &plan)
{
    line(tr("Plan: %1").arg(plan.text()));
}

QString CliProgress::bar(const ImportProgress &p) const
{
    const qint64 total = qMax<qint64>(1, p.rowsToSend);
    const int width = 30;
    const int filled = int(qMin<qint64>(width, p.processedRows * width / total));
    const QString eta =
        p.etaSeconds < 0
            ? QStringLiteral("--:--")
            : QStringLiteral("%1:%2").arg(p.etaSeconds / 60).arg(p.etaSeconds % 60, 2, 10, QLatin1Char('0'));
    return tr("[%1%2] %L3/%L4 rows, batch %5/%6, %7 rows/s, ETA %8")
        .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
        .arg(p.processedRows)
        .arg(p.rowsToSend)
        .arg(p.batchesDone)
        .arg(p.batchesTotal)
        .arg(qRound(p.rowsPerSecond))
        .arg(eta);
}

void CliProgress::update(const ImportProgress &p)
{
    if (m_terminal) {
        m_out << '\r' << bar(p) << "\x1b[K" << Qt::flush;
        m_barShown = true;
        return;
    }
    if (p.batchesDone != m_lastBatchesDone || !m_lastLine.isValid() || m_lastLine.elapsed() > 5000) {
        if (p.batchesDone == m_lastBatchesDone && m_lastLine.isValid() && m_lastLine.elapsed() <= 5000)
            return;
        m_lastBatchesDone = p.batchesDone;
        m_lastLine.start();
        m_out << tr("progress: %L1 of %L2 rows processed (%L3 imported, %L4 failed), %5 of %6 batches done")
                     .arg(p.processedRows)
                     .arg(p.rowsToSend)
                     .arg(p.successRows)
                     .arg(p.failedRows)
                     .arg(p.batchesDone)
                     .arg(p.batchesTotal)
              << Qt::endl;
    }
}

void CliProgress::line(const QString &text)
{
    if (m_terminal && m_barShown)
        m_out << "\r\x1b[K";
    m_out << text << Qt::endl;
}

void CliProgress::done()
{
    if (m_terminal && m_barShown)
        m_out << Qt::endl;
    m_barShown = false;
}
