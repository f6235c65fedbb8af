#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// How a run of the engine ended. The CLI maps it to its exit code (see exitCode()).
struct ImportResult
{
    enum class Outcome {
        Completed,   // every row imported                                  → 0
        CompletedWithFailures,   // done; some rows invalid, skipped or failed (see failed rows) → 1
        QuotaStopped,   // the daily quota stopped it; resumable               → 75
        AuthenticationRequired,   // 401/403: a new key is needed; resumable             → 3
        ConnectionFailed,   // the server could not be reached; resumable          → 3
        SourceChanged,   // the file changed under a paused job                 → 2
        Cancelled,   // the user cancelled                                  → 1
        JournalError   // the journal could not be written: stopped safely    → 2
    };

    Outcome outcome = Outcome::Completed;
    QString jobId;
    QString message;   // for the user, with a next step
    qint64 successRows = 0;
    qint64 failedRows = 0;   // including rows invalid before sending, and the skipped rows
    qint64 skippedRows = 0;   // rows not sent for a reason that is not an error (nothing to send)
    QDateTime resumeAt;   // QuotaStopped: when the quota window opens (UTC)

    int exitCode() const
    {
        switch (outcome) {
        case Outcome::Completed:
            return 0;
        case Outcome::CompletedWithFailures:
            return 1;
        case Outcome::QuotaStopped:
            return 75;
        case Outcome::AuthenticationRequired:
        case Outcome::ConnectionFailed:
            return 3;
        case Outcome::SourceChanged:
        case Outcome::JournalError:
            return 2;
        case Outcome::Cancelled:
            return 1;
        }
        return 1;
    }
};

Q_DECLARE_METATYPE(ImportResult)
