#pragma once

#include "core/convert/RowConverter.h"
#include "core/convert/datetime/DateTimeColumnReport.h"
#include "core/source/RecordSource.h"
#include "core/validate/DuplicateDetector.h"
#include "core/validate/ValidationIssue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <vector>

// The work of Validator::run on one chunk of records, done on a worker thread: the first pass
// (convert every row, count issues, collect identifiers, date/number evidence, payloads) and the
// second pass over rows that only the whole column could settle. Validator::run schedules these
// with an OrderedChunkRunner and merges them with a ReportAccumulator.
namespace ValidationChunks {

// Issue counts by kind: a handful of kinds, most of them the same literal every row, so a short
// list compared by data pointer first beats a QString-keyed map.
struct KindCounts
{
    QVector<QPair<QString, qint64>> counts;
    void add(const QString &kind, qint64 n = 1)
    {
        for (auto &c : counts) {
            if (c.first.constData() == kind.constData() || c.first == kind) {
                c.second += n;
                return;
            }
        }
        counts.append(qMakePair(kind, n));
    }
};

struct ColumnStats
{
    DateTimeColumnReport report;
    qint64 commaVotes = 0, dotVotes = 0;   // number columns
};

struct ChunkResult
{
    KindCounts counts;
    QList<ValidationIssue> issues;   // first maxIssues of this chunk
    QVector<qint64> errorRecords;
    QVector<qint64> skippedRecords;   // rows without errors and nothing to send
    QVector<qint64> deferredRecords;
    DuplicateDetector::Entries identifiers;
    QVector<ColumnStats> stats;   // parallel to the converter's columns
    QVector<qint64> payloadRecords;   // rows without errors (before duplicates), when wanted
    QByteArray payloads;   // their compact JSON, one after the other
    QVector<qsizetype> payloadEnds;   // where each ends in `payloads`
    qint64 rows = 0;
};

ChunkResult processChunk(const RecordSource &source, qint64 first, qint64 count, const RowConverter &converter,
                         int maxIssues, const std::atomic_bool *cancel, bool wantPayloads);

struct LateResult
{
    KindCounts counts;   // of the deferred rows
    QList<ValidationIssue> issues;   // of the deferred rows, the first maxIssues
    QVector<qint64> errorRecords;   // deferred rows with errors
    QVector<qint64> skippedRecords;   // deferred rows without errors and nothing to send
    QVector<qint64> payloadRecords;   // every row without errors, when payloads are wanted
    QByteArray payloads;
    QVector<qsizetype> payloadEnds;
};

// The second pass over one chunk: deferred rows with the decided converter (their issues are
// counted only now); with payloads wanted, the other rows again with the pass's converter.
LateResult processLateChunk(const RecordSource &source, qint64 first, qint64 count, const RowConverter &pass,
                            const RowConverter &decided, const QVector<qint64> &deferred, int maxIssues,
                            bool wantPayloads);

void mergeStats(DateTimeColumnReport &a, const DateTimeColumnReport &b);

// Hands a chunk's payloads to Options::validRow in file order, except rows that turned out to have
// an error (a duplicate found later, or the second pass).
template<typename ChunkPayloads>
void deliverPayloads(const ChunkPayloads &result, const std::vector<bool> &errorRows,
                     const std::function<void(qint64, QByteArrayView)> &validRow)
{
    qsizetype from = 0;
    for (int i = 0; i < result.payloadRecords.size(); ++i) {
        const qsizetype to = result.payloadEnds.at(i);
        if (!errorRows[size_t(result.payloadRecords.at(i))])
            validRow(result.payloadRecords.at(i), QByteArrayView(result.payloads.constData() + from, to - from));
        from = to;
    }
}

}
