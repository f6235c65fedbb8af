#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>

// The remaining time of an import, only when it means something: enough samples over enough time
// with rows actually moving (the server processes batches in steps, so a rate from one step or from
// a minute of standstill would be a guess). Never 0: a job with rows left has at least a second.
class EtaEstimator
{
public:
    // After a pause, a resume or a quota wait: the rate before says nothing about the rate after.
    void reset();
    // The rows processed so far, now.
    void sample(qint64 processedRows);
    // Rows per second over the window; 0 when not meaningful.
    double rowsPerSecond() const;
    // Seconds left for `remainingRows`, at least 1; -1 when not meaningful (too few samples, too
    // short a window, or nothing moved lately).
    qint64 secondsLeft(qint64 remainingRows) const;

    static constexpr int minimumSamples = 3;   // distinct row counts
    static constexpr qint64 minimumSpanMs = 2000;
    static constexpr qint64 stalledAfterMs = 15000;   // nothing moved for this long: no estimate
    static constexpr qint64 windowMs = 60000;

private:
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples;   // (ms since reset, rows), rows strictly increasing
};
