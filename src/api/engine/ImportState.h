#pragma once

#include <QMetaType>

// Where an import job stands, in one word. The engine is the only one to decide it; every label,
// bar, button and the ETA of the Import page derive from it (docs/engine.md, "Live status").
enum class ImportState {
    Idle,   // nothing started
    Preparing,   // the file is checked and the job journaled (JobWriter)
    Sending,   // batches go out
    Paused,   // the user paused: nothing new is sent; accepted batches are still followed and counted
    WaitingForQuota,   // the daily quota stops sending until the next window
    WaitingForRetry,   // a request failed (5xx, timeout, short 429); the next try is scheduled
    WaitingForKey,   // 401/403: a new key is needed, nothing is lost
    Polling,   // everything is sent; the server still processes accepted batches
    Cancelling,   // cancelled: nothing new is sent; accepted batches still finish on the server
    Finished,   // every batch is done (imported, failed or rejected)
    Cancelled,   // cancelled and the accepted batches are done; the rest was never sent
    Failed   // stopped by an error (connection, journal); resumable where the message says so
};

Q_DECLARE_METATYPE(ImportState)
