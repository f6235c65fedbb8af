#include "api/engine/EtaEstimator.h"

#include <cmath>

void EtaEstimator::reset()
{
    m_samples.clear();
    m_clock.invalidate();
}

void EtaEstimator::sample(qint64 processedRows)
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    if (!m_samples.isEmpty() && processedRows <= m_samples.last().second)
        return;   // only movement is a sample; standstill shows in the age of the last one
    m_samples.append({now, processedRows});
    while (m_samples.size() > minimumSamples && now - m_samples.first().first > windowMs)
        m_samples.removeFirst();
}

double EtaEstimator::rowsPerSecond() const
{
    if (m_samples.size() < minimumSamples || !m_clock.isValid())
        return 0;
    const qint64 span = m_samples.last().first - m_samples.first().first;
    if (span < minimumSpanMs || m_clock.elapsed() - m_samples.last().first > stalledAfterMs)
        return 0;
    return double(m_samples.last().second - m_samples.first().second) * 1000.0 / double(span);
}

qint64 EtaEstimator::secondsLeft(qint64 remainingRows) const
{
    const double rate = rowsPerSecond();
    if (rate <= 0 || remainingRows <= 0)
        return -1;
    return qMax<qint64>(1, qint64(std::ceil(double(remainingRows) / rate)));
}
