#pragma once

#include <QFuture>

#include <algorithm>
#include <functional>
#include <vector>

// Runs one job per chunk on worker threads, a few chunks ahead of the one being consumed, and hands
// the results over in chunk order. Results wait in memory only until their turn, never all at
// once, so memory stays bounded however fast the workers are (both passes of Validator::run).
//
//   OrderedChunkRunner<ChunkResult> runner(0, chunks, window, [&](qint64 k) { return QtConcurrent::run(...); });
//   runner.startAhead();   // workers begin while the caller sets up
//   runner.consume([&](qint64 k, const ChunkResult &r) { ...; return true; });   // false stops
//
// `start` may return an invalid QFuture for a chunk with nothing to do; consume skips it.
template<typename Result> class OrderedChunkRunner
{
public:
    using Start = std::function<QFuture<Result>(qint64 chunk)>;

    OrderedChunkRunner(qint64 first, qint64 end, qint64 window, Start start)
        : m_first(first)
        , m_end(end)
        , m_window(window)
        , m_started(first)
        , m_start(std::move(start))
        , m_futures(size_t(std::max<qint64>(0, end - first)))
    {
    }

    void startAhead() { startUpTo(m_first + m_window); }

    template<typename Consume> void consume(Consume &&consumer)
    {
        for (qint64 k = m_first; k < m_end; ++k) {
            startUpTo(k + m_window);
            QFuture<Result> &future = m_futures[size_t(k - m_first)];
            if (!future.isValid())
                continue;
            const Result result = future.result();
            future = QFuture<Result>();   // its memory goes now, not at the end
            if (!consumer(k, result))
                return;
        }
    }

private:
    void startUpTo(qint64 limit)
    {
        for (; m_started < std::min(limit, m_end); ++m_started)
            m_futures[size_t(m_started - m_first)] = m_start(m_started);
    }

    qint64 m_first, m_end, m_window, m_started;
    Start m_start;
    std::vector<QFuture<Result>> m_futures;
};
