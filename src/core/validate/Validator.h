#pragma once

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/HeaderMatcher.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/RecordSource.h"
#include "core/validate/SendableRows.h"
#include "core/validate/ValidationReport.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <atomic>
#include <functional>

// The whole-file pre-flight check: converts every record exactly as `run`/`convert` would, in
// parallel chunks on all cores, and reports issue counts per kind, the first N issues, per-column
// datetime decisions (DateTimeColumnReport) and in-file duplicates — without sending anything.
//
//   Validator validator(profile, catalog);
//   Validator::Options options;
//   options.progress = [](qint64 done, qint64 total) { ... };   // called on the calling thread
//   options.cancel = &cancelFlag;                              // set true from anywhere to stop
//   ValidationReport report = validator.run(source, options);
//
// run() blocks: the wizard calls it inside QtConcurrent::run and forwards progress with a queued
// signal. The RecordSource must allow concurrent record() calls (file and memory sources do).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    struct Options
    {
        int maxIssues = 1000;   // issues kept in the report (all are counted)
        int chunkSize = 8192;   // records per parallel work item
        int threads = 0;   // 0 = QThread::idealThreadCount()
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool *cancel = nullptr;
        // When set, receives every row that can be sent (no Error issue, duplicates included) as
        // its compact payload JSON, on the calling thread, in file order — except rows whose
        // ambiguous values only the whole column could settle, which follow at the end.
        // The bytes are valid during the call only (they point into a chunk's buffer): copy them
        // (toByteArray()) to keep them.
        std::function<void(qint64 record, QByteArrayView payloadJson)> validRow;
    };

    Validator(const MappingProfile &profile, const FieldCatalog &catalog);

    ValidationReport run(const RecordSource &source, const Options &options) const;
    ValidationReport run(const RecordSource &source) const { return run(source, Options()); }

    // What `run` journals: a whole-file run() (column decisions, duplicates), then every row in
    // file order — the rows `convert` writes, with exactly its payloads, the rows it leaves out
    // for an Error (refused, with that issue, for the failed-rows hand-back) and the rows with
    // nothing to send (skipped, "nothing_to_send"). options.validRow is replaced. Empty when
    // cancelled or the mapping has setup errors (see *report).
    SendableRows sendableRows(const RecordSource &source, Options options, ValidationReport *report = nullptr) const;

    // Auto-mapping for a file without a profile: suggestions from headers + the first `sampleRows`
    // values; the profile maps every suggestion at or above HeaderMatcher::AcceptThreshold.
    static MappingProfile autoProfile(const RecordSource &source, const FieldCatalog &catalog,
                                      QVector<HeaderMatcher::Suggestion> *suggestions = nullptr, int sampleRows = 200);

    // The Skip issue of a row none of whose mapped cells has a value: such a row would be a
    // contact with nothing in it, so it is not sent, and it is said (never silently dropped).
    static ValidationIssue nothingToSend(qint64 line);

    static bool hasSetupErrors(const ValidationReport &report)
    {
        for (const ValidationIssue &i : report.setupIssues) {
            if (i.severity == ValidationIssue::Severity::Error)
                return true;
        }
        return false;
    }

    // Reads `count` records starting at `first`, in order (the fast path of the source if it has one).
    static void visitRange(const RecordSource &source, qint64 first, qint64 count,
                           const std::function<bool(const SourceRecord &)> &visit);

private:
    void decide(const RowConverter &converter, QVector<DateTimeColumnReport> &dateStats,
                const QVector<QPair<qint64, qint64>> &decimalVotes, ValidationReport *report) const;

    MappingProfile m_profile;
    FieldCatalog m_catalog;
};
