#pragma once

#include "api/engine/ImportResult.h"
#include "core/journal/JournalJob.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class ApiClient;
class ImportJournal;
class QCommandLineParser;

// What `run` and `resume` share: the options about the API and the journal, finding the API key
// (MATEO_API_KEY, else the keychain), driving one ImportEngine to its end with a progress display,
// writing the failed rows next to the source, and the exit code.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    struct Options
    {
        QString dataDirectory;   // journal folder (--data, MATEO_DATA_DIR, app data)
        QUrl apiUrl;
        int timeoutSeconds = 60;
        qint64 dailyEntities = 25000;
        qint64 dailyRequests = 10000;
        int pollMs = 2000;
        QString failedRowsPath;   // empty: <source>.failed-rows.csv beside the source
    };

    static void addOptions(QCommandLineParser &parser);
    // Reads the shared options; false with *error for bad values.
    static bool readOptions(const QCommandLineParser &parser, Options *options, QString *error);

    // The API key for this origin, or empty with *error (never echoes the key).
    static QString apiKey(const QUrl &apiUrl, QString *error);
    // Sets base URL, key and timeout. 0 when ready; else the exit code (2 bad URL, 3 no key) and *error.
    static int setUpClient(ApiClient &client, const Options &options, QString *error);

    // Runs (or resumes) one journaled job to its end; prints progress and the outcome.
    static ImportResult runJob(ImportJournal &journal, ApiClient &client, const QString &jobId, const Options &options);

    // Writes the job's failed rows as CSV (source encoding/delimiter); returns the path or empty.
    static QString exportFailedRows(ImportJournal &journal, const JournalJob &job, const QString &path, QString *error);

    // The worst of several runs' exit codes: 3 before 75 before 2 before 1 before 0.
    static int combineExitCodes(const QList<int> &codes);
};
