#pragma once

#include "core/journal/SourceFingerprint.h"
#include "core/source/SourceDescription.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One import job as the journal keeps it: where the rows came from, how they were mapped and where
// they go. Never holds the API key (the key lives in the keychain or the environment only).
struct JournalJob
{
    // running: being sent now or interrupted by a crash; paused_*: stopped on purpose, resumable;
    // finished/cancelled: nothing left to do.
    enum class State { Running, Paused, PausedQuota, PausedAuth, PausedConnection, Finished, Cancelled };

    QString id;   // UUID without braces
    State state = State::Running;
    SourceFingerprint source;
    QStringList headers;   // the source's columns, for the failed-rows export
    QString encoding;   // the source's encoding (utf-8, windows-1252, ...) for the export
    QString delimiter;   // the source's delimiter character for the export
    bool bom = false;   // the source started with a BOM
    QByteArray profileJson;   // the mapping profile, compact JSON
    QString apiUrl;   // base URL without credentials
    QString importType = QStringLiteral("contact_details");
    QString contactListId;   // optional contact_list_id sent with every batch
    int batchSize = 1000;
    qint64 totalRows = 0;   // data records in the source
    qint64 invalidRows = 0;   // rows not sent because the pre-flight check failed them
    // Rows not sent for a reason that is not an error (nothing mapped to send, an import mode): with
    // their reason among the failed rows, but counted apart. totalRows = sent + invalid + skipped.
    qint64 skippedRows = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString message;   // why it paused, for `mateo-import status`

    // A new job for a source read as `description` (after the whole-file scan), with the columns as
    // the mapping sees them (`headers`: a re-imported failed-rows export hides its error columns) and
    // the profile as compact JSON. The wizard and every CLI command describe a job only through this,
    // so their journaled jobs are the same for the same file (docs/engine.md, "The journal").
    // An .xlsx has no delimiter: its failed rows are exported with ';', German Excel's list separator.
    static JournalJob describe(const SourceFingerprint &source, const QStringList &headers,
                               const SourceDescription &description, const QByteArray &profileJson, int batchSize,
                               qint64 totalRows);

    static QString stateName(State state);
    static State stateFromName(const QString &name);
    bool isUnfinished() const { return state != State::Finished && state != State::Cancelled; }
};
