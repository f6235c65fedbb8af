#pragma once

#include "core/journal/RowChangeLog.h"
#include "core/preview/ImportMode.h"
#include "core/preview/PreviewResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

class ApiClient;
class CommandParser;
class ImportJournal;
class QTextStream;
struct SendableRows;

// The preview as `preview` and `run --mode` run it (docs/engine.md "Preview"): the cost is said first
// (lookups planned against the daily request budget and what is left of it today), the lookups are
// capped at --max-requests and at what is left today, every request is counted in today's usage
// (the journal's, which `run` plans its batches with), and the result is printed for people or as JSON.
class CliPreview
{
    Q_DECLARE_TR_FUNCTIONS(CliPreview)

public:
    static constexpr qint64 DefaultMaxRequests = 2000;

    struct Options
    {
        qint64 maxRequests = DefaultMaxRequests;
        qint64 dailyRequests = 10000;
        ImportMode mode;
    };

    // --mode, --skip-unchanged and --max-requests (`preview` and `run`).
    static void addOptions(CommandParser &parser);
    // False with *error for an unknown mode or a cap that is not a positive number.
    static bool readOptions(const CommandParser &parser, Options *options, QString *error);

    CliPreview(ApiClient *client, ImportJournal *journal, const Options &options);

    // Counts requests made before the preview (the preflight's schema reads) in today's usage.
    void countEarlierRequests(int requests);
    // Plans, prints the cost on `costOut`, runs the lookups to the end or the cap.
    PreviewResult run(const SendableRows &rows, qint64 fileRows, const QJsonArray &customFields,
                      const QJsonArray &marketingChannels, QTextStream &costOut);

    // `run --mode`: previews `rows` (cost and counts on `out`), then narrows them to what the mode sends
    // (core/preview/ModeSelection: kept-back rows and conflicts become failed rows with plain reasons)
    // and returns in *changes what each sent row will change (the journal's row_changes). 0, or an exit
    // code with the reason on `err`: 2 when the preview could not predict every row (nothing may be
    // chosen blindly), 3 when a lookup failed.
    int narrow(SendableRows *rows, qint64 fileRows, const QJsonArray &customFields, const QJsonArray &marketingChannels,
               QList<RowChangeLog::Entry> *changes, QTextStream &out, QTextStream &err);

    // The --json shape: PreviewResult::toJson() plus the budget, the cap and how far it got.
    QJsonObject toJson(const PreviewResult &result) const;
    // The counts, the first updates and conflicts, and how far it got, for people.
    void print(const PreviewResult &result, QTextStream &out) const;
    // 3 when a lookup failed (connection, key), else 1 when rows would fail (conflict, rejected), else 0.
    static int exitCode(const PreviewResult &result);

private:
    ApiClient *m_client;
    ImportJournal *m_journal;
    Options m_options;
    qint64 m_leftToday = 0;   // before the preview
    qint64 m_cap = 0;   // the lookups this preview may send
};
